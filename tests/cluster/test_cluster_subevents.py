"""Sub-events: the distinct happenings inside one story."""

from __future__ import annotations

from dataclasses import replace

from cluster_records import (
    BRIDGE_ID,
    BRIDGE_ID_2,
    FLOOD_ID,
    FLOOD_ID_2,
    LEXICONS,
    RETURN_ID,
    RETURN_ID_2,
    groups,
    item,
    link,
)

from silang.cluster import (
    assign,
    cluster_stories,
    empty_state,
    refresh_records,
    story_records,
    sub_events,
)

FLOOD = [item("f1", FLOOD_ID), item("f2", FLOOD_ID_2, published="2024-03-14")]
RETURN = [
    item("r1", RETURN_ID, published="2024-03-20"),
    item("r2", RETURN_ID_2, published="2024-03-21"),
]
BRIDGE = [
    item("b1", BRIDGE_ID, published="2024-03-01"),
    item("b2", BRIDGE_ID_2, published="2024-03-01"),
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


def test_cluster_story_record_holds_its_sub_events_with_labels_and_spans() -> None:
    (story,) = cluster_stories([*RETURN, *FLOOD], (), LEXICONS)
    flood, back = story.sub_events
    assert (flood.article_ids, flood.first, flood.last) == (
        ("f1", "f2"),
        "2024-03-13",
        "2024-03-14",
    )
    assert (back.article_ids, back.first, back.last) == (("r1", "r2"), "2024-03-20", "2024-03-21")
    # Labels are first sentences here (no headlines): one of each sub-event's own articles.
    assert (
        flood.label
        == "Sungai Wonoraja meluap dan banjir bandang merendam ratusan rumah di Lembah Sari."
    )
    assert (
        back.label
        == "Air di Lembah Sari mulai surut dan warga pulang dari posko pengungsian ke rumah mereka."
    )


def test_cluster_sub_event_label_prefers_a_headline() -> None:
    headed = item("r2", RETURN_ID_2, published="2024-03-21", title="Warga Lembah Sari pulang")
    (story,) = cluster_stories([*FLOOD, RETURN[0], headed], (), LEXICONS)
    assert story.sub_events[-1].label == "Warga Lembah Sari pulang"


def test_cluster_refresh_keeps_the_records_of_unchanged_stories() -> None:
    state, placed = assign(empty_state(), [*FLOOD, *BRIDGE], (), LEXICONS)
    before = story_records(state, placed, [*FLOOD, *BRIDGE], (), LEXICONS)
    marked = tuple(replace(s, title="kept") if "b1" in s.article_ids else s for s in before)
    later = item("f3", FLOOD_ID, published="2024-03-15")
    after, changed = assign(state, [later], (), LEXICONS)
    records = refresh_records(after, changed, marked, [*FLOOD, *BRIDGE, later], (), LEXICONS)
    titles = {frozenset(s.article_ids): s.title for s in records}
    assert titles[frozenset({"b1", "b2"})] == "kept"
    flood = next(s for s in records if "f3" in s.article_ids)
    assert set(flood.article_ids) == {"f1", "f2", "f3"} and flood.sub_events


def test_cluster_refresh_remakes_records_without_sub_events() -> None:
    state, placed = assign(empty_state(), [*FLOOD, *BRIDGE], (), LEXICONS)
    records = refresh_records(state, (), placed, [*FLOOD, *BRIDGE], (), LEXICONS)
    assert records == story_records(state, placed, [*FLOOD, *BRIDGE], (), LEXICONS)
    assert all(story.sub_events for story in records)
