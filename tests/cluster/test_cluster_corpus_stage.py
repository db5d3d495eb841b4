"""The corpus stage stores every story with its sub-events and remakes only changed ones."""

from __future__ import annotations

from dataclasses import replace

from cluster_records import BRIDGE_ID, BRIDGE_ID_2, FLOOD_ID, FLOOD_ID_2, item

from silang.corpus import add_stories, update_stories
from silang.lang import load_pack
from silang.store import Store

PACKS = {code: load_pack(code) for code in ("id", "en")}
FLOOD = [item("f1", FLOOD_ID), item("f2", FLOOD_ID_2, published="2024-03-14")]
BRIDGE = [
    item("b1", BRIDGE_ID, published="2024-03-01"),
    item("b2", BRIDGE_ID_2, published="2024-03-01"),
]
LATER = item("f3", FLOOD_ID_2, published="2024-03-15")


def test_cluster_corpus_stage_stores_sub_events() -> None:
    with Store(":memory:") as store:
        stories = update_stories(store, [*FLOOD, *BRIDGE], PACKS)
        assert {frozenset(story.article_ids) for story in stories} == {
            frozenset({"f1", "f2"}),
            frozenset({"b1", "b2"}),
        }
        assert all(story.sub_events for story in stories)
        assert store.stories() == list(stories)


def test_cluster_corpus_stage_remakes_only_the_stories_it_changed() -> None:
    with Store(":memory:") as store:
        update_stories(store, [*FLOOD, *BRIDGE], PACKS)
        # Mark the stored bridge story: a remade record would lose the mark.
        marked = [
            replace(s, title="marked") if "b1" in s.article_ids else s for s in store.stories()
        ]
        store.replace_stories(marked)
        stories = update_stories(store, [*FLOOD, *BRIDGE, LATER], PACKS)
        by_members = {frozenset(story.article_ids): story for story in stories}
        assert by_members[frozenset({"b1", "b2"})].title == "marked"
        flood = by_members[frozenset({"f1", "f2", "f3"})]
        assert flood.title != "marked" and flood.sub_events


class _Counted(tuple[str, ...]):
    """The ids of a run's new articles, counting the lookups made in them."""

    lookups = 0

    def __contains__(self, key: object) -> bool:
        self.lookups += 1
        return super().__contains__(key)


def test_cluster_corpus_stage_reads_new_articles_once_whatever_collection() -> None:
    # Every stored article is checked against the run's new ones: a lookup in the caller's
    # collection per stored article (a scan each, for a tuple) grew with the store.
    with Store(":memory:") as store:
        add_stories(store, [*FLOOD, *BRIDGE], PACKS)
        new = _Counted(("f3",))
        run = add_stories(store, [*FLOOD, *BRIDGE, LATER], PACKS, new=new)
        assert run is not None and [item.article.id for item in run.new_items] == ["f3"]
        assert new.lookups == 0
