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


def test_a_relative_day_in_another_clause_keeps_its_own_reading() -> None:
    # The written date comes first and a comma closes its clause; read from the report's
    # own day (3 June), "besok" is the 4th, three days from the Monday: no apposition.
    published = dt.date(2021, 6, 3)
    text = "Ia tiba Senin (31/5), besok ia berangkat ke Bali."
    assert _dates("id", text, published)["besok"] == "2021-06-04"
    text = "Sidang digelar Senin (31/5), kemarin hakim menolak eksepsi."
    assert _dates("id", text, published)["kemarin"] == "2021-06-02"
    text = "The talks ended on Monday, May 31, tomorrow the leaders fly home."
    assert _dates("en", text, published)["tomorrow"] == "2021-06-04"


def test_a_comma_after_a_date_ends_its_clause_even_a_day_off() -> None:
    # Read from the report's day, "tomorrow" is 1 June, a day from 31 May: the comma alone
    # keeps them apart.
    text = "The talks ended on Monday, May 31, tomorrow the leaders fly home."
    assert _dates("en", text, dt.date(2021, 5, 31))["tomorrow"] == "2021-06-01"


def test_a_relative_day_before_its_date_may_take_a_comma() -> None:
    text = "Warga akan berkumpul besok, Selasa (21/2), di depan balai kota."
    assert _dates("id", text, dt.date(2017, 2, 21))["besok"] == "2017-02-21"
