"""Candidate search: which open stories may hold an article, found through their heaviest terms.

Each open story is listed under the most weighty terms of its centroid; an article looks up its
own most weighty terms. A list keeps its stories in the order they last changed and only its
``recent`` latest are read, so the work per article stays bounded however long the stream.
"""

from __future__ import annotations

import heapq
from itertools import islice

from silang.cluster.story import Vector, top_terms


class StoryIndex:
    """Term → stories (by number) listed under it, least recently changed first."""

    def __init__(self) -> None:
        self.postings: dict[str, dict[int, None]] = {}
        self.keys: dict[int, tuple[str, ...]] = {}

    def update(self, number: int, centroid: Vector, size: int) -> None:
        """List story ``number`` under its centroid's ``size`` heaviest terms, as the most
        recently changed story of each."""
        self.list_under(number, tuple(term for term, _ in top_terms(centroid, size)))

    def list_under(self, number: int, keys: tuple[str, ...]) -> None:
        """List story ``number`` under ``keys``, as the most recently changed story of each."""
        self.remove(number)
        for term in keys:
            self.postings.setdefault(term, {})[number] = None
        self.keys[number] = keys

    def remove(self, number: int) -> None:
        for term in self.keys.pop(number, ()):
            listed = self.postings[term]
            del listed[number]
            if not listed:
                del self.postings[term]

    def candidates(self, query: list[tuple[str, float]], recent: int, limit: int) -> list[int]:
        """Up to ``limit`` stories sharing the most query weight among the query's terms."""
        score: dict[int, float] = {}
        for term, weight in query:
            listed = self.postings.get(term)
            if listed:
                for number in islice(reversed(listed), recent):
                    score[number] = score.get(number, 0.0) + weight
        if len(score) <= limit:
            return sorted(score)
        best = heapq.nsmallest(limit, score.items(), key=lambda item: (-item[1], item[0]))
        return sorted(number for number, _ in best)
