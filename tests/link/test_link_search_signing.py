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


def _reference(hashes: list[int], size: int) -> list[int]:
    """Shingle hashes as the module docstring states them, in Python integers: each window's
    word hashes folded as x·STEP + next modulo 2**64, Murmur3's finaliser, the high 32 bits."""

    def mix(x: int) -> int:
        x ^= x >> 33
        x = x * 0xFF51AFD7ED558CCD % 2**64
        x ^= x >> 33
        x = x * 0xC4CEB9FE1A85EC53 % 2**64
        return x ^ (x >> 33)

    width = max(1, min(size, len(hashes)))
    out = []
    for start in range(len(hashes) - width + 1):
        folded = hashes[start]
        for word in hashes[start + 1 : start + width]:
            folded = (folded * 0x9E3779B97F4A7C15 + word) % 2**64
        out.append(mix(folded) >> 32)
    return out


@pytest.mark.parametrize("size", [0, 1, 2, 3])
def test_shingle_hashes_fold_and_mix_the_words_hashes(size: int) -> None:
    # Both the one-document and the many-documents paths hash a shingle as specified (a
    # size below one shingles single words; a document shorter than a shingle is one).
    hashed = documents_word_hashes(_documents(), {}, seeded_hash(1))
    together = documents_shingle_hashes(hashed, size)
    for words, shingles in zip(hashed, together, strict=True):
        expected = _reference([int(h) for h in words], size)
        assert shingles.tolist() == expected
        assert shingle_hashes(words, size).tolist() == expected
