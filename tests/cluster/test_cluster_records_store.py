"""The corpus stage writes only the story records a run changed, and what the store then holds
is what rewriting every record (the stage's former way) left there: run after run, the
stored records are those refresh_records makes over the whole state."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from cluster_records import (
    FOUR_DAYS,
)

from silang.cluster import assign, empty_state, refresh_records
from silang.cluster.records import placed_ids, state_stories
from silang.cluster.state import STATE_VERSION, ClusterState
from silang.corpus import update_stories
from silang.lang import load_pack
from silang.model import Annotated, Story
from silang.store import Store, codec

PACKS = {code: load_pack(code) for code in ("id", "en")}
LEXICONS = {code: pack.stories for code, pack in PACKS.items()}


class CountingStore(Store):
    """A store that notes the records each run writes and deletes."""

    def __init__(self) -> None:
        super().__init__(":memory:")
        self.written: list[list[Story]] = []
        self.dropped: list[set[str]] = []

    def update_stories_in_transaction(self, put: Sequence[Story], drop: Iterable[str]) -> None:
        self.written.append(list(put))
        self.dropped.append(set(drop))
        super().update_stories_in_transaction(put, drop)


def rewritten_every_time() -> list[list[Story]]:
    """The records after each day as the former stage stored them: every record, made by
    refresh_records from all the records of the run before, sorted by id as the store
    gives them."""
    state = empty_state()
    records: tuple[Story, ...] = ()
    seen: list[Annotated] = []
    after = []
    for day in FOUR_DAYS:
        seen += day
        state, changed = assign(state, day, (), LEXICONS)
        records = refresh_records(state, changed, records, seen, (), LEXICONS)
        after.append(sorted(records, key=lambda story: story.id))
    return after


def test_cluster_records_stored_run_by_run_are_the_whole_rewrite() -> None:
    expected = rewritten_every_time()
    seen: list[Annotated] = []
    with CountingStore() as store:
        for day, whole in zip(FOUR_DAYS, expected, strict=True):
            seen += day
            returned = update_stories(store, seen, PACKS)
            assert list(returned) == store.stories() == whole


def test_cluster_records_a_run_writes_only_what_changed() -> None:
    seen: list[Annotated] = []
    store = CountingStore()
    with store:
        before: list[Story] = []
        for day in FOUR_DAYS:
            seen += day
            update_stories(store, seen, PACKS)
            after = store.stories()
            written, dropped = store.written[-1], store.dropped[-1]
            assert {story.id for story in written} | dropped == {
                story.id for story in set(after) ^ set(before)
            }
            before = after
        assert len(store.written) == len(FOUR_DAYS)
        # The second day added nothing to the bridge: its record was kept, not written again.
        assert not any("b1" in story.article_ids for story in store.written[1])
        assert any("f2" in story.article_ids for story in store.written[1])


def test_cluster_records_nothing_new_writes_nothing() -> None:
    store = CountingStore()
    with store:
        first = update_stories(store, FOUR_DAYS[0], PACKS)
        again = update_stories(store, FOUR_DAYS[0], PACKS)
        assert again == first
        assert len(store.written) == 1


def test_cluster_placed_ids_are_the_members_of_every_story() -> None:
    seen: list[Annotated] = []
    with Store(":memory:") as store:
        for day in FOUR_DAYS:
            seen += day
            update_stories(store, seen, PACKS)
        saved = store.state("cluster", STATE_VERSION)
        assert saved is not None
        state = codec.loads(ClusterState, saved)
    members = {a for story in state_stories(state) for a in story.article_ids}
    assert placed_ids(state) == members == {placed.article.id for placed in seen}


def test_cluster_records_of_a_store_out_of_step_with_the_state_are_remade() -> None:
    # Records left by another state: one names an article no story holds, one covers only
    # part of its story; both stories are made afresh, the untouched one is kept as stored.
    seen = [*FOUR_DAYS[0], *FOUR_DAYS[1]]
    state, changed = assign(empty_state(), seen, (), LEXICONS)
    whole = refresh_records(state, changed, (), seen, (), LEXICONS)
    flood = next(story for story in whole if "f1" in story.article_ids)
    match = next(story for story in whole if "m1" in story.article_ids)
    foreign = Story("s-x", "Lain", ("x1",), sub_events=match.sub_events)
    part = Story(flood.id, "Sebagian", flood.article_ids[:1], sub_events=flood.sub_events)
    kept = [story for story in whole if story.id not in {flood.id, match.id}]
    marked = [Story(s.id, "kept", s.article_ids, sub_events=s.sub_events) for s in kept]
    stale = [*marked, foreign, part]
    records = refresh_records(state, (), stale, seen, (), LEXICONS)
    assert foreign not in records and part not in records
    assert {story.title for story in records if story in marked} == {"kept"}
    assert sorted(records, key=lambda s: s.id) == sorted(
        [*marked, *(s for s in whole if s.id in {flood.id, match.id})], key=lambda s: s.id
    )
