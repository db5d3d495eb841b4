"""Page titles without the site's name: "Banjir di X - Kompas.com" → "Banjir di X"."""

from __future__ import annotations

import re
from collections.abc import Sequence

from silang.clean.names import is_outlet
from silang.lang.base import LanguagePack

# The separators sites put between a headline and their name.
_SEPARATOR = re.compile(r" (?:[-–—|:•·»~]{1,2}) | ?\| ?")


def clean_title(title: str, packs: Sequence[LanguagePack]) -> str:
    """``title`` with whitespace collapsed and trailing site names and page noise removed."""
    text = " ".join(title.split())
    while True:
        shorter = _strip_noise(text, packs)
        parts = list(_SEPARATOR.finditer(shorter))
        if parts:
            last = parts[-1]
            tail = shorter[last.end() :].strip()
            if not tail or is_outlet(tail, packs):
                shorter = shorter[: last.start()].rstrip()
        if shorter == text or not shorter:
            return text
        text = shorter


def _strip_noise(text: str, packs: Sequence[LanguagePack]) -> str:
    for pack in packs:
        for match in pack.title_noise.finditer(text):
            if match.end() == len(text) and match.start() > 0 and text[match.start() - 1] == " ":
                return text[: match.start()].rstrip()
    return text
