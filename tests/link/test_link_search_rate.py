"""The text channel's signatures and banding find a pair of documents as often as the
banding promises for its Jaccard (1 - (1 - J^rows)^bands), as datasketch's do: bench/link.py
compares the two searches' speed at equal recall, which holds only if neither signature
agrees more or less often than MinHash should (a flaw in the hashes or in the permutations
would show here first)."""

from __future__ import annotations

import pytest

from silang.link.lsh import candidate_pairs
from silang.link.minhash import seeded_hash
from silang.link.search import Channel, SearchSettings, channel_signatures

PAIRS = 1000
SIZE = 130  # about an article's word pairs


def _pair_documents(shared: int) -> list[list[str]]:
    """PAIRS pairs of documents of SIZE distinct words, ``shared`` of them common to the two
    (and to no other document)."""
    documents = []
    for pair in range(PAIRS):
        common = [f"c{pair}_{i}" for i in range(shared)]
        for side in "ab":
            documents.append(common + [f"{side}{pair}_{i}" for i in range(SIZE - shared)])
    return documents


@pytest.mark.parametrize("shared", [43, 60, 87])  # Jaccard 0.198, 0.300, 0.503
def test_text_banding_finds_pairs_at_the_promised_rate(shared: int) -> None:
    settings = SearchSettings()
    banding = settings.text.banding
    channel = Channel(1, banding)  # single words: each document's words are its shingles
    signed = channel_signatures(
        _pair_documents(shared), channel, settings.num_perm, 1, seeded_hash(1), {}
    )
    found = {(int(i), int(j)) for i, j in candidate_pairs(signed, banding).tolist()}
    rate = sum((2 * p, 2 * p + 1) in found for p in range(PAIRS)) / PAIRS
    promised = banding.probability(shared / (2 * SIZE - shared))
    # 0.05 is over three standard deviations of the rate at 1,000 pairs (at most 0.016).
    assert abs(rate - promised) < 0.05
    # No two documents of different pairs share a word: chance alone meets so few of them.
    assert len(found - {(2 * p, 2 * p + 1) for p in range(PAIRS)}) < 0.01 * len(found) + 5
