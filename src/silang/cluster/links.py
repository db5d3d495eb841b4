"""Derivation links as must-link evidence: a copy, rewrite, spin or translation of an article
is about the same happening as the article, whatever their words say."""

from __future__ import annotations

from collections.abc import Collection, Iterable

from silang.model import Link


def groups(links: Iterable[Link], relations: Collection[str], min_score: float) -> dict[str, str]:
    """Each article id named by a must-link, mapped to its group's smallest id.

    Links of other relations ("shares-quote": a quote echoed in an unrelated story) or below
    ``min_score`` are ignored.
    """
    parent: dict[str, str] = {}

    def root(node: str) -> str:
        parent.setdefault(node, node)
        while parent[node] != node:
            parent[node] = parent[parent[node]]
            node = parent[node]
        return node

    for link in links:
        if link.relation not in relations or link.score < min_score or link.a == link.b:
            continue
        a, b = root(link.a), root(link.b)
        if a != b:
            parent[max(a, b)] = min(a, b)
    return {node: root(node) for node in parent}
