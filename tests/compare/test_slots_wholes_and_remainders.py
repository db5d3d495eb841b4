"""A share is of a whole: one number of two wholes named apart is two things. A remainder
("the other two") is a part of a whole its article counts: no value of the whole's slot,
nor a sign that the whole's other values count other things. Sentences written for these
tests."""

from __future__ import annotations

from silang.compare.figures import Figure, read_figures
from silang.compare.glossary import load_glossary
from silang.model import ClaimSlot

from records import figured_report, id_report, one_disputed_sum, slot_holding, story_slots

#: Reports that give no figure, so that the words of the others stand in few articles.
_OTHERS = [
    ["Engineers were sent out on Tuesday."],
    ["The company apologised to its customers."],
    ["Repairs may take until the end of the month."],
    ["Officials promised a full inquiry."],
]


def _slots(*reports: tuple[str, list[str]]) -> tuple[ClaimSlot, ...]:
    items = [figured_report(aid, sentences) for aid, sentences in reports]
    items += [figured_report(f"o{n}", s) for n, s in enumerate(_OTHERS)]
    return story_slots(*items)


def _figure(sentences: list[str], written: str) -> Figure:
    item = figured_report("a1", sentences)
    start = item.article.text.index(written)
    return next(f for f in read_figures(item, load_glossary()) if f.quantity.start == start)


def test_whole_is_read_after_of_or_a_determiner_of_half() -> None:
    milk = _figure(["The co-op once sold about half the milk in the valley."], "about half")
    settlers = _figure(["Within five years, half of the settlers gave up."], "half")
    assert milk.whole == {"milk"}
    assert "settler" in settlers.whole
    # No word links a whole to these shares: "percent was", "percent in".
    shipped = _figure(["The other 61 percent was shipped in."], "61 percent")
    assert shipped.whole == frozenset()


def test_one_share_of_two_wholes_is_two_slots() -> None:
    slots = _slots(
        ("a1", ["The co-op once sold about half the milk in the valley."]),
        ("a2", ["Within five years, half of the settlers gave up and left."]),
    )
    assert slot_holding(slots, "a1", 50) is not slot_holding(slots, "a2", 50)


def test_one_share_of_one_whole_retold_is_one_slot() -> None:
    slots = _slots(
        ("a1", ["Half the roof at the entrance collapsed during the blaze."]),
        ("a2", ["Half of the entrance roof fell in overnight."]),
    )
    slot = slot_holding(slots, "a1", 50)
    assert slot is slot_holding(slots, "a2", 50)
    assert slot.status == "agreed"


def test_one_share_of_two_wholes_whose_clauses_tie_is_one_slot() -> None:
    # One proportion measured on two wholes: the rest of the clauses ties them.
    slots = _slots(
        ("a1", ["The browser is installed with half the market share."]),
        ("a2", ["The browser is installed on half of the desktop computers."]),
    )
    assert slot_holding(slots, "a1", 50) is slot_holding(slots, "a2", 50)


_CABLES = [
    "Three undersea cables were damaged near the coast on Friday.",
    "If just one cable was down we could have used the other two, a spokesman said.",
]


def test_rest_of_a_whole_counted_before_is_a_remainder() -> None:
    rest = _figure(_CABLES, "two,")
    assert rest.remainder
    assert not _figure(_CABLES, "Three undersea cables").remainder


def test_rest_of_a_counted_state_is_a_remainder_in_indonesian() -> None:
    item = id_report(
        "a1",
        "Sebanyak lima rumah rusak pada hari Jumat.",
        "Dua rumah roboh, sedangkan tiga lainnya hanya retak.",
    )
    start = item.article.text.index("tiga lainnya")
    rest = next(f for f in read_figures(item, load_glossary()) if f.quantity.start == start)
    assert rest.remainder


def test_remainder_neither_joins_nor_parts_the_whole() -> None:
    slots = _slots(
        ("a1", _CABLES),
        ("a2", ["Two undersea cables were damaged near the coast, experts said."]),
    )
    # The other report's two is a rival count of the three, not the remainder's number.
    assert one_disputed_sum(slots, ("a1", 3), ("a2", 2))
    assert slot_holding(slots, "a1", 2) is not slot_holding(slots, "a1", 3)


def test_others_beside_a_person_leave_nothing_of_a_whole() -> None:
    # The "others" are no rest of the twelve children: no part of twelve makes the sum.
    told = ["He was convicted of killing a mother of 12 in 2011 and wounding two others."]
    assert not _figure(told, "two others").remainder


def test_count_that_writes_its_noun_is_no_remainder() -> None:
    # "the other 100 workers inside" names a group other reports count as a total.
    workers = [
        "Three workers were hurt in the blast.",
        "Most of the other 100 workers inside got out safely.",
    ]
    assert not _figure(workers, "100 workers").remainder
