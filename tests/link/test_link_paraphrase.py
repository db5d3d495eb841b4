"""A retelling of a whole article sentence by sentence, in order, in other words is a rewrite
however little of its wording it keeps (``Thresholds.paraphrase_sentences``,
``paraphrase_cover``); a report with material of its own is not. Every sentence here is
written for this test."""

from __future__ import annotations

from link_records import english_verdict as _verdict

from silang.link.classify import Thresholds

SOURCE = [
    "Fire crews battled a blaze at a timber yard on the edge of Harlow Bay on Sunday night.",
    "The fire started shortly after nine in a shed storing treated pine planks.",
    "Strong winds carried sparks across the yard and set two stacks of planks alight.",
    "Eleven engines and sixty firefighters were sent from three nearby towns.",
    "Twenty families living beside the yard spent the night in the village school.",
    "Investigators will return on Monday morning to look for the cause of the fire.",
]

#: The same sentences, one for one and in order, with their words moved about.
RETOLD = [
    "On Sunday night, fire crews battled a timber yard blaze at Harlow Bay's edge.",
    "Shortly after nine, the fire started in a shed where treated pine planks were stored.",
    "Sparks, carried by strong winds across the yard, set alight two stacks of planks.",
    "Sixty firefighters and eleven engines were sent from three towns nearby.",
    "Twenty families that live beside the yard spent that night in the school of the village.",
    "On Monday morning investigators will return, looking for what caused the fire.",
]

#: Five of the same sentences, retold the same way, among as much material of its own: most
#: of the source, but not most of this report.
OWN_REPORT = [
    RETOLD[0],
    "The owner, a family firm, said the damage would run into millions of pounds.",
    RETOLD[1],
    "Photographs shared by neighbours showed flames high above the rooftops of the estate.",
    RETOLD[2],
    "The coast road was closed in both directions until the early hours of Monday.",
    RETOLD[3],
    "A furniture store in the bay burned down in a similar fire eight years ago.",
    RETOLD[4],
    "The council said air quality readings in the town stayed within safe limits.",
    "Builders' merchants across the county expect a shortage of pine for some weeks.",
]


def _relation(other: list[str], thresholds: Thresholds) -> str | None:
    found = _verdict(SOURCE, other, thresholds)
    return found.relation if found else None


def test_link_sentence_by_sentence_retelling_is_a_rewrite() -> None:
    # Without the rule it keeps too little wording for the other rewrite rules.
    unruled = Thresholds(paraphrase_cover=1.01)
    assert [_relation(RETOLD, t) for t in (Thresholds(), unruled)] == ["rewrite", None]


def test_link_report_with_its_own_material_is_no_paraphrase() -> None:
    assert _relation(OWN_REPORT, Thresholds()) is None
