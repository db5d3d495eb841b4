"""Quotes that meet in a band propose their articles only when they have most of the shorter
one's words in common (``SearchSettings.quote_overlap``): two quotes of unrelated articles
that share a few rare words make no candidate; a statement reported with a word or two
changed does. Two short quotes that share a name and little else
(``SearchSettings.quote_few``) are two statements, not one."""

from __future__ import annotations

import numpy as np
from test_link_search_quotes import bank
from test_link_search_sentences import filler

from silang.link.lsh import Banding
from silang.link.search import Channel, QuoteWords, SearchSettings

#: Made-up words (each its own, none common): eight of one statement, eight of another.
STATEMENT = filler(7000, 1)[0].rstrip(".").lower().split()
OTHER = filler(8000, 1)[0].rstrip(".").lower().split()
#: Single rows a band: two quotes with any word in common nearly always meet, so that what
#: decides is the gate, not the chance of a band.
EVERY_MEETING = SearchSettings(quotes=Channel(1, Banding(32, 1)))


def quoting(words: list[str], first: int) -> list[str]:
    """An article of made-up sentences of its own, then a quote of ``words``."""
    return [*filler(first, 30), '"' + " ".join(words) + '," kata Camat.']


def test_link_quotes_sharing_a_few_rare_words_make_no_candidate() -> None:
    # Three words of eight in common: enough for ``quote_shared``, not for the overlap.
    texts = [quoting(STATEMENT, 0), quoting([*STATEMENT[:3], *OTHER[:5]], 5000)]
    assert bank(texts, EVERY_MEETING).candidates().quoted.tolist() == []
    ungated = SearchSettings(quotes=EVERY_MEETING.quotes, quote_overlap=0.0, quote_few=0)
    assert bank(texts, ungated).candidates().quoted.tolist() == [[0, 1]]


def test_link_statement_reported_with_two_words_changed_is_a_candidate() -> None:
    texts = [quoting(STATEMENT, 0), quoting([*STATEMENT[:6], *OTHER[:2]], 5000)]
    assert bank(texts, EVERY_MEETING).candidates().quoted.tolist() == [[0, 1]]
    assert bank(texts, SearchSettings()).candidates().quoted.tolist() == [[0, 1]]


def test_link_quote_overlap_is_a_share_of_the_shorter_quote() -> None:
    # Quote 0 has 4 words, quote 1 has 8 (3 of quote 0's among them), quote 2 has 2.
    quotes = QuoteWords(
        np.array([1, 2, 3, 4, 1, 2, 3, 5, 6, 7, 8, 9, 1, 5], dtype=np.uint64),
        np.array([4, 8, 2], dtype=np.int64),
    )
    pairs = np.array([[0, 1], [1, 0], [0, 2], [1, 2]], dtype=np.int64)
    assert quotes.overlapping(pairs, 0.75).tolist() == [True, True, False, True]
    assert quotes.overlapping(pairs, 0.8).tolist() == [False, False, False, True]


#: Three made-up words standing for a name ("konsulat jenderal bangsa").
NAME = STATEMENT[:3]


def test_link_short_quotes_sharing_only_a_name_make_no_candidate() -> None:
    # Five words each, three of them the name: 0.6 of the shorter, enough for
    # ``quote_overlap`` alone.
    texts = [quoting([*NAME, *OTHER[:2]], 0), quoting([*NAME, *OTHER[2:4]], 5000)]
    assert bank(texts, EVERY_MEETING).candidates().quoted.tolist() == []
    ungated = SearchSettings(quotes=EVERY_MEETING.quotes, quote_few=0)
    assert bank(texts, ungated).candidates().quoted.tolist() == [[0, 1]]


def test_link_short_statement_reported_with_a_word_changed_is_a_candidate() -> None:
    texts = [quoting(STATEMENT[:5], 0), quoting([*STATEMENT[:4], OTHER[0]], 5000)]
    assert bank(texts, EVERY_MEETING).candidates().quoted.tolist() == [[0, 1]]
    assert bank(texts, SearchSettings()).candidates().quoted.tolist() == [[0, 1]]


def test_link_quotes_sharing_few_words_need_more_of_the_shorter() -> None:
    # Quote 0 has 5 words; quote 1 shares 3 of them, quote 2 shares 4, quote 3 all 5.
    quotes = QuoteWords(
        np.array([1, 2, 3, 4, 5, 1, 2, 3, 6, 7, 1, 2, 3, 4, 8, 1, 2, 3, 4, 5, 9], dtype=np.uint64),
        np.array([5, 5, 5, 6], dtype=np.int64),
    )
    pairs = np.array([[0, 1], [0, 2], [0, 3]], dtype=np.int64)
    assert quotes.overlapping(pairs, 0.6).tolist() == [True, True, True]
    assert quotes.overlapping(pairs, 0.6, 5, 0.8).tolist() == [False, True, True]
    assert quotes.overlapping(pairs, 0.6, 6, 1.0).tolist() == [False, False, True]
