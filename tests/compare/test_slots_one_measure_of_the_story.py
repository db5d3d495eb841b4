"""A story that gives only two values of one physical measure, each report one and none both,
and whose figures measure alike by a word of their own, measures one thing of that kind: the
two values dispute it (silang.compare.slot_joins
``one_measure_of_the_story``). The sentences are written for these tests, in the shapes ECB+
dev topics 16 and 21 showed."""

from __future__ import annotations

import pytest

from silang.compare.slots import claim_slots
from silang.model import Annotated

from records import figured_report, slot_holding

#: Reports of other things, so that the words two reports share are informative (a word most
#: of a story's reports use tells nothing).
FILLER = [
    ["The council met on Tuesday to discuss the budget."],
    ["Neighbours said the street had been quiet for years."],
    ["A vigil is planned for the weekend, organisers said."],
]


def _reports(first: list[str], second: list[str]) -> list[Annotated]:
    texts = [first, second, *FILLER]
    return [figured_report(f"a{i}", body) for i, body in enumerate(texts)]


@pytest.mark.parametrize(
    ("first", "second", "values"),
    [
        # One distance, threefold apart but both "away" from the scene.
        (
            ["The victim lived half a mile away from the crossing."],
            ["Her brother said she had moved about a mile and a half away last year."],
            (0.5, 1.5),
        ),
    ],
    ids=["distance"],
)
def test_the_story_s_one_measure_told_two_ways_is_disputed(
    first: list[str], second: list[str], values: tuple[float, float]
) -> None:
    slots = claim_slots(_reports(first, second), {})
    slot = slot_holding(slots, "a0", values[0])
    assert slot is slot_holding(slots, "a1", values[1])
    assert slot.status == "disputed"


def test_a_report_giving_both_measures_tells_two_things() -> None:
    """A report that weighs two things itself says the story's weights are not one."""
    items = _reports(
        ["The suspect weighed 150 pounds and his brother 160 pounds."],
        ["Deputies said he is 5-foot-10, 160 pounds, with a shaved head."],
    )
    slots = claim_slots(items, {})
    assert all(s.status != "disputed" for s in slots)


def test_a_size_and_a_distance_far_apart_are_two_things() -> None:
    """A length of a thing and a distance, an order apart and with no word in common, are
    two measures of the story, not one told two ways."""
    items = _reports(
        ["The suspect hid in a 40-foot shed."],
        ["He was arrested two miles from the school."],
    )
    slots = claim_slots(items, {})
    assert all(s.status != "disputed" for s in slots)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (["The first truck carried 20 tonnes of sand."], ["The second lorry held 30 tonnes."]),
        (["The suspect is 6 feet tall."], ["The car he drove was 10 feet long."]),
        (["Police weighed the suspect at 150 pounds."], ["His dog, 90 pounds, was found later."]),
    ],
    ids=["two loads", "a height and a length", "two weights"],
)
def test_two_things_measured_once_each_with_no_word_in_common_are_no_dispute(
    first: list[str], second: list[str]
) -> None:
    """A measure alone is no evidence of one thing: two reports may each measure another."""
    slots = claim_slots(_reports(first, second), {})
    assert all(s.status != "disputed" for s in slots)
