"""Word-level differences between a quote version and its group's main wording, for marking
in the HTML brief: a reader sees at once what a rewording, a cut or a spin changed."""

from __future__ import annotations

import re
from difflib import SequenceMatcher

_TOKEN = re.compile(r"\w+|[^\w\s]+|\s+", re.UNICODE)
#: Below this share of words in common two versions are in different languages or wholly
#: reworded; marking nearly every word would say nothing.
MIN_SHARED = 0.4


def marked_words(text: str, reference: str) -> list[tuple[str, bool]]:
    """``text`` cut into pieces, each with whether it differs from ``reference`` (words only;
    spaces and punctuation are never marked). Nothing is marked when the two share too little."""
    pieces = _TOKEN.findall(text)
    mine = [p.lower() for p in pieces if p.strip() and p[0].isalnum()]
    theirs = [p.lower() for p in _TOKEN.findall(reference) if p.strip() and p[0].isalnum()]
    matcher = SequenceMatcher(a=mine, b=theirs, autojunk=False)
    same: set[int] = set()
    for block in matcher.get_matching_blocks():
        same.update(range(block.a, block.a + block.size))
    if not mine or len(same) < MIN_SHARED * len(mine):
        return [(piece, False) for piece in pieces]
    out = []
    index = 0
    for piece in pieces:
        if piece.strip() and piece[0].isalnum():
            out.append((piece, index not in same))
            index += 1
        else:
            out.append((piece, False))
    return out
