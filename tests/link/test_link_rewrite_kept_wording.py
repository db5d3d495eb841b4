"""A rewrite keeps its source's wording outside the quotes: two reports that quote one
speaker at length share his words, not each other's text."""

from __future__ import annotations

from link_records import item, lexicons

from silang.link import find_links

#: Written for this test: two long quotes of one mayor, given word for word by both reports.
QUOTES = (
    '"We opened the school hall at nine and every family who came in has a bed, a blanket '
    'and a hot meal for tonight," {first} "The river is still rising, so we ask everyone who '
    'lives near the bank to leave before the morning tide comes in," {second}'
)
NARRATIVE = (
    "Heavy rain flooded the river town of Marlow Bend late on Tuesday. "
    "About 400 families left their homes and went to the school hall. "
    "Mayor Edith Crane said two bridges over the river were closed to all traffic. "
    "By midnight the water had reached the ground floor of the covered market. "
)
#: The same facts in the same order, every sentence in other words around the same content
#: words (so the sentences align), sharing no five words in a row with NARRATIVE.
RETOLD = (
    "The heavy rain had flooded a river town, Marlow Bend, late this Tuesday. "
    "Some 400 families had left the homes, and they went into a school hall. "
    "Mayor Edith Crane has said that two of the bridges over a river were closed to traffic. "
    "Before midnight, that water reached a ground floor in the covered market. "
)


def _relations(left: str, right: str) -> list[str]:
    pair = [item("a", left, language="en"), item("b", right, language="en")]
    return [link.relation for link in find_links(pair, lexicons())]


def test_link_shared_quotes_do_not_make_a_reworded_report_a_rewrite() -> None:
    first = NARRATIVE + QUOTES.format(first="Crane said.", second="she added.")
    second = RETOLD + QUOTES.format(first="the mayor told reporters.", second="Crane said.")
    assert _relations(first, second) == ["shares-quote"]


def test_link_report_keeping_the_narrative_wording_is_still_linked() -> None:
    # The same pair where the second keeps the first's narrative as written: derived.
    first = NARRATIVE + QUOTES.format(first="Crane said.", second="she added.")
    second = NARRATIVE + QUOTES.format(first="the mayor told reporters.", second="Crane said.")
    assert _relations(first, second) in (["copy"], ["rewrite"])
