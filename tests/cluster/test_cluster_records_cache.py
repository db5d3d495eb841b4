"""Story records made incrementally, with the article features kept between runs, are the
records made from scratch: refresh_records re-makes exactly the stories a run changed, and a
kept feature is used only for the very article it was read from."""

from __future__ import annotations

from cluster_records import (
    BRIDGE_ID,
    FLOOD_ID,
    FOUR_DAYS,
    LEXICONS,
    MATCH_EN,
    item,
)

from silang.cluster import (
    DEFAULT_PARAMS,
    assign,
    empty_state,
    refresh_records,
    state_stories,
    story_records,
)
from silang.cluster.vectorize import FeatureCache, Sketch, vectorize
from silang.model import Annotated, Story


def streamed(
    features: FeatureCache,
) -> list[tuple[tuple[Story, ...], tuple[Story, ...], tuple[Story, ...]]]:
    """Each day's records before and after refresh_records (both keeping their features in
    ``features``), and the changed stories' records made from scratch, keeping none."""
    state = empty_state()
    records: tuple[Story, ...] = ()
    seen: list[Annotated] = []
    steps = []
    for day in FOUR_DAYS:
        seen += day
        state, changed = assign(state, day, (), LEXICONS, features=features)
        fresh = refresh_records(state, changed, records, seen, (), LEXICONS, features=features)
        # From scratch: the changed stories' records, as story_records makes them now.
        changed_ids = {story.id for story in changed}
        scratch = story_records(
            state, [s for s in state_stories(state) if s.id in changed_ids], seen, (), LEXICONS
        )
        steps.append((records, fresh, scratch))
        records = fresh
    return steps


def test_cluster_records_incremental_equal_changed_from_scratch_and_kept_rest() -> None:
    steps = streamed(FeatureCache())
    for before, after, scratch in steps:
        scratch_ids = {a for story in scratch for a in story.article_ids}
        remade = tuple(s for s in after if set(s.article_ids) <= scratch_ids)
        kept = tuple(s for s in after if not set(s.article_ids) <= scratch_ids)
        assert remade == scratch
        assert set(kept) <= set(before)
    final = steps[-1][1]
    assert all(story.sub_events for story in final)
    assert {a for story in final for a in story.article_ids} == {
        placed.article.id for day in FOUR_DAYS for placed in day
    }


def test_cluster_records_do_not_depend_on_features_kept_from_earlier_runs() -> None:
    # The stream twice with one cache: the second run finds every article's features kept.
    features = FeatureCache()
    assert streamed(features) == streamed(features) == streamed(FeatureCache(0))


def placed_with(cache: FeatureCache, items: list[Annotated]) -> list[object]:
    state, _ = assign(empty_state(), items, (), LEXICONS)
    return list(
        vectorize(
            items,
            lambda _: False,
            LEXICONS,
            Sketch.of(state),
            DEFAULT_PARAMS,
            counting=False,
            signatures=True,
            cache=cache,
        )
    )


def test_cluster_kept_features_give_the_vectors_read_afresh() -> None:
    items = [placed for day in FOUR_DAYS for placed in day]
    warm = FeatureCache()
    placed_with(warm, items)
    assert len(warm.entries) == len(items)
    assert placed_with(warm, items) == placed_with(FeatureCache(0), items)


def test_cluster_kept_features_are_not_used_for_other_content_under_one_id() -> None:
    cache = FeatureCache()
    first = item("x1", FLOOD_ID)
    placed_with(cache, [first, item("x2", BRIDGE_ID)])
    rewritten = item("x1", MATCH_EN, language="en")
    again = placed_with(cache, [rewritten, item("x2", BRIDGE_ID)])
    afresh = placed_with(FeatureCache(0), [rewritten, item("x2", BRIDGE_ID)])
    assert again == afresh


def test_cluster_feature_cache_keeps_the_most_recent_articles() -> None:
    cache = FeatureCache(2)
    for article_id in ("a", "b", "c"):
        cache.features(item(article_id, FLOOD_ID), LEXICONS["id"], DEFAULT_PARAMS)
    assert list(cache.entries) == ["b", "c"]
