"""Figures of stories that give one noun many counts (a game's yards, a season's wins) and
lengths of time written in two units. The sentences are written for these tests, in the
shapes ECB+ dev topics 29 and 31 showed; their figures are read by the figures stage."""

from __future__ import annotations

import pytest

from silang.compare.figures import read_figures
from silang.compare.glossary import load_glossary
from silang.compare.slots import claim_slots
from silang.model import Annotated

from records import figured_report, slot_holding

DAY = "2024-05-05"
OTHER_SEASON = ["The rookie now has 3,900 yards this season."]
OTHER_GAME = ["Across town, Diaz finished with 180 yards on the day."]


def _report(aid: str, sentences: list[str]) -> Annotated:
    return figured_report(aid, sentences, published=DAY)


@pytest.mark.parametrize(
    ("game", "other", "value"),
    [
        # One count an order away from a report that gives the noun several counts.
        (["Reyes threw for 240 yards.", "Ortega ran for 35 yards."], OTHER_SEASON, 3900),
        # One count that either of the other report's two counts of its order might be.
        (
            ["Reyes threw for 240 yards in the opener.", "Ortega ran for 210 yards."],
            OTHER_GAME,
            180,
        ),
    ],
)
def test_compare_a_report_of_many_counts_of_one_noun_joins_no_count_by_the_noun_alone(
    game: list[str], other: list[str], value: float
) -> None:
    first, second = _report("a1", game), _report("a2", other)
    slots = claim_slots([first, second], {})
    for figure in read_figures(first, load_glossary()):
        assert slot_holding(slots, "a2", value) is not slot_holding(
            slots, "a1", figure.quantity.value
        )
    assert all(s.status != "disputed" for s in slots)


def test_compare_lone_counts_of_one_noun_on_one_day_are_still_one_slot() -> None:
    for first, second in ((12, 15), (3, 30)):
        a1 = _report("a1", [f"The coast guard seized {first} boats."])
        a2 = _report("a2", [f"Officers took {second} boats into the harbour."])
        slots = claim_slots([a1, a2], {})
        slot = slot_holding(slots, "a1", first)
        assert slot is slot_holding(slots, "a2", second)
        assert slot.status == "disputed"


def test_compare_the_parts_of_a_length_in_two_units_are_no_figures() -> None:
    glossary = load_glossary()
    clock = _report("a1", ["He scored the basket with 7 minutes 41 seconds to go."])
    span = _report("a2", ["The surgery took two hours and 30 minutes."])
    for item in (clock, span):
        units = {f.quantity.unit for f in read_figures(item, glossary)}
        assert not units & {"second", "minute", "hour"}


def test_compare_two_lengths_side_by_side_stay_figures() -> None:
    glossary = load_glossary()
    item = _report("a1", ["After four days and more than 30 hours of deliberations, it ended."])
    found = {(f.quantity.value, f.quantity.unit) for f in read_figures(item, glossary)}
    assert {(4.0, "day"), (30.0, "hour")} <= found


def test_compare_a_smaller_unit_past_one_of_the_larger_is_a_length_of_its_own() -> None:
    """ "48 hours" is more than a day's part: "two days or 48 hours" restates one length in
    another unit, and both are lengths."""
    glossary = load_glossary()
    item = _report("a1", ["The drive takes two days or 48 hours on the coast road."])
    found = {(f.quantity.value, f.quantity.unit) for f in read_figures(item, glossary)}
    assert {(2.0, "day"), (48.0, "hour")} <= found


def test_compare_estimates_in_words_of_one_day_still_join_a_report_of_many_counts() -> None:
    gate = _report("a1", ["Hundreds of fans waited at the gate.", "Later 40 fans left early."])
    other = _report("a2", ["By noon thousands of fans had come to see the parade."])
    slots = claim_slots([gate, other], {})
    assert slot_holding(slots, "a1", 200) is slot_holding(slots, "a2", 2000)
