"""Sub-events: the distinct happenings inside one story (the flood, then the return home a
week later), kept apart where the words and the dates show them.

The story's articles are grouped again with the same vectors (weighted by the state's
document frequencies) but a stricter threshold and a shorter time scale. Story records carry
them, labelled and dated (records.py).

A story that keeps growing is not grouped again at every run: grouping a story costs at
least in proportion to its articles, so a story that takes a few articles a day for a year,
grouped again in full each day, costs in all the square of its size. Once it holds
``Regrouping.least`` articles, it is grouped in full only when it has grown by
``Regrouping.growth`` since it last was (regroups: sizes on a geometric ladder, so the
grouping's cost per added article stays bounded); in between, each new article (or
must-linked unit) is placed into the existing sub-event it is closest to by the grouping's
own average similarity, or opens one where none reaches the grouping's bar (place_units).
What an incremental run guarantees against grouping the story in full (records.py):
sub-events that were a full grouping of more than 1 / (1 + growth) of its articles, with
the rest placed one by one.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace

from silang.cluster import links as must_links
from silang.cluster.agglomerate import absorb, span_gap, summed
from silang.cluster.grouping import group, unit_node
from silang.cluster.ledger import Ledger
from silang.cluster.state import DEFAULT_PARAMS, ClusterParams, ClusterState, empty_state
from silang.cluster.story import length, merge_score
from silang.cluster.timing import Fade
from silang.cluster.vectorize import Placed, Sketch, vectorize
from silang.lang.stories import StoriesLexicon
from silang.model import Annotated, Link

#: Grouping inside a story. The threshold is the one that ECB+ alone prefers for its seminal
#: events (train / dev subtopics B-cubed 0.894 / 0.930 at 0.28, bench/cluster_eval.py); the
#: time scale is not tuned (no dated gold): a day's grace, then e-fold every three days, so
#: that reports six days apart need near-identical words to be one sub-event.
SUB_EVENT_PARAMS = replace(DEFAULT_PARAMS, threshold=0.28, grace_days=1.0, decay_days=3.0)


@dataclass(frozen=True)
class Regrouping:
    """When a grown story's sub-events are grouped again in full (regroups)."""

    #: The share a story grows by before it is grouped again in full: the articles placed
    #: one by one stay fewer than this share of those last grouped in full, and the full
    #: groupings of a story grown to n articles add up to about n * (1 + growth) / growth
    #: grouped articles. Not tuned on gold (no stream gold): a quarter keeps the placed
    #: articles a minority of any sub-event grouping.
    growth: float = 0.25
    #: Stories smaller than this before a run are grouped in full at every run: they cost
    #: little, and at a few articles one placement is a large share of the story.
    least: int = 8


REGROUPING = Regrouping()


def regroups(before: int, after: int, schedule: Regrouping = REGROUPING) -> bool:
    """Whether a story grown from ``before`` to ``after`` articles is grouped in full: where
    it was smaller than ``schedule.least`` or crosses a rung of the ladder least, then each
    rung times 1 + growth (rounded up, at least one more). The last full grouping of a story
    was at its rung or above, so ``after`` stays below (1 + growth) times that size."""
    if before < schedule.least or after <= before:
        return True
    return _rung(before, schedule) != _rung(after, schedule)


def _rung(size: int, schedule: Regrouping) -> int:
    """The number of the highest rung at or below ``size`` (at least ``schedule.least``)."""
    number, bound = 0, schedule.least
    while True:
        upper = max(bound + 1, math.ceil(bound * (1.0 + schedule.growth)))
        if upper > size:
            return number
        number, bound = number + 1, upper


def sub_events(
    state: ClusterState,
    items: Sequence[Annotated],
    links: Sequence[Link],
    lexicons: Mapping[str, StoriesLexicon],
    params: ClusterParams = SUB_EVENT_PARAMS,
) -> tuple[tuple[str, ...], ...]:
    """The sub-events of one story's articles ``items``, as groups of article ids in placing
    order (undated first, then by day, then by id). ``state`` is the one the story was placed
    with; its document frequencies weigh the words. Must-linked articles stay together."""
    sketch = Sketch.of(state)
    placed = vectorize(items, lambda _: False, lexicons, sketch, params, counting=False)
    units = linked_units(placed, must_links.groups(links, params.must_link, params.min_link_score))
    return tuple(tuple(member.id for member in found) for found in sub_event_groups(units, params))


def linked_units(placed: Sequence[Placed], group_of: Mapping[str, str]) -> list[list[Placed]]:
    """Articles in placing order, gathered into units where must-links join them (a unit
    sits where its first article does)."""
    units: dict[str, list[Placed]] = {}
    for item in placed:
        units.setdefault(group_of.get(item.id, item.id), []).append(item)
    return list(units.values())


def sub_event_groups(
    units: Sequence[list[Placed]], params: ClusterParams = SUB_EVENT_PARAMS
) -> list[list[Placed]]:
    """The sub-events of a story given as units in placing order: each a list of articles in
    placing order, sub-events in the order of their first article."""
    if len(units) == 1:
        # A unit is one node of the grouping: it is the one sub-event, without building one.
        return [sorted(units[0], key=placing_order)]
    free = list(units)
    found = [
        sorted((placed for number in chosen for placed in free[number]), key=placing_order)
        for _, chosen in group(Ledger(empty_state(), params), free)
    ]
    return sorted(found, key=lambda members: placing_order(members[0]))


def placing_order(placed: Placed) -> tuple[bool, int, str]:
    """Undated first, then by day, then by id."""
    return (placed.day is not None, placed.day or 0, placed.id)


def place_units(
    events: Sequence[Sequence[Placed]],
    units: Sequence[list[Placed]],
    forced: Sequence[int | None] = (),
    params: ClusterParams = SUB_EVENT_PARAMS,
) -> list[int]:
    """Where each of ``units`` (new articles or must-linked groups of them, in placing order)
    goes among a story's sub-events ``events``: the number of the sub-event it joins, or,
    from ``len(events)`` on, of a new one it opens, in the order they are opened. A unit
    whose ``forced`` entry is a number goes there (a must-link to that sub-event's article).

    Units are placed one at a time, each seeing those placed before it, by the score
    agglomerate() merges on: the average similarity of the unit's articles with the
    sub-event's, times the decay of the days between their spans (undecayed for a near
    repeat), which must reach the threshold (times ``single_factor`` where one side is one
    article); the best-scoring sub-event is joined, ties to the lower number."""
    timing = Fade.placing(params).timing
    nodes = [unit_node(list(members)) for members in events]
    norms = [length(node.vector) for node in nodes]
    found: list[int] = []
    for number, unit in enumerate(units):
        node = unit_node(unit)
        norm = length(node.vector)
        chosen = forced[number] if number < len(forced) else None
        if chosen is None:
            best = -1.0
            for other, event in enumerate(nodes):
                score = merge_score(
                    summed(node, event),
                    (node.size, event.size),
                    norm * norms[other],
                    span_gap(node, event),
                    timing,
                    params.threshold,
                    params.single_factor,
                )
                if score is not None and score > best:
                    chosen, best = other, score
        if chosen is None:
            found.append(len(nodes))
            nodes.append(node)
            norms.append(norm)
            continue
        found.append(chosen)
        absorb(nodes[chosen], node)
        norms[chosen] = length(nodes[chosen].vector)
    return found
