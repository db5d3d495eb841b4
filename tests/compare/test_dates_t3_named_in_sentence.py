"""Date slots: a date whose own words name no event takes the one happening its sentence
names that another report dates that very day; and an undated report of a story spread over
weeks reads a weekday as the one day the dated reports read it as. The sentences are written
for these tests; their dates are read by the times stage itself."""

from __future__ import annotations

from dataclasses import replace

from dated_reports import dated_report, one_slot, slot_of, story_date_slots
from silang.model import DateSlot, Quote

DAY = "2011-06-07"
FIRE = "A fire broke out at the old depot on Tuesday."


def test_dates_t3_a_date_in_a_relative_clause_takes_the_happening_its_sentence_names() -> None:
    # "flared up" is no event word, and the relative clause parts the date from "blaze":
    # the date names no event, but its sentence names the fire another report dates that day.
    crews = "Six crews fought the blaze which flared up soon after dawn on Tuesday."
    reports = [dated_report(a, [s], "2011-06-08") for a, s in (("a", FIRE), ("b", crews))]
    slot = one_slot(story_date_slots(*reports), DAY, "a", "b")
    # The event is only lent by the sentence: the date joins the fire's slot, but no second
    # report dates the fire by its own words, so nothing is agreed.
    assert slot.event == "fire" and slot.status == "single-source"


def test_dates_t3_a_happening_named_inside_a_quote_the_date_stands_outside_of_lends_none() -> None:
    # The speaker speaks of a protest; the day after the quote is that of the telling, not of
    # a protest ("terang" is no telling word the event words know: the date stands free).
    protest = "Ratusan orang menggelar demo di Jakarta pada Selasa (7/6/2011)."
    told = (
        '"Kabar soal unjuk rasa di depan gerbang masjid itu sama sekali tidak benar dan hanya'
        ' hoaks belaka," terang Budi, Selasa (7/6/2011).'
    )
    said = told[1 : told.index(',"')]
    quote = Quote(1, 1 + len(said), said, direct=True)
    budi = dated_report("b", [told], "2011-06-08", language="id")
    slots = story_date_slots(
        dated_report("a", [protest], "2011-06-08", language="id"),
        replace(budi, quotes=(quote,)),
    )
    found = slot_of(slots, "b", DAY)
    assert found is None or found is not slot_of(slots, "a", DAY), slots


#: A report of a blaze dated the Wednesday after it (8 August 2012), and an undated report
#: that names the blaze's Tuesday by its weekday alone.
FIRST = "A blaze destroyed the old dairy warehouse on Tuesday."
UNDATED = "Firefighters tackled the blaze at the dairy warehouse on Tuesday morning."


def _warehouse_slots(later: str, day: str) -> tuple[DateSlot, ...]:
    """The date slots of FIRST, UNDATED and a follow-up ``later`` published on ``day``."""
    return story_date_slots(
        dated_report("a", [FIRST], "2012-08-08"),
        dated_report("c", [later], day),
        dated_report("b", [UNDATED], None),
    )


def test_dates_t3_an_undated_reports_weekday_is_the_day_the_dated_reports_read_it_as() -> None:
    # The story runs from August to November: no story day dates the undated report, but the
    # one Tuesday its dated reports name is the Tuesday it names.
    slots = _warehouse_slots("The owners have now announced plans to rebuild it.", "2012-11-20")
    slot = slot_of(slots, "b", "2012-08-07")
    assert slot is not None and slot is slot_of(slots, "a", "2012-08-07"), slots


def test_dates_t3_an_undated_reports_weekday_of_two_days_stays_unread() -> None:
    # The dated reports name two Tuesdays, months apart: the undated one's may be either.
    slots = _warehouse_slots("The owners announced on Tuesday they will rebuild.", "2012-11-21")
    assert all("b" not in v.article_ids for s in slots for v in s.values), slots


def test_dates_t3_a_lent_date_does_not_count_as_a_source_of_its_value() -> None:
    # Two reports date the fire to two days; two more hand out blankets on the second day "to
    # families who lost homes in the fire". Their dates join the fire's slot, but they do not
    # say when the fire broke out: the second day is still backed by one source, not three.
    monday = "A fire broke out at the old depot on Monday."
    blankets = "Volunteers handed out blankets on Tuesday to families who lost homes in the fire."
    reports = [
        dated_report(a, [s], "2011-06-08")
        for a, s in (("a", monday), ("b", FIRE), ("c", blankets), ("d", blankets))
    ]
    slot = one_slot(story_date_slots(*reports), DAY, "b", "c")
    assert {v.date: v.origins for v in slot.values} == {"2011-06-06": 1, DAY: 1}
