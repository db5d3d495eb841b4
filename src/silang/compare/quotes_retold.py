"""A quotation that another article tells without quote marks, in the same words.

One outlet quotes a press release ("Pemusnahan … dimakan rayap," tulis KJRI Davao) while
another writes the same sentences as its own prose after "dijelaskan bahwa …"; a Facebook
post pastes a chain message that a newspaper quotes with marks. No speech verb marks such a
passage, so quote extraction cannot find it; its words can. ``find_retold`` looks for each
sentence of a quotation in an article's text and returns the passage that repeats enough of
the quotation, in order and close together.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from rapidfuzz.fuzz import partial_ratio_alignment

_WORD = re.compile(r"\w+", re.UNICODE)
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"”’']*\s+")
#: The hashtags that close a post ("… kami #patah. #bendgate #iPhone6plus."): labels that
#: file it under a topic, not words of the statement, which an outlet may leave out.
_TRAILING_TAGS = re.compile(r"(?<=[.!?])(?:\s+#\w+[.!?]?)+[\"”’'\s]*$")

#: A sentence of the quotation is found in an article when its words, as written, align with
#: a stretch of the article's words at this partial_ratio or above. On Pratiwi dev topics 4
#: and 6 retold sentences score 93-100 (spelling slips, "dll" for "dan lain-lain"); the same
#: reason told in other words ("Pemusnahan … karena reog … rusak" against "pembakaran …
#: karena alat kesenian … rusak") scores under 75.
PIECE_SCORE = 90.0
#: A sentence is aligned only when this share of its words are among the article's words:
#: an alignment costs a scan of the article, a set look-up per word does not.
PIECE_KNOWN = 0.8
#: Sentences of fewer words are not looked for alone: "Bristle berarti bulu babi" could be
#: anyone's words.
PIECE_WORDS = 5
#: The found sentences must hold at least this share of the quotation's words …
RETOLD_SHARE = 0.5
#: … and at least this many words in all.
RETOLD_WORDS = 6
#: A found sentence's first and last words are looked for this many words beyond its
#: aligned window (see _stretched).
STRETCH_WORDS = 3
#: A sentence that does not align as a whole is found when the article repeats a run of its
#: words, word for word, this long and this share of the sentence at least: ECB+ dev topic
#: 19's "lamented that a peaceful vigil that devolved into a riot" tells 8 of the 10 words
#: of a councilman's "Tonight was a peaceful vigil that devolved into a riot".
RUN_WORDS = 6
RUN_SHARE = 0.75
#: Found sentences of one passage lie in the quotation's order with at most this many
#: characters of the article's words between two of them (an aside in brackets).
PIECE_GAP = 200


@dataclass(frozen=True)
class Words:
    """An article's words, lower-cased and joined by single spaces, with their offsets."""

    joined: str
    #: Where each word starts and ends in ``joined``, and its span in the article's text.
    starts: tuple[int, ...]
    ends: tuple[int, ...]
    spans: tuple[tuple[int, int], ...]
    vocabulary: frozenset[str]
    #: Where each word stands among the article's words.
    places: dict[str, tuple[int, ...]]


def index_words(text: str) -> Words:
    found = list(_WORD.finditer(text))
    lowered = [m.group().lower() for m in found]
    starts, position = [], 0
    for word in lowered:
        starts.append(position)
        position += len(word) + 1
    ends = tuple(start + len(word) for start, word in zip(starts, lowered, strict=True))
    return Words(
        " ".join(lowered),
        tuple(starts),
        ends,
        tuple(m.span() for m in found),
        frozenset(lowered),
        _places(lowered),
    )


def _places(lowered: list[str]) -> dict[str, tuple[int, ...]]:
    places: dict[str, list[int]] = {}
    for place, word in enumerate(lowered):
        places.setdefault(word, []).append(place)
    return {word: tuple(found) for word, found in places.items()}


@dataclass(frozen=True)
class _Piece:
    """One sentence of a quotation found in the article: its place among the quotation's
    sentences, its word count, and the article's words it covers (first, last)."""

    order: int
    size: int
    first: int
    last: int


def sentence_words(quote: str) -> list[list[str]]:
    """Each sentence of ``quote`` as its lower-cased words."""
    return [[w.lower() for w in _WORD.findall(part)] for part in _SENTENCE_END.split(quote.strip())]


def sentence_spans(quote: str) -> list[tuple[int, int]]:
    """Where each sentence of ``quote`` starts and ends in it, cut as ``sentence_words`` cuts
    them (a closing mark stays with its sentence)."""
    cuts = [(m.start() + len(m.group().rstrip()), m.end()) for m in _SENTENCE_END.finditer(quote)]
    spans, start = [], 0
    for end, after in [*cuts, (len(quote), len(quote))]:
        part = quote[start:end]
        stripped = part.strip()
        if stripped:
            at = start + part.index(stripped)
            spans.append((at, at + len(stripped)))
        start = after
    return spans


def _found(words: list[str], order: int, target: Words) -> _Piece | None:
    needle = " ".join(words)
    if len(words) < PIECE_WORDS or len(needle) > len(target.joined):
        return None
    if sum(w in target.vocabulary for w in words) < PIECE_KNOWN * len(words):
        return None  # too many of its words are not in the article to align at PIECE_SCORE
    aligned = partial_ratio_alignment(needle, target.joined, score_cutoff=PIECE_SCORE)
    if aligned is None:
        return _repeated_run(words, order, target)
    # The words whose middle lies in the aligned stretch.
    first = max(bisect_right(target.starts, aligned.dest_start) - 1, 0)
    last = bisect_right(target.starts, aligned.dest_end)
    middle = [
        i
        for i in range(first, last)
        if aligned.dest_start <= (target.starts[i] + target.ends[i]) // 2 < aligned.dest_end
    ]
    if not middle:
        return None
    return _Piece(order, len(words), *_stretched(words, middle[0], middle[-1], target))


def _repeated_run(words: list[str], order: int, target: Words) -> _Piece | None:
    """The longest run of the sentence's words that the article repeats word for word, as a
    found sentence when it is long enough (RUN_WORDS, RUN_SHARE)."""
    length, place = _longest_run(words, target)
    if length < RUN_WORDS or length < RUN_SHARE * len(words):
        return None
    return _Piece(order, length, place, place + length - 1)


def repeated_words(sentences: list[list[str]], target: Words) -> tuple[int, int]:
    """The longest run of words of a quotation's sentences (retold_sentences) that the
    article repeats word for word, as its length and the article's place of its first word
    (an index of ``target``'s words)."""
    return max((_longest_run(words, target) for words in sentences), default=(0, 0))


def word_runs(sentences: list[list[str]], size: int) -> set[tuple[str, ...]]:
    """Every run of ``size`` words in a row within one of ``sentences``: two texts that share
    none repeat no run of that many words (repeated_words need not look)."""
    return {tuple(said[i : i + size]) for said in sentences for i in range(len(said) - size + 1)}


def _longest_run(words: list[str], target: Words) -> tuple[int, int]:
    """The longest run of ``words`` that the article repeats word for word: its length and
    the article's place of its first word."""
    best = (0, 0)  # run length, the article's place of its first word
    for start, word in enumerate(words):
        for place in target.places.get(word, ()):
            length = 1
            while (
                start + length < len(words)
                and place + length < len(target.starts)
                and target.joined[target.starts[place + length] : target.ends[place + length]]
                == words[start + length]
            ):
                length += 1
            best = max(best, (length, place))
    return best


def _stretched(words: list[str], first: int, last: int, target: Words) -> tuple[int, int]:
    """The aligned words ``first`` to ``last``, widened to the sentence's own first and last
    words when these lie just outside: the window has the sentence's length, so a word the
    article adds ("produksi ikan lele …") pushes the sentence's last word out of it."""

    def word(i: int) -> str:
        return target.joined[target.starts[i] : target.ends[i]]

    before = range(first, max(first - STRETCH_WORDS, 0) - 1, -1)
    after = range(last, min(last + STRETCH_WORDS, len(target.starts) - 1) + 1)
    first = next((i for i in before if word(i) == words[0]), first)
    last = next((i for i in after if word(i) == words[-1]), last)
    return first, last


def _best_chain(pieces: list[_Piece], target: Words) -> list[_Piece]:
    """The run of found sentences, in the quotation's order and close together in the
    article, that holds the most of the quotation's words."""
    best: list[_Piece] = []
    for i, piece in enumerate(pieces):
        chain = [piece]
        for later in pieces[i + 1 :]:
            last = chain[-1]
            gap = target.starts[later.first] - target.ends[last.last]
            if later.order > last.order and later.first > last.last and gap <= PIECE_GAP:
                chain.append(later)
        if sum(p.size for p in chain) > sum(p.size for p in best):
            best = chain
    return best


def retold_sentences(quote: str) -> list[list[str]]:
    """The sentences of ``quote`` that find_retold looks for, as their words: read once per
    quotation, looked for in every article of its story."""
    return sentence_words(_TRAILING_TAGS.sub("", quote))


def find_retold(quote: str, target: Words) -> tuple[int, int] | None:
    """The span of ``target``'s article that repeats ``quote`` without marks, if any. A
    quotation of one sentence long enough to be looked for alone (PIECE_WORDS) is retold
    when the article repeats all of it, however few its words (Pratiwi dev topic 3: a
    brand's five-word tweet, quoted with marks by two outlets and without by a third)."""
    return retold_in(retold_sentences(quote), target)


def retold_in(sentences: list[list[str]], target: Words) -> tuple[int, int] | None:
    """find_retold of a quotation whose sentences (retold_sentences) are read already: a
    story looks for each quotation in all its articles."""
    total = sum(len(s) for s in sentences)
    known = sum(w in target.vocabulary for s in sentences for w in s)
    if total < min(RETOLD_WORDS, PIECE_WORDS) or known < RETOLD_SHARE * total:
        return None  # most of its words are not in the article: no alignment to try
    pieces = [
        piece
        for order, words in enumerate(sentences)
        if (piece := _found(words, order, target)) is not None
    ]
    chain = _best_chain(pieces, target)
    covered = sum(p.size for p in chain)
    if covered < min(RETOLD_WORDS, total) or covered < RETOLD_SHARE * total:
        return None
    return target.spans[chain[0].first][0], target.spans[chain[-1].last][1]
