"""The year of a source cited in brackets ("(FAO, 1972)") is when the source was written, no
time of the story: it is not read as a time expression. A year in brackets with no source
before it ("a book (1946)") still is. Texts written for these tests."""

from __future__ import annotations

import datetime as dt

from silang.extract.times import find_times
from silang.lang.figures import load_figures_lexicon
from silang.model import Span


def _texts(language: str, text: str) -> list[str]:
    lexicon = load_figures_lexicon(language)
    found = find_times(text, [Span(0, len(text))], dt.date(2015, 10, 23), lexicon)
    return [t.text for t in found]


def test_a_cited_sources_year_is_no_time() -> None:
    text = "Kandungan protein ikan itu tinggi (FAO,1972), kata dokter pada 2014."
    assert _texts("id", text) == ["2014"]


def test_an_english_citation_with_several_authors_is_no_time() -> None:
    text = "Such fish are rich in protein (Smith et al., 2004), the doctor said in 2014."
    assert _texts("en", text) == ["2014"]


def test_a_bracketed_year_with_no_source_before_it_stays() -> None:
    text = "He wrote about it in his memoir (1946) and again in 1950."
    assert _texts("en", text) == ["1946", "1950"]


def test_a_weekday_month_or_known_place_before_a_bracketed_year_dates() -> None:
    # "(Jakarta, 1998)" says where and when: no source is cited.
    text = "Kerusuhan itu (Jakarta, 1998) dan aksi berikutnya (Senin, 2019) masih diingat."
    assert _texts("id", text) == ["1998", "Senin", "2019"]
    text = "The riots (Jakarta, 1998) and the strike (Monday, 2019) are still remembered."
    assert _texts("en", text) == ["1998", "Monday", "2019"]
