"""CRF features of each token: the word, its shape and affixes, gazetteer classes and
word clusters, for the token and its neighbours."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from silang.ner.clusters import Clusters
from silang.ner.lexicon import Gazetteer

_SHAPE_RUNS = re.compile(r"(.)\1+")


@dataclass(frozen=True)
class Resources:
    """What the features look words up in."""

    clusters: Clusters
    gazetteer: Gazetteer


def shape(word: str) -> str:
    """Letters → X/x, digits → d, other kept: "Jawa-2" → "Xxxx-d"."""
    return "".join(
        "X" if c.isupper() else "x" if c.isalpha() else "d" if c.isdigit() else c for c in word
    )


def _own(word: str, resources: Resources) -> list[str]:
    """Features that describe one token on its own, without position."""
    lower = word.casefold()
    long_shape = shape(word)
    short_shape = _SHAPE_RUNS.sub(r"\1", long_shape)
    found = [
        f"w={lower}",
        f"shape={short_shape}",
        *(f"suf{n}={lower[-n:]}" for n in (2, 3, 4) if len(lower) > n),
        *(f"pre{n}={lower[:n]}" for n in (2, 3, 4) if len(lower) > n),
    ]
    if len(word) <= 6:
        found.append(f"lshape={long_shape}")
    if word[:1].isupper():
        found.append("title" if word[1:].islower() or len(word) == 1 else "caps")
    found.extend(f"gaz={name}" for name in resources.gazetteer.get(lower, ()))
    ids = resources.clusters.get(lower)
    if ids is None:
        found.append("c=none")
    else:
        found.extend(f"c{n}={i}" for n, i in enumerate(ids))
    return found


def sentence_features(words: Sequence[str], resources: Resources) -> list[list[str]]:
    """One feature list per token: its own features, the neighbours' (±2) under an offset
    prefix, and a few conjunctions with the words left and right."""
    own = [_own(w, resources) for w in words]
    lower = [w.casefold() for w in words]
    result = []
    for n in range(len(words)):
        found = ["bias", *own[n]]
        if n == 0:
            found.append("BOS")
        if n == len(words) - 1:
            found.append("EOS")
        for offset in (-2, -1, 1, 2):
            m = n + offset
            if 0 <= m < len(words):
                keep = own[m] if abs(offset) == 1 else own[m][:2]
                found.extend(f"{offset}:{f}" for f in keep if not f.startswith(("pre", "suf")))
        if n > 0:
            found.append(f"-1|0={lower[n - 1]}|{lower[n]}")
        if n + 1 < len(words):
            found.append(f"0|+1={lower[n]}|{lower[n + 1]}")
        result.append(found)
    return result
