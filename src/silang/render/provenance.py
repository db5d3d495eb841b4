"""The provenance graph of a story as inline SVG, drawn by hand (no script, no external asset)
so report.html stays self-contained.

Each independent origin is a tree: the original at the left, what was copied, rewritten, spun
or translated from it one column to the right, what was taken from those another column on,
so "five outlets" that are two origins read as two trees. The kind of derivation is written
in the derived article's box rather than on its arrow: labels on arrows collide as soon as an
original has several copies. Origins nothing derives from are packed side by side instead of
one per line: a story of twenty independent reports stays a few lines tall. Quotes shared by
independent reports are not provenance and are listed under the picture (``shared_quotes``),
not drawn across it.

Both read only the links between two of the story's articles or their origins. A report
indexes its links by article once (``links_by_article``) and gives each story its own
(``links_within``), rather than every story scanning all the report's links.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from markupsafe import Markup, escape

NODE_W, NODE_H = 160, 38
GAP_X, GAP_Y = 34, 10
#: Extra room between two origins' trees, so each reads as one group.
GROUP_GAP = 14
MARGIN = 8
#: Lone origins side by side on one line: five boxes fit the page's 1,050 pixels.
LONE_PER_LINE = 5
#: Characters of an outlet shown in a box (the full name and title are in its tooltip).
LABEL_CHARS = 22
#: Relations drawn as an arrow from the original; shares-quote is independent reporting.
DERIVED = frozenset({"duplicate", "copy", "rewrite", "spin", "translation"})
#: A link of report.json: its articles ``a`` and ``b``, ``relation`` and ``original``.
Link = Mapping[str, Any]


def links_by_article(links: Sequence[Link]) -> dict[str, list[tuple[int, Link]]]:
    """A report's links by the article at their ``a`` end, each with its place in the report
    (built once per report; ``links_within`` reads it per story)."""
    index: dict[str, list[tuple[int, Link]]] = {}
    for place, link in enumerate(links):
        index.setdefault(str(link["a"]), []).append((place, link))
    return index


def links_within(
    article_ids: Sequence[str],
    origin: Mapping[str, str],
    index: Mapping[str, Sequence[tuple[int, Link]]],
) -> list[Link]:
    """The links between two of the story's articles or their origins, in the report's order.
    An origin may be an article of another story: the story's tree hangs from it, and a
    member with a link of unknown direction to it hangs under it. The order is kept because
    the graph hangs a member under the first link that places it, and the shared quotes are
    listed in that order."""
    ends = dict.fromkeys([*article_ids, *(origin.get(aid, aid) for aid in article_ids)])
    found = [pair for aid in ends for pair in index.get(aid, ()) if pair[1]["b"] in ends]
    return [link for _, link in sorted(found, key=lambda pair: pair[0])]


def _children(
    root: str, members: Sequence[str], links: Sequence[Mapping[str, Any]]
) -> dict[str, list[tuple[str, str]]]:
    """Each member's derived articles (id, relation), found breadth first from the original,
    so every member hangs under the nearest article it was taken from. A member no directed
    link reaches (its origin was inferred through an undirected link) hangs under the root."""
    inside = set(members)
    taken: dict[str, list[tuple[str, str]]] = {}
    for link in links:
        source = link.get("original")
        if link["relation"] not in DERIVED or source not in (link["a"], link["b"]):
            continue
        target = link["b"] if source == link["a"] else link["a"]
        if source in inside and target in inside:
            taken.setdefault(str(source), []).append((str(target), str(link["relation"])))
    children: dict[str, list[tuple[str, str]]] = {}
    placed, queue = {root}, [root]
    while queue:
        node = queue.pop(0)
        for target, relation in sorted(taken.get(node, [])):
            if target not in placed:
                placed.add(target)
                children.setdefault(node, []).append((target, relation))
                queue.append(target)
    # Members no directed link reaches: under a placed article they have a derivation of
    # unknown direction with, else under the root (their origin was inferred).
    undirected = [k for k in links if k["relation"] in DERIVED and not k.get("original")]
    waiting = sorted(inside - placed)
    while waiting:
        member = waiting.pop(0)
        found = next(
            (
                (str(k["b"] if k["a"] == member else k["a"]), str(k["relation"]))
                for k in undirected
                if member in (k["a"], k["b"]) and {k["a"], k["b"]} - {member} <= placed
            ),
            None,
        )
        parent, relation = (found[0], f"{found[1]}, direction unknown") if found else (root, "")
        placed.add(member)
        children.setdefault(parent, []).append((member, relation or "derived"))
    return children


def _layout(
    groups: Sequence[tuple[str, list[str]]], links: Sequence[Mapping[str, Any]]
) -> tuple[dict[str, tuple[int, int, int]], dict[str, str], list[tuple[str, str]]]:
    """Box positions (column, line, group number), each box's relation to its parent, and the
    tree edges. The lone origins together make the last group."""
    place: dict[str, tuple[int, int, int]] = {}
    relation_of: dict[str, str] = {}
    edges: list[tuple[str, str]] = []
    line = group = 0

    def put(node: str, column: int, children: dict[str, list[tuple[str, str]]]) -> None:
        nonlocal line
        place[node] = (column, line, group)
        for index, (child, relation) in enumerate(children.get(node, [])):
            if index:
                line += 1
            relation_of[child] = relation
            edges.append((node, child))
            put(child, column + 1, children)

    for root, members in groups:
        if len(members) > 1:
            put(root, 0, _children(root, members, links))
            line += 1
            group += 1
    lone = [root for root, members in groups if len(members) == 1]
    for index, root in enumerate(lone):
        place[root] = (index % LONE_PER_LINE, line + index // LONE_PER_LINE, group)
    return place, relation_of, edges


def provenance_svg(
    article_ids: Sequence[str],
    origin: Mapping[str, str],
    links: Sequence[Mapping[str, Any]],
    labels: Mapping[str, str],
    titles: Mapping[str, str] | None = None,
    key: str = "",
) -> Markup:
    """An SVG of the story's origins and derivations, or empty when the story has a single
    article. ``links`` are the story's (``links_within``; others are passed over);
    ``labels`` name the boxes (outlets), ``titles`` their tooltips; ``key`` (the story id)
    keeps the arrow's id unique among the page's graphs."""
    if len(article_ids) < 2:
        return Markup("")
    groups: dict[str, list[str]] = {}
    for aid in article_ids:
        groups.setdefault(origin.get(aid, aid), []).append(aid)
    ordered = sorted(groups.items(), key=lambda kv: (-len(kv[1]), kv[0]))
    place, relation_of, edges = _layout(ordered, links)
    xy = {
        aid: (
            MARGIN + column * (NODE_W + GAP_X),
            MARGIN + line * (NODE_H + GAP_Y) + group * GROUP_GAP,
        )
        for aid, (column, line, group) in place.items()
    }
    width = max(x for x, _ in xy.values()) + NODE_W + MARGIN
    height = max(y for _, y in xy.values()) + NODE_H + MARGIN
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
        f'viewBox="0 0 {width} {height}" role="img" aria-label="provenance graph">',
        f'<defs><marker id="arrow{escape(key)}" viewBox="0 0 10 10" refX="10" refY="5" '
        'markerWidth="7" markerHeight="7" orient="auto">'
        '<path d="M0,0 L10,5 L0,10 z" fill="#5b6673"/></marker></defs>',
    ]
    for parent, child in edges:
        (x1, y1), (x2, y2) = xy[parent], xy[child]
        mid = x1 + NODE_W + GAP_X // 2
        parts.append(
            f'<path d="M{x1 + NODE_W},{y1 + NODE_H // 2} H{mid} V{y2 + NODE_H // 2} H{x2}" '
            f'fill="none" stroke="#5b6673" marker-end="url(#arrow{escape(key)})"><title>'
            f"{escape(relation_of[child])}</title></path>"
        )
    for aid, (x, y) in xy.items():
        is_root = origin.get(aid, aid) == aid
        role = relation_of.get(aid) or ("original" if len(groups.get(aid, [])) > 1 else "")
        name = labels.get(aid, aid)
        short = name if len(name) <= LABEL_CHARS else name[: LABEL_CHARS - 1] + "…"
        tooltip = (titles or {}).get(aid, name)
        parts.append(
            f'<a href="#a-{escape(aid)}"><title>{escape(tooltip)}</title>'
            f'<rect x="{x}" y="{y}" width="{NODE_W}" height="{NODE_H}" rx="6" '
            f'fill="{"#e7eef7" if is_root else "#fff"}" stroke="#0b5cad"/>'
            f'<text x="{x + 8}" y="{y + 16}" font-size="12" fill="#1d232b">{escape(short)}</text>'
            f'<text x="{x + 8}" y="{y + 31}" font-size="10.5" fill="#5b6673">{escape(role)}</text>'
            "</a>"
        )
    parts.append("</svg>")
    return Markup("".join(parts))


def shared_quotes(
    article_ids: Sequence[str], origin: Mapping[str, str], links: Sequence[Mapping[str, Any]]
) -> list[tuple[str, str]]:
    """The pairs of the story's independent origins that quote the same words, for the line
    under the graph. A copy sharing a quote with another origin says its original does, so
    pairs are of originals, each once; a quote shared within one origin's tree is no news."""
    inside = set(article_ids)
    pairs: dict[tuple[str, str], None] = {}
    for link in links:
        if link["relation"] != "shares-quote" or not {link["a"], link["b"]} <= inside:
            continue
        a, b = origin.get(link["a"], link["a"]), origin.get(link["b"], link["b"])
        if a != b:
            pairs[(min(a, b), max(a, b))] = None
    return list(pairs)
