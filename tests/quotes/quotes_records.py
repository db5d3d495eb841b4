"""Hand-made records for the quotes and entities tests: sentence spans and entity mentions
written out by the test, not produced by the earlier stages."""

from __future__ import annotations

import re

from silang.extract.quotes import find_quotes
from silang.lang.quotes import QuotesLexicon, load_quotes_lexicon
from silang.model import Entity, EntityKind, Quote, Span

LEXICONS: dict[str, QuotesLexicon] = {code: load_quotes_lexicon(code) for code in ("id", "en")}

_SENTENCE = re.compile(r"[^\s].*?(?:(?<!\bMr)(?<!\bMs)(?<!\bDr)[.!?][\"”’»]?(?=\s|$)|$)", re.DOTALL)


def sentences(text: str) -> tuple[Span, ...]:
    """Sentence spans: a sentence ends at . ! or ? (and a closing mark) before a space."""
    spans = []
    for paragraph in re.finditer(r"[^\n]+", text):
        for match in _SENTENCE.finditer(paragraph.group()):
            start = paragraph.start() + match.start()
            spans.append(Span(start, paragraph.start() + match.end()))
    return tuple(spans)


def mention(
    text: str, surface: str, kind: EntityKind = "person", name: str | None = None, nth: int = 0
) -> Entity:
    """The ``nth`` occurrence of ``surface`` as an entity named ``name`` (default: itself)."""
    start = -1
    for _ in range(nth + 1):
        start = text.index(surface, start + 1)
    return Entity(start, start + len(surface), surface, kind, name or surface)


def quotes_of(code: str, text: str, *entities: Entity) -> tuple[Quote, ...]:
    return find_quotes(text, sentences(text), entities, LEXICONS[code])
