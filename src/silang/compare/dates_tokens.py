"""The words of a stretch of a date's sentence, each with what it is to the date: an event
word of ``EventWords`` (a phrase of the files read as one word), a telling, light or other
listed kind, a name, a word of content or a stopword (silang.compare.dates_lexicon). An event
word that names a body ("the board of elections") and a post a crowd makes ("Thousands
tweeted") are read here as words of content (``Beside``)."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from silang.cluster.terms import stem, word_term
from silang.compare.dates_lexicon import (
    CONTENT,
    FUNCTION,
    LIGHT,
    NAME,
    POSTING,
    TELLING,
    Beside,
)
from silang.lang.stories import StoriesLexicon
from silang.model import Span, TimeExpression

WORD = re.compile(r"[^\W\d_]+", re.UNICODE)


@dataclass(frozen=True)
class Token:
    """A word of a clause and what it is to a date: an event name, TELLING, LIGHT, RELATIVE,
    NAME, CONTENT or FUNCTION (a stopword)."""

    start: int
    end: int
    kind: str


def tokens_of(
    text: str,
    span: Span,
    time: TimeExpression,
    table: Mapping[str, str],
    lexicon: StoriesLexicon | None,
    others: Sequence[TimeExpression] = (),
    determiners: frozenset[str] = frozenset(),
    *,
    beside: Beside,
) -> list[Token]:
    """The words of ``span`` outside the date itself ("hari Minggu") and the ``others`` time
    expressions (the month "March" is no march), classified. A telling word between a word
    opening a noun phrase (``determiners``) and a figure ("sold for a reported $30 million in
    1957") hedges the figure, as "some" or "about" would: no one is told saying anything, and
    the date is the sale's, not a telling's (``_hedges_figure``). An event word that names a
    body (``beside``: "the board of elections", "election officials") is a word of content;
    so is a post a crowd makes ("Thousands tweeted")."""
    found: list[Token] = []
    previous = ""
    # The words just before this one, each joined to the next by one character (a phrase's).
    run: list[str] = []
    for match in WORD.finditer(text, span.start, span.end):
        if any(t.start <= match.start() < t.end for t in (time, *others)):
            continue
        word = match.group().casefold()
        if not (found and found[-1].end + 1 == match.start()):
            run = []
        run = [*run[-(PHRASE_WORDS - 1) :], word]
        phrase, length = _phrase(run, table)
        if phrase is not None:
            # A phrase of the files ("opened fire", "to the polls") is one word, the event of
            # its last.
            for k in range(1, length):
                found[-k] = Token(found[-k].start, found[-k].end, FUNCTION)
            found.append(Token(match.start(), match.end(), phrase))
        elif _address_part(text, match.start()):
            # "Republika.co.id", "detik.com": the tail of a web address is part of its name.
            found.append(Token(match.start(), match.end(), NAME))
        else:
            kind = _kind(match.group(), table, lexicon)
            if kind == TELLING and _hedges_figure(text, match, previous, determiners):
                kind = FUNCTION
            found.append(Token(match.start(), match.end(), kind))
        previous = word
    found = [_body_named(text, found, index, beside) for index in range(len(found))]
    return [_posted(text, found, index, time, beside) for index in range(len(found))]


#: The most words of a phrase of EVENTS_FILE ("to_the_polls").
PHRASE_WORDS = 3


def _phrase(run: Sequence[str], table: Mapping[str, str]) -> tuple[str | None, int]:
    """The kind of the longest phrase of ``table`` that the words of ``run`` (casefolded,
    single spaces between) end with, and its length in words; (None, 0) for none."""
    for length in range(len(run), 1, -1):
        kind = table.get(" ".join(run[-length:]))
        if kind is not None:
            return kind, length
    return None, 0


def word_at(text: str, tokens: Sequence[Token], index: int) -> str:
    """The word (casefolded) of ``tokens[index]``, "" where there is none."""
    if not 0 <= index < len(tokens):
        return ""
    return text[tokens[index].start : tokens[index].end].casefold()


def _body_named(text: str, found: Sequence[Token], index: int, beside: Beside) -> Token:
    """``found[index]``, read as CONTENT where it is a word of an event that names bodies
    (``beside.events``) naming one with the noun beside it: one of ``beside.after`` right
    after it ("election officials", "the election board"), or one of ``beside.before`` before
    it, with one of ``beside.links`` between where the language has such words ("the board
    of elections"; "komisi pemilihan", "petugas pemilu" with none). The board, its officials
    or its law are no election: a date of what they did ("the board of elections on Monday
    rejected both objections") is not the election's day, and disputed the day of the vote.
    The words must stand one space apart in the text: the date's own words are no tokens, so
    "arrested officials on Monday" would otherwise join "Monday" to what follows it."""
    token = found[index]
    if token.kind not in beside.events:
        return token
    after = joined(text, found, index, index + 1)
    if after and word_at(text, found, index + 1) in beside.after:
        return Token(token.start, token.end, CONTENT)
    before = index - 1
    if beside.links:
        if not (
            joined(text, found, before, index) and word_at(text, found, before) in beside.links
        ):
            return token
        before, index = before - 1, before
    if joined(text, found, before, index) and word_at(text, found, before) in beside.before:
        return Token(token.start, token.end, CONTENT)
    return token


def joined(text: str, found: Sequence[Token], first: int, second: int) -> bool:
    """Whether ``found[first]`` and ``found[second]`` both exist and stand one space apart."""
    if not (0 <= first < len(found) and 0 <= second < len(found)):
        return False
    end, start = found[first].end, found[second].start
    return start == end + 1 and text[end] == " "


def _posted(
    text: str, found: Sequence[Token], index: int, time: TimeExpression, beside: Beside
) -> Token:
    """``found[index]``, a POSTING word read as TELLING where a name stands right before it
    ("Bush tweeted ...") or nothing but stopwords and light words between it and the date
    ("tweeted on Monday"), else as CONTENT; any other word as it is. A post right after a
    word of a crowd (``beside.crowds``: "Thousands tweeted on Monday", "Warganet ramai
    mencuit pada Senin") is a reaction, as "drew thousands of tweets" is, never one
    speaker's statement: a word of content (``_crowd_before``)."""
    token = found[index]
    if token.kind != POSTING:
        return token
    if _crowd_before(text, found, index, beside):
        return Token(token.start, token.end, CONTENT)
    named = index > 0 and found[index - 1].kind == NAME
    near = all(t.kind in (FUNCTION, LIGHT) for t in words_between(found, token, time))
    return Token(token.start, token.end, TELLING if named or near else CONTENT)


def _crowd_before(text: str, found: Sequence[Token], index: int, beside: Beside) -> bool:
    """Whether a word of a crowd (``beside.crowds``) is the subject right before
    ``found[index]``: only stopwords, light words and particles between ("Thousands also
    tweeted", "Warganet pun mencuit", "Para warganet juga mencuit"), or an "of" phrase after
    it (one of ``beside.links`` and one word: "Thousands of Indonesians tweeted")."""
    k = index - 1
    while k >= 0 and found[k].kind in (FUNCTION, LIGHT):
        if word_at(text, found, k) in beside.crowds:  # a crowd's word may be a stopword ("many")
            return True
        k -= 1
    if word_at(text, found, k) in beside.crowds:
        return True
    return (
        word_at(text, found, k - 1) in beside.links and word_at(text, found, k - 2) in beside.crowds
    )


#: A figure opening right after a word: a digit, or a currency sign before one ("$30").
_FIGURE_AFTER = re.compile(r"\s+[^\w\s]?\d")


def _hedges_figure(
    text: str, match: re.Match[str], previous: str, determiners: frozenset[str]
) -> bool:
    """Whether the word ``match`` stands between a word opening a noun phrase (``previous``,
    casefolded, one of ``determiners``) and a figure: "a reported $30 million", "the reported
    500 dead". A telling word there is a participle qualifying the figure, not a verb."""
    return previous in determiners and _FIGURE_AFTER.match(text, match.end()) is not None


def _address_part(text: str, start: int) -> bool:
    """Whether the word at ``start`` follows a word and a full stop with no space between, as
    the parts of a web address do ("kepada Republika.co.id, Selasa"): no word of content."""
    return start > 1 and text[start - 1] == "." and text[start - 2].isalnum()


def _kind(written: str, table: Mapping[str, str], lexicon: StoriesLexicon | None) -> str:
    """What a word is to a date: its row in the event files (as written, by its term or by
    its stem), else NAME, FUNCTION (a stopword) or CONTENT."""
    word = written.casefold()
    term = word_term(word, lexicon) if lexicon is not None else word
    # A telling word may be a stopword of story clustering ("dijelaskan"): its stem says.
    stemmed = stem(word, lexicon) if lexicon is not None else word
    kind = table.get(word) or table.get(term or "") or table.get(stemmed)
    if kind is None:
        kind = NAME if written[0].isupper() else FUNCTION if term is None else CONTENT
    return kind


def words_between(tokens: Sequence[Token], token: Token, time: TimeExpression) -> list[Token]:
    if token.start >= time.end:
        return [t for t in tokens if time.end <= t.start < token.start]
    return [t for t in tokens if token.end <= t.start < time.start]
