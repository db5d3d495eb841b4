"""A relative day written right beside a day written with its date ("Selasa (21/2) besok",
"yesterday (Feb. 20)") names that day: a report often retells a speaker's "tomorrow" of the
day before. Texts written for these tests."""

from __future__ import annotations

import datetime as dt

from silang.extract.times import find_times
from silang.lang.figures import load_figures_lexicon
from silang.model import Span


def _dates(language: str, text: str, published: dt.date) -> dict[str, str | None]:
    lexicon = load_figures_lexicon(language)
    sentences = [Span(0, len(text))]
    return {t.text: t.date for t in find_times(text, sentences, published, lexicon)}


def test_a_retold_tomorrow_beside_its_date_is_that_date() -> None:
    text = "Sebelumnya, panitia memastikan tidak ada pawai saat aksi lanjutan, Selasa (21/2) besok."
    found = _dates("id", text, dt.date(2017, 2, 21))
    assert found["besok"] == "2017-02-21"


def test_an_english_yesterday_beside_its_date_is_that_date() -> None:
    text = "The council voted yesterday (March 3) to close the bridge."
    assert _dates("en", text, dt.date(2015, 3, 5))["yesterday"] == "2015-03-03"


def test_a_relative_day_apart_from_a_date_keeps_its_own_reading() -> None:
    text = "Police said on Monday, March 2, and yesterday the crowd left."
    assert _dates("en", text, dt.date(2015, 3, 5))["yesterday"] == "2015-03-04"
