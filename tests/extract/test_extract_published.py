"""The publication day read from an article's body when its metadata names none: the day of
the report, never the day of an earlier event the report retells."""

from __future__ import annotations

import re

import pytest

from silang.extract.times import find_times, infer_published
from silang.lang.figures import load_figures_lexicon
from silang.model import Span


def _lines(text: str) -> list[Span]:
    """Each line as one span: the texts here keep a line for each sentence that has a date."""
    return [Span(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text)]


def _inferred(language: str, text: str) -> str | None:
    lexicon = load_figures_lexicon(language)
    times = find_times(text, _lines(text), None, lexicon)
    day = infer_published(text, times, lexicon)
    return day.isoformat() if day else None


@pytest.mark.parametrize(
    "text",
    [
        # The opening dates the news by its weekday; the date with its year is the crimes'.
        "A judge sentenced the courthouse gunman on Saturday to life in prison.\n"
        "He shot a judge and a deputy on March 11, 2005, during his escape.",
        # A later year told as past: the 2001 date is a conspirator's, not the report's.
        "The remote prison opened in 1994 and holds dangerous men.\n"
        "Its inmates include a Sept. 11, 2001 conspirator.\n"
        "One of them complained in letters to a newspaper in 2006.",
        # A birth date in an obituary, with the life told after it.
        "The film star was born on April 22, 1923, in a small town.\n"
        "She began acting in 1950 and retired in 1957.",
        # Indonesian: the source's 2001 article, retold in a story about a 2016 game.
        "Sebuah koran memuat berita itu pada 24 April 2001 lalu.\n"
        "Gim itu dirilis pada 2016 untuk ponsel.",
    ],
)
def test_published_a_retold_date_is_not_the_day_of_the_report(text: str) -> None:
    language = "id" if "pada" in text else "en"
    assert _inferred(language, text) is None


def test_published_a_date_line_wins_over_a_retold_date_in_the_lead() -> None:
    text = (
        "A mother was killed by a stray bullet on Oct. 21, 2011 while walking home.\n"
        "Thursday, April 11, 2013\n"
        "Two gang members went on trial for the shooting."
    )
    assert _inferred("en", text) == "2013-04-11"


@pytest.mark.parametrize(
    ("language", "text", "published"),
    [
        # Later years in what is to come, or at the far end of a stretch, tell no later past.
        (
            "id",
            "JAKARTA, Minggu (10/11/2013) - Ponsel baru itu rencananya akan dirilis pada 2014.",
            "2013-11-10",
        ),
        (
            "id",
            "Permen itu dirazia di Surabaya. Petugas memeriksa kemasannya, Selasa (7/3/2017).\n"
            "Izin edarnya berlaku sampai 2018.",
            "2017-03-07",
        ),
        (
            "en",
            "The deal was signed on Nov. 13, 2007.\nIt will close in January 2008.",
            "2007-11-13",
        ),
        # The weekday the date stands beside is the date's own, not a day left to the calendar.
        (
            "id",
            "Polisi membantah kerusuhan pada Jumat sore, 10 November 2017 pukul 16.00 WIB.\n"
            "Tahanan sempat ribut.",
            "2017-11-10",
        ),
        # A date on a line of its own is the page's date line, whatever the lead says.
        ("en", "March 14, 2013\nAn earthquake shook the valley on Thursday morning.", "2013-03-14"),
    ],
)
def test_published_report_days_are_still_read(language: str, text: str, published: str) -> None:
    assert _inferred(language, text) == published
