"""What the linker reads from one article: sentences as words, normalised content words,
names-and-numbers anchors and quotes. Built once per article per run."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import timedelta
from functools import cached_property

from silang.lang.derivations import DerivationLexicon
from silang.lang.figures import FiguresLexicon
from silang.link.anchors import MIN_QUOTE_WORDS, quote_spans, sentence_anchors
from silang.link.direction import INFERRED_SPAN, inferred_span
from silang.link.direction_reports import own_reports
from silang.link.text import (
    Normaliser,
    Word,
    bare,
    fallback_sentences,
    reproduction_cues,
    units,
    within,
    words,
)
from silang.model import Annotated, Span

#: A direct quote: its span and its normalised content words.
Quote = tuple[Span, tuple[str, ...]]


@dataclass(frozen=True)
class Features:
    """One article as the linker sees it; per-sentence tuples are in sentence order."""

    item: Annotated
    sentences: tuple[Span, ...]
    words: tuple[tuple[Word, ...], ...]
    #: Normalised content words (stopwords out, synonyms and stems folded).
    content: tuple[tuple[str, ...], ...]
    #: Each direct quote's span and its normalised content words.
    quotes: tuple[Quote, ...]
    #: The text with whitespace runs folded, for "same text".
    plain: str
    #: Every word, lower-cased without inner marks (``bare``), in order (for word-level
    #: alignment across unit boundaries).
    lowered: tuple[str, ...]
    #: Per sentence: whether most of it sits inside a quote (shared quotes are no copying).
    quoted: tuple[bool, ...]
    #: Per sentence: whether most of it is speech reported without quote marks ("In a
    #: statement, the ministry said the recall covers ..."): two reports may print one
    #: statement so, each on its own (classify.copied_passage).
    reported: tuple[bool, ...]
    lexicon: DerivationLexicon = field(repr=False, compare=False)
    #: How long after its inferred day the article may have gone up
    #: (``direction.inferred_span``), for the direction of its links: once per article, not
    #: once per pair it is in.
    span: timedelta = INFERRED_SPAN

    @cached_property
    def anchors(self) -> tuple[tuple[str, ...], ...]:
        """Per sentence, its names and numbers in order. Found when first asked for: only
        pairs in two languages need them (a fifth of an article's features' cost on
        bench/link.py, where no pair does)."""
        entity_starts = {e.start for e in self.item.entities}
        return tuple(sentence_anchors(self.words, self.lexicon, entity_starts))

    @cached_property
    def cues(self) -> tuple[int, ...]:
        """Sentences that introduce a text the article reproduces as received (a statement,
        a circulated message; ``text.reproduction_cues``). Found when first asked for: only
        pairs that reach the rewrite rule need them."""
        return reproduction_cues(self.item.article.text, self.sentences, self.lexicon)

    @cached_property
    def closings(self) -> tuple[int, ...]:
        """Sentences that close a text the article reproduces, after it ("Begitu bunyi
        penggalan pesan ...": thus reads the message; ``text.reproduction_cues``). Found
        when first asked for, as ``cues``."""
        return reproduction_cues(self.item.article.text, self.sentences, self.lexicon, closing=True)

    @cached_property
    def own_reports(self) -> tuple[int, ...]:
        """Where the text names its own outlet after a report cue ("kata Slamet kepada
        VIVA.co.id"; ``direction_reports.own_reports``), for the direction of its links.
        Found when first asked for, once per article: only derivations need it."""
        return tuple(own_reports(self.item.article, self.lexicon.report_cue))

    @property
    def id(self) -> str:
        return self.item.article.id

    @property
    def language(self) -> str:
        return self.item.article.language

    def flat_content(self) -> list[str]:
        return [w for sentence in self.content for w in sentence]

    def flat_words(self) -> list[Word]:
        return [w for sentence in self.words for w in sentence]

    def flat_anchors(self) -> list[str]:
        return [a for sentence in self.anchors for a in sentence]


def build_features(
    item: Annotated, normalise: Normaliser, figures: FiguresLexicon | None = None
) -> Features:
    """``figures``: the language's figures lexicon, which dates the article by a day its text
    names with its weekday (``span``); without it the span is ``INFERRED_SPAN``."""
    text = item.article.text
    given = tuple(s for s in item.sentences if s.end > s.start) or fallback_sentences(text)
    found = words(text)
    starts = [w.start for w in found]
    spans = units(text, given, found, starts)
    per_sentence = tuple(tuple(within(found, starts, s)) for s in spans)
    lexicon = normalise.lexicon
    quotes = []
    spans_quoted = quote_spans(item, given)
    indirect = [Span(q.start, q.end) for q in item.quotes if not q.direct]
    for span in spans_quoted:
        content = tuple(normalise.content(within(found, starts, span)))
        if len(content) >= MIN_QUOTE_WORDS:
            quotes.append((span, content))
    return Features(
        item=item,
        sentences=spans,
        words=per_sentence,
        content=tuple(tuple(normalise.content(sentence)) for sentence in per_sentence),
        quotes=tuple(quotes),
        plain=" ".join(text.split()),
        lowered=tuple(bare(w.text) for sentence in per_sentence for w in sentence),
        quoted=tuple(_mostly_quoted(s, spans_quoted) for s in spans),
        reported=tuple(_mostly_quoted(s, indirect) for s in spans),
        lexicon=lexicon,
        span=inferred_span(item, figures),
    )


def _mostly_quoted(sentence: Span, quotes: list[Span]) -> bool:
    inside = sum(max(0, min(sentence.end, q.end) - max(sentence.start, q.start)) for q in quotes)
    return inside * 2 >= sentence.end - sentence.start > 0
