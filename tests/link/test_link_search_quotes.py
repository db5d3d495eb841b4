"""The quote channel of candidate search: an overlong "quote" (mostly the text between an
unmatched quote mark and the next one) does not sign; a quote of ordinary length does."""

from __future__ import annotations

from test_link_search_sentences import features, filler

from silang.link.minhash import seeded_hash
from silang.link.search import SearchSettings, SignatureBank

#: Written for this test: a statement of ordinary length.
SHORT = '"Kami akan membangun kembali jembatan gantung itu sebelum musim hujan," kata Camat.'


def quoted(sentences: list[str]) -> str:
    return '"' + " ".join(sentences) + '," kata Camat.'


def bank(texts: list[list[str]], settings: SearchSettings) -> SignatureBank:
    signing = SignatureBank(settings, 1, seeded_hash(1), False)
    signing.add(features(texts))
    return signing


def test_link_overlong_quote_does_not_sign() -> None:
    # Six made-up sentences of eight words: 48 content words in one quote.
    long_quote = quoted(filler(90_000, 6))
    texts = [[*filler(0, 30), SHORT, long_quote]]
    (found,) = features(texts)
    assert sorted(len(words) for _, words in found.quotes) == [6, 48]
    assert bank(texts, SearchSettings()).signed().quote_owner[0].tolist() == [0]
    assert bank(texts, SearchSettings(quote_longest=48)).signed().quote_owner[0].tolist() == [0, 0]


def test_link_pair_sharing_only_an_overlong_quote_is_not_proposed_by_it() -> None:
    long_quote = quoted(filler(90_000, 6))
    texts = [[*filler(0, 30), long_quote], [long_quote, *filler(5000, 30)]]
    capped = bank(texts, SearchSettings()).candidates()
    assert (capped.aligned.tolist(), capped.quoted.tolist()) == ([], [])
    whole = bank(texts, SearchSettings(quote_longest=48)).candidates()
    assert (whole.aligned.tolist(), whole.quoted.tolist()) == ([], [[0, 1]])


def test_link_pair_sharing_a_short_quote_is_proposed() -> None:
    texts = [[*filler(0, 30), SHORT], [SHORT, *filler(5000, 30)]]
    assert bank(texts, SearchSettings()).candidates().quoted.tolist() == [[0, 1]]
