"""Stories archived past the recall horizon live in the store's rows, not in the state's JSON:
a run reads only those its must-links name, and what the store holds after each run is what
the whole state, kept in memory and every record remade from it, gives. A store left by the
silang before (schema 2, a version-1 state holding its archive) is carried on the same way."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import replace
from pathlib import Path

from cluster_records import (
    BRIDGE_ID,
    BRIDGE_ID_2,
    FLOOD_ID,
    FLOOD_ID_2,
    MATCH_EN,
    MATCH_EN_2,
    RETURN_ID,
    item,
    link,
)

from silang.cluster import ClusterState, StoryState, assign, empty_state, refresh_records
from silang.cluster.state import STATE_VERSION, Archive
from silang.corpus import LEGACY_STATE_VERSION, add_stories, update_stories
from silang.lang import load_pack
from silang.model import Annotated, Link, RunSummary, Story
from silang.store import Store, codec

from records import schema_two_store

PACKS = {code: load_pack(code) for code in ("id", "en")}
LEXICONS = {code: pack.stories for code, pack in PACKS.items()}

#: Four runs over two years: the flood and the bridge are archived by the match two years on;
#: a copy of the flood's first report then brings the flood back (a must-link), and a second
#: match report comes with the flood's return, which joins nothing archived.
YEARS: tuple[list[Annotated], ...] = (
    [
        item("f1", FLOOD_ID, published="2024-03-13"),
        item("f2", FLOOD_ID_2, published="2024-03-14"),
        item("b1", BRIDGE_ID, published="2024-03-01"),
    ],
    [
        item("m1", MATCH_EN, language="en", published="2026-06-01"),
        item("b2", BRIDGE_ID_2, published="2026-06-01"),
    ],
    [item("c1", FLOOD_ID, published="2026-06-02")],
    [
        item("m2", MATCH_EN_2, language="en", published="2026-06-03"),
        item("r1", RETURN_ID, published="2026-06-03"),
    ],
)
#: The links known after each run: the copy of the flood's first report from the third on.
LINKS: tuple[tuple[Link, ...], ...] = ((), (), (link("f1", "c1"),), (link("f1", "c1"),))


def in_memory() -> list[tuple[ClusterState, list[Story]]]:
    """The state and the records (by id) after each run, the whole state kept in memory and
    every record remade from all those of the run before."""
    state = empty_state()
    records: tuple[Story, ...] = ()
    seen: list[Annotated] = []
    after = []
    for day, links in zip(YEARS, LINKS, strict=True):
        seen += day
        state, changed = assign(state, day, links, LEXICONS)
        records = refresh_records(state, changed, records, seen, links, LEXICONS)
        after.append((state, sorted(records, key=lambda story: story.id)))
    return after


def stored_state(store: Store) -> ClusterState:
    """The state as the store keeps it: its JSON, with the archived stories of its rows."""
    saved = store.state("cluster", STATE_VERSION)
    assert saved is not None
    state = codec.loads(ClusterState, saved)
    assert state.archive.ids == (), "the JSON holds no archived story"
    archived = [codec.loads(StoryState, record) for record in store.archived()]
    return replace(state, archive=Archive.of(archived))


def same_state(stored: ClusterState, expected: ClusterState) -> bool:
    """The same open stories and the same archived ones (in any order)."""
    open_alike = replace(stored, archive=Archive()) == replace(expected, archive=Archive())
    return open_alike and set(stored.archive.stories()) == set(expected.archive.stories())


def add_articles(store: Store, day: Sequence[Annotated], links: Sequence[Link]) -> None:
    """Store the day's articles and the links known, as analyze does before the story stage."""
    for annotated in day:
        store.add_article(annotated, document_key=annotated.article.id, run_id="r", version=0)
    store.replace_links(links)


def test_cluster_records_and_archive_stored_run_by_run_are_the_whole_state() -> None:
    expected = in_memory()
    seen: list[Annotated] = []
    with Store(":memory:") as store:
        for day, links, (state, records) in zip(YEARS, LINKS, expected, strict=True):
            add_articles(store, day, links)
            seen += day
            assert list(update_stories(store, seen, PACKS)) == records
            assert same_state(stored_state(store), state)
    # The runs did archive, and bring back, a story: the test covers both.
    assert expected[1][0].archive.ids and "s-f1" not in expected[2][0].archive.ids


def test_cluster_run_reads_only_the_archived_stories_its_links_name() -> None:
    seen = [*YEARS[0], *YEARS[1]]
    with Store(":memory:") as store:
        add_articles(store, seen, ())
        update_stories(store, seen, PACKS)
        add_articles(store, YEARS[2], LINKS[2])
        run = add_stories(store, [*seen, *YEARS[2]], PACKS)
        assert run is not None and not run.full
        # The flood alone comes out of the rows; the bridge stays there, unread.
        assert run.before.archive.ids == ("s-f1",)
        assert {story.id for story in run.previous} == {"s-f1"}


def test_cluster_nothing_new_reads_no_record() -> None:
    with Store(":memory:") as store:
        update_stories(store, YEARS[0], PACKS)
        assert add_stories(store, YEARS[0], PACKS) is None


def test_cluster_store_of_the_silang_before_is_carried_on(tmp_path: Path) -> None:
    expected = in_memory()
    state, records = expected[1]
    assert state.archive.ids, "the older state holds archived stories"
    path = tmp_path / "old.db"
    schema_two_store(path, records, state)
    seen = [*YEARS[0], *YEARS[1]]
    with Store(path) as store:
        add_articles(store, [*seen, *YEARS[2]], LINKS[2])
        first = add_stories(store, [*seen, *YEARS[2]], PACKS)
        assert first is not None and first.full
        assert store.state("cluster", LEGACY_STATE_VERSION) is None
        assert store.stories() == expected[2][1]
        assert same_state(stored_state(store), expected[2][0])
        add_articles(store, YEARS[3], LINKS[3])
        second = add_stories(store, [*seen, *YEARS[2], *YEARS[3]], PACKS)
        assert second is not None and not second.full
        assert store.stories() == expected[3][1]


def test_cluster_record_without_sub_events_is_remade_though_its_story_is_archived() -> None:
    expected = in_memory()
    seen = [*YEARS[0], *YEARS[1]]
    with Store(":memory:") as store:
        add_articles(store, seen, ())
        update_stories(store, seen, PACKS)
        # As an older silang left it: the archived bridge's record has no sub-events.
        bare = [replace(s, sub_events=()) if "b1" in s.article_ids else s for s in store.stories()]
        store.replace_stories(bare)
        add_articles(store, YEARS[2], LINKS[2])
        run = add_stories(store, [*seen, *YEARS[2]], PACKS)
        assert run is not None and not run.full
        assert store.stories() == expected[2][1]


def test_cluster_state_of_another_version_starts_over_and_replaces_the_archive() -> None:
    seen = [*YEARS[0], *YEARS[1]]
    with Store(":memory:") as store:
        add_articles(store, seen, ())
        update_stories(store, seen, PACKS)
        # A state this silang cannot continue, and an archived row it does not hold: the run
        # places every article again and keeps only the archive it makes.
        store.put_state("cluster", STATE_VERSION + 1, "{}")
        stray = StoryState("s-zz", ("zz",), "Lain", "zz", headline=True)
        with store.transaction():
            store.put_archived_in_transaction([(stray.id, stray.article_ids, codec.dumps(stray))])
        run = add_stories(store, seen, PACKS)
        assert run is not None and run.full
        batch, _ = assign(empty_state(), seen, (), LEXICONS)
        assert same_state(stored_state(store), batch)


class AskingStore(Store):
    """A store that notes which articles the story stage asks it about."""

    def __init__(self, path: str) -> None:
        super().__init__(path)
        self.asked: list[str] = []

    def in_stories(self, article_ids: Iterable[str]) -> set[str]:
        ids = list(article_ids)
        self.asked.extend(ids)
        return super().in_stories(ids)


def test_cluster_run_told_its_new_articles_asks_about_those_alone() -> None:
    expected = in_memory()
    seen: list[Annotated] = []
    store = AskingStore(":memory:")
    with store:
        for number, (day, links, (state, records)) in enumerate(
            zip(YEARS, LINKS, expected, strict=True)
        ):
            run_id = f"run{number}"
            store.begin_run(run_id, [])
            for annotated in day:
                key = annotated.article.id
                store.add_article(annotated, document_key=key, run_id=run_id, version=0)
            store.replace_links(links)
            seen += day
            store.asked = []
            add_stories(store, seen, PACKS, new=store.unfinished_articles())
            store.finish_run(RunSummary(run_id, len(day), 0, len(day), 0, ()))
            assert store.stories() == records
            assert same_state(stored_state(store), state)
            if number:
                assert set(store.asked) <= {annotated.article.id for annotated in day}


def test_cluster_articles_of_a_run_stopped_before_its_stories_are_placed_by_the_next() -> None:
    seen = [*YEARS[0], *YEARS[1]]
    with Store(":memory:") as told, Store(":memory:") as checked:
        for store in (told, checked):
            store.begin_run("first", [])
            store.add_article(YEARS[0][0], document_key="k", run_id="first", version=0)
            update_stories(store, YEARS[0][:1], PACKS)
            store.finish_run(RunSummary("first", 1, 0, 1, 0, ()))
            # This run stored its articles and stopped before the story stage.
            store.begin_run("stopped", [])
            for annotated in YEARS[0][1:]:
                key = annotated.article.id
                store.add_article(annotated, document_key=key, run_id="stopped", version=0)
            store.begin_run("next", [])
            for annotated in YEARS[1]:
                key = annotated.article.id
                store.add_article(annotated, document_key=key, run_id="next", version=0)
        assert told.unfinished_articles() == {a.article.id for a in seen[1:]}
        add_stories(told, seen, PACKS, new=told.unfinished_articles())
        add_stories(checked, seen, PACKS)
        assert told.stories() == checked.stories()
        assert told.in_stories(a.article.id for a in seen) == {a.article.id for a in seen}
