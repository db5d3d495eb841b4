"""Splitting text into the tokens the NER sets use: words (with inner hyphens, dots,
apostrophes and slashes: "Jawa-Bali", "14.30", "24/7") and single punctuation marks."""

from __future__ import annotations

import re
from typing import NamedTuple

_TOKEN = re.compile(r"\w+(?:[-.'’/]\w+)*|[^\w\s]")


class Token(NamedTuple):
    """A token and its character offsets in the text."""

    start: int
    end: int
    text: str


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """Tokens of ``text[start:end]`` with offsets into ``text``."""
    stop = len(text) if end is None else end
    return [Token(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(text, start, stop)]


def words_of(text: str) -> list[str]:
    """Just the tokens' text."""
    return _TOKEN.findall(text)
