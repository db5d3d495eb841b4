"""A year-range number written bare before a counted noun: a year modifying the noun ("a 2012
car crash") or a count of it ("2012 votes were cast"). Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from silang.extract.quantities import find_quantities
from silang.extract.times import find_times
from silang.lang.figures import load_figures_lexicon
from silang.model import Span


def _quantities(language: str, text: str) -> list[tuple[str, float, str | None]]:
    found = find_quantities(text, [Span(0, len(text))], load_figures_lexicon(language))
    return [(q.text, q.value, q.counted) for q in found]


def _years(language: str, text: str) -> list[str]:
    published = dt.date(2024, 3, 14)
    found = find_times(text, [Span(0, len(text))], published, load_figures_lexicon(language))
    return [t.text for t in found if t.granularity == "year"]


@pytest.mark.parametrize(
    ("language", "text", "year"),
    [
        # a singular noun after it: no count above one takes one in English
        ("en", "The 2012 car crash left a scar on the town.", "2012"),
        ("en", "Investigators reread his 2006 accident file.", "2006"),
        # a determiner of one thing before it, whatever the noun ("police" is its own plural)
        ("en", "It followed a 2008 police raid on the compound.", "2008"),
        ("en", "The chief defended this 2008 police raid.", "2008"),
        # a determiner, a possessive or a time preposition before a plural
        ("en", "The 1998 floods reshaped the valley.", "1998"),
        ("en", "Members still praise the party's 2019 candidates.", "2019"),
        ("en", "In 2012 cars were recalled across the state.", "2012"),
        # a name before it
        ("en", "Support ended for Windows 2000 users last week.", "2000"),
        ("id", "Di Piala Dunia 2018 pemain muda bersinar.", "2018"),
        # "tahun" (year) before it
        ("id", "Pada tahun 2012 warga desa itu mengungsi.", "2012"),
    ],
)
def test_figures_year_before_a_noun_is_a_year_not_a_count(
    language: str, text: str, year: str
) -> None:
    assert not [q for q in _quantities(language, text) if q[1] == float(year)]
    assert year in _years(language, text)


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        # a plural noun with nothing before the number that would make it a year
        ("en", "Officials said 2012 votes were cast.", ("2012 votes", 2012.0, "vote")),
        ("en", "2012 people were evacuated from the coast.", ("2012 people", 2012.0, "person")),
        ("en", "Police detained 1999 protesters.", ("1999 protesters", 1999.0, "protester")),
        ("en", "The army sent 2008 police to the border.", ("2008 police", 2008.0, "police")),
        ("en", "Officials said that 2012 people fled.", ("2012 people", 2012.0, "person")),
        ("en", "Another 2012 people fled.", ("2012 people", 2012.0, "person")),
        ("en", "Its 2,012 cars were recalled.", ("2,012 cars", 2012.0, "car")),
        ("en", "Floods forced 1500 people out.", ("1500 people", 1500.0, "person")),
        # Indonesian does not mark the plural after a count
        ("id", "Banjir merendam 2012 rumah.", ("2012 rumah", 2012.0, "rumah")),
        ("id", "Sebanyak 2.300 warga mengungsi.", ("2.300 warga", 2300.0, "warga")),
    ],
)
def test_figures_year_range_counts_stay_counts(
    language: str, text: str, expected: tuple[str, float, str]
) -> None:
    assert _quantities(language, text) == [expected]


def test_figures_year_of_a_noun_leaves_the_sentences_counts() -> None:
    text = "A 2010 earthquake killed 230,000 people."
    assert _quantities("en", text) == [("230,000 people", 230000.0, "person")]
    assert _years("en", text) == ["2010"]
