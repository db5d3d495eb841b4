"""Candidate search signs many documents in one pass (their words looked up at once, their
shingles taken from the documents laid end to end, signatures in chunks of shingles): each
document must get the hashes, shingles and signature it gets on its own, whatever its
neighbours and however short it is."""

from __future__ import annotations

import random

import numpy as np
import pytest

from silang.link import minhash
from silang.link.minhash import (
    documents_shingle_hashes,
    documents_word_hashes,
    seeded_hash,
    shingle_hashes,
    signatures,
    word_hashes,
)


def _documents() -> list[list[str]]:
    """Documents of 0 to 40 words of a small vocabulary, the short ones among the long."""
    rng = random.Random(2)
    words = [f"kata{i}" for i in range(60)]
    lengths = [0, 1, 2, 3, 40, 0, 1, 25, 2, 7, 0, 33, 3, 1]
    return [[rng.choice(words) for _ in range(n)] for n in lengths]


def test_documents_word_hashes_are_each_documents_own() -> None:
    documents, hash_fn = _documents(), seeded_hash(1)
    alone = [word_hashes(d, {}, hash_fn) for d in documents]
    together = documents_word_hashes(documents, {}, hash_fn)
    assert len(together) == len(documents)
    assert all(np.array_equal(a, b) for a, b in zip(alone, together, strict=True))


@pytest.mark.parametrize("size", [1, 2, 3])
def test_documents_shingle_hashes_are_each_documents_own(size: int) -> None:
    hashed = documents_word_hashes(_documents(), {}, seeded_hash(1))
    together = documents_shingle_hashes(hashed, size)
    assert len(together) == len(hashed)
    for words, shingles in zip(hashed, together, strict=True):
        assert np.array_equal(shingles, shingle_hashes(words, size))


def test_signatures_do_not_depend_on_the_chunk(monkeypatch: pytest.MonkeyPatch) -> None:
    hashed = documents_word_hashes(_documents() * 20, {}, seeded_hash(1))
    shingles = documents_shingle_hashes(hashed, 2)
    whole = signatures(shingles, 128, 1)
    monkeypatch.setattr(minhash, "CHUNK", 16)  # fewer shingles than some documents have
    assert np.array_equal(signatures(shingles, 128, 1), whole)
    assert np.array_equal(whole[0], np.full(128, minhash.EMPTY))
