"""Origins: an original and everything derived from it, through any chain of links."""

from __future__ import annotations

from collections.abc import Sequence

from silang.model import Link

#: Relations that make two articles one origin; ``shares-quote`` is independent reporting.
DERIVATIONS = frozenset({"duplicate", "copy", "rewrite", "spin", "translation"})


def _find(parent: dict[str, str], item: str) -> str:
    root = item
    while parent[root] != root:
        root = parent[root]
    while parent[item] != root:
        parent[item], item = root, parent[item]
    return root


def origins(article_ids: Sequence[str], links: Sequence[Link]) -> dict[str, str]:
    """Article id → id of its origin's original (itself when independent).

    Articles joined by derivation links form one origin. Its original is the member that no
    link names as derived from another; where several (or none) qualify, the one named
    original most often, then the smallest id.
    """
    parent = {item: item for item in article_ids}
    derived: set[str] = set()
    named: dict[str, int] = {}
    for link in links:
        if link.relation not in DERIVATIONS or link.a not in parent or link.b not in parent:
            continue
        ra, rb = _find(parent, link.a), _find(parent, link.b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)
        if link.original in (link.a, link.b):
            derived.add(link.b if link.original == link.a else link.a)
            named[link.original] = named.get(link.original, 0) + 1
    groups: dict[str, list[str]] = {}
    for item in parent:
        groups.setdefault(_find(parent, item), []).append(item)
    out: dict[str, str] = {}
    for members in groups.values():
        undisputed = [m for m in members if m not in derived] or members
        head = min(undisputed, key=lambda m: (-named.get(m, 0), m))
        for member in members:
            out[member] = head
    return out
