"""Masses in pounds and kilograms compare converted, and one report dropping another's
decimals in one unit of a measure gives the same amount. Hand-made records."""

from __future__ import annotations

from dataclasses import replace

import pytest

from silang.compare.slots import claim_slots
from silang.compare.units import same_amount
from silang.model import Quantity

from records import figure_in, sentences_item, slot_holding


def _amount(value: float, unit: str | None) -> Quantity:
    return Quantity(0, 1, str(value), value, unit=unit)


@pytest.mark.parametrize(
    ("a", "a_unit", "b", "b_unit", "same"),
    [
        (80, "lb", 36.29, "kg", True),  # 80 lb is 36.287 kg
        (80, "lb", 36.3, "kg", True),
        (80, "lb", 40, "kg", False),
        (16, "oz", 1, "lb", True),
        (36.3, "kg", 36.29, "kg", True),  # a report drops a decimal of the other's figure
        (36.25, "kg", 36.2, "kg", True),  # a half of the last place rounds either way
        (31.8, "kg", 31.75, "kg", True),  # the half's gap a hair over it in floats
        (36, "kg", 36.29, "kg", True),
        (36.2, "kg", 36.29, "kg", False),  # 36.29 rounds to 36.3, not 36.2
        (100, "kg", 104.5, "kg", False),  # "100" is no rounding of "104.5"
        (40, "%", 40.2, "%", False),  # a share is no measure: its numbers themselves
        (12, None, 12.4, None, False),
    ],
)
def test_compare_mass_units_same_amount(
    a: float, a_unit: str | None, b: float, b_unit: str | None, same: bool
) -> None:
    assert same_amount(_amount(a, a_unit), _amount(b, b_unit)) is same


def test_compare_mass_units_a_load_in_pounds_joins_the_load_in_kilograms() -> None:
    first = ["The shelf gave way under a load of 80 pounds (36.29 kg)."]
    pounds = replace(figure_in(first, "80 pounds", 80), unit="lb")
    kilos = replace(figure_in(first, "36.29 kg", 36.29), unit="kg")
    second = ["The shelf gave way under a load of 36.3 kg in the test."]
    other = replace(figure_in(second, "36.3 kg", 36.3), unit="kg")
    items = [
        sentences_item("a1", first, [pounds, kilos], language="en"),
        sentences_item("a2", second, [other], language="en"),
    ]
    slot = slot_holding(claim_slots(items, {}), "a1", 80)
    assert slot.status == "agreed"
    assert {(v.value, v.unit) for v in slot.values} == {(80, "lb"), (36.29, "kg"), (36.3, "kg")}
