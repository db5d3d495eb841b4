"""Claim slots: counts one report gives side by side stay two things though other reports'
clauses share their words. Hand-made records in the shape Pratiwi dev topic 5 showed."""

from __future__ import annotations

from silang.compare.slots import claim_slots
from silang.model import Annotated

from records import figure_in, sentences_item, slot_holding

#: Reports of other things, so that the words two reports share are rare in the story.
_OTHERS = (
    ["Polisi menutup jalan protokol sejak pagi."],
    ["Pedagang kaki lima dipindahkan ke lapangan."],
    ["Hujan deras turun menjelang siang."],
)


def _others() -> list[Annotated]:
    return [sentences_item(f"o{n}", text) for n, text in enumerate(_OTHERS)]


def _breakdown(aid: str, sentence: str, men: str, women: str) -> Annotated:
    """A report giving the men and the women of one crowd in ``sentence``."""
    return sentences_item(
        aid,
        [sentence],
        [
            figure_in([sentence], f"170 {men}", 170, men, "person"),
            figure_in([sentence], f"70 {women}", 70, women, "person"),
        ],
    )


def test_compare_slots_a_breakdown_two_reports_give_is_no_dispute() -> None:
    # Both reports give the men and the women of one prayer; their clauses share "jemaah",
    # "subuh" and "masjid", but a report that gives both numbers says they count two groups.
    items = [
        _breakdown(
            "a1",
            "Jemaah salat subuh di masjid agung pagi itu 170 laki-laki dan 70 perempuan.",
            "laki-laki",
            "perempuan",
        ),
        _breakdown(
            "a2",
            "Jemaah subuh masjid agung terdiri atas 170 pria serta 70 wanita.",
            "pria",
            "wanita",
        ),
        *_others(),
    ]
    slots = claim_slots(items, {})
    assert slot_holding(slots, "a1", 170) is not slot_holding(slots, "a2", 70)
    assert slot_holding(slots, "a1", 70) is not slot_holding(slots, "a2", 170)
    assert not [s for s in slots if s.status == "disputed"]
