"""Words of an article with their offsets, and the forms silang.link compares them in."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from typing import NamedTuple

from silang.lang.derivations import DerivationLexicon
from silang.model import Span

WORD = re.compile(r"\d+(?:[.,]\d+)*|[^\W\d_]+(?:[-'’][^\W\d_]+)*")
_THOUSANDS = re.compile(r"\d{1,3}(?:[.,]\d{3})+")
#: A sentence end, for articles that come without sentence spans.
_SENTENCE_END = re.compile(r"(?<=[.!?…\"”])\s+(?=[\"“A-Z0-9])|\n+")


class Word(NamedTuple):
    """A word of ``Article.text``: its span and the text there (a tuple: articles have
    hundreds of words, and a dataclass costs several times as much to make)."""

    start: int
    end: int
    text: str


def words(text: str, start: int = 0, end: int | None = None) -> list[Word]:
    stop = len(text) if end is None else end
    # tuple.__new__ skips the NamedTuple's Python-level constructor: a third of the cost of
    # building an article's features (bench/link.py) went into making its words.
    new = tuple.__new__
    return [new(Word, (*m.span(), m.group())) for m in WORD.finditer(text, start, stop)]


def within(found: Sequence[Word], starts: Sequence[int], span: Span) -> Sequence[Word]:
    """The words of ``found`` (in order; ``starts`` their starts) that begin inside ``span``."""
    return found[bisect_left(starts, span.start) : bisect_left(starts, span.end)]


def fallback_sentences(text: str) -> tuple[Span, ...]:
    """Sentence spans where the annotate stage gave none: cut after end punctuation."""
    spans: list[Span] = []
    begin = 0
    for match in _SENTENCE_END.finditer(text):
        if text[begin : match.start()].strip():
            spans.append(Span(begin, match.start()))
        begin = match.end()
    if text[begin:].strip():
        spans.append(Span(begin, len(text)))
    return tuple(spans)


#: A sentence's last characters when it really ends there (not at a hard-wrapped line break).
_FINAL = re.compile(r"[.!?…:][\"”’)\]]*\s*$")
#: Units longer than this (in words) are cut into pieces of ``PIECE`` words: a text without
#: full stops would otherwise be one unit, which aligns with nothing.
LONG_UNIT = 80
PIECE = 40


def units(
    text: str, sentences: Sequence[Span], found: Sequence[Word], starts: Sequence[int]
) -> tuple[Span, ...]:
    """The stretches that get aligned: sentences, joined where a line break cut one in two
    (hard-wrapped copies break lines in other places), and long ones cut into pieces.
    ``found`` are the text's words, ``starts`` their starts."""
    joined: list[Span] = []
    for span in sentences:
        if joined and not _FINAL.search(text, joined[-1].start, joined[-1].end):
            joined[-1] = Span(joined[-1].start, span.end)
        else:
            joined.append(span)
    out: list[Span] = []
    for span in joined:
        inside = within(found, starts, span)
        if len(inside) <= LONG_UNIT:
            out.append(span)
            continue
        for first in range(0, len(inside), PIECE):
            piece = inside[first : first + PIECE]
            end = inside[first + PIECE].start if first + PIECE < len(inside) else span.end
            out.append(Span(piece[0].start if first else span.start, end))
    return tuple(out)


#: What a repost that strips punctuation loses inside a word: hyphens and apostrophes
#: ("anak-anak" → "anakanak") and a number's separators ("2.300", "5,5" → "2300", "55").
_INNER_MARKS = str.maketrans("", "", "-'’.,")


def bare(word: str) -> str:
    """A word lower-cased without the marks inside it, for comparing texts word by word.
    Dev copies and duplicates (66 labelled pairs, Pratiwi topics 1-8) with the second
    article's every mark stripped (``bench/link_eval.py --split dev --only stripped``):
    56 still called copies when words kept their marks, 63 with them dropped (the other
    three: one labelled copy already missed, two pairs candidate search does not find)."""
    lower = word.lower()
    # Most words are letters only; translating only the others keeps features' cost as it
    # was (bench/link.py).
    return lower if lower.isalpha() else lower.translate(_INNER_MARKS)


def number_token(word: str) -> str:
    """A written number in a language-neutral form: "2.300" and "2,300" → "2300",
    "5,4" and "5.4" → "5.4"."""
    if _THOUSANDS.fullmatch(word):
        return re.sub(r"[.,]", "", word).lstrip("0") or "0"
    return word.replace(",", ".").lstrip("0") or "0"


def stem(word: str, lexicon: DerivationLexicon) -> str:
    """A light, dictionary-free stem: a particle, one suffix, up to two prefixes."""
    least = lexicon.min_stem
    for affix in lexicon.particles:
        if word.endswith(affix) and len(word) - len(affix) >= least:
            word = word[: -len(affix)]
            break
    for affix in lexicon.suffixes:
        if word.endswith(affix) and len(word) - len(affix) >= least:
            word = word[: -len(affix)]
            break
    for _ in range(2):
        for affix in lexicon.prefixes:
            if word.startswith(affix) and len(word) - len(affix) >= least:
                word = word[len(affix) :]
                break
        else:
            break
    return word


class Normaliser:
    """Maps a lower-cased word to the form shingles are built from: a number token, a number
    word's token, or the canonical synonym of the word or of its stem.

    It remembers the words it has seen; make one per call, never share one between runs.
    """

    def __init__(self, lexicon: DerivationLexicon) -> None:
        self.lexicon = lexicon
        self._seen: dict[str, str] = {}

    def __call__(self, lower: str) -> str:
        found = self._seen.get(lower)
        if found is None:
            found = self._seen[lower] = self._normalise(lower)
        return found

    def _normalise(self, lower: str) -> str:
        lexicon = self.lexicon
        if lower[0].isdigit():
            return number_token(lower)
        if lower in lexicon.numbers:
            return lexicon.numbers[lower]
        canonical = lexicon.canonical.get(lower)
        if canonical is not None:
            return canonical
        stemmed = stem(lower, lexicon)
        return lexicon.canonical.get(stemmed, stemmed)

    def content(self, items: Sequence[Word]) -> list[str]:
        """The normalised forms of the words that are not stopwords."""
        stop = self.lexicon.stopwords
        lowered = (w.text.lower() for w in items)
        return [self(lower) for lower in lowered if lower not in stop]


#: The group that marks a cue in the pack's cue file as one that closes a reproduced text
#: instead of introducing it ("Begitu bunyi penggalan pesan ...": thus reads the message,
#: after the message). One line of the file may hold it.
CLOSING = "closing"


def reproduction_cues(
    text: str, sentences: Sequence[Span], lexicon: DerivationLexicon, *, closing: bool = False
) -> tuple[int, ...]:
    """Indices of the sentences that introduce a reproduced text
    (``DerivationLexicon.reproduction_cue``: "berikut penjelasannya:", "the statement
    reads:"), or with ``closing`` those that close one (the cue file's ``CLOSING`` group:
    "Begitu bunyi pesan itu"); none in a language without cues. Two outlets that reproduce
    one such text share it word for word and are no rewrite of each other."""
    cue = lexicon.reproduction_cue
    if cue is None:
        return ()
    return tuple(
        k
        for k, s in enumerate(sentences)
        if any(_cue_kind(text, s, m) == closing for m in cue.finditer(text, s.start, s.end))
    )


#: What may stand before a closing formula in its sentence: spaces, and a quote mark (opening
#: or closing) the sentence splitter left with it.
_SPACES_AND_QUOTE_MARKS = " \t\n\"'“”‘’"


def _cue_kind(text: str, sentence: Span, match: re.Match[str]) -> bool | None:
    """True for a closing formula that opens its sentence, False for an introducing cue,
    None for a closing formula inside a sentence ('"Pasar ditutup hari ini," demikian bunyi
    tulisan pada foto itu', as Pratiwi dev 600-217's caption): that sentence holds the text
    in quote marks already, with the outlet's own words after the formula."""
    if match.groupdict().get(CLOSING) is None:
        return False
    return True if not text[sentence.start : match.start()].strip(_SPACES_AND_QUOTE_MARKS) else None
