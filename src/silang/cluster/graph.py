"""The sparse similarity graph between new articles, and between new articles and stories.

Pairs are found through the articles' heaviest terms: each article, in placing order, looks up
the articles before it listed under its own heaviest terms (the ``recent`` latest per term),
scores the ``candidates`` that share the most weight in full, and is then listed itself. The
work per article is bounded, so the graph grows linearly with the articles.
"""

from __future__ import annotations

import heapq
from collections import deque
from collections.abc import Callable, Sequence

from silang.cluster.story import Vector, top_terms

#: Edges below this similarity are left out; they change no average that could reach the
#: threshold (tuned values sit at 0.1 and above).
MIN_EDGE = 0.02


def dot(a: Vector, b: Vector) -> float:
    """Dot product of two sparse vectors."""
    if len(b) < len(a):
        a, b = b, a
    return sum(weight * b.get(term, 0.0) for term, weight in a.items())


def article_edges(
    vectors: Sequence[Vector],
    allowed: Callable[[int, int, float], bool],
    terms: int,
    recent: int,
    candidates: int,
) -> dict[int, dict[int, float]]:
    """Similarities (cosines of unit vectors) of article pairs, by article number; a pair is
    only kept where ``allowed(earlier, later, similarity)`` (time and must-link filters)."""
    postings: dict[str, deque[int]] = {}
    edges: dict[int, dict[int, float]] = {}
    for number, vector in enumerate(vectors):
        query = top_terms(vector, terms)
        hits: dict[int, float] = {}
        for term, weight in query:
            listed = postings.get(term)
            if listed:
                for other in listed:
                    hits[other] = hits.get(other, 0.0) + weight
        if len(hits) > candidates:
            best = heapq.nsmallest(candidates, hits.items(), key=lambda item: (-item[1], item[0]))
            chosen = sorted(other for other, _ in best)
        else:
            chosen = sorted(hits)
        for other in chosen:
            similarity = dot(vector, vectors[other])
            if similarity >= MIN_EDGE and allowed(other, number, similarity):
                edges.setdefault(number, {})[other] = similarity
                edges.setdefault(other, {})[number] = similarity
        for term, _ in query:
            listed = postings.get(term)
            if listed is None:
                listed = postings[term] = deque(maxlen=recent)
            listed.append(number)
    return edges
