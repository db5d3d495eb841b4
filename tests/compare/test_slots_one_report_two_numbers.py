"""A report that gives one thing two close numbers in alike words ("a mother of 12", "the
mother of 13") mends a count or copies two sources: it tells no two things, so other reports'
two values still dispute (silang.compare.slots ``_told_alike_where_given_both``). The
sentences are written for these tests, in the shape ECB+ dev topic 33 showed."""

from __future__ import annotations

from silang.compare.slots import claim_slots
from silang.model import Annotated

from records import figured_report, slot_holding

#: Reports of other things, so that the words two reports share are informative.
FILLER = [
    ["The council met on Tuesday to discuss the budget."],
    ["Neighbours said the street had been quiet for years."],
    ["A vigil is planned for the weekend, organisers said."],
]


def _reports(*bodies: list[str]) -> list[Annotated]:
    texts = [*bodies, *FILLER]
    return [figured_report(f"a{i}", body) for i, body in enumerate(texts)]


def test_a_report_giving_one_count_two_close_numbers_does_not_part_them() -> None:
    items = _reports(
        ["Ruiz, a mother of 10, was struck on Friday.", "A stray bullet hit the mother of 11."],
        ["Neighbours remembered the mother of 10 as generous."],
        ["Ruiz, a mother of 11, died at the scene."],
    )
    slots = claim_slots(items, {})
    slot = slot_holding(slots, "a1", 10)
    assert slot is slot_holding(slots, "a2", 11)
    assert slot.status == "disputed"


def test_two_things_told_alike_with_numbers_far_apart_stay_two() -> None:
    """The report's mother of 6 and mother of 9 are two women: numbers that far apart are
    no count mended, so the other reports' 6 and 9 are no dispute."""
    items = _reports(
        ["Ruiz is a mother of 6.", "Her sister, a mother of 9, spoke to reporters."],
        ["Ruiz, a mother of 6, was hurt."],
        ["The mother of 9 was not hurt."],
    )
    slots = claim_slots(items, {})
    assert all(s.status != "disputed" for s in slots)
