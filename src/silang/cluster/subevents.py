"""Sub-events: the distinct happenings inside one story (the flood, then the return home a
week later), kept apart where the words and the dates show them.

The story's articles are grouped again with the same vectors (weighted by the state's
document frequencies) but a stricter threshold and a shorter time scale. Story records carry
them, labelled and dated (records.py).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace

from silang.cluster import links as must_links
from silang.cluster.grouping import group
from silang.cluster.ledger import Ledger
from silang.cluster.state import DEFAULT_PARAMS, ClusterParams, ClusterState, empty_state
from silang.cluster.vectorize import Placed, Sketch, vectorize
from silang.lang.stories import StoriesLexicon
from silang.model import Annotated, Link

#: Grouping inside a story. The threshold is the one that ECB+ alone prefers for its seminal
#: events (train / dev subtopics B-cubed 0.894 / 0.930 at 0.28, bench/cluster_eval.py); the
#: time scale is not tuned (no dated gold): a day's grace, then e-fold every three days, so
#: that reports six days apart need near-identical words to be one sub-event.
SUB_EVENT_PARAMS = replace(DEFAULT_PARAMS, threshold=0.28, grace_days=1.0, decay_days=3.0)


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
