"""Sub-events: the distinct happenings inside one story."""

from __future__ import annotations

from cluster_records import (
    FLOOD_ID,
    FLOOD_ID_2,
    LEXICONS,
    RETURN_ID,
    RETURN_ID_2,
    groups,
    item,
    link,
)

from silang.cluster import assign, empty_state, sub_events

FLOOD = [item("f1", FLOOD_ID), item("f2", FLOOD_ID_2, published="2024-03-14")]
RETURN = [
    item("r1", RETURN_ID, published="2024-03-20"),
    item("r2", RETURN_ID_2, published="2024-03-21"),
]


def test_cluster_flood_and_return_home_are_one_story() -> None:
    _, stories = assign(empty_state(), [*FLOOD, *RETURN], (), LEXICONS)
    assert groups(stories) == {frozenset({"f1", "f2", "r1", "r2"})}


def test_cluster_story_splits_into_its_sub_events() -> None:
    state, _ = assign(empty_state(), [*FLOOD, *RETURN], (), LEXICONS)
    assert sub_events(state, [*RETURN, *FLOOD], (), LEXICONS) == (("f1", "f2"), ("r1", "r2"))


def test_cluster_must_linked_articles_share_a_sub_event() -> None:
    state, _ = assign(empty_state(), [*FLOOD, *RETURN], (), LEXICONS)
    found = sub_events(state, [*FLOOD, *RETURN], [link("f1", "r1", "copy")], LEXICONS)
    assert any({"f1", "r1"} <= set(ids) for ids in found)
