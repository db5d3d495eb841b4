"""A year that names a product's model ("a 2008 GMC Sierra", "the 2013 model", "Avanza
keluaran 2012") dates no happening of the story: it enters neither its date slots nor its
timeline. A year before a name that is no model still dates ("the 2005 Vanity Fair
article"). Sentences written for these tests; their dates are read by the times stage."""

from __future__ import annotations

from dated_reports import date_lexicons, dated_report, story_date_slots
from silang.compare.timeline import anchored, timeline
from silang.model import Annotated


def _days(*items: Annotated) -> set[str]:
    glossary, _ = date_lexicons()
    return {e.date for e in timeline(anchored(items, glossary))}


def _slot_dates(*items: Annotated) -> set[str]:
    slots = story_date_slots(*items)
    return {v.date for s in slots for v in s.values}


STOP = "Police stopped the player after he was seen weaving in a 2008 GMC Sierra, an officer said."
AGAIN = "The player was driving a 2008 GMC Sierra registered to him, the officer said."


def test_a_model_year_is_no_date_of_the_story() -> None:
    a = dated_report("a", [STOP], "2009-04-18")
    b = dated_report("b", [AGAIN], "2009-04-18")
    assert "2008" not in _slot_dates(a, b)
    assert "2008" not in _days(a, b)


def test_a_model_word_after_the_year_names_a_model() -> None:
    a = dated_report("a", ["The recall covers the 2013 model, the maker said."], "2014-02-03")
    assert "2013" not in _days(a)


def test_an_indonesian_year_after_keluaran_names_a_model() -> None:
    sentence = "Pelaku kabur dengan mobil Toyota Avanza keluaran tahun 2012, kata polisi."
    a = dated_report("a", [sentence], "2016-05-02", language="id")
    assert "2012" not in _days(a)


def test_a_make_with_no_model_name_after_it_still_dates() -> None:
    # "Ford" alone may be a man: "the 1974 Ford pardon" dates the pardon.
    a = dated_report("a", ["Critics recalled the 1974 Ford pardon of the president."], None)
    assert "1974" in _days(a)


def test_a_year_before_a_name_that_is_no_model_still_dates() -> None:
    sentence = "He was named in the 2005 Vanity Fair article by his lawyer."
    a = dated_report("a", [sentence], "2008-12-19")
    b = dated_report("b", [sentence.replace("his lawyer", "a friend")], "2008-12-19")
    assert "2005" in _days(a, b)
    assert "2005" in _slot_dates(a, b)
