"""The sentence channel of candidate search: two articles that share a few close sentences
and little else are proposed; boilerplate and quotes are not what makes them a pair."""

from __future__ import annotations

import numpy as np
from link_records import item, lexicons

from silang.link.features import Features, build_features
from silang.link.lsh import Banding
from silang.link.minhash import seeded_hash
from silang.link.search import (
    SearchSettings,
    SentenceChannel,
    SignatureBank,
    articles_sharing,
    find_candidates,
)
from silang.link.text import Normaliser

#: Written for these tests: two sentences a rewrite keeps, each with one word changed.
KEPT = (
    "Petugas pemadam kebakaran memadamkan api di gudang kayu Pasar Lama setelah empat jam.",
    "Kerugian pemilik gudang ditaksir mencapai ratusan juta rupiah menurut polisi setempat.",
)
REWORDED = (
    "Petugas pemadam kebakaran memadamkan api di gudang kayu Pasar Lama setelah lima jam.",
    "Kerugian pemilik gudang ditaksir mencapai ratusan juta rupiah menurut aparat setempat.",
)
BOILERPLATE = (
    "Ikuti berita terkini dan terpercaya lainnya melalui kanal media sosial redaksi kami.",
    "Seluruh isi tulisan ini dilindungi undang-undang hak cipta yang berlaku di Indonesia.",
)
_SYLLABLES = ("ba", "ki", "ru", "so", "me", "la", "tu", "ne", "po", "di")


def filler(first: int, sentences: int) -> list[str]:
    """Sentences of made-up words, eight each, numbered from ``first``: two calls with
    ranges apart share no word."""
    out = []
    for s in range(sentences):
        made = []
        for w in range(8):
            n = first + s * 8 + w
            made.append("".join(_SYLLABLES[(n // 10**k) % 10] for k in range(4)) + "r")
        out.append(" ".join(made).capitalize() + ".")
    return out


def features(texts: list[list[str]]) -> list[Features]:
    normalise = Normaliser(lexicons()["id"])
    return [build_features(item(f"a{i}", " ".join(t)), normalise) for i, t in enumerate(texts)]


def candidates(texts: list[list[str]], sentences: SentenceChannel | None) -> list[list[int]]:
    settings = SearchSettings(sentences=sentences)
    found = find_candidates(features(texts), settings, 1, seeded_hash(1))
    return [[int(a), int(b)] for a, b in found.tolist()]


CHANNEL = SentenceChannel(Banding(12, 5))


def test_link_two_close_sentences_and_little_else_are_proposed() -> None:
    texts = [[*filler(0, 12), *KEPT], [*REWORDED, *filler(5000, 12)]]
    assert candidates(texts, None) == []
    assert candidates(texts, CHANNEL) == [[0, 1]]


def test_link_one_shared_sentence_is_not_enough() -> None:
    texts = [[*filler(0, 12), KEPT[0]], [REWORDED[0], *filler(5000, 12)]]
    assert candidates(texts, CHANNEL) == []
    assert candidates(texts, SentenceChannel(Banding(12, 5), shared=1)) == [[0, 1]]


def test_link_boilerplate_in_many_articles_pairs_none_of_them() -> None:
    texts = [[*filler(1000 * i, 12), *BOILERPLATE] for i in range(6)]
    # Six articles hold each boilerplate sentence: over a bucket of 5 they are dropped (the
    # text channel may still meet a pair of them by its two shared sentences).
    alone = candidates(texts, None)
    assert len(alone) < 3
    assert candidates(texts, SentenceChannel(Banding(12, 5), most=5)) == alone
    everyone = [[a, b] for a in range(6) for b in range(a + 1, 6)]
    assert candidates(texts, SentenceChannel(Banding(12, 5), most=6)) == everyone


def test_link_shared_quoted_sentences_are_left_to_the_quote_channel() -> None:
    quoted = [f'"{sentence[:-1]}," kata Rudi.' for sentence in KEPT]
    bank = SignatureBank(SearchSettings(sentences=CHANNEL), 1, seeded_hash(1), False)
    bank.add(features([[*filler(0, 12), *quoted], [*quoted, *filler(5000, 12)]]))
    found = bank.candidates()
    assert found.aligned.tolist() == []
    assert found.quoted.tolist() == [[0, 1]]


def test_link_articles_sharing_counts_distinct_sentences_of_each_side() -> None:
    owner = np.array([0, 0, 1, 1, 1, 2, 2], dtype=np.int64)
    # Sentence 0 of article 0 meets three sentences of article 1; article 2 meets article 0
    # with two sentences each.
    sentences = np.array([[0, 2], [0, 3], [0, 4], [0, 5], [1, 6]], dtype=np.int64)
    assert articles_sharing(sentences, owner, 2).tolist() == [[0, 2]]
    assert articles_sharing(sentences, owner, 1).tolist() == [[0, 1], [0, 2]]
