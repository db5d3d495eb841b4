"""Where the headline after a "Baca juga:" cue inside a paragraph ends.

A quoted headline ends at its closing quote. Otherwise headlines are Title Case ("Banjir Rendam
300 Rumah di Bekasi") and the story resumes with a lower-case word; the capitalised word just
before that word opened the story's sentence ("... di Bekasi Polisi menyatakan ..."), so it is
given back. A headline in sentence case runs to the end of its sentence.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from silang.lang.base import LanguagePack

_QUOTES = {'"': '"', "“": "”", "'": "'", "‘": "’", "«": "»", "[": "]"}
_TOKEN = re.compile(r"\S+")
_SENTENCE_END = re.compile(r"[.!?](?= |$)")
_EDGE = "\"“”‘’'()[]{},;:«»"
#: Longest headline, in words, taken after a cue inside a paragraph.
_MAX_WORDS = 25


def headline_end(text: str, pos: int, packs: Sequence[LanguagePack]) -> int:
    """The end of the headline that starts at or after ``pos`` in ``text``."""
    while pos < len(text) and text[pos] == " ":
        pos += 1
    if pos >= len(text):
        return len(text)
    closing = _QUOTES.get(text[pos])
    if closing is not None:
        end = text.find(closing, pos + 1, pos + 300)
        if end != -1:
            return end + 1
    words = list(_TOKEN.finditer(text, pos))[:_MAX_WORDS]
    taken: list[re.Match[str]] = []
    for word in words:
        core = word.group().strip(_EDGE)
        if _titleish(core, packs):
            taken.append(word)
            if _SENTENCE_END.search(word.group()) and len(taken) >= 2:
                return word.end()
            continue
        if len(taken) >= 3 and _capitalised(taken[-1].group().strip(_EDGE)):
            taken.pop()
        break
    if len(taken) >= 2:
        return taken[-1].end()
    sentence = _SENTENCE_END.search(text, pos)
    limit = words[-1].end() if words else len(text)
    return min(sentence.end(), limit) if sentence else limit


def _capitalised(word: str) -> bool:
    return bool(word) and word[0].isupper()


def _titleish(word: str, packs: Sequence[LanguagePack]) -> bool:
    if not word or not any(c.isalnum() for c in word):
        return True
    if word[0].isupper() or word[0].isdigit():
        return True
    folded = word.casefold()
    return any(folded in pack.title_words for pack in packs)
