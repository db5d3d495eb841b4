"""Counts the grammar used to leave unread: a count before a product's name and model number
("15,000 Lumia 9"), a fraction word joined to its unit ("a quarter-century", "a half-hour"),
a league's seasons counted in a career, an ordinal that reaches a running tally ("his
2,000th career point"), "MM" for millions after a currency ("$85MM") and "plus" hyphened to a
number as a hedge ("30-plus hours"). Sentences written for these tests."""

from __future__ import annotations

import pytest

from records import quantities_in


@pytest.mark.parametrize(
    ("language", "text", "written"),
    [
        ("en", "Shops took back about 15,000 Lumia 9 and Lumia 9 Max sets.", "about 15,000"),
        ("id", "Toko itu menjual tiga Galaxy 5 dalam sehari.", "tiga"),
    ],
)
def test_a_count_before_a_model_counts_items_of_the_product(
    language: str, text: str, written: str
) -> None:
    # The figure ends before the name, as "10 juta unit iPhone 6" ends before it.
    (found,) = quantities_in(language, text)
    assert (found.text, found.counted_class) == (written, "unit")


def test_a_noun_after_the_model_is_what_is_counted() -> None:
    (found,) = quantities_in("en", "The carrier ordered 40 Boeing 737 jets last year.")
    assert (found.text, found.counted) == ("40 Boeing 737 jets", "jet")


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # a number inside a name is no count of the product after it
        ("id", "Peserta Aksi 212 Jilid 2 mulai berdatangan."),
        # an address: the number after the name has letters glued to it
        ("en", "Officers stopped near 473 West 81st Street."),
    ],
)
def test_a_name_or_an_address_after_a_number_counts_no_product(language: str, text: str) -> None:
    assert all(q.counted_class != "unit" for q in quantities_in(language, text))


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("After a quarter-century in office, the mayor stepped down.", 0.25, "century"),
        ("The storm caused a half-hour delay at the port.", 0.5, "hour"),
        ("The runners turned after a quarter mile.", 0.25, "mile"),
    ],
)
def test_a_fraction_word_before_its_unit_is_a_measure(text: str, value: float, unit: str) -> None:
    (found,) = quantities_in("en", text)
    assert (found.value, found.unit) == (value, unit)


def test_a_quarter_of_a_game_is_no_figure() -> None:
    assert quantities_in("en", "The visitors scored twice in the fourth quarter.") == []


@pytest.mark.parametrize(
    ("language", "text", "written", "value"),
    [
        ("en", "She coached the club for four seasons.", "four seasons", 4.0),
        ("en", "He hit well in his six big-league seasons.", "six big-league seasons", 6.0),
        ("id", "Ia bermain tiga musim di liga itu.", "tiga musim", 3.0),
    ],
)
def test_seasons_of_a_league_are_counted(
    language: str, text: str, written: str, value: float
) -> None:
    (found,) = quantities_in(language, text)
    assert (found.text, found.value, found.counted_class) == (written, value, "season")


@pytest.mark.parametrize(
    ("text", "written", "value"),
    [
        ("The guard sank a free throw, the 1,500th point of her career.", "1,500th point", 1500.0),
        ("He reached his 2,000th career point on a dunk.", "2,000th career point", 2000.0),
        ("A late jumper was his 12th point of the game.", "12th point", 12.0),
    ],
)
def test_an_ordinal_of_a_running_tally_counts_it(text: str, written: str, value: float) -> None:
    (found,) = quantities_in("en", text)
    assert (found.text, found.value, found.unit) == (written, value, "point")


@pytest.mark.parametrize(
    "text",
    [
        "The club drafted him as its 10th point guard.",
        "They lost their 13th game of the season on Sunday.",
        "She met her second husband in Ohio.",
    ],
)
def test_an_ordinal_that_ranks_is_no_tally(text: str) -> None:
    assert quantities_in("en", text) == []


@pytest.mark.parametrize(
    ("text", "written", "value", "unit"),
    [
        ("The club bid $85MM over five years.", "$85MM", 85e6, "USD"),
        ("She wants more than $12.5MM per year.", "more than $12.5MM per year", 12.5e6, "USD/year"),
        ("The drain is 300mm wide.", "300mm", 300.0, "mm"),
    ],
)
def test_mm_after_a_currency_is_millions(text: str, written: str, value: float, unit: str) -> None:
    found = quantities_in("en", text)[0]
    assert (found.text, found.value, found.unit) == (written, value, unit)


@pytest.mark.parametrize(
    ("text", "written", "unit", "counted"),
    [
        ("The talks ran 30-plus hours.", "30-plus hours", "hour", None),
        ("She led the side for three-plus seasons.", "three-plus seasons", None, "season"),
        ("The storm left 40-plus victims.", "40-plus victims", None, "victim"),
    ],
)
def test_plus_joined_to_a_number_is_a_hedge_not_a_noun(
    text: str, written: str, unit: str | None, counted: str | None
) -> None:
    (found,) = quantities_in("en", text)
    assert (found.text, found.unit, found.counted_class) == (written, unit, counted)
    assert found.low is not None and found.low <= found.value
