"""Date slots of a year or month one report alone writes in a sentence that names no event
the event words know (silang.compare.dates ``_written_alone``): a happening of its own,
single-source; not a year another report gives too, a year read from the report's own day,
nor a day. Sentences written for these tests; their dates are read by the times stage
itself."""

from __future__ import annotations

from dated_reports import dated_report, slot_of, story_date_slots
from silang.compare.dates_lexicon import UNNAMED

STAY = "The singer stayed at a quiet clinic near the lake in {when}."
OTHER = "The band played its first songs in a small garage in {when}."
PUBLISHED = "2024-03-14"
QUIET = dated_report("b", ["Nothing else is told here."], PUBLISHED)


def test_a_year_one_report_alone_writes_is_a_single_source_happening() -> None:
    slots = story_date_slots(dated_report("a", [STAY.format(when="2010")], PUBLISHED), QUIET)
    slot = slot_of(slots, "a", "2010")
    assert slot is not None and slot.event == UNNAMED and slot.status == "single-source"


def test_a_month_one_report_alone_writes_is_kept() -> None:
    report = dated_report("a", [STAY.format(when="July 2010")], PUBLISHED)
    assert slot_of(story_date_slots(report, QUIET), "a", "2010-07") is not None


def test_a_year_another_report_gives_too_is_left_out() -> None:
    # Two reports give one year in sentences that do not retell each other: the year may
    # date two happenings, and neither is kept alone.
    slots = story_date_slots(
        dated_report("a", [STAY.format(when="2010")], PUBLISHED),
        dated_report("b", [OTHER.format(when="2010")], PUBLISHED),
    )
    assert slot_of(slots, "a", "2010") is None and slot_of(slots, "b", "2010") is None


def test_a_year_read_from_the_report_day_is_left_out() -> None:
    report = dated_report("a", [STAY.format(when="the spring of last year")], PUBLISHED)
    assert slot_of(story_date_slots(report, QUIET), "a", "2023") is None


def test_a_day_no_other_report_gives_is_left_out() -> None:
    # A day of such a sentence is mostly a step of the day's news, not a happening of its own.
    report = dated_report("a", [STAY.format(when="March 3, 2024")], PUBLISHED)
    assert slot_of(story_date_slots(report, QUIET), "a", "2024-03-03") is None


def test_a_year_or_month_after_the_report_day_is_a_plan_not_a_happening() -> None:
    for when, date in (("2026", "2026"), ("May 2024", "2024-05")):
        report = dated_report("a", [f"The new bridge will be finished in {when}."], PUBLISHED)
        assert slot_of(story_date_slots(report, QUIET), "a", date) is None
