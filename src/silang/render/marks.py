"""Cutting an article's text at its annotations, so the HTML report can highlight them in place.

Annotations nest and overlap (a figure inside a quote, a name inside both), so the text is cut at
every boundary and each piece carries all the marks that cover it. The innermost (shortest) mark
names the piece's anchor and tooltip: a click on a figure inside a quote goes to the figure.
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


@dataclass(frozen=True)
class Piece:
    text: str
    kinds: tuple[str, ...]
    label: str | None
    anchor: str | None


def cut(text: str, marks: Sequence[Mark]) -> list[Piece]:
    """Pieces of ``text`` in order; joined they give ``text`` back exactly."""
    valid = [m for m in marks if 0 <= m.start < m.end <= len(text)]
    bounds = sorted({0, len(text), *(m.start for m in valid), *(m.end for m in valid)})
    pieces: list[Piece] = []
    for left, right in pairwise(bounds):
        covering = [m for m in valid if m.start <= left and right <= m.end]
        if not covering:
            pieces.append(Piece(text[left:right], (), None, None))
            continue
        inner = min(covering, key=lambda m: (m.end - m.start, m.kind))
        kinds = tuple(sorted({m.kind for m in covering}))
        pieces.append(Piece(text[left:right], kinds, inner.label, inner.anchor))
    return pieces


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
