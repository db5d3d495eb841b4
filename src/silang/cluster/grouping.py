"""Grouping new articles with each other and with open stories in one agglomeration, then
reseating the units it holds loosely (reseat.py)."""

from __future__ import annotations

from silang.cluster.agglomerate import Node, agglomerate, span_gap
from silang.cluster.graph import MIN_EDGE, article_edges, dot
from silang.cluster.ledger import Ledger
from silang.cluster.reseat import Bars, reseat
from silang.cluster.state import ClusterParams
from silang.cluster.story import Vector, WorkingStory, length, top_terms
from silang.cluster.timing import TimeFactor
from silang.cluster.vectorize import Placed


def unit_node(unit: list[Placed]) -> Node:
    """The node of a unit (articles joined by must-links): size, span and summed vector."""
    days = [placed.day for placed in unit if placed.day is not None]
    if len(unit) == 1:
        # A lone article's sum is its vector (0.0 + weight is weight): copied, not re-added.
        summed = dict(unit[0].vector)
    else:
        summed = {}
        for placed in unit:
            for term, weight in placed.vector.items():
                summed[term] = summed.get(term, 0.0) + weight
    return Node(len(unit), min(days, default=None), max(days, default=None), summed)


def story_edges(ledger: Ledger, node: Node) -> list[tuple[int, float]]:
    """Open stories near a unit (a story's centroid is the sum of its members' unit vectors,
    so the dot product with it sums the similarities to every member)."""
    if not ledger.index.postings:
        return []  # no open story listed (sub-events group a story on its own): none is near
    params = ledger.params
    vector = node.vector
    query = top_terms(vector, params.query_terms)
    timing = ledger.fade.timing
    size = length(vector)
    found = []
    for number in ledger.index.candidates(query, params.recent, params.candidates):
        story = ledger.stories[number]
        assert isinstance(story, WorkingStory), "only open stories are indexed"
        pairs = node.size * len(story.article_ids)
        total = dot(vector, story.centroid)
        closeness = total / (size * length(story.centroid) or 1.0)
        factor = timing(closeness, span_gap(node, Node(0, story.first, story.last)))
        if factor >= params.threshold and total >= MIN_EDGE * pairs:
            found.append((number, total))
    return found


def group(ledger: Ledger, units: list[list[Placed]]) -> list[tuple[int | None, list[int]]]:
    """Groups of units (by number), each with the open story it joins or None for a new one."""
    params = ledger.params
    articles = [placed for unit in units for placed in unit]
    unit_of = [number for number, unit in enumerate(units) for _ in unit]
    days = [placed.day for placed in articles]
    reach = ledger.fade.reach
    timing = ledger.fade.timing

    def allowed(earlier: int, later: int, similarity: float) -> bool:
        if unit_of[earlier] == unit_of[later]:
            return False
        a, b = days[earlier], days[later]
        apart = 0 if a is None or b is None else abs(a - b)
        return apart <= reach or timing(similarity, apart) >= params.threshold

    pairs = article_edges(
        [placed.vector for placed in articles],
        allowed,
        params.query_terms,
        params.recent,
        params.candidates,
    )
    nodes = [unit_node(unit) for unit in units]
    neighbours: dict[int, dict[int, float]] = {}
    for i, row in pairs.items():
        a = unit_of[i]
        mine = neighbours.setdefault(a, {})
        for j, similarity in row.items():
            b = unit_of[j]
            mine[b] = mine.get(b, 0.0) + similarity
    node_of: dict[int, int] = {}
    for number in range(len(units)):
        for story_number, total in story_edges(ledger, nodes[number]):
            node = node_of.get(story_number)
            if node is None:
                story = ledger.stories[story_number]
                assert isinstance(story, WorkingStory)
                node = node_of[story_number] = len(nodes)
                nodes.append(
                    Node(
                        len(story.article_ids),
                        story.first,
                        story.last,
                        dict(story.centroid),
                        frozen=True,
                    )
                )
            neighbours.setdefault(number, {})[node] = total
            neighbours.setdefault(node, {})[number] = total
    story_of = {node: story_number for story_number, node in node_of.items()}
    # agglomerate() consumes the nodes; reseat() needs each one's own size, span and vector.
    shapes = [Node(node.size, node.first, node.last) for node in nodes]
    groups = agglomerate(nodes, neighbours, params.threshold, timing, params.single_factor)
    if params.reseat_terms:
        vectors = _node_vectors(ledger, units, node_of)
        languages = [frozenset(placed.language for placed in unit) for unit in units]
        groups = reseat(groups, shapes, vectors, languages, reseat_bars(params, timing))
    result: list[tuple[int | None, list[int]]] = []
    for members in groups:
        joined = [story_of[node] for node in members if node in story_of]
        chosen = [node for node in members if node < len(units)]
        if chosen:
            result.append((joined[0] if joined else None, chosen))
    return result


def _node_vectors(
    ledger: Ledger, units: list[list[Placed]], node_of: dict[int, int]
) -> dict[int, Vector]:
    """Each node's own summed vector: a unit's (a lone article's is its vector, not a copy),
    a story's centroid (story number → node in ``node_of``)."""
    vectors: dict[int, Vector] = {
        number: unit[0].vector if len(unit) == 1 else unit_node(unit).vector
        for number, unit in enumerate(units)
    }
    for story_number, node in node_of.items():
        story = ledger.stories[story_number]
        assert isinstance(story, WorkingStory), "only open stories are nodes"
        vectors[node] = story.centroid
    return vectors


def reseat_bars(params: ClusterParams, timing: TimeFactor) -> Bars:
    """What reseating a loose unit asks, from the grouping's settings."""
    return Bars(
        threshold=params.threshold,
        single=params.single_factor,
        timing=timing,
        query_terms=params.reseat_terms,
        index_terms=params.index_terms,
        candidates=params.candidates,
        recent=params.recent,
    )
