"""Candidate pairs from MinHash signatures by LSH banding, vectorised with numpy.

Documents whose signatures agree on all ``rows`` values of any one of ``bands`` bands become
a candidate pair: a pair with Jaccard J is found with probability 1 - (1 - J^rows)^bands.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from silang.link.minhash import EMPTY, U32

Pairs = npt.NDArray[np.int64]
U64 = npt.NDArray[np.uint64]
_MIX = np.uint64(0x9E3779B97F4A7C15)


@dataclass(frozen=True)
class Banding:
    """How a signature is cut into bands; ``bands * rows`` values of it are used."""

    bands: int
    rows: int

    @property
    def width(self) -> int:
        return self.bands * self.rows

    def probability(self, jaccard: float) -> float:
        """The chance that a pair with this Jaccard becomes a candidate."""
        return float(1.0 - (1.0 - jaccard**self.rows) ** self.bands)


def _band_keys(signatures: U32, band: int, rows: int) -> U64:
    block = signatures[:, band * rows : (band + 1) * rows].astype(np.uint64)
    keys = block[:, 0].copy()
    with np.errstate(over="ignore"):
        for column in range(1, rows):
            keys = (keys * _MIX) ^ block[:, column]
        # The band number goes in too, so equal keys in two bands stay apart.
        keys = keys * _MIX + np.uint64(band)
    return keys


def band_keys(signatures: U32, banding: Banding) -> U64:
    """Each row's key in each band (rows x bands): what banding compares, a quarter of
    the size of the signature values it is made of at 4 rows a band."""
    columns = [_band_keys(signatures, band, banding.rows) for band in range(banding.bands)]
    if not columns:
        return np.empty((signatures.shape[0], 0), dtype=np.uint64)
    return np.stack(columns, axis=1)


@dataclass(frozen=True)
class Oversized:
    """What becomes of a band value shared by more than ``most`` rows: chained (each row
    with the next, so that its pairs grow with its size, not with its square) or dropped
    (no pairs at all: a value that common says nothing about any two of them)."""

    most: int
    drop: bool = False


def pairs_within_groups(
    order: npt.NDArray[np.int64], keys: U64, oversized: Oversized | None = None
) -> Pairs:
    """Every pair of documents that share a key; ``keys`` are sorted, ``order`` the documents
    in that order. A group of more than ``oversized.most`` documents is chained or dropped."""
    if keys.size < 2:
        return np.empty((0, 2), dtype=np.int64)
    boundary = np.flatnonzero(keys[1:] != keys[:-1]) + 1
    starts = np.concatenate(([0], boundary))
    ends = np.concatenate((boundary, [keys.size]))
    sizes = np.repeat(ends - starts, ends - starts)
    group_end = np.repeat(ends, ends - starts)
    # Position p pairs with every later position of its group.
    partners = group_end - np.arange(keys.size) - 1
    if oversized is not None:
        kept = 0 if oversized.drop else np.minimum(partners, 1)
        partners = np.where(sizes > oversized.most, kept, partners)
    total = int(partners.sum())
    if total == 0:
        return np.empty((0, 2), dtype=np.int64)
    left = np.repeat(np.arange(keys.size), partners)
    offsets = np.arange(total) - np.repeat(np.cumsum(partners) - partners, partners)
    right = left + offsets + 1
    a, b = order[left], order[right]
    return np.stack((np.minimum(a, b), np.maximum(a, b)), axis=1)


def _distinct_pairs(found: list[Pairs], rows: int) -> Pairs:
    if not found:
        return np.empty((0, 2), dtype=np.int64)
    joined = np.concatenate(found)
    codes = np.unique(joined[:, 0] * np.int64(rows) + joined[:, 1])
    return np.stack((codes // rows, codes % rows), axis=1)


def candidate_pairs(signatures: U32, banding: Banding, oversized: Oversized | None = None) -> Pairs:
    """Distinct pairs (i < j) of rows that share a band; rows of documents without shingles
    take no part. A band value shared by more than ``oversized.most`` rows chains them or
    drops them instead of pairing them all."""
    valid = np.flatnonzero(signatures[:, 0] != EMPTY) if signatures.size else np.empty(0)
    if valid.size < 2:
        return np.empty((0, 2), dtype=np.int64)
    subset = signatures[valid]
    found = []
    for band in range(banding.bands):
        keys = _band_keys(subset, band, banding.rows)
        order = np.argsort(keys, kind="stable")
        pairs = pairs_within_groups(valid[order].astype(np.int64), keys[order], oversized)
        if pairs.size:
            found.append(pairs)
    return _distinct_pairs(found, signatures.shape[0])


def keyed_pairs(keys: U64, oversized: Oversized | None = None) -> Pairs:
    """Distinct pairs (i < j) of rows of ``keys`` (rows x bands, from ``band_keys``) that
    share a key in some band."""
    found = []
    for band in range(keys.shape[1]):
        column = keys[:, band]
        order = np.argsort(column, kind="stable")
        pairs = pairs_within_groups(order.astype(np.int64), column[order], oversized)
        if pairs.size:
            found.append(pairs)
    return _distinct_pairs(found, keys.shape[0])
