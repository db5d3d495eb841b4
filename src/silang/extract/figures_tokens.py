"""Tokens of one sentence for the figure and time grammars, with their offsets in the text.

The grammars work on tokens rather than one big regex: a phrase table lookup per token is
cheap, and "Rp 4 - 6 ribu" (IndoLEM's spaced tokens) reads the same as "Rp4-6 ribu".
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from silang.lang.figures import TOKEN, FiguresLexicon
from silang.model import Span


@dataclass(frozen=True)
class Tokens:
    """Parallel lists: token text, lower-cased text, offsets into the article text, kind
    ("num", "word" or "sym")."""

    text: list[str]
    low: list[str]
    start: list[int]
    end: list[int]
    kind: list[str]

    def __len__(self) -> int:
        return len(self.text)

    def attached(self, i: int) -> bool:
        """Whether token ``i`` touches the token before it (no space between)."""
        return 0 < i < len(self.text) and self.start[i] == self.end[i - 1]

    def is_num(self, i: int) -> bool:
        return 0 <= i < len(self.text) and self.kind[i] == "num"

    def is_word(self, i: int) -> bool:
        return 0 <= i < len(self.text) and self.kind[i] == "word"

    def capitalised(self, i: int) -> bool:
        return self.is_word(i) and self.text[i][:1].isupper()


#: A word whose last joined part is digits and a decimal part glued after it:
#: "magnitude-5.9" is the word "magnitude" and the number 5.9, not "magnitude-5" and "9".
#: A comma before exactly three digits is no decimal mark there: a reading glued to its
#: measure word is small, so "5-foot-8,135 pounds" is a height (five foot eight) and then
#: 135 pounds, never 8,135.
_WORD_THEN_DECIMAL = re.compile(r"([^\W\d_]+)-(\d+(?:\.\d+|,(?!\d{3}(?!\d))\d+))(?!\w|[.,]\d)")


def tokenize(text: str, start: int = 0, end: int | None = None) -> Tokens:
    """The tokens of ``text[start:end]``, with offsets into ``text``."""
    stop = len(text) if end is None else end
    texts: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    kinds: list[str] = []

    def add(at: int, until: int, kind: str) -> None:
        texts.append(text[at:until])
        starts.append(at)
        ends.append(until)
        kinds.append(kind)

    at = start
    while (match := TOKEN.search(text, at, stop)) is not None:
        at = match.end()
        split = _WORD_THEN_DECIMAL.match(text, match.start(), stop)
        if match.lastgroup == "word" and split is not None:
            add(split.start(1), split.end(1), "word")
            add(split.end(1), split.start(2), "sym")
            add(split.start(2), split.end(2), "num")
            at = split.end()
            continue
        add(match.start(), match.end(), match.lastgroup or "sym")
    return Tokens(texts, [t.lower() for t in texts], starts, ends, kinds)


def may_hold_figures(text: str, span: Span, lexicon: FiguresLexicon) -> bool:
    """Whether a sentence has a digit or a word a figure or date can be made of."""
    return lexicon.trigger.search(text[span.start : span.end].lower()) is not None


#: A web address written out: its digits are parts of names and paths ("/dp/B018IWRZ9K",
#: "sr=1-3", "qid=1455426484"), never figures. It runs to the next space or a character
#: that cannot stand in an address as written in running text.
_ADDRESS = re.compile(r"(?:\b[a-z][a-z0-9+.-]*://|\bwww\.)[^\s\"'<>\[\]{}“”‘’]+", re.IGNORECASE)


def phone_tokens(text: str, tokens: Tokens, lexicon: FiguresLexicon) -> set[int]:
    """Indices of tokens inside a phone number (never a figure)."""
    return _tokens_inside(text, tokens, lexicon.phone)


def address_tokens(text: str, tokens: Tokens) -> set[int]:
    """Indices of tokens inside a web address (never a figure, whatever the language)."""
    return _tokens_inside(text, tokens, _ADDRESS)


def _tokens_inside(text: str, tokens: Tokens, pattern: re.Pattern[str]) -> set[int]:
    """Indices of tokens that lie wholly inside a match of ``pattern`` in their stretch."""
    if not tokens.text:
        return set()
    found: set[int] = set()
    for match in pattern.finditer(text, tokens.start[0], tokens.end[-1]):
        found.update(
            i
            for i in range(len(tokens))
            if tokens.start[i] >= match.start() and tokens.end[i] <= match.end()
        )
    return found


def span_tokens(tokens: Tokens, first: int, last: int) -> tuple[int, int]:
    """Character offsets of tokens ``first`` up to (not including) ``last``."""
    return tokens.start[first], tokens.end[last - 1]
