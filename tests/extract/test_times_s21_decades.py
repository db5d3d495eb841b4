"""A decade whose mark is written glued to its year without the pack's hyphen ("2000an" for
"2000-an") is the decade, not the year it starts with. Texts written for these tests."""

from __future__ import annotations

import datetime as dt

from silang.extract.times import find_times
from silang.lang.figures import load_figures_lexicon
from silang.model import Span


def _read(language: str, text: str) -> list[tuple[str, str | None, str | None]]:
    lexicon = load_figures_lexicon(language)
    times = find_times(text, [Span(0, len(text))], dt.date(2016, 7, 20), lexicon)
    return [(t.text, t.date, t.interval) for t in times]


def test_a_decade_glued_without_its_hyphen_is_the_decade() -> None:
    text = "Kartun itu naik pamor di awal 2000an, lalu dilarang di beberapa negara."
    assert _read("id", text) == [("2000an", None, "2000/2009")]


def test_the_hyphenated_decade_and_a_plain_year_read_as_before() -> None:
    text = "Lagu itu populer pada 1990-an, dan grupnya bubar pada 2000."
    assert _read("id", text) == [("1990-an", None, "1990/1999"), ("2000", "2000", None)]


def test_a_year_with_a_glued_word_that_is_no_decade_mark_stays_a_year() -> None:
    text = "The band was popular in the 1990s and split in 2001."
    assert _read("en", text) == [("1990s", None, "1990/1999"), ("2001", "2001", None)]


def test_a_glued_decade_before_a_counted_noun_is_a_count() -> None:
    # "2000an orang" is some 2000 people, as "2000 orang" is 2000: no decade, no year.
    assert _read("id", "Massa berjumlah 2000an orang memadati jalan protokol.") == []
    assert _read("id", "Massa berjumlah 2000 orang memadati jalan protokol.") == []
