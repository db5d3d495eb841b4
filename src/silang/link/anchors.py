"""The ordered names, numbers and quoted strings of an article: what survives spinning and
translation, since spinners leave names and figures alone and translators keep them."""

from __future__ import annotations

import re
from collections.abc import Sequence

from silang.lang.derivations import DerivationLexicon
from silang.link.text import Word, number_token
from silang.model import Annotated, Span

#: A quoted stretch, for articles whose quotes were not annotated.
_QUOTED = re.compile(r"[\"“”]([^\"“”\n]{12,}?)[\"“”]")
#: Quotes shorter than this (in words) say little about copying.
MIN_QUOTE_WORDS = 4


def _possessive(lower: str) -> str:
    for tail in ("'s", "’s"):
        if lower.endswith(tail):
            return lower[: -len(tail)]
    return lower


def sentence_anchors(
    sentences: Sequence[Sequence[Word]],
    lexicon: DerivationLexicon,
    entity_starts: set[int],
) -> list[tuple[str, ...]]:
    """Per sentence, its names (lower case) and numbers (language-neutral tokens), in order.

    A capitalised word inside a sentence is a name unless it is a stopword; one that opens a
    sentence only where it is also capitalised inside some sentence ("Banjir melanda …" is no
    name, "Hendra … kata Hendra" is), or where an annotated entity starts.
    """
    inside = {
        w.text.lower()
        for items in sentences
        for w in items[1:]
        if w.text[0].isupper() and not w.text.isupper()
    } | {
        w.text.lower() for items in sentences for w in items if len(w.text) > 1 and w.text.isupper()
    }
    found: list[tuple[str, ...]] = []
    for items in sentences:
        out: list[str] = []
        for index, word in enumerate(items):
            text = word.text
            lower = text.lower()
            if text[0].isdigit():
                out.append(number_token(text))
            elif lower in lexicon.numbers:
                out.append(lexicon.numbers[lower])
            elif text[0].isupper() and lower not in lexicon.stopwords:
                opening = index == 0
                if not opening or word.start in entity_starts or lower in inside:
                    out.append(_possessive(lower))
        found.append(tuple(out))
    return found


def quote_spans(item: Annotated) -> list[Span]:
    """Direct quotes: the annotated ones where there are any, else quoted stretches."""
    spans = [Span(q.start, q.end) for q in item.quotes if q.direct]
    if spans:
        return spans
    return [Span(m.start(1), m.end(1)) for m in _QUOTED.finditer(item.article.text)]
