"""The store knows which record holds each article (story_members) and keeps the clustering
state's archived stories in rows, so a run reads only what it touches; a store of schema 2
(before both) is brought forward when opened."""

from __future__ import annotations

from pathlib import Path

from silang.model import Story, SubEvent
from silang.store import Store
from silang.store.schema import SCHEMA_VERSION
from silang.store.sqlite import CHUNK

from records import schema_two_store

FLOOD = Story("s-f1", "Banjir", ("f1", "f2"), sub_events=(SubEvent("Banjir", ("f1", "f2")),))
BRIDGE = Story("s-b1", "Jembatan", ("b1",))
MATCH = Story("s-m1", "Pertandingan", ("m1", "m2"), sub_events=(SubEvent("Laga", ("m1", "m2")),))


def test_store_indexes_the_records_of_a_schema_two_store(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    schema_two_store(path, [FLOOD, BRIDGE, MATCH])
    with Store(path) as store:
        assert store.schema_version == SCHEMA_VERSION
        assert store.stories() == [BRIDGE, FLOOD, MATCH]
        assert store.stories_holding(["f2", "m1", "x9"]) == [FLOOD, MATCH]
        assert store.in_stories(["f1", "b1", "x9"]) == {"f1", "b1"}
        assert store.stories_without_sub_events() == [BRIDGE]
        assert store.archived() == []


def test_store_story_members_follow_puts_and_drops() -> None:
    with Store(":memory:") as store:
        store.replace_stories([FLOOD, BRIDGE])
        grown = Story("s-b1", "Jembatan", ("b1", "b2"), sub_events=(SubEvent("J", ("b1", "b2")),))
        with store.transaction():
            store.update_stories_in_transaction([grown, MATCH], ["s-f1"])
        assert store.in_stories(["f1", "f2", "b1", "b2", "m2"]) == {"b1", "b2", "m2"}
        assert store.stories_holding(["b2"]) == [grown]
        assert store.stories_without_sub_events() == []
        store.replace_stories([BRIDGE])
        assert store.in_stories(["b1", "b2", "m1"]) == {"b1"}
        assert store.stories_without_sub_events() == [BRIDGE]


def test_store_reads_many_ids_in_chunks() -> None:
    # More ids than one query binds (sqlite.CHUNK): every chunk is asked.
    many = Story("s-x0", "Banyak", tuple(f"x{n}" for n in range(2500)))
    with Store(":memory:") as store:
        store.replace_stories([many, BRIDGE])
        # Members on both sides of the chunk boundary: the first chunk holds x4998 down to
        # x2301, the second the rest.
        asked = [f"x{n}" for n in range(4998, -1, -3)]
        assert len(asked) > 1 + CHUNK
        assert store.in_stories(asked) == {f"x{n}" for n in range(4998, -1, -3) if n < 2500}
        assert store.stories_holding(["b1", *asked]) == [BRIDGE, many]


def test_store_archived_stories_by_member_in_archive_order() -> None:
    with Store(":memory:") as store:
        with store.transaction():
            store.put_archived_in_transaction(
                [("s-f1", ("f1", "f2"), '"flood"'), ("s-b1", ("b1",), '"bridge"')]
            )
            store.put_archived_in_transaction([("s-m1", ("m1",), '"match"')])
        assert store.archived_holding(["m1", "f2", "f1", "x9"]) == ['"flood"', '"match"']
        with store.transaction():
            store.drop_archived_in_transaction(["s-f1"])
            # Written again, a story keeps no member it lost.
            store.put_archived_in_transaction([("s-b1", ("b2",), '"bridge again"')])
        assert store.archived_holding(["f1", "b1", "b2"]) == ['"bridge again"']
        assert store.archived() == ['"match"', '"bridge again"']
        with store.transaction():
            store.clear_archived_in_transaction()
        assert store.archived() == [] and store.archived_holding(["m1"]) == []
