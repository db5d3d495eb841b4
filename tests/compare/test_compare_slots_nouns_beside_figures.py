"""What a noun beside a figure says about which thing the figure counts. Two figures one
article writes after the same words stand for two things where each phrase stands in
apposition to another noun: to a name ("Ana Cruz, a mother of 3") or to a common noun ("her
sister, a mother of 3, ..."). A noun in another report's clause names what a figure there
counts only where that sentence does not count the noun itself: "over 50 arrests were made
over four nights" counts its arrests by the 50, and its four nights are no four arrests; the
whole of a part ("three of his eight children") shares the part's noun. Sentences written
for these tests."""

from __future__ import annotations

import pytest

from silang.compare.slots import claim_slots
from silang.model import Annotated

from records import figured_report, slot_holding

_FILLER = [
    ["The council met on Tuesday to discuss the budget."],
    ["Neighbours said the street had been quiet for years."],
    ["A vigil is planned for the weekend, organisers said."],
]


def _english(*bodies: list[str]) -> list[Annotated]:
    return [figured_report(f"a{i}", body) for i, body in enumerate([*bodies, *_FILLER])]


#: (reports, one figure, another, whether the two share a slot)
_CASES = {
    # Each "a mother of" stands in apposition to another common noun: two women.
    "apposed to two common nouns": (
        (
            [
                "Her sister, a mother of 3, was treated at the scene.",
                "Their neighbour, a mother of 5, ran for help.",
            ],
            ["Paramedics treated a mother of 3 at the scene."],
            ["A mother of 5 ran to a nearby house for help."],
        ),
        ("a1", 3),
        ("a2", 5),
        False,
    ),
    # No comma closes either phrase: the words before the first comma open the sentence,
    # and the report gives one woman's children two ways, a conflict of its own.
    "an opening adverbial": (
        (
            [
                "In the morning, a mother of 3 was seen at the gate.",
                "By the evening, a mother of 5 was reported missing.",
            ],
            ["A mother of 3 was seen at the school gate."],
        ),
        ("a0", 3),
        ("a0", 5),
        True,
    ),
    # "The victim" and "the woman" may be one person: only a possessive ("her sister")
    # names a relation of its own, and the report gives one woman's children two ways.
    "apposed to two nouns with no possessive": (
        (
            [
                "The victim, a mother of 3, died at the scene.",
                "Neighbours said the woman, a mother of 4, had moved there in May.",
            ],
            ["The victim was a mother of 3, police said."],
        ),
        ("a0", 3),
        ("a0", 4),
        True,
    ),
    "a noun its sentence counts itself": (
        (
            ["Since the shooting, over 50 arrests have been made in four cities."],
            ["Court records show the man had four prior arrests."],
        ),
        ("a0", 4),
        ("a1", 4),
        False,
    ),
    "the whole of a part": (
        (
            ["She was the mother of three of his eight children, the court heard."],
            ["He had three children with her, neighbours said."],
        ),
        ("a0", 3),
        ("a1", 3),
        True,
    ),
}


@pytest.mark.parametrize(("bodies", "first", "second", "joined"), _CASES.values(), ids=_CASES)
def test_what_a_noun_beside_a_figure_names(
    bodies: tuple[list[str], ...],
    first: tuple[str, float],
    second: tuple[str, float],
    joined: bool,
) -> None:
    slots = claim_slots(_english(*bodies), {})
    assert (slot_holding(slots, *first) is slot_holding(slots, *second)) is joined
