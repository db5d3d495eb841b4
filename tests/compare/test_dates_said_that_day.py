"""Date slots: a lone telling on the day the story's happening is dated by other reports is
read as of that happening (silang.compare.dates ``_said_that_day``); a statement several
reports quote stays one, and so does a telling of no one named on a written day. A contest is
dated by its outcome, a rule by its making (no verdict), and a year that qualifies a name
dates what the name names, not its clause. The sentences are written for these tests; their
dates are read by the times stage itself."""

from __future__ import annotations

from dataclasses import replace

from dated_reports import date_event, dated_report, slot_of, story_date_slots
from silang.model import Annotated, DateSlot, Quote

DAY = "2011-06-07"
PUBLISHED = "2011-06-08"
FIRE = "A fire gutted the old depot on Tuesday."
BLAZE = "The old depot was destroyed by a fire on Tuesday."


def _said(aid: str, sentence: str, speaker: str | None) -> Annotated:
    """A report of ``sentence`` whose reported speech (all before ", {speaker} said") is
    ``speaker``'s."""
    report = dated_report(aid, [sentence], PUBLISHED)
    if speaker is None:
        return report
    start = sentence.index(speaker)
    told = sentence[: sentence.index(",")]
    quote = Quote(0, len(told), told, direct=False, speaker=speaker, speaker_start=start)
    return replace(report, quotes=(quote,))


def _slots(*extra: Annotated) -> tuple[DateSlot, ...]:
    fire = (dated_report(a, [s], PUBLISHED) for a, s in (("a", FIRE), ("b", BLAZE)))
    return story_date_slots(*fire, *extra)


MAYOR = "The town will rebuild the depot, Mayor Joan Hollis said on Tuesday."


def test_a_lone_statement_on_the_happenings_day_joins_its_slot() -> None:
    slots = _slots(_said("c", MAYOR, "Joan Hollis"))
    slot = slot_of(slots, "c", DAY)
    assert slot is not None and slot is slot_of(slots, "a", DAY), slots
    # The statement vouches for nothing: two reports date the fire, and so it is agreed by
    # those two alone.
    assert slot.event == "fire" and slot.status == "agreed"
    # Nor does it count among the slot's origins.
    assert slot.origins == 2


def test_a_statement_two_reports_quote_stays_a_statement() -> None:
    again = "The town will rebuild the old depot soon, Mayor Joan Hollis said on Tuesday."
    slots = _slots(_said("c", MAYOR, "Joan Hollis"), _said("d", again, "Joan Hollis"))
    slot = slot_of(slots, "c", DAY)
    assert slot is not None and slot is slot_of(slots, "d", DAY), slots
    assert slot.event.startswith("statement"), slots


def test_a_statement_on_a_day_one_report_dates_stays_a_statement() -> None:
    # One other report alone dates the fire that day: too little to say it is the day's news.
    slots = story_date_slots(dated_report("a", [FIRE], PUBLISHED), _said("c", MAYOR, "Joan Hollis"))
    slot = slot_of(slots, "c", DAY)
    assert slot is None or slot is not slot_of(slots, "a", DAY), slots


def test_a_telling_of_no_one_named_on_the_reports_day_joins_the_happening() -> None:
    # "Officials" is no one named: a telling whose day is read from the report's own.
    told = "Officials said on Tuesday the depot would be rebuilt by the town."
    slots = _slots(_said("c", told, None))
    slot = slot_of(slots, "c", DAY)
    assert slot is not None and slot is slot_of(slots, "a", DAY), slots


def test_a_telling_of_no_one_named_on_a_written_day_does_not() -> None:
    told = "On 7 June 2011, officials said the depot would be rebuilt by the town."
    slots = _slots(_said("c", told, None))
    slot = slot_of(slots, "c", DAY)
    assert slot is None or slot is not slot_of(slots, "a", DAY), slots


def _reading(sentence: str, written: str) -> str | None:
    return date_event(sentence, written, PUBLISHED)


def test_a_contest_is_dated_by_its_outcome() -> None:
    assert _reading("The Rovers beat the Wanderers 3-1 on Saturday.", "Saturday") == "contest"


def test_a_year_that_qualifies_a_name_dates_the_name_not_the_clause() -> None:
    # The win is dated by no year: "2013" says which Summer Cup the pick is in.
    sentence = "The win kept the Rovers in line for the first pick in the 2013 Summer Cup."
    assert _reading(sentence, "2013") == "happening"


def test_a_rule_is_a_regulation_and_a_court_ruled_a_verdict() -> None:
    # "rule" shares its stem with a court's "ruling": written as a regulation's word, a rule
    # an authority makes is no verdict.
    assert _reading("The agency put the new rule in place in March 2009.", "March 2009") == (
        "regulation"
    )
    assert _reading("The judge ruled on Monday against the firm.", "Monday") == "verdict"
