"""Candidate search: which pairs of articles are worth aligning, found by LSH over three
MinHash signatures of each article.

- text: shingles of normalised content words (synonyms and stems folded), for copies,
  rewrites and spins;
- anchors: shingles of the ordered names and numbers, for translations (kept only for pairs
  in different languages: within one language the text signature does better);
- quotes: shingles of the normalised words inside quotes, for shared quotes.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

import numpy as np

from silang.link.features import Features
from silang.link.lsh import Banding, Pairs, candidate_pairs
from silang.link.minhash import U32, HashFn, shingle_hashes, signatures, word_hashes


@dataclass(frozen=True)
class Channel:
    """One signature: how many words a shingle has and how the signature is banded."""

    shingle: int
    banding: Banding


@dataclass(frozen=True)
class SearchSettings:
    """Candidate-search parameters (bench/link_eval.py has the data they were chosen on)."""

    num_perm: int = 128
    #: Word pairs; bands of 3 → a pair at Jaccard 0.2 is found with p = 0.29, at 0.3 with
    #: p = 0.68, at 0.4 with p = 0.93 (bands=42).
    text: Channel = field(default_factory=lambda: Channel(2, Banding(42, 3)))
    #: Single anchors: a translation reorders and inserts words ("Kabupaten Lembah Sari"),
    #: which breaks anchor pairs (Jaccard of anchor pairs 0.25-0.40 on the example corpus's
    #: two translations, of single anchors 0.49-0.64; same-story independent articles
    #: 0.19-0.24).
    anchors: Channel = field(default_factory=lambda: Channel(1, Banding(42, 3)))
    quotes: Channel = field(default_factory=lambda: Channel(3, Banding(42, 3)))


def channel_signatures(
    documents: Sequence[Sequence[str]],
    channel: Channel,
    num_perm: int,
    seed: int,
    hash_fn: HashFn,
    memo: dict[str, int],
) -> U32:
    shingles = [
        shingle_hashes(word_hashes(words, memo, hash_fn), channel.shingle) for words in documents
    ]
    return signatures(shingles, num_perm, seed)


def _rare_anchors(f: Features) -> list[str]:
    # Weekdays, months and vague amounts ("#d3", "#m3") are in every other article.
    return [a for a in f.flat_anchors() if not a.startswith("#")]


def _quote_words(f: Features) -> list[str]:
    # A separator keeps shingles from running across two quotes.
    out: list[str] = []
    for _, words in f.quotes:
        out.extend(words)
        out.append("\x00")
    return out


def find_candidates(
    features: Sequence[Features], settings: SearchSettings, seed: int, hash_fn: HashFn
) -> Pairs:
    """Distinct candidate pairs (i < j) of indices into ``features``."""
    memo: dict[str, int] = {}
    found: list[Pairs] = []
    extractors: list[tuple[Channel, Callable[[Features], list[str]], bool]] = [
        (settings.text, Features.flat_content, False),
        (settings.anchors, _rare_anchors, True),
        (settings.quotes, _quote_words, False),
    ]
    languages = np.array([f.language for f in features], dtype=object)
    for offset, (channel, extract, across) in enumerate(extractors):
        if across and len(set(languages.tolist())) < 2:
            continue  # no pair in two languages to find
        sigs = channel_signatures(
            [extract(f) for f in features],
            channel,
            settings.num_perm,
            seed + offset,
            hash_fn,
            memo,
        )
        pairs = candidate_pairs(sigs, channel.banding)
        if across and pairs.size:
            pairs = pairs[languages[pairs[:, 0]] != languages[pairs[:, 1]]]
        found.append(pairs)
    joined = np.concatenate(found) if found else np.empty((0, 2), dtype=np.int64)
    if not joined.size:
        return np.empty((0, 2), dtype=np.int64)
    return np.unique(joined, axis=0)
