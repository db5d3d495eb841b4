"""An article's text with its annotations as nested HTML elements, so the HTML report can
highlight them in place.

Annotations nest and overlap (a figure inside a quote, a name inside both): each is one element
around what it covers (``nested``), and a click on a figure inside a quote goes to the figure.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from itertools import pairwise

from markupsafe import Markup, escape


@dataclass(frozen=True)
class Mark:
    start: int
    end: int
    kind: str
    label: str
    anchor: str | None = None


def _outer_first(mark: Mark) -> tuple[int, int, str, str]:
    return (mark.start, -mark.end, mark.kind, mark.anchor or "")


def nested(text: str, marks: Sequence[Mark]) -> Markup:
    """``text`` as HTML with one element per mark, nested: a quote is one element around the
    figures and names inside it, so a link to the quote outlines all of it and every anchor
    is one id, however many marks cut through the span.

    A mark that crosses another's end (overlapping, not nested) is closed there and opened
    again after; only its first part carries the anchor, so ids stay unique.
    """
    valid = sorted({m for m in marks if 0 <= m.start < m.end <= len(text)}, key=_outer_first)
    bounds = sorted({0, len(text), *(m.start for m in valid), *(m.end for m in valid)})
    out: list[str] = []
    stack: list[Mark] = []
    anchored: set[str] = set()
    for left, right in pairwise(bounds):
        covering = [m for m in valid if m.start <= left and right <= m.end]
        # Keep the longest prefix of the open marks that still covers this piece.
        keep = 0
        while keep < len(stack) and stack[keep] in covering:
            keep += 1
        for _ in range(len(stack) - keep):
            stack.pop()
            out.append("</span>")
        for mark in covering:
            if mark in stack:
                continue
            attributes = f' class="{escape(mark.kind)}"'
            if mark.label:
                attributes += f' title="{escape(mark.label)}"'
            if mark.anchor and mark.anchor not in anchored:
                anchored.add(mark.anchor)
                attributes += f' id="{escape(mark.anchor)}"'
            out.append(f"<span{attributes}>")
            stack.append(mark)
        out.append(str(escape(text[left:right])))
    out.extend("</span>" for _ in stack)
    return Markup("".join(out))
