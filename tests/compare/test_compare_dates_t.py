"""Date slots of happenings the event words do not know, told by reports that retell one
sentence: a wire's copies, and the start of a state ("since 2002"). The sentences are written
for these tests; their dates are read by the times stage itself."""

from __future__ import annotations

import pytest

from dated_reports import dated_report, one_slot, slot_of, story_date_slots
from silang.compare.dates_lexicon import UNNAMED

EMPTIED = (
    "In March 2011, two masked men emptied the safe of the harbour bank and drove away in a "
    "grey van."
)
EMPTIED_AGAIN = "In March 2011, two masked men emptied the safe of the harbour bank."


def test_compare_a_happening_of_no_known_event_retold_by_two_reports_is_one_slot() -> None:
    # "emptied" is no event word and no report names the happening otherwise, but two
    # reports retell one sentence about it: they agree on its month. In a story of the two,
    # every word they share is common to the story; the retelling still tells one happening.
    slots = story_date_slots(
        dated_report("a", [EMPTIED], "2011-06-01"), dated_report("b", [EMPTIED_AGAIN], "2011-06-02")
    )
    slot = one_slot(slots, "2011-03", "a", "b")
    assert slot.event == UNNAMED and slot.status == "agreed"


def test_compare_a_happening_of_no_known_event_told_once_on_a_day_dates_nothing() -> None:
    # A day of such a sentence is mostly a step of the day's news: told once, it is left out.
    other = dated_report("b", ["The harbour bank reopened its doors to customers."], "2011-06-02")
    once = EMPTIED.replace("In March 2011", "On 3 March 2011")
    slots = story_date_slots(dated_report("a", [once], "2011-06-01"), other)
    assert slot_of(slots, "a", "2011-03-03") is None


def test_compare_a_month_of_no_known_event_told_once_is_single_source() -> None:
    # A month one report alone writes dates a happening of the story's past it alone tells.
    other = dated_report("b", ["The harbour bank reopened its doors to customers."], "2011-06-02")
    slots = story_date_slots(dated_report("a", [EMPTIED], "2011-06-01"), other)
    slot = slot_of(slots, "a", "2011-03")
    assert slot is not None and slot.event == UNNAMED and slot.status == "single-source"


def test_compare_sentences_that_only_name_the_same_things_are_no_retelling() -> None:
    # Three key terms in common (the colour, the bank, the harbour): enough for a sentence
    # of rare terms, but under the share of either sentence's own that a retelling keeps.
    painted = (
        "In March 2011, workers painted the front of the harbour bank grey, fitted a new safe "
        "and planted trees along the quiet promenade."
    )
    slots = story_date_slots(
        dated_report("a", [EMPTIED], "2011-06-01"), dated_report("b", [painted], "2011-06-02")
    )
    assert slot_of(slots, "a", "2011-03") is None and slot_of(slots, "b", "2011-03") is None


def test_compare_retold_happenings_of_no_known_event_never_dispute() -> None:
    # The same sentence with another day: the event words cannot say that the two days are
    # of one happening, so neither disputes the other (days of one week would join one
    # happening of a known event and dispute).
    monday = EMPTIED.replace("In March 2011", "On Monday")
    monday_again = EMPTIED_AGAIN.replace("In March 2011", "On Monday")
    slots = story_date_slots(
        dated_report("a", [monday], "2011-06-03"),
        dated_report("b", [monday_again], "2011-06-03"),
        dated_report("c", [monday.replace("Monday", "Tuesday")], "2011-06-03"),
        dated_report("d", [monday_again.replace("Monday", "Tuesday")], "2011-06-03"),
    )
    assert slots and all(slot.status != "disputed" for slot in slots)
    assert slot_of(slots, "a", "2011-05-30") is not slot_of(slots, "c", "2011-05-31")


@pytest.mark.parametrize(
    ("sentence", "cut", "date"),
    [
        # "since 2002" starts a lasting state, not a happening an event word names.
        ("Lorries have been barred from the old market square since 2002.", "old ", "2002"),
        # "still" makes the clause a lasting state; the date is of what the state recalls.
        (
            "The valley is still haunted by the landslide of January 2009 near the dam.",
            " near the dam",
            "2009-01",
        ),
    ],
)
def test_compare_a_date_of_a_lasting_state_retold_is_a_date_of_the_story(
    sentence: str, cut: str, date: str
) -> None:
    # Two reports retelling the sentence (one cut) agree on the day the state began, or on
    # the day of what it recalls.
    slots = story_date_slots(
        dated_report("a", [sentence], "2015-03-02"),
        dated_report("b", [sentence.replace(cut, "")], "2015-03-03"),
    )
    assert one_slot(slots, date, "a", "b").status == "agreed"
