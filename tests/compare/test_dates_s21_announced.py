"""A happening that a telling word announces ("Pamphlets announced rallies ... on Thursday")
is foreseen: its day agrees with the day another report gives the happening and disputes
none, as a rally "planned" for a day does. A rally held on another day stays firm.
Sentences written for these tests; their dates are read by the times stage itself."""

from __future__ import annotations

from dated_reports import dated_report, slot_of, story_date_slots

PUBLISHED = "2008-12-13"


def _status(announced: str) -> str:
    held = dated_report("a", ["Thousands joined a rally in the capital on Saturday."], PUBLISHED)
    other = dated_report("b", [announced], PUBLISHED)
    slot = slot_of(story_date_slots(held, other), "a", PUBLISHED)
    assert slot is not None
    return slot.status


def test_an_announced_rally_disputes_no_rally_held() -> None:
    sentence = (
        "Pamphlets announced rallies in front of the police headquarters on Monday and in the"
        " main square on Thursday."
    )
    assert _status(sentence) != "disputed"


def test_a_rally_held_on_another_day_disputes() -> None:
    sentence = "Thousands joined a rally in front of the parliament on Thursday."
    assert _status(sentence) == "disputed"


def _status_of_quake(told: str) -> str:
    held = dated_report(
        "a", ["An earthquake killed 40 people in the north on Wednesday."], PUBLISHED
    )
    other = dated_report("b", [told], PUBLISHED)
    slot = slot_of(story_date_slots(held, other), "a", "2008-12-10")
    assert slot is not None
    return slot.status


def test_an_announced_happening_told_as_done_disputes() -> None:
    # "had killed" opens the told clause: the quake is done, not foreseen, and its
    # Thursday disputes the other report's Wednesday.
    told = "Officials announced the earthquake had killed 40 people on Thursday."
    assert _status_of_quake(told) == "disputed"
