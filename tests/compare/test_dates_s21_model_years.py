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


def test_a_year_after_a_time_word_dates_what_a_make_does() -> None:
    # A make and a capitalised word after a year after "in", "by", "pada", "sejak": the
    # year dates the clause; only a word opening a noun phrase makes it a model's.
    english = (
        "In 2019 Toyota Motor reported a record profit.",
        "In 2008 Ford Motor Co. cut 2,000 jobs.",
        "By 2015 Honda Civic sales had doubled.",
    )
    for sentence in english:
        assert sentence[3:7] in _days(dated_report("a", [sentence], "2021-06-03")), sentence
    indonesian = (
        "Pada 2015 Toyota Avanza terjual 100.000 unit di Indonesia.",
        "Sejak 2010 Honda Prospect Motor menambah pabrik di Karawang.",
    )
    for sentence in indonesian:
        item = dated_report("a", [sentence], "2021-06-03", language="id")
        year = sentence.split()[1]
        assert year in _days(item), sentence


def test_a_model_that_someone_made_is_no_product() -> None:
    sentence = "A 2019 model by university researchers predicted the flood."
    assert "2019" in _days(dated_report("a", [sentence], "2021-06-03"))


def test_a_make_after_a_possessive_names_a_model() -> None:
    sentence = "The guard drove the company's 2008 Ford Focus into a wall, police said."
    assert "2008" not in _days(dated_report("a", [sentence], "2010-02-03"))


def test_a_colour_between_the_article_and_the_year_still_names_a_model() -> None:
    sentence = "The woman was struck by a gray 2011 Nissan Altima heading north, police said."
    assert "2011" not in _days(dated_report("a", [sentence], "2013-09-15"))
