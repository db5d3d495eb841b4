"""Incremental clustering: new articles placed into a saved state's stories."""

from __future__ import annotations

from dataclasses import replace

import pytest
from cluster_records import (
    BRIDGE_ID,
    BRIDGE_ID_2,
    FLOOD_EN,
    FLOOD_ID,
    FLOOD_ID_2,
    LEXICONS,
    MATCH_EN,
    groups,
    item,
    link,
)

from silang.cluster import (
    DEFAULT_PARAMS,
    ClusterState,
    assign,
    cluster_stories,
    empty_state,
    state_stories,
    story_records,
)
from silang.cluster.state import StoryState
from silang.cluster.story import WorkingStory, top_terms
from silang.store import codec

FLOOD = [item("f1", FLOOD_ID), item("f2", FLOOD_ID_2, published="2024-03-14")]
BRIDGE = [item("b1", BRIDGE_ID), item("b2", BRIDGE_ID_2)]


def test_cluster_new_article_joins_its_existing_story() -> None:
    state, _ = assign(empty_state(), [*FLOOD, *BRIDGE], (), LEXICONS)
    english = item("e1", FLOOD_EN, language="en", published="2024-03-15")
    after, _ = assign(state, [english], (), LEXICONS)
    assert groups(state_stories(after)) == {frozenset({"f1", "f2", "e1"}), frozenset({"b1", "b2"})}


def test_cluster_assign_returns_only_the_stories_it_changed() -> None:
    state, _ = assign(empty_state(), [*FLOOD, *BRIDGE], (), LEXICONS)
    english = item("e1", FLOOD_EN, language="en", published="2024-03-15")
    _, changed = assign(state, [english], (), LEXICONS)
    assert [(story.id, set(story.article_ids)) for story in changed] == [
        ("s-f1", {"f1", "f2", "e1"})
    ]


def test_cluster_new_happening_opens_a_story() -> None:
    state, _ = assign(empty_state(), FLOOD, (), LEXICONS)
    after, _ = assign(state, [item("m1", MATCH_EN, language="en")], (), LEXICONS)
    assert groups(state_stories(after)) == {frozenset({"f1", "f2"}), frozenset({"m1"})}


def test_cluster_story_id_stays_when_articles_are_added() -> None:
    state, before = assign(empty_state(), FLOOD, (), LEXICONS)
    earlier = item("f0", FLOOD_ID, published="2024-03-12")
    _, after = assign(state, [earlier], (), LEXICONS)
    assert [story.id for story in before] == [story.id for story in after] == ["s-f1"]
    assert after[0].first == "2024-03-12"


def test_cluster_new_articles_group_with_each_other() -> None:
    state, _ = assign(empty_state(), FLOOD, (), LEXICONS)
    after, _ = assign(state, BRIDGE, (), LEXICONS)
    assert groups(state_stories(after)) == {frozenset({"f1", "f2"}), frozenset({"b1", "b2"})}


def test_cluster_known_articles_are_not_placed_again() -> None:
    state, _ = assign(empty_state(), FLOOD, (), LEXICONS)
    again, changed = assign(state, FLOOD, (), LEXICONS)
    assert again.documents == state.documents
    assert changed == ()
    assert groups(state_stories(again)) == {frozenset({"f1", "f2"})}


def test_cluster_must_link_to_an_earlier_article_joins_its_story() -> None:
    state, _ = assign(empty_state(), FLOOD, (), LEXICONS)
    _, stories = assign(state, [BRIDGE[0]], [link("f1", "b1", "spin")], LEXICONS)
    assert groups(stories) == {frozenset({"f1", "f2", "b1"})}


def test_cluster_must_link_across_two_stories_merges_them() -> None:
    state, _ = assign(empty_state(), [*FLOOD, *BRIDGE], (), LEXICONS)
    _, stories = assign(state, [], [link("f1", "b1", "rewrite")], LEXICONS)
    (story,) = stories
    assert set(story.article_ids) == {"f1", "f2", "b1", "b2"}


def test_cluster_story_past_the_horizon_is_archived_but_kept() -> None:
    state, _ = assign(empty_state(), FLOOD, (), LEXICONS)
    # Past recall_days (365) even a repeat of its text opens a new story.
    later = item("f9", FLOOD_ID_2, published="2026-06-01")
    after, _ = assign(state, [later], (), LEXICONS)
    assert after.archive.ids == ("s-f1",)
    assert [story.id for story in after.stories] == ["s-f9"]
    assert groups(state_stories(after)) == {frozenset({"f1", "f2"}), frozenset({"f9"})}


def test_cluster_must_link_brings_an_archived_story_back() -> None:
    state, _ = assign(empty_state(), FLOOD, (), LEXICONS)
    state, _ = assign(
        state, [item("m1", MATCH_EN, language="en", published="2026-06-01")], (), LEXICONS
    )
    copy = item("c1", BRIDGE_ID, published="2026-06-02")
    after, changed = assign(state, [copy], [link("f1", "c1")], LEXICONS)
    assert [set(story.article_ids) for story in changed] == [{"f1", "f2", "c1"}]
    assert after.archive.ids == ()


def test_cluster_state_survives_a_json_round_trip() -> None:
    state, _ = assign(empty_state(), [*FLOOD, *BRIDGE], (), LEXICONS)
    restored = codec.loads(ClusterState, codec.dumps(state))
    assert restored == state
    english = item("e1", FLOOD_EN, language="en", published="2024-03-15")
    assert assign(restored, [english], (), LEXICONS) == assign(state, [english], (), LEXICONS)


def test_cluster_batch_is_incremental_from_the_empty_state() -> None:
    items = [*FLOOD, *BRIDGE]
    state, stories = assign(empty_state(), items, (), LEXICONS)
    records = story_records(state, stories, items, (), LEXICONS)
    assert cluster_stories(items, (), LEXICONS) == records


def test_cluster_state_lists_its_stories() -> None:
    state, stories = assign(empty_state(), FLOOD, (), LEXICONS)
    assert state_stories(state) == stories


def test_cluster_state_of_another_version_is_refused() -> None:
    with pytest.raises(ValueError, match="version"):
        assign(replace(empty_state(), version=0), FLOOD, (), LEXICONS)


def test_cluster_unchanged_open_story_comes_back_as_read() -> None:
    state, _ = assign(empty_state(), [*FLOOD, *BRIDGE], (), LEXICONS)
    # A JSON round trip, as the store hands the state to the next run.
    state = codec.loads(ClusterState, codec.dumps(state))
    english = item("e1", FLOOD_EN, language="en", published="2024-03-15")
    after, changed = assign(state, [english], (), LEXICONS)
    assert [story.id for story in changed] == ["s-f1"]
    # The bridge took nothing: the run hands back the record it read, centroid untouched,
    # and listed it under its centroid's first terms, which are its heaviest.
    (bridge,) = [story for story in state.stories if story.id == "s-b1"]
    assert any(story is bridge for story in after.stories)
    working = WorkingStory.from_state(bridge)
    heaviest = top_terms(dict(bridge.centroid), DEFAULT_PARAMS.index_terms)
    assert working.index_keys(DEFAULT_PARAMS.index_terms) == tuple(t for t, _ in heaviest)
    # The flood took the new article: made again from its grown centroid.
    (was,) = [story for story in state.stories if story.id == "s-f1"]
    (flood,) = [story for story in after.stories if story.id == "s-f1"]
    assert flood.article_ids == ("f1", "f2", "e1") and flood.centroid != was.centroid


def test_cluster_unchanged_story_is_cut_back_when_the_run_keeps_fewer_centroid_terms() -> None:
    # A story written with five centroid terms, read by a run that keeps three: handing the
    # stored record back as it is would keep terms the run no longer indexes by.
    weights = (("banjir", 5.0), ("tanggul", 4.0), ("warga", 3.0), ("sungai", 2.0), ("hujan", 1.0))
    state = StoryState("s1", ("a1",), "Banjir", "a1", True, centroid=weights)
    assert WorkingStory.from_state(state).to_state(5) is state
    cut = WorkingStory.from_state(state).to_state(3)
    assert [term for term, _ in cut.centroid] == ["banjir", "tanggul", "warga"]
