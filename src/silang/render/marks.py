"""Cutting an article's text at its annotations, so the HTML report can highlight them in place.

Annotations nest and overlap (a figure inside a quote, a name inside both), so the text is cut at
every boundary and each piece carries all the marks that cover it. The innermost (shortest) mark
names the piece's anchor and tooltip: a click on a figure inside a quote goes to the figure.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from itertools import pairwise


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
