"""Lists of links under a heading: "Berita Terkait" then a few headlines, one a paragraph.

The heading is pack data (headings.tsv); a headline is told from story text by its shape: a
few words with no full stop at the end, which story paragraphs have and headlines never do.
"""

from __future__ import annotations

from collections.abc import Sequence

from silang.lang.base import LanguagePack
from silang.model import RemovalKind

#: Most headline paragraphs taken after one heading (link lists on news pages run 3-6).
MAX_HEADLINES = 8
#: Longest headline, in words and characters.
_MAX_WORDS = 20
_MAX_CHARS = 160


def heading_kind(text: str, packs: Sequence[LanguagePack]) -> RemovalKind | None:
    """The removal kind of a paragraph that heads a list of links, or None."""
    for pack in packs:
        hit = pack.headings.fullmatch(text)
        if hit is not None:
            kind: RemovalKind = "navigation" if hit[0] == "navigation" else "read-also"
            return kind
    return None


def is_headline(text: str) -> bool:
    """Whether a paragraph is shaped like a headline in a list of links."""
    words = text.split(" ")
    if not 2 <= len(words) <= _MAX_WORDS or len(text) > _MAX_CHARS:
        return False
    if text[-1] in ".,;:" or ". " in text:
        return False
    return any(c.isalpha() for c in text)
