"""Lengths of time in one unit, both short of the next unit up, are of one order whatever
their ratio: two reports' hours of one span are one slot. Sentences written for these
tests."""

from __future__ import annotations

from silang.compare.slots import claim_slots
from silang.model import Annotated

from records import figured_report, slot_holding

#: Reports that give no figure, so that the words of the others stand in few articles.
_OTHERS = [
    ["The maker said its phones pass strict tests."],
    ["Owners posted photos of the damage online."],
    ["Shops kept selling the model all week."],
]


def _story(*reports: Annotated) -> list[Annotated]:
    return [*reports, *(figured_report(f"o{n}", s) for n, s in enumerate(_OTHERS))]


def test_compare_hours_under_a_day_are_one_span() -> None:
    slots = claim_slots(
        _story(
            figured_report("a1", ["He kept the phone in his pocket for 4 hours."]),
            figured_report("a2", ["It bent after 18 hours in a pocket."]),
        ),
        {},
    )
    hours = slot_holding(slots, "a1", 4)
    assert hours is not None and hours is slot_holding(slots, "a2", 18)


def test_compare_hours_past_a_day_keep_their_spread() -> None:
    # 40 hours is more than a day: its order is the ratio's, and 40 is no 4.
    slots = claim_slots(
        _story(
            figured_report("a1", ["He kept the phone in his pocket for 4 hours."]),
            figured_report("a2", ["It bent after 40 hours in a pocket."]),
        ),
        {},
    )
    assert slot_holding(slots, "a1", 4) is not slot_holding(slots, "a2", 40)
