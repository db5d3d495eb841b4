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


#: Two reports of one court hearing written apart: each tells the hearing's facts (who, the
#: sentence, the crime, the victim's injuries, the judge's words) in the hearing's order, in
#: sentences that share names and numbers but say them each its own way.
HEARING = [
    "Carl Dunne, 29, of Brenton, has been jailed for four years at Brenton Crown Court.",
    "Dunne admitted wounding with intent after stabbing a 31-year-old man outside the Red "
    "Lion pub in March.",
    "The victim needed surgery on his arm and spent five days in Brenton General Hospital.",
    "Judge Alison Reeve said the knife had turned a quarrel into a near tragedy.",
    "Dunne will serve half of the sentence in custody.",
]
OTHER_HEARING = [
    "A Brenton man, Carl Dunne, 29, was sentenced to four years in prison at Brenton Crown "
    "Court on Tuesday.",
    "Dunne had pleaded guilty to wounding a 31-year-old man with intent outside the Red Lion "
    "in March.",
    "The man had surgery to his arm and stayed five days at Brenton General Hospital.",
    "Judge Alison Reeve told him his knife had turned a quarrel into a near tragedy.",
    "Dunne will serve half of his sentence in custody before being released on licence.",
]


def test_link_two_reports_sharing_only_names_and_numbers_in_order_are_no_paraphrase() -> None:
    # Sentences that align on their names and numbers alone tell the same facts; a retelling
    # keeps what is said of them (RETOLD still aligns with its anchors left out).
    found = _verdict(HEARING, OTHER_HEARING, Thresholds())
    assert found is None or found.relation != "rewrite"
