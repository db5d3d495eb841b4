"""Amounts given with their conversion into another currency join one slot: no rate is known,
so the report's own brackets say which amounts are one. The sentences are written for these
tests, in the shapes ECB+ dev topic 24 showed; their figures are read by the figures stage."""

from __future__ import annotations

from silang.compare.slots import claim_slots
from silang.compare.status import compatible
from silang.model import ClaimValue

from records import figured_report as _report
from records import slot_holding

BOTH = ["Thieves took jewels worth 2 million euros ($2.6 million) from the shop."]
DOLLARS = ["The robbers made off with watches valued at $2.6 million."]
POUNDS = ["They made off with 2m euros (£1.7m; $2.6m) in gems and watches."]
EARLIER = ["In July a thief stole £88m worth of stones from a hotel."]


def test_compare_an_amount_and_its_conversions_are_one_slot() -> None:
    items = [
        _report("a1", BOTH),
        _report("a2", DOLLARS),
        _report("a3", POUNDS),
        _report("a4", EARLIER),
    ]
    slots = claim_slots(items, {})
    slot = slot_holding(slots, "a1", 2_000_000)
    assert {a for v in slot.values for a in v.article_ids} == {"a1", "a2", "a3"}
    assert {v.unit for v in slot.values} == {"EUR", "USD", "GBP"}
    assert slot.status == "agreed"
    assert slot is not slot_holding(slots, "a4", 88_000_000)


def test_compare_amounts_in_two_currencies_dispute_nothing() -> None:
    euros = ClaimValue(2e6, None, None, "exact", ("a1",), (), None, None, unit="EUR")
    dollars = ClaimValue(2.6e6, None, None, "exact", ("a2",), (), None, None, unit="USD")
    more = ClaimValue(3e6, None, None, "exact", ("a3",), (), None, None, unit="USD")
    assert compatible(euros, dollars)
    assert not compatible(dollars, more)
