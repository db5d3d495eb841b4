"""Figures in two units of one measure share a claim slot and are compared converted; each
value keeps its own unit. Hand-made records and sentences written for these tests."""

from __future__ import annotations

from dataclasses import replace

import pytest

from silang.compare.slots import claim_slots
from silang.compare.status import compatible, slot_status
from silang.compare.units import convert, measure, same_amount
from silang.model import ClaimValue, Qualifier, Quantity

from records import figure_in, sentences_item, slot_holding


def _amount(value: float, unit: str | None) -> Quantity:
    return Quantity(0, 1, str(value), value, unit=unit)


@pytest.mark.parametrize(
    ("a", "a_unit", "b", "b_unit", "same"),
    [
        (28, "°C", 82, "°F", True),  # 82 °F is 27.8 °C
        (1150, "km", 700, "mile", True),  # 714.6 miles, written to the hundred
        (300, "km", 190, "mile", True),
        (58, "km", 36, "mile", True),
        (35, "mile", 36, "mile", False),  # one unit: the numbers themselves
        (10, "m", 40, "ft", False),  # 12.2 m: a single written digit is no 20% licence
        (1500, "km", 1150, "km", False),
        (5, "kg", 5, "km", False),  # two measures never agree
        (2, "t", 2000, "kg", True),
    ],
)
def test_compare_units_two_units_of_one_measure_agree_at_the_precision_written(
    a: float, a_unit: str, b: float, b_unit: str, same: bool
) -> None:
    assert same_amount(_amount(a, a_unit), _amount(b, b_unit)) is same


def test_compare_units_convert_between_measures_only() -> None:
    assert convert(0, "°C", "°F") == pytest.approx(32)
    assert convert(1, "mile", "km") == pytest.approx(1.609344)
    assert convert(1, "km", "kg") is None
    assert measure("nmi") == "length" and measure("%") is None and measure(None) is None


def _measured(sentence: str, written: str, value: float, unit: str) -> tuple[list[str], Quantity]:
    quantity = replace(figure_in([sentence], written, value), unit=unit)
    return [sentence], quantity


def test_compare_units_a_distance_in_miles_joins_the_same_distance_in_kilometres() -> None:
    first, km = _measured(
        "The island lies 1,150 kilometres south of the capital.",
        "1,150 kilometres",
        1150,
        "km",
    )
    second, miles = _measured(
        "The island lies 700 miles south of the capital.", "700 miles", 700, "mile"
    )
    items = [
        sentences_item("a1", first, [km], language="en"),
        sentences_item("a2", second, [miles], language="en"),
    ]
    slot = slot_holding(claim_slots(items, {}), "a1", 1150)
    assert slot.status == "agreed"
    assert {(v.value, v.unit) for v in slot.values} == {(1150, "km"), (700, "mile")}


def test_compare_units_one_article_giving_a_temperature_twice_gives_one_slot() -> None:
    sentence = ["The weather was warm, about 28 degrees Celsius (82 degrees Fahrenheit)."]
    celsius = replace(figure_in(sentence, "28 degrees Celsius", 28), unit="°C")
    fahrenheit = replace(figure_in(sentence, "82 degrees Fahrenheit", 82), unit="°F")
    items = [sentences_item("a1", sentence, [celsius, fahrenheit], language="en")]
    slot = slot_holding(claim_slots(items, {}), "a1", 28)
    assert {(v.value, v.unit) for v in slot.values} == {(28, "°C"), (82, "°F")}
    assert slot.status == "single-source"


def _value(
    value: float,
    unit: str | None,
    aid: str,
    qualifier: Qualifier = "exact",
    low: float | None = None,
    high: float | None = None,
) -> ClaimValue:
    return ClaimValue(value, low, high, qualifier, (aid,), (), unit=unit)


def test_compare_units_status_compares_values_converted() -> None:
    agreeing = [_value(1500, "km", "a1"), _value(940, "mile", "a2")]
    differing = [_value(1500, "km", "a1"), _value(700, "mile", "a2")]
    assert slot_status(agreeing, 2)[0] == "agreed"
    assert slot_status(differing, 2)[0] == "disputed"


@pytest.mark.parametrize(
    ("floor", "other", "holds"),
    [
        # "more than 26,000" reaches one step of its last written digit: 26,000 to 27,000.
        (_value(26_000, None, "a1", qualifier="more-than", low=26_000), 31_000, False),
        (_value(26_000, None, "a1", qualifier="more-than", low=26_000), 26_400, True),
        (_value(300, None, "a1", qualifier="at-least"), 350, True),
        (_value(80, None, "a1", qualifier="up-to", high=80), 70, True),
        (_value(80, None, "a1", qualifier="up-to", high=80), 50, False),
        # A figure given in words keeps its own bounds and holds the precise ones inside.
        (_value(20_000, None, "a1", qualifier="vague", low=20_000, high=99_999), 31_000, True),
    ],
)
def test_compare_units_a_floor_holds_values_up_to_its_next_step(
    floor: ClaimValue, other: float, holds: bool
) -> None:
    assert compatible(floor, _value(other, None, "a2")) is holds
