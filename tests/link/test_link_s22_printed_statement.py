"""A statement one article prints as received (unmarked, as a release is printed) and the
other quotes, wording the rest its own way, is shared, not copied: neither a copy nor a
rewrite, however much of the shorter text the statement makes up. An article that takes the
other's own sentences along with the statement is still a copy. Every sentence here is
written for this test; the pattern is Pratiwi dev round 8's 600-303/600-326 (an agency's
statement printed whole by one site and quoted, with its speaker named, by another)."""

from __future__ import annotations

from link_records import english_verdict

from silang.link.classify import Thresholds

#: The harbour office's statement, five sentences as it sent them.
STATEMENT = [
    "The harbour safety office has closed the northern channel to all fishing boats until "
    "the wreck of the cargo ship Marlin Star is lifted from the sea floor next week.",
    "Divers found that the wreck lies across the channel at a depth of nine metres, which "
    "is too shallow for boats with a deep keel to pass over it at low tide.",
    "Fishing boats may use the southern channel instead, where pilots will guide them "
    "through the narrow passage between the two breakwaters day and night.",
    "The office asks every skipper to listen to radio channel sixteen for warnings before "
    "leaving the harbour and to report any floating cargo that they see on the way.",
    "Fines of up to ten million rupiah will be given to any boat that enters the northern "
    "channel before the office has announced that it is safe again for all vessels.",
]

#: A news site that prints the statement as it came, under a headline of its own.
PRINTED = ["Northern Channel Closed to Fishing Boats After Wreck.", *STATEMENT]

#: A newspaper that quotes the statement, sentence by sentence, and tells the rest itself.
QUOTED = [
    "Fishermen in Tanjung Lebar crowded the quay on Monday morning, unsure whether they "
    "could still sail after a cargo ship sank near the harbour mouth on Saturday night.",
    f'Rina Halim, the head of the office, said: "{STATEMENT[0]}"',
    f'She went on: "{STATEMENT[1]}"',
    f'Halim added: "{STATEMENT[2]}"',
    f'The office said: "{STATEMENT[3]}"',
    f'It warned: "{STATEMENT[4]}"',
    "Several skippers said the southern route would add two hours to every trip and burn "
    "fuel that their cooperative can barely afford in the rainy months.",
    "The owners of the Marlin Star have not said what the ship was carrying when it went "
    "down, and police are questioning its captain about the cause of the sinking.",
]


def test_link_a_statement_printed_and_quoted_is_shared_not_copied() -> None:
    verdict = english_verdict(PRINTED, QUOTED, Thresholds())
    # Without the narrative check the statement's 5-grams alone made the pair a copy.
    assert verdict is not None and verdict.relation == "shares-quote"


def test_link_a_copy_that_takes_the_quotes_and_the_narrative_is_still_a_copy() -> None:
    verdict = english_verdict(QUOTED[:-1], QUOTED, Thresholds())
    assert verdict is not None and verdict.relation == "copy"


#: The statement quoted for one sentence and then carried on unmarked, its speaker named
#: once: the statement continued, not the newspaper's narrative.
CONTINUED = [
    "Fishermen in Tanjung Lebar crowded the quay on Monday morning, unsure whether they "
    "could still sail after a cargo ship sank near the harbour mouth on Saturday night.",
    f'Rina Halim, the head of the office, said: "{STATEMENT[0]}"',
    STATEMENT[1],
    f"According to Halim, {STATEMENT[2][0].lower()}{STATEMENT[2][1:]}",
    STATEMENT[3],
    "Several skippers said the southern route would add two hours to every trip and burn "
    "fuel that their cooperative can barely afford in the rainy months.",
    "The owners of the Marlin Star have not said what the ship was carrying when it went "
    "down, and police are questioning its captain about the cause of the sinking.",
    "Boat builders in the town expect a busy month, since many skippers plan to repair "
    "their hulls while the northern channel stays closed to them.",
    "The regent promised on Sunday to pay the fuel costs of the longest trips, but his "
    "office has not yet said where the money will come from.",
]

#: A site that prints the statement with a lead and a closing of its own.
RELEASED = [
    "Northern Channel Closed to Fishing Boats After Wreck.",
    "A cargo ship sank near the harbour of Tanjung Lebar at the weekend, and the harbour "
    "safety office sent out the following statement on Monday.",
    *STATEMENT,
    "The office did not say when the salvage work would begin or who would pay for it.",
    "Readers who see floating cargo on the beaches are asked to call the local police.",
]


def test_link_a_statement_quoted_then_carried_on_unmarked_is_no_rewrite() -> None:
    # The rule for stories told in quotes (``rewrite_narrative``: the narrative wording
    # kept) is put out of reach, so that only the aligned narrative sentences decide:
    # this short statement is half of the newspaper's own words, as no real one is.
    thresholds = Thresholds(rewrite_narrative=1.01)
    verdict = english_verdict(RELEASED, CONTINUED, thresholds)
    # Read as the newspaper's own narrative, the statement's sentences that follow its
    # quoted opening made three aligned sentences in order: a rewrite.
    assert verdict is not None and verdict.relation == "shares-quote"
