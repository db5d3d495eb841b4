"""Two different values of one slot assert a conflict, so what joins them must be tied to the
numbers themselves: the words right beside each, and the numbers each is told with
(silang.compare.slot_evidence). The sentences are written for these tests, in the shapes ECB+
dev topics 9 and 25 showed."""

from __future__ import annotations

from dataclasses import replace

import pytest

from silang.compare.slots import claim_slots
from silang.model import Annotated, TimeExpression

from records import figured_report, slot_holding

DAY = "2024-05-05"
#: Reports of other things, so that the words two reports share are informative (a word most
#: of a story's reports use tells nothing).
FILLER = [
    ["The stadium opened its gates early on Sunday."],
    ["Tickets sold out within an hour, the club said."],
    ["Rain was expected for the evening kickoff."],
]


def _reports(first: list[str], second: list[str], published: str | None) -> list[Annotated]:
    texts = [first, second, *FILLER]
    return [figured_report(f"a{i}", body, published=published) for i, body in enumerate(texts)]


def _saturday_named(report: Annotated) -> Annotated:
    """``report`` with its "Saturday" read as a day it cannot resolve (no publication day)."""
    at = report.article.text.index("Saturday")
    return replace(report, times=(TimeExpression(at, at + 8, "Saturday", "day"),))


@pytest.mark.parametrize(
    ("first", "second", "published", "values"),
    [
        # "scored" and "touchdown" stand in both clauses, but neither is the yards': one is
        # a season's rushing, the other the length of one play.
        (
            ["Ramos has run for only 140 yards and has not scored a touchdown this season."],
            ["Ramos scored on a 3-yard touchdown in the second quarter."],
            None,
            (140, 3),
        ),
        # The second report gives this season's 29 catches for 201 yards itself: its 41
        # passes for 315 yards are another season's, not a dispute of the 29.
        (
            ["Ramos finished with two touchdowns rushing and caught 29 passes for 201 yards."],
            [
                "In 2022 he ran for 793 yards on 147 carries and caught 41 passes for 315 yards"
                " and another two touchdowns.",
                "This season he had only 201 yards on 29 catches.",
            ],
            DAY,
            (29, 41),
        ),
        # "150 animals and 120 plants" and "80 birds and 1,100 other animals" part the
        # living things two ways: the animals of each are another set.
        (
            ["An additional 150 animals and 120 plants are listed as threatened."],
            ["The law protects 80 birds and 1,100 other animals across the region."],
            DAY,
            (150, 1100),
        ),
        # "President Lee" stands beside his 100 days in office and beside the 60 days a bill
        # gives: the title is a name's, no word of either span.
        (
            ["The decision comes as President Lee prepares to mark his first 100 days in office."],
            ["A bill signed by President Lee lets the minister undo the changes within 60 days."],
            None,
            (100, 60),
        ),
    ],
    ids=["words of other figures", "companion retold", "companions of two kinds", "title"],
)
def test_two_values_with_nothing_of_their_own_in_common_are_no_dispute(
    first: list[str], second: list[str], published: str | None, values: tuple[float, float]
) -> None:
    slots = claim_slots(_reports(first, second, published), {})
    assert slot_holding(slots, "a0", values[0]) is not slot_holding(slots, "a1", values[1])
    assert all(s.status != "disputed" for s in slots)


def test_one_span_named_by_its_own_words_still_joins() -> None:
    """The words beside both lengths name one act, so their difference is a dispute."""
    items = _reports(
        ["The jury deliberated for 40 hours before the verdict."],
        ["The verdict came after 30 hours of deliberation."],
        None,
    )
    slots = claim_slots(items, {})
    slot = slot_holding(slots, "a0", 40)
    assert slot is slot_holding(slots, "a1", 30)
    assert slot.status == "disputed"


def test_a_count_of_a_named_day_and_one_of_no_day_are_no_count_of_one_moment() -> None:
    """ "By Saturday" dates the 6,000 though a report of no publication day cannot resolve
    it: the count that is still growing, against a report naming no day, is no dispute."""
    first, second, *rest = _reports(
        ["By Saturday, at least 6,000 sites had been infected and the number is growing."],
        ["Researchers have identified about 10,000 sites that were infected."],
        None,
    )
    slots = claim_slots([_saturday_named(first), second, *rest], {})
    assert slot_holding(slots, "a0", 6000) is not slot_holding(slots, "a1", 10000)
    assert all(s.status != "disputed" for s in slots)


@pytest.mark.parametrize(
    ("first", "second", "values"),
    [
        # Companions of two kinds beside two counts of one thing say nothing of the homes.
        (
            ["The fire destroyed 300 homes and 20 shops on Sunday."],
            ["The fire destroyed 350 homes and injured 40 residents on Sunday."],
            (300, 350),
        ),
        # The second report writes 300 and 20 in one sentence, but of other things: no
        # retelling of the first's companion pair.
        (
            ["The fire destroyed 300 homes and 20 shops on Sunday."],
            [
                "The fire destroyed 350 homes on Sunday.",
                "About 300 firefighters fought the blaze for 20 hours.",
            ],
            (300, 350),
        ),
        # The docstring's own shape: a companion the other's sentence also gives ties them.
        (
            ["Pirates still hold 12 ships and nearly 300 crewmen off the coast."],
            ["Pirates still hold 14 vessels and more than 300 crew off the coast."],
            (12, 14),
        ),
    ],
    ids=["companions of two kinds, no remainder", "numbers of one sentence", "shared companion"],
)
def test_counts_of_one_thing_told_with_other_numbers_still_dispute(
    first: list[str], second: list[str], values: tuple[float, float]
) -> None:
    slots = claim_slots(_reports(first, second, DAY), {})
    slot = slot_holding(slots, "a0", values[0])
    assert slot is slot_holding(slots, "a1", values[1])
    assert slot.status == "disputed"


def test_a_day_that_dates_an_event_is_no_bound_of_a_running_count() -> None:
    """ "On Saturday flood waters reached 300 homes" dates the flood, not a count still
    running: against a report of no day it is a dispute, as two undated counts are."""
    first, second, *rest = _reports(
        ["On Saturday flood waters reached some 300 homes near the river."],
        ["Officials counted 350 homes under water near the river."],
        None,
    )
    slots = claim_slots([_saturday_named(first), second, *rest], {})
    slot = slot_holding(slots, "a0", 300)
    assert slot is slot_holding(slots, "a1", 350)
    assert slot.status == "disputed"
