"""Figures written in forms that were misread: dates in figures (the part over 12 is the day
whatever the language's order, a two-digit year is of the 1900s from 50 up:
figures_dates.numeric_date, full_year) and a number opening with its decimal point (".38")."""

from __future__ import annotations

import datetime as dt

import pytest

from silang.extract.quantities import find_quantities
from silang.extract.times import find_times
from silang.lang.figures import load_figures_lexicon
from silang.model import Span


def _dates(language: str, text: str, published: dt.date | None = None) -> list[str | None]:
    found = find_times(text, [Span(0, len(text))], published, load_figures_lexicon(language))
    return [t.date for t in found]


@pytest.mark.parametrize(
    ("language", "text", "date"),
    [
        # English is month first; a day over 12 in either place settles it.
        ("en", "The quake struck on 11/27/2005 near Qeshm.", "2005-11-27"),
        ("en", "The hearing on 16/08/2011 was delayed.", "2011-08-16"),
        ("en", "The hearing on 05/08/2011 was delayed.", "2011-05-08"),
        # Indonesian is day first; a US date quoted in it is read as written.
        ("id", "Kejadian itu pada 14/8/2016 malam.", "2016-08-14"),
        ("id", "Surat itu bertanggal 11/27/2005.", "2005-11-27"),
        # Two-digit years: a birth day in the last century, a date of this one.
        ("en", "He was born 10/1/61 in Ohio.", "1961-10-01"),
        ("id", "Rapat digelar Rabu (13/3/24) pagi.", "2024-03-13"),
    ],
)
def test_figures_numeric_dates(language: str, text: str, date: str) -> None:
    assert _dates(language, text) == [date]


def test_figures_numeric_dates_without_a_day_are_none() -> None:
    # Both parts over 12 make no date; a bare bracketed pair whose second part is over 12
    # is no Indonesian date without its year (a ratio as often as not).
    assert _dates("en", "Scores of 13/25/2011 were posted.") == []
    assert _dates("id", "Skor akhir (2/15) menentukan.", dt.date(2024, 3, 14)) == []


def test_figures_a_leading_decimal_point_is_a_decimal() -> None:
    text = "Police said he pointed a .38-caliber revolver; the sentence ended. 38 more were held."
    found = find_quantities(text, [Span(0, len(text))], load_figures_lexicon("en"))
    # "-caliber" is the figure's unit (figures_units.tsv): the span holds it.
    found_spans = [(text[q.start : q.end], q.value, q.unit) for q in found]
    assert found_spans == [(".38-caliber", 0.38, "caliber"), ("38", 38.0, None)]
