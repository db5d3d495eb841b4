"""Placing articles into stories; a batch is an incremental run from the empty state.

New articles are taken in a fixed order (undated first, then by publication day, then by id)
and grouped with each other and with the open stories of the state by average-link
agglomeration with time decay, the units it holds loosely then reseated (grouping.py,
reseat.py). Articles joined by must-links (copies, rewrites, spins, translations) move as
one; one linked to an article placed earlier joins its story. A group holding no existing
story opens one named after its first article. Nothing depends on the order the articles
came in.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from silang.cluster import links as must_links
from silang.cluster.grouping import group
from silang.cluster.ledger import Ledger
from silang.cluster.records import story_records
from silang.cluster.state import (
    DEFAULT_PARAMS,
    STATE_VERSION,
    ClusterParams,
    ClusterState,
    empty_state,
)
from silang.cluster.story import story_record
from silang.cluster.vectorize import FEATURES_KEPT, FeatureCache, Placed, Sketch, vectorize
from silang.lang.stories import StoriesLexicon
from silang.model import Annotated, Link, Story


def cluster_stories(
    items: Sequence[Annotated],
    links: Sequence[Link],
    lexicons: Mapping[str, StoriesLexicon],
    params: ClusterParams = DEFAULT_PARAMS,
    seed: int = 0,
) -> tuple[Story, ...]:
    """Group articles into stories, from nothing, cut where a story holds two happenings of
    one kind and with their sub-events (records.story_records); the same whatever the order
    of ``items``."""
    # Every article is read for placing and again for the records, in another order: a
    # cache of fewer than all of them missed nearly every article (bench/cluster.py batch of
    # 100,000: 98,326 read twice, records CPU 135 s against 90 s keeping all, peak memory
    # 1,522 against 1,810 MiB).
    features = FeatureCache(max(FEATURES_KEPT, len(items)))
    state, stories = assign(empty_state(seed), items, links, lexicons, params, features=features)
    return story_records(state, stories, items, links, lexicons, params, features=features)


def assign(
    state: ClusterState,
    new_items: Sequence[Annotated],
    links: Sequence[Link],
    lexicons: Mapping[str, StoriesLexicon],
    params: ClusterParams = DEFAULT_PARAMS,
    *,
    features: FeatureCache | None = None,
) -> tuple[ClusterState, tuple[Story, ...]]:
    """Place new articles into the state's stories or open new ones; return the new state and
    the stories this call changed or opened (state_stories lists them all). Articles the
    state already holds stay where they are.

    ``links`` may name articles of earlier runs: a must-link from a new article to an old one
    puts it in the old one's story, and a must-link across two stories merges them (the
    merged-away story leaves the state; the one that keeps its id is among those returned).
    ``features`` keeps what is read of the articles for the records made after (records.py).
    """
    if state.version != STATE_VERSION:
        raise ValueError(f"cluster state version {state.version}, expected {STATE_VERSION}")
    ledger = Ledger(state, params)
    sketch = Sketch.of(state)
    placed = vectorize(new_items, ledger.knows, lexicons, sketch, params, cache=features)
    group_of = must_links.groups(links, params.must_link, params.min_link_score)
    units: dict[str, list[Placed]] = {}
    for item in placed:
        units.setdefault(group_of.get(item.id, item.id), []).append(item)
    earlier: dict[str, list[str]] = {}
    for article_id, root in sorted(group_of.items()):
        if ledger.knows(article_id):
            earlier.setdefault(root, []).append(article_id)
    for members in earlier.values():
        numbers = {ledger.locate(article_id) for article_id in members}
        if len(numbers) > 1:
            ledger.merge({number for number in numbers if number is not None})
    free: list[list[Placed]] = []
    for root, unit in units.items():
        if root in earlier:
            number = ledger.locate(earlier[root][0])
            assert number is not None, "a known article is in a story"
            ledger.join(number, unit)
        else:
            free.append(unit)
    for joined, chosen in group(ledger, free):
        placing = sorted(
            (placed for number in chosen for placed in free[number]),
            key=lambda placed: (placed.day is not None, placed.day or 0, placed.id),
        )
        number = ledger.open_story(placing[0].id) if joined is None else joined
        ledger.join(number, placing)
    ledger.archive()
    return ledger.state(sketch), tuple(story_record(story) for story in ledger.changed())
