"""A paragraph as the cleaning rules see it: whitespace collapsed, every character mapped to raw.

Rules match against ``View.text`` (words joined by single spaces, no leading or trailing space);
what they find is mapped back to offsets into the raw body, so every removal can be shown in
place. Cutting pieces out of a view gives a new view of what is left, with the words on either
side of a cut joined by one space.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass

# Words separated by single spaces are one run: raw and view agree on them character for
# character, and most lines are one run.
_RUN = re.compile(r"\S+(?: \S+)*")


@dataclass(frozen=True)
class View:
    """``text`` is runs of raw characters joined by single spaces: run i starts at
    ``vstarts[i]`` in ``text`` and at ``rstarts[i]`` in the raw body, and is ``lengths[i]`` long."""

    text: str
    vstarts: tuple[int, ...] = ()
    rstarts: tuple[int, ...] = ()
    lengths: tuple[int, ...] = ()


EMPTY = View("")


def _join(fragments: Sequence[tuple[str, int]]) -> View:
    vstarts: list[int] = []
    rstarts: list[int] = []
    lengths: list[int] = []
    position = 0
    for text, rstart in fragments:
        vstarts.append(position)
        rstarts.append(rstart)
        lengths.append(len(text))
        position += len(text) + 1
    text = " ".join(text for text, _ in fragments)
    return View(text, tuple(vstarts), tuple(rstarts), tuple(lengths))


def view_of(raw: str, start: int, end: int) -> View:
    """The view of ``raw[start:end]``."""
    return _join([(m.group(), m.start()) for m in _RUN.finditer(raw, start, end)])


def cut(view: View, spans: Sequence[tuple[int, int]]) -> View:
    """What is left of ``view`` once the (sorted, non-overlapping) ``spans`` are taken out."""
    fragments: list[tuple[str, int]] = []
    spans = sorted(spans)
    for vstart, rstart, length in zip(view.vstarts, view.rstarts, view.lengths, strict=True):
        pieces = [(vstart, vstart + length)]
        for a, b in spans:
            if b <= vstart or a >= vstart + length:
                continue
            kept: list[tuple[int, int]] = []
            for x, y in pieces:
                if a > x:
                    kept.append((x, min(a, y)))
                if b < y:
                    kept.append((max(b, x), y))
            pieces = [(x, y) for x, y in kept if y > x]
        for x, y in pieces:
            # A cut inside a run leaves a space at the edge of what remains: trim it.
            fragment = view.text[x:y]
            stripped = fragment.lstrip(" ")
            left = x + len(fragment) - len(stripped)
            stripped = stripped.rstrip(" ")
            if stripped:
                fragments.append((stripped, rstart + (left - vstart)))
    return _join(fragments)


def raw_pieces(view: View, raw: str, start: int, end: int) -> list[tuple[int, int]]:
    """The raw spans behind ``view.text[start:end]``: one span where the raw text between the
    characters is only whitespace, several where earlier cuts lie in between."""
    text = view.text
    while start < end and text[start] == " ":
        start += 1
    while end > start and text[end - 1] == " ":
        end -= 1
    pieces: list[tuple[int, int]] = []
    first = max(0, bisect_right(view.vstarts, start) - 1)
    for i in range(first, len(view.vstarts)):
        vstart = view.vstarts[i]
        if vstart >= end:
            break
        a = max(start, vstart)
        b = min(end, vstart + view.lengths[i])
        if b <= a:
            continue
        rs = view.rstarts[i] + (a - vstart)
        rend = view.rstarts[i] + (b - vstart)
        if pieces and (pieces[-1][1] == rs or raw[pieces[-1][1] : rs].isspace()):
            pieces[-1] = (pieces[-1][0], rend)
        else:
            pieces.append((rs, rend))
    return pieces
