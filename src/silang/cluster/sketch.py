"""Document frequencies in a fixed-size count-min sketch.

The state of incremental clustering must stay small enough to keep as one JSON value, however
many articles it has seen, so term document frequencies are counted in two rows of ``width``
counters instead of a vocabulary that grows without bound. A term's frequency is the smaller of
its two counters: collisions can only raise it, and only where both rows collide.
"""

from __future__ import annotations

import base64
import hashlib
import math
import sys
import zlib
from array import array
from collections.abc import Iterable, MutableMapping, MutableSequence, Sequence

#: Counters per row. Measured on 20,000 bench articles (bench/cluster.py): a quarter of a row
#: in use, 235 KiB packed in the state. A term's count is inflated only where both of its
#: counters are shared, and then by the smaller of the other terms' counts.
DEFAULT_WIDTH = 1 << 17

#: Rows in the sketch; both come from one 64-bit digest.
DEPTH = 2

#: Cache of term → its counters' positions, owned by the caller.
SlotCache = MutableMapping[str, tuple[int, int]]


def slots(term: str, seed: int, width: int, cache: SlotCache) -> tuple[int, int]:
    """Positions of ``term``'s counter in each row (``width`` counters a row)."""
    found = cache.get(term)
    if found is None:
        digest = hashlib.blake2b(
            term.encode("utf-8", "surrogatepass"),
            digest_size=8,
            salt=seed.to_bytes(16, "little"),
        ).digest()
        value = int.from_bytes(digest, "little")
        found = cache[term] = ((value & 0xFFFFFFFF) % width, width + (value >> 32) % width)
    return found


def count(
    counters: MutableSequence[int],
    terms: Iterable[str],
    seed: int,
    width: int,
    cache: SlotCache,
) -> None:
    """Count one document holding ``terms`` (each distinct term once)."""
    for term in terms:
        first, second = slots(term, seed, width, cache)
        counters[first] += 1
        counters[second] += 1


def frequency(counters: Sequence[int], term: str, seed: int, width: int, cache: SlotCache) -> int:
    """How many documents hold ``term``, as far as the sketch can tell (never fewer)."""
    first, second = slots(term, seed, width, cache)
    return min(counters[first], counters[second])


def idf(documents: int, frequency: int) -> float:
    """Smoothed inverse document frequency, ln((N + 1) / (df + 1)) + 1."""
    return math.log((documents + 1) / (frequency + 1)) + 1.0


def pack(counters: array[int]) -> str:
    """Counters as one short string for the state's JSON: zlib-compressed little-endian
    32-bit integers in base64 (mostly zeros, so a sketch of 262,144 counters packs to a few
    hundred kilobytes at most, and a JSON round trip is one string, not a long list)."""
    if sys.byteorder == "big":
        counters = array("I", counters)
        counters.byteswap()
    return base64.b64encode(zlib.compress(counters.tobytes(), 1)).decode("ascii")


def unpack(text: str, size: int) -> array[int]:
    """The counters :func:`pack` packed; ``size`` zeros for the empty string."""
    if not text:
        return array("I", bytes(4 * size))
    packed = array("I")
    packed.frombytes(zlib.decompress(base64.b64decode(text)))
    if sys.byteorder == "big":
        packed.byteswap()
    if len(packed) != size:
        raise ValueError(f"sketch holds {len(packed)} counters, expected {size}")
    return packed
