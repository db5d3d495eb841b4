"""Word clusters learnt from unlabelled Indonesian text, as CRF features.

Distributional vectors: positive PMI between a word and the frequent words just left and right
of it, reduced by a randomised SVD; then k-means (cosine) at several sizes, so that a word
carries a coarse and a fine class, the way Brown-cluster prefixes do. Numpy only.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path

import numpy as np
from numpy.typing import NDArray

Matrix = NDArray[np.float32]

#: Cluster counts, coarse to fine.
SIZES: tuple[int, ...] = (32, 256, 1024)

Clusters = Mapping[str, tuple[int, ...]]


def build(
    sentences: Iterable[Sequence[str]],
    *,
    seed: int,
    min_count: int = 3,
    max_words: int = 30_000,
    contexts: int = 2_000,
    dimensions: int = 100,
    sizes: Sequence[int] = SIZES,
) -> dict[str, tuple[int, ...]]:
    """Lower-cased word → its cluster at each of ``sizes``."""
    corpus = [[w.casefold() for w in s] for s in sentences]
    counts = Counter(w for s in corpus for w in s)
    vocabulary = [w for w, c in counts.most_common(max_words) if c >= min_count]
    row = {w: i for i, w in enumerate(vocabulary)}
    column = {w: i for i, w in enumerate(vocabulary[:contexts])}
    vectors = _svd(_ppmi(_cooccurrences(corpus, row, column)), dimensions, seed)
    rng = np.random.default_rng(seed)
    labels = [_kmeans(vectors, k, rng) for k in sizes]
    return {w: tuple(int(lab[i]) for lab in labels) for i, w in enumerate(vocabulary)}


def _cooccurrences(
    corpus: Sequence[Sequence[str]], row: Mapping[str, int], column: Mapping[str, int]
) -> Matrix:
    """Counts of (word, left neighbour) and (word, right neighbour), side by side."""
    width = len(column)
    pairs: list[int] = []
    for sentence in corpus:
        ids = [row.get(w, -1) for w in sentence]
        ctx = [column.get(w, -1) for w in sentence]
        for n, i in enumerate(ids):
            if i < 0:
                continue
            if n > 0 and ctx[n - 1] >= 0:
                pairs.append(i * 2 * width + ctx[n - 1])
            if n + 1 < len(ids) and ctx[n + 1] >= 0:
                pairs.append(i * 2 * width + width + ctx[n + 1])
    keys, found = np.unique(np.asarray(pairs, dtype=np.int64), return_counts=True)
    matrix = np.zeros((len(row), 2 * width), dtype=np.float32)
    matrix.flat[keys] = found
    return matrix


def _ppmi(counts: Matrix) -> Matrix:
    total = counts.sum()
    words = counts.sum(axis=1, keepdims=True)
    # Context smoothing (0.75) keeps rare contexts from dominating PMI.
    context = counts.sum(axis=0, keepdims=True) ** 0.75
    context /= context.sum()
    with np.errstate(divide="ignore", invalid="ignore"):
        pmi = np.log(counts * 1.0 / (np.maximum(words, 1.0) / total * context) / total)
    positive: Matrix = np.maximum(np.nan_to_num(pmi, nan=0.0, neginf=0.0), 0.0).astype(np.float32)
    return positive


def _svd(matrix: Matrix, dimensions: int, seed: int) -> Matrix:
    """Randomised SVD (Halko et al.): rows of U·√S, unit length."""
    rng = np.random.default_rng(seed)
    probe = rng.standard_normal((matrix.shape[1], dimensions + 20)).astype(np.float32)
    basis, _ = np.linalg.qr(matrix @ (matrix.T @ (matrix @ probe)))
    u, s, _ = np.linalg.svd(basis.T @ matrix, full_matrices=False)
    vectors = (basis @ u[:, :dimensions]) * np.sqrt(s[:dimensions])
    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    unit: Matrix = (vectors / np.maximum(norms, 1e-9)).astype(np.float32)
    return unit


def _kmeans(
    vectors: Matrix, k: int, rng: np.random.Generator, rounds: int = 20
) -> NDArray[np.int64]:
    """Spherical k-means from ``k`` random words."""
    centres = vectors[rng.choice(len(vectors), size=k, replace=False)]
    labels = np.zeros(len(vectors), dtype=np.int64)
    for _ in range(rounds):
        labels = np.argmax(vectors @ centres.T, axis=1)
        sums = np.zeros_like(centres)
        np.add.at(sums, labels, vectors)
        norms = np.linalg.norm(sums, axis=1, keepdims=True)
        # An emptied cluster keeps its old centre.
        centres = np.where(norms > 0, sums / np.maximum(norms, 1e-9), centres)
    return labels


def save(clusters: Clusters, path: Path) -> None:
    lines = [f"{w}\t{' '.join(map(str, ids))}\n" for w, ids in clusters.items()]
    path.write_text("".join(lines), encoding="utf-8")


def load(text: str) -> dict[str, tuple[int, ...]]:
    result = {}
    for line in text.splitlines():
        word, _, ids = line.partition("\t")
        result[word] = tuple(int(i) for i in ids.split())
    return result
