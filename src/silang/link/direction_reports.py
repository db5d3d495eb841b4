"""A newsroom's own reporting named in a sentence, and a copy that keeps the sentence
without the name.

A newsroom writes itself into the sentences of its own reporting: "kata Slamet kepada
VIVA.co.id", "saat dihubungi detikHealth", "dalam rilis yang diterima Republika" (the
words before the name are the language pack's ``link_report_cues.txt``). A copy on
another site that keeps such a sentence keeps the name too (``outlets.mentions_outlet``,
the mention vote) or takes it out ("kata Slamet, Kamis"): then the text holds the words
that led up to the name, and the name is gone. The text with the name is the one whose
reporter spoke to the source, so it was written first. A name in a passage the other
text lacks is no evidence (a regional outlet adding its own interview to a story it
rewrote names itself too); and where each text drops the other's name at the same place
(a copy that put its own name where its source's stood) the two cancel.

Measured on the Pratiwi dev articles (topics 1-8; 2026-11-24): of the 86 derivations found
with a known original it fires on 6, all right (19 of 19 if a copy that keeps the name
counted too, which the mention vote decides); of the 594 synthetic copies and spins against
their own base on 1, right (the bench's copies keep every sentence they hold whole). Over
all 382 dev derivation links it fires on 15, never against the direction the other votes
give, and decides 4 that had no vote (inilah.com's rewrites of detik's story without its
"saat dihubungi detikHealth").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from silang.link.outlets import brand, name_keys, registered
from silang.model import Article

#: Words of the text that led up to the name that the other text must hold, in a row.
LEAD_WORDS = 5
#: Words after the lead in the other text where the name, kept, would stand.
NAME_REACH = 4
_WORD = re.compile(r"[^\W_]+")
#: The name right after a cue: a word, with a domain after it or not ("VIVA.co.id", "Tempo").
_NAME = re.compile(r"\s+([^\W_][\w.]*)")
#: A domain after a name ("republika.co.id", "jpnn.com"): a word so written is a name.
_DOMAIN = re.compile(r"(?:\.[a-z]{2,6}){1,2}$")


def _written_as_name(token: str) -> bool:
    """A name, not a word: a capital in it ("Tempo", "detikHealth") or a domain."""
    return any(ch.isupper() for ch in token) or bool(_DOMAIN.search(token.lower()))


def _names(outlet: str | None) -> frozenset[str]:
    return frozenset(x for x in (*name_keys(outlet), brand(outlet)) if x)


def _is_outlet(token: str, names: frozenset[str]) -> bool:
    """Whether a name as written is one of the outlet's (``outlets.registered`` folds it as
    it folds the outlet's own: "VIVA.co.id" → "viva")."""
    key = registered(token)
    return bool(key) and key in names


def own_reports(article: Article, cue: re.Pattern[str] | None) -> list[int]:
    """Where the text names its own outlet right after a report ``cue`` (the language's
    ``DerivationLexicon.report_cue``): the offsets of the cues."""
    names = _names(article.outlet)
    if cue is None or not names:
        return []
    starts = []
    for found in cue.finditer(article.raw_text):
        name = _NAME.match(article.raw_text, found.end())
        if name and _written_as_name(name.group(1)) and _is_outlet(name.group(1), names):
            starts.append(found.start())
    return starts


def dropped_own_report(a: Article, b: Article, starts: Sequence[int]) -> bool:
    """Whether b keeps a sentence of a's own reporting without a's name: the
    ``LEAD_WORDS`` words before a's "kepada <a's outlet>" (``starts``: ``own_reports`` of a,
    found once per article) are in b in a row, and a's name is not among the
    ``NAME_REACH`` words after them."""
    if not starts:
        return False
    names = _names(a.outlet)
    other = _WORD.findall(b.raw_text.lower())
    at: dict[tuple[str, ...], list[int]] = {}
    for i in range(len(other) - LEAD_WORDS + 1):
        at.setdefault(tuple(other[i : i + LEAD_WORDS]), []).append(i)
    for start in starts:
        lead = tuple(_WORD.findall(a.raw_text[:start].lower())[-LEAD_WORDS:])
        for i in at.get(lead, []) if len(lead) == LEAD_WORDS else []:
            following = other[i + LEAD_WORDS : i + LEAD_WORDS + NAME_REACH]
            if not any(_is_outlet(word, names) for word in following):
                return True
    return False
