"""MinHash and LSH banding."""

from __future__ import annotations

import numpy as np

from silang.link.lsh import Banding, Oversized, candidate_pairs
from silang.link.minhash import EMPTY, seeded_hash, shingle_hashes, signatures, word_hashes


def _shingles(words: list[str]) -> np.ndarray:
    return shingle_hashes(word_hashes(words, {}, seeded_hash(1)), 2)


def test_link_minhash_estimates_jaccard() -> None:
    left = [f"w{i}" for i in range(400)]
    right = left[:300] + [f"x{i}" for i in range(100)]
    sigs = signatures([_shingles(left), _shingles(right)], 256, seed=3)
    estimate = float((sigs[0] == sigs[1]).mean())
    truth = 299 / 499
    assert abs(estimate - truth) < 0.1


def test_link_minhash_empty_document_has_empty_signature() -> None:
    sigs = signatures([_shingles([])], 16, seed=1)
    assert (sigs == EMPTY).all()


def test_link_lsh_pairs_identical_documents_only() -> None:
    words = [f"w{i}" for i in range(50)]
    other = [f"v{i}" for i in range(50)]
    sigs = signatures([_shingles(words), _shingles(other), _shingles(words)], 128, seed=1)
    pairs = candidate_pairs(sigs, Banding(42, 3))
    assert pairs.tolist() == [[0, 2]]


def test_link_banding_probability_rises_with_jaccard() -> None:
    banding = Banding(42, 3)
    assert banding.probability(0.1) < 0.1
    assert banding.probability(0.5) > 0.9


def test_link_seeded_hash_is_stable() -> None:
    assert seeded_hash(1)("banjir") == seeded_hash(1)("banjir") != seeded_hash(2)("banjir")


def test_link_lsh_large_group_is_chained() -> None:
    words = [f"w{i}" for i in range(50)]
    sigs = signatures([_shingles(words)] * 6, 128, seed=1)
    everyone = candidate_pairs(sigs, Banding(42, 3))
    chained = candidate_pairs(sigs, Banding(42, 3), Oversized(5))
    assert len(everyone) == 15
    assert chained.tolist() == [[0, 1], [1, 2], [2, 3], [3, 4], [4, 5]]
    assert candidate_pairs(sigs, Banding(42, 3), Oversized(6)).tolist() == everyone.tolist()
