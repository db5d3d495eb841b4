"""Timeline anchoring: an undated report of a story spread over weeks reads a day it gives
without a year ("March 3") in the year the story's dated reports read it, where that day
lies between the first and the last of them. The sentences are written for these tests;
their dates are read by the times stage itself."""

from __future__ import annotations

from dated_reports import date_lexicons, dated_report, one_slot, story_date_slots
from silang.compare.timeline import anchored


def test_dates_t4_an_undated_reports_day_month_takes_the_year_of_the_storys_weeks() -> None:
    # Dated on 4 March and 28 April 2009: "March 3" of the undated report is 3 March 2009,
    # the day the first report reads its "Tuesday" as.
    slots = story_date_slots(
        dated_report("a", ["The president signed the order on Tuesday."], "2009-03-04"),
        dated_report("c", ["The secretaries acted on the order on Monday."], "2009-04-28"),
        dated_report("b", ["The president signed the order on March 3."], None),
    )
    slot = one_slot(slots, "2009-03-03", "a", "b")
    assert slot.event == "signing"


def test_dates_t4_an_undated_reports_day_month_before_the_storys_weeks_stays_unread() -> None:
    # Dated on 8 and 23 December 2008: "April 11" may be the April before or the one after
    # ("will turn 29"), and the report's own day is unknown.
    glossary, _ = date_lexicons()
    reports = anchored(
        [
            dated_report("a", ["The club made its offer on Monday."], "2008-12-08"),
            dated_report("c", ["The club withdrew its offer on Sunday."], "2008-12-23"),
            dated_report("b", ["The first baseman will turn 29 on April 11."], None),
        ],
        glossary,
    )
    (april,) = (t for t in reports[2].times if t.text == "April 11")
    assert april.date is None and april.interval is None
