"""The ordered names, numbers and quoted strings of an article: what survives spinning and
translation, since spinners leave names and figures alone and translators keep them."""

from __future__ import annotations

import re
from collections.abc import Sequence

from silang.lang.derivations import DerivationLexicon
from silang.link.text import Word, number_token
from silang.model import Annotated, Span

#: A quote mark, for articles whose quotes were not annotated.
_MARK = re.compile(r"[\"“”]")
#: What may stand before an opening quote mark (a closing one follows a word or a stop).
_BEFORE_OPENING = frozenset(" \t\n([{")
#: Quoted stretches shorter than this (in characters) are names or terms, not statements.
MIN_QUOTE_CHARS = 12
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


def quote_spans(item: Annotated, sentences: Sequence[Span]) -> list[Span]:
    """Direct quotes: the annotated ones where there are any, else quoted stretches
    (``quoted_stretches``)."""
    spans = [Span(q.start, q.end) for q in item.quotes if q.direct]
    if spans:
        return spans
    return quoted_stretches(item.article.text, sentences)


def quoted_stretches(text: str, sentences: Sequence[Span]) -> list[Span]:
    """The text between an opening quote mark and its closing one, told apart by what stands
    before them (straight marks, and curly ones typed the wrong way round, look alike): a
    mark after a space or at the start opens, one after a word or a stop closes. A quote
    whose closing mark is missing (the next mark opens again, or the line ends first) ends
    with its sentence: paired with the next mark, it would take in the text up to another
    quote, often paragraphs of it (bench/link.py's stories corpus, whose quote marks are
    placed at random: a third of the stretches between two marks span a sentence end)."""
    spans: list[Span] = []
    opened: int | None = None
    for mark in _MARK.finditer(text):
        at = mark.start()
        if opened is not None and text.find("\n", opened, at) >= 0:
            spans.append(_unclosed(text, sentences, opened, at))
            opened = None
        after_word = at > 0 and text[at - 1] not in _BEFORE_OPENING
        if opened is not None and after_word:
            spans.append(Span(opened, at))
            opened = None
        elif not after_word or (opened is None and text[at + 1 : at + 2].strip()):
            if opened is not None:
                spans.append(_unclosed(text, sentences, opened, at))
            opened = at + 1
    if opened is not None:
        spans.append(_unclosed(text, sentences, opened, len(text)))
    return [s for s in spans if s.end - s.start >= MIN_QUOTE_CHARS]


def _unclosed(text: str, sentences: Sequence[Span], opened: int, limit: int) -> Span:
    """An unclosed quote: from its opening mark to the end of its sentence or line, and
    before ``limit`` (the next opening mark)."""
    line = text.find("\n", opened, limit)
    end = limit if line < 0 else line
    for sentence in sentences:
        if sentence.start <= opened < sentence.end:
            end = min(end, sentence.end)
            break
    return Span(opened, end)
