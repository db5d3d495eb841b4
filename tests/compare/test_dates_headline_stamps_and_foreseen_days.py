"""Dates that are no day of a story's happening, and a story's day read from its weekday
(silang.compare.timeline, silang.compare.dates_words): a page stamp scraped onto a headline's
line with its clock's time zone after it ("26 September 2013, 10:00 (GMT+05:00)") or before
the headline's words ("27/09/2013-..."); the day of a happening foreseen ("a rally is
expected on Friday"), which disputes none; a year that closes a name ("Windows Server
2008"); and, in a story with no dated report, the day its reports name by one weekday and
one of them by day and month ("on Dec. 14"). The sentences are written for these tests."""

from __future__ import annotations

import pytest

from dated_reports import date_event, date_lexicons, dated_report, story_date_slots
from silang.compare.timeline import anchored, glued_stamp
from silang.model import Annotated, TimeExpression


def _time(item: Annotated, written: str) -> TimeExpression:
    return next(t for t in item.times if t.text == written)


@pytest.mark.parametrize(
    ("headline", "written"),
    [
        # "GMT" is the clock's zone, no word of the headline: the date and clock still end it.
        (
            "Council vote to be held on a new basis 26 September 2013, 10:00 (GMT+05:00)\n",
            "26 September 2013",
        ),
        ("27/09/2013-Council to hold its first vote on a new basis\n", "27/09/2013"),
    ],
)
def test_a_page_stamp_on_a_headline_line_stamps_the_page(headline: str, written: str) -> None:
    item = dated_report(
        "a", [headline, "The council said the vote would be held in the winter."], None
    )
    assert glued_stamp(item, _time(item, written))


def test_a_date_opening_a_sentence_of_running_text_stamps_nothing() -> None:
    item = dated_report(
        "a", ["27/09/2013 - the council met in the town hall to set the vote."], None
    )
    assert not glued_stamp(item, _time(item, "27/09/2013"))


def test_a_foreseen_happening_disputes_none_a_report_dates() -> None:
    # The rally expected on Friday and the one held on Sunday are two rallies, not one
    # misdated.
    slots = story_date_slots(
        dated_report("a", ["A large rally is expected on Friday in the capital."], "2013-06-13"),
        dated_report("b", ["A large rally was held on Sunday in the capital."], "2013-06-11"),
    )
    assert not [s for s in slots if s.status == "disputed"], slots


def test_a_year_closing_a_name_dates_nothing() -> None:
    sentence = "The flaw also touches Windows Server 2008 and older machines."
    assert date_event(sentence, "2008", "2013-09-17") is None


def test_a_year_after_a_preposition_still_dates_its_clause() -> None:
    sentence = "The Windows team opened the new plant in 2008 near the river."
    assert date_event(sentence, "2008", "2013-09-17") == "opening"


def _story(*extra: str) -> list[Annotated]:
    return [
        dated_report(
            "a", ["Voters cast their ballots on Sunday in the parliamentary election."], None
        ),
        dated_report("b", ["The parliamentary election on Sunday drew long queues.", *extra], None),
        dated_report(
            "c", ["Polling stations opened at 8 a.m. on Dec. 14 across the country."], None
        ),
        dated_report("d", ["The former leader died in 2006, officials said."], None),
    ]


def test_a_story_with_no_dated_report_is_read_as_of_the_day_its_weekday_names() -> None:
    # Dec. 14 falls on a Sunday first in 2008 from 2006, the latest year the story writes.
    glossary, _ = date_lexicons()
    read = anchored(_story(), glossary)
    assert _time(read[0], "Sunday").date == "2008-12-14"


def test_a_second_weekday_leaves_the_story_unread() -> None:
    glossary, _ = date_lexicons()
    read = anchored(_story("On Friday, the observers arrived in the capital."), glossary)
    assert _time(read[0], "Sunday").date is None


def test_a_constitution_adopted_that_year_is_no_election() -> None:
    # "Adopted" names the approval of a law, its own happening, not the vote the story tells.
    sentence = "The country adopted a new constitution in September, before the vote."
    assert date_event(sentence, "September", "2008-12-15") == "approval"


def test_a_date_spaced_off_its_headline_by_a_dash_dates_the_happening() -> None:
    # A scraper glues the page's stamp to the headline ("27/09/2013-..."); a date, a spaced
    # dash and the headline is the happening's own line.
    item = dated_report(
        "a",
        ["12/03/2024 - Floods swamp thousands of homes in the east\n", "More rain is due."],
        None,
    )
    assert not glued_stamp(item, _time(item, "12/03/2024"))


@pytest.mark.parametrize(
    ("sentence", "written"),
    [("Celebrations peaked at Christmas 2008 in the old town.", "2008")],
)
def test_a_year_after_a_feast_dates_its_clause(sentence: str, written: str) -> None:
    assert date_event(sentence, written, "2013-09-17") is not None


def test_a_foresight_word_far_from_the_date_leaves_the_happening_firm() -> None:
    # "planned" qualifies the protest, not its day: the protest drew its crowd on Friday, and
    # another report's Sunday for it is a dispute.
    slots = story_date_slots(
        dated_report(
            "a",
            ["The protest planned by the unions drew ten thousand people on Friday."],
            "2013-06-17",
        ),
        dated_report("b", ["The protest drew ten thousand people on Sunday."], "2013-06-17"),
    )
    assert [s for s in slots if s.status == "disputed"], slots


def test_a_day_told_ahead_reads_no_weekday() -> None:
    # The one day and month is the funeral's, still to come: no day to read "Sunday" by.
    glossary, _ = date_lexicons()
    a, b, _, d = _story()
    funeral = dated_report("c", ["The funeral of the victims will be held on Dec. 18."], None)
    story = [a, b, funeral, d]
    read = anchored(story, glossary)
    assert _time(read[0], "Sunday").date is None
