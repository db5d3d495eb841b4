"""Units of one kind of measure (length, area, mass, temperature, speed, volume) compared in
one base unit, so that "1,150 kilometers (700 miles)" and "28 °C (82 °F)" can share a claim
slot. Each value keeps its own unit for display; only the comparison converts."""

from __future__ import annotations

import math
from typing import Protocol

#: The measures the language packs' figures_units.tsv write (their canonical unit symbols,
#: the same in every pack), as measure, factor and offset: base = value * factor + offset,
#: in metres, square metres, kilograms, degrees Celsius, metres a second and cubic metres.
#: Factors are the international definitions (mile = 1,609.344 m, lb = 0.45359237 kg); the
#: Indonesian "ons" is 100 g. Money and periods are compared elsewhere (silang.compare.money).
_UNITS: dict[str, tuple[str, float, float]] = {
    "mm": ("length", 0.001, 0.0),
    "cm": ("length", 0.01, 0.0),
    "m": ("length", 1.0, 0.0),
    "km": ("length", 1000.0, 0.0),
    "in": ("length", 0.0254, 0.0),
    "ft": ("length", 0.3048, 0.0),
    "mile": ("length", 1609.344, 0.0),
    "nmi": ("length", 1852.0, 0.0),
    "m2": ("area", 1.0, 0.0),
    "ha": ("area", 10_000.0, 0.0),
    "km2": ("area", 1_000_000.0, 0.0),
    "acre": ("area", 4046.8564224, 0.0),
    "µg": ("mass", 1e-9, 0.0),
    "mg": ("mass", 1e-6, 0.0),
    "g": ("mass", 0.001, 0.0),
    "ons": ("mass", 0.1, 0.0),
    "kg": ("mass", 1.0, 0.0),
    "t": ("mass", 1000.0, 0.0),
    "oz": ("mass", 0.028349523125, 0.0),
    "lb": ("mass", 0.45359237, 0.0),
    "°C": ("temperature", 1.0, 0.0),
    "°F": ("temperature", 5 / 9, -160 / 9),
    "km/hour": ("speed", 1 / 3.6, 0.0),
    "mile/hour": ("speed", 0.44704, 0.0),
    "knot": ("speed", 1852 / 3600, 0.0),
    "L": ("volume", 0.001, 0.0),
    "m3": ("volume", 1.0, 0.0),
    "barrel": ("volume", 0.158987294928, 0.0),
}
#: A converted figure agrees with a written one that is this close to it, at most: the
#: writer rounds a conversion to the precision written ("1,150 kilometers (700 miles)", 714.6
#: miles to the hundred), but a single written digit ("10 m" against "40 ft", 12.2 m) is no
#: licence for a 20% gap.
_MOST_ROUNDING = 0.05


class Reading(Protocol):
    """What a figure or a claim value says: a value, its unit and its bounds."""

    @property
    def value(self) -> float: ...
    @property
    def unit(self) -> str | None: ...


def measure(unit: str | None) -> str | None:
    """The kind of measure a unit measures ("length" for "km" and "mile"), None for units
    that convert to no other (points, percent) and for counts."""
    found = _UNITS.get(unit or "")
    return found[0] if found else None


def convert(value: float, unit: str | None, to: str | None) -> float | None:
    """``value`` in ``unit`` written in ``to``; None when the two measure different things."""
    if unit == to:
        return value
    source, target = _UNITS.get(unit or ""), _UNITS.get(to or "")
    if source is None or target is None or source[0] != target[0]:
        return None
    base = value * source[1] + source[2]
    return (base - target[2]) / target[1]


def written_step(value: float) -> float:
    """The place of a number's last written digit: 1 for 82, 10 for 1,150, 100 for 700,
    0.1 for 27.5."""
    if value == 0:
        return 1.0
    if not float(value).is_integer():
        decimals = len(f"{value:.6f}".rstrip("0").split(".")[1])
        return float(10**-decimals)
    number, step = int(abs(value)), 1.0
    while number % 10 == 0:
        number //= 10
        step *= 10
    return step


def rounds_to(written: float, converted: float) -> bool:
    """Whether ``converted`` rounds to ``written`` at the precision ``written`` is given in,
    within ``_MOST_ROUNDING`` of it. A half of the last written place rounds either way
    ("31.75" to "31.7" or "31.8"), so the bound is taken with the floats' own slack."""
    slack = min(written_step(written) / 2, _MOST_ROUNDING * abs(written))
    gap = abs(written - converted)
    return math.isclose(written, converted) or gap <= slack or math.isclose(gap, slack)


def _decimals_dropped(a: float, b: float) -> bool:
    """Whether one of two values of one measure in one unit is the other with decimals
    dropped: "31.7 kg" and "31.75 kg", "68 kg" and "68.04 kg" (a report rounding another's
    conversion, or its source's). Only a value whose last written place is the units or
    finer is such a rounding (``written_step``: a trailing zero reads as a round ten, so
    "120 kg" is taken for no rounding of "120.3 kg", as "100 kg" is none of "104.5 kg"), and
    a count is no rounding of another."""
    coarse, fine = sorted((a, b), key=written_step, reverse=True)
    return (
        not float(fine).is_integer()
        and written_step(coarse) <= 1
        and written_step(coarse) > written_step(fine)
        and rounds_to(coarse, fine)
    )


def same_amount(a: Reading, b: Reading) -> bool:
    """Whether two readings give one amount: equal in one unit, or in two units of one
    measure where either rounds the other's conversion ("82 °F" and "28 °C"), or in one unit
    of a measure where one drops the other's decimals ("31.7 kg" and "31.75 kg")."""
    if a.unit == b.unit:
        return a.value == b.value or (
            measure(a.unit) is not None and _decimals_dropped(a.value, b.value)
        )
    b_in_a, a_in_b = convert(b.value, b.unit, a.unit), convert(a.value, a.unit, b.unit)
    if b_in_a is None or a_in_b is None:
        return False
    return rounds_to(a.value, b_in_a) or rounds_to(b.value, a_in_b)


def in_unit_of(reading: Reading, other: Reading) -> float:
    """``other``'s value written in ``reading``'s unit (as is when they do not convert)."""
    found = convert(other.value, other.unit, reading.unit)
    return other.value if found is None else found
