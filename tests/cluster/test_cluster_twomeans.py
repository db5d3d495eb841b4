"""Spherical two-means: the cut of a story in two, the same for the same vectors."""

from __future__ import annotations

import math
import random

from silang.cluster.twomeans import two_means


def test_cluster_two_means_parts_two_groups_of_vectors() -> None:
    vectors = [{"a": 1.0}, {"b": 1.0}, {"a": 0.8, "c": 0.6}, {"b": 0.8, "d": 0.6}]
    assert sorted(two_means(vectors, rounds=10, tries=4)) == [[0, 2], [1, 3]]


def test_cluster_two_means_leaves_one_vector_whole() -> None:
    assert two_means([{"a": 1.0}], rounds=10, tries=4) == ([0], [])


def test_cluster_two_means_takes_the_tightest_of_its_seeds() -> None:
    # More seeds never give a looser cut than the first alone, and on random vectors they
    # often find a tighter one.
    tighter = 0
    for seed in range(20):
        vectors = random_vectors(random.Random(seed), 8)
        first = fit(vectors, two_means(vectors, rounds=10, tries=1))
        best = fit(vectors, two_means(vectors, rounds=10, tries=8))
        assert best >= first - 1e-9
        tighter += best > first + 1e-9
    assert tighter >= 5


def random_vectors(chance: random.Random, count: int) -> list[dict[str, float]]:
    vectors = []
    for _ in range(count):
        vector = {term: chance.random() for term in chance.sample("abcdefgh", 3)}
        norm = math.sqrt(sum(weight * weight for weight in vector.values()))
        vectors.append({term: weight / norm for term, weight in vector.items()})
    return vectors


def fit(vectors: list[dict[str, float]], sides: tuple[list[int], list[int]]) -> float:
    """The summed lengths of the sides' summed vectors."""
    total = 0.0
    for side in sides:
        summed: dict[str, float] = {}
        for number in side:
            for term, weight in vectors[number].items():
                summed[term] = summed.get(term, 0.0) + weight
        total += math.sqrt(sum(weight * weight for weight in summed.values()))
    return total
