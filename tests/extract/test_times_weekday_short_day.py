"""A page's own day written as a weekday with a short day and month ("hari Minggu (8/11)"),
Indonesian house style, with the year only elsewhere in the text or nowhere."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from silang.extract.figures_calendar import _year_for_day
from silang.extract.times import find_times, infer_published
from silang.lang.figures import load_figures_lexicon
from silang.model import Span


def _lines(text: str) -> list[Span]:
    return [Span(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text)]


def _inferred(text: str) -> str | None:
    lexicon = load_figures_lexicon("id")
    times = find_times(text, _lines(text), None, lexicon)
    day = infer_published(text, times, lexicon)
    return day.isoformat() if day else None


#: A retold event's day with its year, told as past: never the page's day.
_RETOLD = "Pada 20 Oktober 2015 lalu, panitia mengumumkan jadwal lomba perahu."


@pytest.mark.parametrize(
    ("text", "published"),
    [
        # 8 November 2015 is a Sunday, in the year the text writes.
        (f"Ketua panitia berbicara di Bandung, hari Minggu (8/11).\n{_RETOLD}", "2015-11-08"),
        # The text writes only an earlier year: the day falls on its weekday the year after.
        (
            "Menteri membuka pameran buku di Medan, Senin (7/5).\n"
            "Penjualan buku naik sampai akhir 2017.",
            "2018-05-07",
        ),
    ],
)
def test_short_day_is_dated_in_the_year_its_weekday_fits(text: str, published: str) -> None:
    assert _inferred(text) == published


@pytest.mark.parametrize(
    "text",
    [
        # 8 November is no Monday in 2015, nor in 2014 or 2016: no year is guessed.
        f"Ketua panitia berbicara di Bandung, hari Senin (8/11).\n{_RETOLD}",
        # No year in the text at all.
        "Ketua panitia berbicara di Bandung, hari Minggu (8/11).",
        # Told as past: the day of an event the report retells.
        f"Lomba perahu itu digelar hari Minggu (8/11) lalu.\n{_RETOLD}",
        # Told as to come: a plan's day, not the report's.
        f"Lomba perahu akan digelar Selasa (10/11) besok.\n{_RETOLD}",
        f"Panitia Selasa, 10 November akan mengumumkan pemenang.\n{_RETOLD}",
    ],
)
def test_short_day_without_a_fitting_year_or_told_as_past_gives_no_day(text: str) -> None:
    assert _inferred(text) is None


def test_a_date_after_its_weekday_is_a_weekday_date() -> None:
    """A full date is a weekday's date also where the weekday stands as a word of its own just
    before it ("Rabu 2/12/2015"): the page's day, ahead of a festival's date without one."""
    text = (
        "Warga menandatangani petisi itu, kata panitia.\n"
        "Petisi itu ditujukan kepada menteri.\n"
        "Sampai hari ini, Rabu 2/12/2015, petisi sudah ditandatangani seribu orang.\n"
        "Festival layang-layang akan digelar pada 10 Desember 2015."
    )
    assert _inferred(text) == "2015-12-02"


def test_short_day_is_resolved_in_the_year_its_weekday_fits() -> None:
    """Against a known page day, the weekday chooses the year ("Kamis (1/6)" in a report of
    January 2017 is a plan for June 2017, a Thursday, not June 2016, a Wednesday, which a
    day without its weekday that far ahead would be)."""
    lexicon = load_figures_lexicon("id")
    text = "Jembatan baru itu diresmikan Kamis (1/6) oleh gubernur."
    times = find_times(text, _lines(text), dt.date(2017, 1, 5), lexicon)
    assert [t.date for t in times] == ["2017-06-01"]


def test_a_day_told_as_past_keeps_to_the_past_whatever_its_weekday() -> None:
    """A modifier that puts the day before the page's day ("lalu") leaves the weekday to
    choose only among past years: 1 June told as past, on a Thursday, in a report of January
    2017 is June 2016, though 1 June 2017 is the Thursday (no past year fits, so the latest
    past one)."""
    thursday = 4
    assert _year_for_day(6, 1, dt.date(2017, 1, 5), -1, thursday) == 2016
    assert _year_for_day(6, 1, dt.date(2017, 1, 5), None, thursday) == 2017
