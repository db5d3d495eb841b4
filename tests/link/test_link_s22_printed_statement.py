"""A statement one article prints as received (unmarked, as a release is printed) and the
other quotes, wording the rest its own way, is shared, not copied: no copy, however much of
the shorter text the statement makes up, and no aligned narrative for a rewrite. A cut copy
that quotes as its source quotes is still a copy, whatever intro of its own it adds. Every
sentence here is written for this test; the pattern is Pratiwi dev round 8's
600-303/600-326 (an agency's statement printed whole by one site and quoted, with its speaker
named, by another)."""

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


#: A story told mostly in quotes: the rail company's spokeswoman, quote after quote.
RAIL_QUOTES = [
    "We have stopped all trains between Cirebon and Tegal until the embankment near Losari is "
    "rebuilt and tested",
    "The flood washed away about forty metres of ballast under the tracks during the night, "
    "and the rails now hang in the air",
    "Passengers holding tickets for the next three days can change them for free or ask for "
    "their money back at any station",
    "Our engineers will work around the clock, and we expect the first trains to run again by "
    "Thursday morning at the latest",
    "We are also checking every other embankment along the north coast line, because the rain "
    "is expected to go on all week",
    "Buses will carry passengers between the two cities in the meantime, leaving every hour "
    "from the front of each station",
]
RAIL_SAID = (
    "Dewi Lestari said.",
    "she said.",
    "Lestari said.",
    "she added.",
    "Lestari said.",
    "she said.",
)
RAIL = [
    "Heavy rain tore a gap in the railway embankment near Losari on Sunday night, and the rail "
    "company closed the north coast line east of Cirebon.",
    *(f'"{quote}," {said}' for quote, said in zip(RAIL_QUOTES, RAIL_SAID, strict=True)),
    "The line carries some sixty passenger trains and thirty freight trains a day between "
    "Jakarta and the cities of Central and East Java.",
    "A goods train passed over the embankment less than an hour before it gave way, and its "
    "driver reported nothing unusual.",
    "Farmers near Losari say the river has burst its banks three times this year, each time "
    "further inland than before.",
]

#: A site that copies the story's lede and first five quotes word for word, after two
#: sentences of its own.
RAIL_COPIED = [
    "Readers in Brebes and Tegal who planned to travel by train this week should read the "
    "following report before going to the station.",
    "Our partners at the Pantura Post sent it to us on Monday morning, and we bring the first "
    "part of it here.",
    *RAIL[:6],
]


def test_link_a_cut_copy_with_an_intro_of_its_own_is_still_a_copy() -> None:
    # Quoting as its source quotes, the copy prints no statement unmarked: the narrative
    # test (its own intro counting against it, 0.33 of its narrative grams in the source)
    # has nothing to tell apart, and the copy read as a rewrite.
    verdict = english_verdict(RAIL, RAIL_COPIED, Thresholds())
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


def test_link_a_statement_carried_on_unmarked_is_no_aligned_narrative() -> None:
    # Only the rules that count aligned narrative sentences are asked here: the rule for
    # stories told in quotes (``rewrite_narrative``: the narrative wording kept) is put out
    # of reach, since this short statement is half of the newspaper's own words, as no real
    # one is, and with the thresholds as shipped that rule makes this pair a rewrite.
    thresholds = Thresholds(rewrite_narrative=1.01)
    verdict = english_verdict(RELEASED, CONTINUED, thresholds)
    # Read as the newspaper's own narrative, the statement's sentences that follow its
    # quoted opening made three aligned sentences in order: a rewrite.
    assert verdict is not None and verdict.relation == "shares-quote"
