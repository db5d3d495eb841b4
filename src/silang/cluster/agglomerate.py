"""Average-link agglomeration with time decay between spans, over a sparse neighbour graph.

Nodes are new articles (or must-linked groups of them) and existing stories, each carrying the
sum of its articles' unit vectors, so the summed similarity of two nodes' articles is the dot
product of their sums, and the average is that over ``size_a * size_b``. The neighbour graph
says which pairs to score and holds their sums; a merged node's neighbours are its parts'
neighbours, and its sum with each is the sum of its parts' sums (a part that was not a
neighbour contributes the dot product of the vectors), so every average stays exact.

The best pair is merged while its score, that average times the decay of the days between their
spans, reaches the threshold; where the cosine of the two sums is high (a near repeat, within
a recall horizon) the average is not decayed (timing.TimeFactor). Two nodes that each hold an
existing story never merge: a story is only joined, or merged by a must-link before this stage.

Ties are broken by node numbers, which the caller assigns in a fixed order, so the groups do
not depend on the order the articles came in.
"""

from __future__ import annotations

import heapq
from dataclasses import dataclass, field

from silang.cluster.story import length, merge_score
from silang.cluster.timing import TimeFactor


@dataclass
class Node:
    """A node's size (articles), span (day ordinals, None when undated), summed vector, and
    whether it holds an existing story."""

    size: int
    first: int | None
    last: int | None
    vector: dict[str, float] = field(default_factory=dict)
    frozen: bool = False


def span_gap(a: Node, b: Node) -> int:
    """Days between two spans; 0 where they overlap or either is undated."""
    if a.first is None or b.first is None or a.last is None or b.last is None:
        return 0
    if a.last < b.first:
        return b.first - a.last
    if b.last < a.first:
        return a.first - b.last
    return 0


def summed(a: Node, b: Node) -> float:
    """Summed similarity of the articles of ``a`` with those of ``b``."""
    x, y = (a.vector, b.vector) if len(a.vector) <= len(b.vector) else (b.vector, a.vector)
    return sum(weight * y.get(term, 0.0) for term, weight in x.items())


def agglomerate(
    nodes: list[Node],
    neighbours: dict[int, dict[int, float]],
    threshold: float,
    timing: TimeFactor,
    single: float = 1.0,
) -> list[list[int]]:
    """Groups of node numbers, each in increasing order, groups ordered by their first node.

    ``neighbours[i][j]`` (symmetric) is the summed similarity of neighbours i and j. Both
    arguments are consumed.
    """
    members = {number: [number] for number in range(len(nodes))}
    version = [0] * len(nodes)
    heap: list[tuple[float, int, int, int, int]] = []
    norms: dict[int, float] = {}

    def norm(number: int) -> float:
        found = norms.get(number)
        if found is None:
            found = norms[number] = length(nodes[number].vector)
        return found

    def push(i: int, j: int) -> None:
        a, b = (i, j) if i < j else (j, i)
        node_a, node_b = nodes[a], nodes[b]
        if node_a.frozen and node_b.frozen:
            return
        # Past the horizon only a near repeat merges (timing.TimeFactor); merge_score says.
        score = merge_score(
            neighbours[a][b],
            (node_a.size, node_b.size),
            norm(a) * norm(b),
            span_gap(node_a, node_b),
            timing,
            threshold,
            single,
        )
        if score is not None:
            heapq.heappush(heap, (-score, a, b, version[a], version[b]))

    for i, row in neighbours.items():
        for j in row:
            if i < j:
                push(i, j)
    while heap:
        _, a, b, version_a, version_b = heapq.heappop(heap)
        if version[a] != version_a or version[b] != version_b:
            continue  # one of them changed since; a fresh entry was pushed then
        keep, gone = (a, b) if len(nodes[a].vector) >= len(nodes[b].vector) else (b, a)
        _merge(nodes, neighbours, keep, gone)
        norms.pop(keep, None)
        members[keep].extend(members.pop(gone))
        version[keep] += 1
        version[gone] = -1
        for other in neighbours.get(keep, ()):
            push(keep, other)
    return sorted((sorted(group) for group in members.values()), key=lambda group: group[0])


def _merge(
    nodes: list[Node], neighbours: dict[int, dict[int, float]], keep: int, gone: int
) -> None:
    kept, removed = nodes[keep], nodes[gone]
    frozen = kept.frozen or removed.frozen
    row = neighbours.setdefault(keep, {})
    row.pop(gone, None)
    theirs = neighbours.pop(gone, {})
    theirs.pop(keep, None)
    for other in list(row):
        if frozen and nodes[other].frozen:
            # Two stories never merge: their sum is never needed again.
            del row[other]
            del neighbours[other][keep]
        elif other not in theirs:
            row[other] += summed(removed, nodes[other])
    for other, total in theirs.items():
        back = neighbours[other]
        del back[gone]
        if frozen and nodes[other].frozen:
            continue
        mine = row.get(other)
        row[other] = total + (summed(kept, nodes[other]) if mine is None else mine)
    for other, total in row.items():
        neighbours[other][keep] = total
    absorb(kept, removed)
    kept.frozen = frozen
    removed.vector = {}


def absorb(kept: Node, added: Node) -> None:
    """Add ``added``'s articles to ``kept``: their count, their span of days and their summed
    vector (a merge here, a placed article in silang.cluster.subevents)."""
    kept.size += added.size
    for day in (added.first, added.last):
        if day is not None:
            kept.first = day if kept.first is None else min(kept.first, day)
            kept.last = day if kept.last is None else max(kept.last, day)
    vector = kept.vector
    for term, weight in added.vector.items():
        vector[term] = vector.get(term, 0.0) + weight
