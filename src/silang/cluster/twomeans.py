"""Spherical two-means over sparse vectors: the cut of a story in two (halves.py).

The vectors are laid out once as numpy arrays of (row, column, weight), so that summing a
side and scoring every vector against a centre cost one pass over the weights each.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import numpy as np
import numpy.typing as npt

Floats = npt.NDArray[np.float64]
Mask = npt.NDArray[np.bool_]


class SparseRows:
    """Sparse vectors as rows over their shared vocabulary."""

    def __init__(self, vectors: Sequence[Mapping[str, float]]) -> None:
        column: dict[str, int] = {}
        rows: list[int] = []
        columns: list[int] = []
        weights: list[float] = []
        for row, vector in enumerate(vectors):
            for term, weight in vector.items():
                rows.append(row)
                columns.append(column.setdefault(term, len(column)))
                weights.append(weight)
        self.size = len(vectors)
        self.width = len(column)
        self.rows = np.array(rows, dtype=np.int64)
        self.columns = np.array(columns, dtype=np.int64)
        self.weights = np.array(weights, dtype=np.float64)

    def summed(self, chosen: Mask) -> Floats:
        """The dense sum of the chosen rows."""
        picked = chosen[self.rows]
        return np.bincount(
            self.columns[picked], weights=self.weights[picked], minlength=self.width
        ).astype(np.float64)

    def dots(self, dense: Floats) -> Floats:
        """The dot product of every row with a dense vector."""
        return np.bincount(
            self.rows, weights=self.weights * dense[self.columns], minlength=self.size
        ).astype(np.float64)


def two_means(
    vectors: Sequence[Mapping[str, float]], rounds: int, tries: int = 1
) -> tuple[list[int], list[int]]:
    """Two sides of the vectors (by number, increasing), by spherical two-means seeded with
    each of the ``tries`` vectors furthest from the whole and the vector furthest from it;
    the sides whose summed vectors are longest (the tightest) win, the earlier seed on a
    tie, so the cut depends on nothing but the vectors and their order. Every vector on one
    side where no seed parts them."""
    everything = list(range(len(vectors)))
    if len(vectors) < 2:
        return everything, []
    matrix = SparseRows(vectors)
    numbers = np.arange(matrix.size)
    whole = matrix.dots(matrix.summed(np.ones(matrix.size, dtype=np.bool_)))
    seeds = np.lexsort((numbers, whole))[:tries]
    best: tuple[float, Mask] | None = None
    for seed in seeds:
        centre = matrix.summed(numbers == seed)
        partner = int(np.lexsort((numbers, matrix.dots(centre)))[0])
        side = _settle(matrix, centre, matrix.summed(numbers == partner), rounds)
        if side.all() or not side.any():
            continue
        fit = sum(float(np.linalg.norm(matrix.summed(part))) for part in (side, ~side))
        if best is None or fit > best[0] + 1e-9:
            best = (fit, side)
    if best is None:
        return everything, []
    side = best[1]
    return [int(n) for n in numbers[side]], [int(n) for n in numbers[~side]]


def _settle(matrix: SparseRows, centre_a: Floats, centre_b: Floats, rounds: int) -> Mask:
    """Which vectors fall on side a once the centres stop moving (or after ``rounds``)."""
    side = np.zeros(matrix.size, dtype=np.bool_)
    for round_number in range(rounds):
        norm_a = float(np.linalg.norm(centre_a)) or 1.0
        norm_b = float(np.linalg.norm(centre_b)) or 1.0
        moved = matrix.dots(centre_a) / norm_a >= matrix.dots(centre_b) / norm_b
        if (round_number and (moved == side).all()) or moved.all() or not moved.any():
            return moved
        side = moved
        centre_a, centre_b = matrix.summed(side), matrix.summed(~side)
    return side
