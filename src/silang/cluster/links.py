"""Derivation links as must-link evidence: a copy, rewrite, spin or translation of an article
is about the same happening as the article, whatever their words say."""

from __future__ import annotations

from collections.abc import Collection, Iterable

from silang.disjoint import DisjointSets
from silang.model import Link


def groups(links: Iterable[Link], relations: Collection[str], min_score: float) -> dict[str, str]:
    """Each article id named by a must-link, mapped to its group's smallest id.

    Links of other relations ("shares-quote": a quote echoed in an unrelated story) or below
    ``min_score`` are ignored.
    """
    linked: DisjointSets[str] = DisjointSets()
    named: dict[str, None] = {}
    for link in links:
        if link.relation not in relations or link.score < min_score or link.a == link.b:
            continue
        named.update({link.a: None, link.b: None})
        a, b = linked.find(link.a), linked.find(link.b)
        linked.join(max(a, b), min(a, b))
    return {node: linked.find(node) for node in named}
