"""Direct quotations by their marks: straight and curly double quotes, guillemets, and single
quotes where a paragraph uses them as double ones.

A quotation that runs over several paragraphs repeats its opening mark at the start of each
and closes only at the end ("…\\n\\n"…," kata X): it is one quotation. A mark that cannot be
paired is not guessed around: the quotation is kept to the end of its paragraph (or from the
start of the paragraph to a stray closing mark) with a ``problem`` saying what was wrong.
Quotations nested inside another ('…') are part of the outer one.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import NamedTuple

DOUBLE_OPEN = '"“„«'
DOUBLE_CLOSE = '"”»“'
SINGLE_OPEN = "'‘"
SINGLE_CLOSE = "'’"
ALL_MARKS = set(DOUBLE_OPEN + DOUBLE_CLOSE + SINGLE_OPEN + SINGLE_CLOSE)

NO_CLOSING = "no closing quote mark"
NO_OPENING = "closing quote mark without an opening one"

_PARAGRAPH = re.compile(r"[^\n]+")


class Marked(NamedTuple):
    """A quotation's content (``start``/``end``, marks excluded) and where its marks are."""

    start: int
    end: int
    open_at: int | None
    close_at: int | None
    problem: str | None = None


def paragraphs(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in _PARAGRAPH.finditer(text) if m.group().strip()]


def find_marked(text: str) -> list[Marked]:
    """Every quotation in ``text`` marked by quote marks, in order."""
    found: list[Marked] = []
    spans = paragraphs(text)
    k = 0
    while k < len(spans):
        start, end = spans[k]
        single = not any(c in DOUBLE_OPEN + DOUBLE_CLOSE for c in text[start:end])
        carried: Marked | None = None  # a quotation carried over from paragraph k-1
        if found and found[-1].problem == "continues":
            carried = found.pop()
        for mark in _scan(text, start, end, single, carried):
            found.append(mark)
        if found and found[-1].problem == "continues":
            nxt = spans[k + 1] if k + 1 < len(spans) else None
            last = found[-1]
            if nxt is None or text[nxt[0]] not in (SINGLE_OPEN if single else DOUBLE_OPEN):
                found[-1] = last._replace(end=_rstrip(text, last.start, end), problem=NO_CLOSING)
        k += 1
    return [m for m in found if m.end > m.start]


def _rstrip(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1].isspace():
        end -= 1
    return end


def _scan(
    text: str, start: int, end: int, single: bool, carried: Marked | None
) -> Iterator[Marked]:
    """Quotations of one paragraph; a last one still open is yielded with problem
    "continues" (and its content end at the paragraph's end) for the caller to settle."""
    opening, closing = (SINGLE_OPEN, SINGLE_CLOSE) if single else (DOUBLE_OPEN, DOUBLE_CLOSE)
    open_at: int | None = None
    content_start = start
    if carried is not None and text[start] in opening:
        open_at, content_start = carried.open_at, carried.start
        i = start + 1
    else:
        i = start
    while i < end:
        char = text[i]
        if char not in opening and char not in closing:
            i += 1
            continue
        before = text[i - 1] if i > start else " "
        after = text[i + 1] if i + 1 < end else " "
        if single and before.isalnum() and after.isalnum():
            i += 1  # an apostrophe: "Jum'at", "don't"
            continue
        if open_at is None:
            looks_closing = char in closing and (
                char not in opening
                or (not before.isspace() and (after.isspace() or after in ",.;:"))
            )
            if looks_closing and single:
                pass  # "pilots' union": an apostrophe, not a stray closing mark
            elif looks_closing and i > start:
                yield Marked(start, _rstrip(text, start, i), None, i, NO_OPENING)
            elif not (single and after.isspace()):
                open_at, content_start = i, i + 1
        elif char in closing and not (char in opening and before.isspace() and after.isalnum()):
            yield Marked(*_strip(text, content_start, i), open_at, i)
            open_at = None
        i += 1
    if open_at is not None:
        yield Marked(content_start, end, open_at, None, "continues")


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    return start, _rstrip(text, start, end)
