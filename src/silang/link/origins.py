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
    joining = [
        link
        for link in links
        if link.relation in DERIVATIONS and link.a in parent and link.b in parent
    ]
    for link in _without_merges(joining):
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


#: Relations by how much of its source a derived article carries, most first.
_STRENGTH = {"duplicate": 0, "copy": 1, "spin": 2, "translation": 3, "rewrite": 4}


def _without_merges(links: Sequence[Link]) -> list[Link]:
    """``links`` less those that would make two origins one through an article derived from
    both: an article that takes one original's text and another's (a hoax page that copies
    one page and adds a paragraph of another outlet's report) derives from each, but the two
    originals stay independent of each other. Such an article keeps its link to the source it
    carries most of (by relation, then score), and to sources linked to that one; its links
    naming other, unlinked originals are left out. Links without a direction are kept: an
    undirected pair says nothing about which side merged what."""
    linked = {frozenset((link.a, link.b)) for link in links}
    sources: dict[str, list[Link]] = {}
    for link in links:
        if link.original in (link.a, link.b):
            child = link.b if link.original == link.a else link.a
            sources.setdefault(child, []).append(link)
    dropped: set[int] = set()
    for found in sources.values():
        if len(found) < 2:
            continue
        main = min(found, key=lambda link: (_STRENGTH[link.relation], -link.score))
        for link in found:
            other = link.original
            if link is not main and frozenset((other, main.original)) not in linked:
                dropped.add(id(link))
    return [link for link in links if id(link) not in dropped]
