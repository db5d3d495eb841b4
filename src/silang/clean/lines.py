"""Split a raw body into its lines: the paragraphs as extraction left them."""

from __future__ import annotations

import re

# Every character Python treats as a line break. All of them are whitespace, so a cleaned
# paragraph (whitespace collapsed to single spaces) never holds one and splits the same way again.
_LINE = re.compile(r"[^\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029]+")


def line_spans(raw: str) -> list[tuple[int, int]]:
    """(start, end) of each line of ``raw`` that holds something besides whitespace."""
    return [match.span() for match in _LINE.finditer(raw) if not match.group().isspace()]
