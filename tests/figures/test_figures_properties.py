"""Invariants of the figure and time grammars on arbitrary text."""

from __future__ import annotations

import datetime as dt
import itertools

from hypothesis import given, settings
from hypothesis import strategies as st

from silang.extract.quantities import find_quantities
from silang.extract.times import find_times
from silang.lang.figures import load_figures_lexicon
from silang.model import Span

LEXICONS = {code: load_figures_lexicon(code) for code in ("id", "en")}

# Text built from the pieces figures are made of, so that the grammars get exercised.
PIECES = st.sampled_from(
    [
        "1.500",
        "1,5",
        "2.000,50",
        "2,300",
        "10",
        "2024",
        "13/3/2024",
        "(14/3)",
        "06.00",
        "Rp",
        "US$",
        "$",
        "%",
        "persen",
        "juta",
        "ribu",
        "million",
        "sekitar",
        "lebih dari",
        "about",
        "at least",
        "hingga",
        "-",
        "atau",
        "or",
        "antara",
        "dan",
        "between",
        "and",
        "warga",
        "orang",
        "tewas",
        "people",
        "homes",
        "Senin",
        "Monday",
        "Maret",
        "March",
        "pekan lalu",
        "last week",
        "kemarin",
        "akhir",
        "pukul",
        "WIB",
        "kata",
        "said",
        "menurut",
        "BNPB",
        "Budi",
        ",",
        ".",
        "(",
        ")",
        "puluhan",
        "tens of",
        "thousands",
        "dua",
        "two",
        "dozen",
        "ke-3",
        "No.",
        "0812-3456-7890",
        "x",
        "é",
        "\n",
    ]
)
TEXTS = st.lists(PIECES, max_size=25).map(" ".join) | st.text(max_size=80)
LANGUAGES = st.sampled_from(sorted(LEXICONS))


@settings(max_examples=150, deadline=None)
@given(TEXTS, LANGUAGES)
def test_figures_quantity_spans_lie_in_the_text_without_overlap(text: str, language: str) -> None:
    found = find_quantities(text, [Span(0, len(text))], LEXICONS[language])
    for quantity in found:
        assert 0 <= quantity.start < quantity.end <= len(text)
        assert text[quantity.start : quantity.end] == quantity.text
        if quantity.attributed_to is not None:
            assert quantity.attribution_start is not None and quantity.attribution_end is not None
            start, end = quantity.attribution_start, quantity.attribution_end
            assert text[start:end] == quantity.attributed_to
    for before, after in itertools.pairwise(found):
        assert before.end <= after.start


@settings(max_examples=150, deadline=None)
@given(TEXTS, LANGUAGES, st.dates(dt.date(1990, 1, 1), dt.date(2040, 12, 31)))
def test_figures_time_spans_lie_in_the_text_without_overlap(
    text: str, language: str, published: dt.date
) -> None:
    found = find_times(text, [Span(0, len(text))], published, LEXICONS[language])
    for time in found:
        assert 0 <= time.start < time.end <= len(text)
        assert text[time.start : time.end] == time.text
    for before, after in itertools.pairwise(found):
        assert before.end <= after.start


@settings(max_examples=100, deadline=None)
@given(TEXTS, LANGUAGES)
def test_figures_bounds_enclose_the_value(text: str, language: str) -> None:
    for quantity in find_quantities(text, [Span(0, len(text))], LEXICONS[language]):
        if quantity.low is not None:
            assert quantity.low <= quantity.value + 1e-9
        if quantity.high is not None:
            assert quantity.value <= quantity.high + 1e-9


@settings(max_examples=100, deadline=None)
@given(TEXTS, LANGUAGES)
def test_figures_quantities_never_sit_inside_a_time(text: str, language: str) -> None:
    spans = [Span(0, len(text))]
    times = find_times(text, spans, None, LEXICONS[language])
    for quantity in find_quantities(text, spans, LEXICONS[language]):
        assert not any(t.start <= quantity.start and quantity.end <= t.end for t in times)
