"""Days English news writes that the date stage used to lose (silang.extract.figures_dates,
silang.extract.times, silang.compare.timeline): a day with an ordinal suffix ("December
15th, 2008", "10th June 2013", "the 3rd of May"), a future word in another clause than the
day ("a planned vigil for the boy, killed on Saturday"), and the page stamp cleaning takes
out of an undated report ("Published: August 7, 2012"), which dates it; a stamp of an
update does not. The sentences are written for these tests."""

from __future__ import annotations

import datetime
from dataclasses import replace

import pytest

from dated_reports import date_lexicons, dated_report
from silang.compare.timeline import anchored
from silang.extract.times import find_times
from silang.lang.figures import load_figures_lexicon
from silang.model import Annotated, Removal, Span


def _dates(sentence: str, published: str = "2013-06-12") -> dict[str, str | None]:
    lexicon = load_figures_lexicon("en")
    day = datetime.date.fromisoformat(published)
    return {t.text: t.date for t in find_times(sentence, [Span(0, len(sentence))], day, lexicon)}


@pytest.mark.parametrize(
    ("sentence", "text", "date"),
    [
        (
            "The mill closed on December 15th, 2008, after a long strike.",
            "December 15th, 2008",
            "2008-12-15",
        ),
        (
            "Posted at 8:56am Monday 10th June 2013 by the desk.",
            "Monday 10th June 2013",
            "2013-06-10",
        ),
        ("The ferry sank on the 3rd of May near the harbour.", "3rd of May", "2013-05-03"),
        ("The council met on May 21st to vote on the bridge.", "May 21st", "2013-05-21"),
    ],
)
def test_a_day_written_with_an_ordinal_suffix_is_read_whole(
    sentence: str, text: str, date: str
) -> None:
    assert _dates(sentence).get(text) == date


def test_an_ordinal_with_no_month_after_it_is_no_day() -> None:
    assert _dates("The chapel was built in the 15th century by monks.") == {}


def test_a_future_word_in_another_clause_does_not_make_a_day_a_coming_one() -> None:
    # "planned" is of the vigil; the boy was killed on the last Saturday, not the next.
    found = _dates(
        "Youths broke away from a planned vigil for the boy, 16, killed by officers on"
        " Saturday night."
    )
    assert found["Saturday night"] == "2013-06-08"


def test_a_future_word_in_the_days_own_clause_still_makes_it_a_coming_one() -> None:
    assert _dates("The vigil is planned for Saturday night.")["Saturday night"] == "2013-06-15"


def test_a_day_fronted_before_the_clause_it_opens_takes_that_clauses_future() -> None:
    # "On Saturday," opens the main clause: its comma sets off no other clause.
    found = _dates("On Saturday, the family will hold a vigil at the church.")
    assert found["Saturday"] == "2013-06-15"


def _stamped(aid: str, sentences: list[str], stamps: list[str]) -> Annotated:
    """An undated report whose page stamps cleaning took out."""
    item = dated_report(aid, sentences, None)
    removed = tuple(Removal("navigation", s, 0, len(s)) for s in stamps)
    return replace(item, article=replace(item.article, removed=removed))


def _read(item: Annotated) -> dict[str, str | None]:
    glossary, _ = date_lexicons()
    (read,) = anchored([item], glossary)
    return {t.text: t.date for t in read.times}


def test_an_undated_report_is_read_as_of_its_removed_page_stamp() -> None:
    item = _stamped(
        "a",
        ["The old warehouse burned to the ground on Tuesday morning, the fire chief said."],
        ["Published: August 7, 2012"],
    )
    assert _read(item)["Tuesday morning"] == "2012-08-07"


def test_the_earliest_stamp_of_a_page_dates_it() -> None:
    item = _stamped(
        "a",
        ["Crowds gathered on Wednesday night outside the station."],
        ["Posted on Thursday, March 14, 2013", "PUBLISHED: WEDNESDAY, MARCH 13, 2013, 2:29 PM"],
    )
    assert _read(item)["Wednesday night"] == "2013-03-13"


def test_a_navigation_line_linking_an_older_story_dates_nothing() -> None:
    # "Previous story" dates that story, not this page: no word of the page's writing.
    item = _stamped(
        "a",
        ["The old warehouse burned to the ground on Tuesday morning, the fire chief said."],
        ["Previous story: Mill workers strike (July 24, 2012)", "Published: August 7, 2012"],
    )
    assert _read(item)["Tuesday morning"] == "2012-08-07"


def test_a_stamp_of_an_update_alone_dates_nothing() -> None:
    # The page was changed a week after it was written: its "Monday" is not the 17th.
    item = _stamped(
        "a",
        ["The man appeared before magistrates on Monday, the court heard."],
        ["Last updated at 11:24, Tuesday, 18 June 2013"],
    )
    assert _read(item)["Monday"] is None
