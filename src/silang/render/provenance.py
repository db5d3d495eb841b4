"""The provenance graph of a story as inline SVG: one row per independent origin, the original
on the left and what derives from it to its right, so "five outlets" that are two origins read
as two rows. Drawn by hand (no script, no external asset) so report.html stays self-contained."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from markupsafe import Markup, escape

NODE_W, NODE_H = 150, 34
GAP_X, GAP_Y = 40, 22
MARGIN = 10
#: Room above the first row for arcs between boxes of one row that are not neighbours.
ARC = 26
#: Relations drawn as an arrow from the original; shares-quote is independent reporting.
DERIVED = frozenset({"duplicate", "copy", "rewrite", "spin", "translation"})


def provenance_svg(
    article_ids: Sequence[str],
    origin: Mapping[str, str],
    links: Sequence[Mapping[str, Any]],
    labels: Mapping[str, str],
) -> Markup:
    """An SVG of the story's origins (rows) and derivations (arrows), or empty when the story
    has a single article."""
    if len(article_ids) < 2:
        return Markup("")
    rows: dict[str, list[str]] = {}
    for aid in article_ids:
        rows.setdefault(origin.get(aid, aid), []).append(aid)
    ordered = sorted(rows.items(), key=lambda kv: (-len(kv[1]), kv[0]))
    place: dict[str, tuple[int, int]] = {}
    for row, (root, members) in enumerate(ordered):
        line = [root, *sorted(m for m in members if m != root)]
        for column, aid in enumerate(line):
            x = MARGIN + column * (NODE_W + GAP_X)
            place[aid] = (x, MARGIN + ARC + row * (NODE_H + GAP_Y))
    width = max(x for x, _ in place.values()) + NODE_W + MARGIN
    height = max(y for _, y in place.values()) + NODE_H + MARGIN
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
        f'viewBox="0 0 {width} {height}" role="img" aria-label="provenance graph">',
        '<defs><marker id="arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="7" '
        'markerHeight="7" orient="auto"><path d="M0,0 L10,5 L0,10 z" fill="#5b6673"/>'
        "</marker></defs>",
    ]
    parts += [_edge(link, place) for link in links if link["a"] in place and link["b"] in place]
    for aid, (x, y) in place.items():
        is_root = origin.get(aid, aid) == aid
        fill = "#e7eef7" if is_root else "#fff"
        label = escape(labels.get(aid, aid)[:24])
        parts.append(
            f'<a href="#a-{escape(aid)}"><rect x="{x}" y="{y}" width="{NODE_W}" height="{NODE_H}" '
            f'rx="6" fill="{fill}" stroke="#0b5cad"/><text x="{x + 8}" y="{y + 21}" '
            f'font-size="12" fill="#1d232b">{label}</text></a>'
        )
    parts.append("</svg>")
    return Markup("".join(parts))


def _edge(link: Mapping[str, Any], place: Mapping[str, tuple[int, int]]) -> str:
    source = link.get("original") or link["a"]
    target = link["b"] if source == link["a"] else link["a"]
    (x1, y1), (x2, y2) = place[source], place[target]
    start = (x1 + NODE_W, y1 + NODE_H / 2) if x2 > x1 else (x1 + NODE_W / 2, y1 + NODE_H)
    end = (x2, y2 + NODE_H / 2) if x2 > x1 else (x2 + NODE_W / 2, y2)
    relation = str(link["relation"])
    if y1 == y2 and abs(x2 - x1) > NODE_W + GAP_X:
        # Same row, boxes in between: arc over them instead of striking through.
        sx, ex, top = x1 + NODE_W / 2, x2 + NODE_W / 2, y1 - ARC + 4
        dash = "" if relation in DERIVED else ' stroke-dasharray="4 3"'
        return (
            f'<path d="M{sx},{y1} Q{(sx + ex) / 2},{top - ARC / 2} {ex},{y2}" fill="none" '
            f'stroke="#5b6673"{dash} marker-end="url(#arrow)"><title>{escape(relation)}</title>'
            f'</path><text x="{(sx + ex) / 2}" y="{top + 6}" font-size="10" text-anchor="middle" '
            f'fill="#5b6673">{escape(relation)}</text>'
        )
    if relation not in DERIVED:
        return (
            f'<line x1="{start[0]}" y1="{start[1]}" x2="{end[0]}" y2="{end[1]}" '
            f'stroke="#c2571a" stroke-dasharray="4 3"><title>{escape(relation)}</title></line>'
        )
    mid = ((start[0] + end[0]) / 2, (start[1] + end[1]) / 2 - 4)
    return (
        f'<line x1="{start[0]}" y1="{start[1]}" x2="{end[0]}" y2="{end[1]}" stroke="#5b6673" '
        f'marker-end="url(#arrow)"/><text x="{mid[0]}" y="{mid[1]}" font-size="10" '
        f'text-anchor="middle" fill="#5b6673">{escape(relation)}</text>'
    )
