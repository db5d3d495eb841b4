"""Quotes that meet in a band propose their articles only when they share words that are not
very common (``SearchSettings.quote_shared``): a phrase of everyday words quoted in many
unrelated articles makes no candidates; a statement reported twice, with its speaker's
name and words of its own, does."""

from __future__ import annotations

import numpy as np
from test_link_search_quotes import bank
from test_link_search_sentences import filler

from silang.link.search import QuoteWords, SearchSettings

#: Written for these tests: a sentence every article has (its words are very common), and
#: quotes made of its words with three made-up words of each article's own.
EVERYDAY = "Warga pasar ramai pada hari minggu pagi."
PHRASE = "warga pasar ramai hari minggu pagi"
#: Written for these tests: a statement with its speaker's name, reported by two articles.
STATEMENT = '"Bupati Hartono memastikan jembatan gantung Sungai Lematang dibuka pekan depan," '
#: Words are very common from 2 articles and half of the corpus: EVERYDAY's are.
SMALL = SearchSettings(quote_common_least=2, quote_common_share=0.5)


def own_words(article: int) -> str:
    """Three made-up words of this article alone (the first words of a filler sentence)."""
    return " ".join(filler(50_000 + 100 * article, 1)[0].rstrip(".").lower().split()[:3])


def everyday_quote(article: int) -> str:
    return f'"{PHRASE} {own_words(article)}," kata seorang warga.'


def unrelated(count: int) -> list[list[str]]:
    """Articles that share only the everyday sentence and the everyday phrase in a quote."""
    return [[*filler(1000 * (i + 1), 30), EVERYDAY, everyday_quote(i)] for i in range(count)]


def test_link_everyday_phrase_quoted_in_unrelated_articles_makes_no_candidates() -> None:
    texts = unrelated(8)
    assert bank(texts, SMALL).candidates().quoted.tolist() == []
    # Without the rule the same quotes, six words of nine in common, meet in bands.
    assert (
        bank(texts, SearchSettings(quote_common_least=2, quote_common_share=0.5, quote_shared=0))
        .candidates()
        .quoted.tolist()
        != []
    )


def test_link_statement_reported_with_its_speakers_name_is_a_candidate() -> None:
    texts = unrelated(8)
    texts[2].append(STATEMENT + "kata juru bicara.")
    texts[6].insert(0, STATEMENT + "ujar seorang pejabat.")
    assert bank(texts, SMALL).candidates().quoted.tolist() == [[2, 6]]


def test_link_quote_words_shared_counts_each_pair() -> None:
    quotes = QuoteWords(
        np.array([1, 2, 3, 2, 3, 4, 9], dtype=np.uint64), np.array([3, 3, 1], dtype=np.int64)
    )
    pairs = np.array([[0, 1], [1, 0], [0, 2], [2, 2]], dtype=np.int64)
    assert quotes.shared(pairs).tolist() == [2, 2, 0, 1]
    kept = quotes.keep(quotes.words != np.uint64(3))
    assert kept.sizes.tolist() == [2, 2, 1]
    assert kept.only(np.array([False, True, True])).shared(np.array([[0, 1]])).tolist() == [0]
