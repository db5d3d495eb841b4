"""Counts of things added to an earlier count of their class ("an additional six engines",
"a further four appliances"): two reports' added counts of one noun count the one addition,
and a dispute between them is no running count, whatever days the reports came out on.
Sentences written for these tests."""

from __future__ import annotations

from silang.compare.figures import read_figures
from silang.compare.glossary import load_glossary
from silang.compare.slots import claim_slots
from silang.model import Annotated

from records import figured_report, id_report, slot_holding

_FILLER = [
    ["The council met on Tuesday to discuss the budget."],
    ["Neighbours said the street had been quiet for years."],
    ["A vigil is planned for the weekend, organisers said."],
]


def _reports() -> list[Annotated]:
    first = [
        "Two engines went to the warehouse fire at dawn.",
        "On arrival the crews called in an additional six engines.",
    ]
    second = ["Crews at the warehouse then sent for a further four fire engines."]
    return [
        figured_report("a0", first, published="2021-03-01"),
        figured_report("a1", second, published="2021-03-02"),
        *(figured_report(f"f{i}", body) for i, body in enumerate(_FILLER)),
    ]


def test_two_reports_added_counts_are_one_addition_in_dispute() -> None:
    slots = claim_slots(_reports(), {})
    slot = slot_holding(slots, "a0", 6)
    assert slot is slot_holding(slots, "a1", 4)
    assert slot.status == "disputed"
    assert not slot.changed_over_time


def test_an_article_adding_twice_marks_no_count_as_the_addition() -> None:
    item = figured_report(
        "a0",
        [
            "Police sent another 20 officers on Tuesday.",
            "On Wednesday they sent a further 30 officers.",
        ],
    )
    assert [f.added for f in read_figures(item, load_glossary())] == [False, False]


def test_an_indonesian_count_followed_by_lagi_is_an_addition() -> None:
    item = id_report("a0", "Petugas kemudian mendatangkan 4 unit lagi ke lokasi.")
    assert [f.added for f in read_figures(item, load_glossary())] == [True]


def test_additions_reported_a_week_apart_are_two_additions() -> None:
    # A running toll: each report adds to it, and the second tells a later rise.
    reports = [
        figured_report(
            "a0", ["A further 3 people died in hospital overnight."], published="2021-03-01"
        ),
        figured_report(
            "a1", ["Another 5 people died in hospital overnight."], published="2021-03-09"
        ),
        *(figured_report(f"f{i}", body) for i, body in enumerate(_FILLER)),
    ]
    slots = claim_slots(reports, {})
    slot = slot_holding(slots, "a0", 3)
    assert slot is slot_holding(slots, "a1", 5)
    assert slot.changed_over_time
