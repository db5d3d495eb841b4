from __future__ import annotations

import dataclasses
import gc

import pytest

from silang.cluster.state import ClusterState, StoryState
from silang.model import Annotated, Article, RunSummary, Story, SubEvent
from silang.model import Rejection as Rej
from silang.store import codec

from records import make_annotated, make_article


def test_codec_round_trips_nested_records() -> None:
    article = make_article()
    assert codec.loads(Article, codec.dumps(article)) == article


def test_codec_keeps_tuples_as_tuples() -> None:
    summary = RunSummary("r", 3, 1, 1, 0, (Rej("x", "bad"),))
    again = codec.loads(RunSummary, codec.dumps(summary))
    assert again == summary
    assert isinstance(again.rejected, tuple)


def test_codec_build_takes_given_fields_as_objects() -> None:
    annotated = make_annotated()
    data = codec.to_jsonable(annotated)
    data.pop("article")
    assert codec.build(Annotated, data, article=annotated.article) == annotated


def test_codec_refuses_non_records() -> None:
    with pytest.raises(TypeError, match="dataclass instance"):
        codec.dumps({"a": 1})


def test_codec_rebuilds_tuples_of_plain_values_as_tuples() -> None:
    # Tuples of strings and of (term, weight) pairs are made in one step (codec._as_is): they
    # must still come back as tuples, and an optional or a nested record still decoded.
    story = StoryState(
        "s-a",
        ("a", "b"),
        "Banjir",
        "a",
        headline=True,
        last="2024-03-14",
        centroid=(("banjir", 1.5), ("sari", 0.25)),
    )
    state = ClusterState(stories=(story,), newest="2024-03-14")
    again = codec.loads(ClusterState, codec.dumps(state))
    assert again == state
    (kept,) = again.stories
    assert isinstance(kept.article_ids, tuple) and isinstance(kept.centroid[0], tuple)
    record = Story("s-a", "t", ("a",), sub_events=(SubEvent("t", ("a",)),))
    assert codec.loads(Story, codec.dumps(record)) == record


def test_codec_jsonable_is_what_asdict_gives() -> None:
    # Tuples of scalars are kept as they are, not copied (codec._scalar_tuple): the plain
    # form must stay asdict's, for records of every shape the store keeps.
    story = StoryState(
        id="s-a1",
        article_ids=("a1", "a2"),
        title="Banjir di Lembah Sari",
        title_id="a1",
        headline=True,
        first="2024-03-13",
        centroid=(("banjir", 1.5), ("lembah", 0.25)),
        title_terms=(("banjir", 0.5),),
    )
    records: list[object] = [
        make_annotated(),
        Story("s-a1", "Banjir", ("a1", "a2"), sub_events=(SubEvent("Banjir", ("a1",)),)),
        ClusterState(documents=2, stories=(story,)),
        RunSummary("r", 3, 1, 1, 0, (Rej("x", "bad"),)),
    ]
    for record in records:
        assert codec.to_jsonable(record) == dataclasses.asdict(record)  # type: ignore[call-overload]


def test_codec_decodes_without_collections_and_leaves_the_collector_as_it_was() -> None:
    # Decoding makes a container per record and no cycle: a collection set off meanwhile
    # walks the process's objects for nothing (codec.loads). One may run as the collector
    # comes back, for what the decoding made.
    events = tuple(SubEvent(f"event {n}", (f"a{n}", f"b{n}")) for n in range(3000))
    payload = codec.dumps(Story("s", "a story of many events", ("a0",), sub_events=events))
    started: list[int] = []

    def note(phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            started.append(info["generation"])

    gc.callbacks.append(note)
    try:
        assert codec.loads(Story, payload).sub_events == events
        assert gc.isenabled()
        gc.disable()
        codec.loads(Story, payload)
        assert not gc.isenabled()
    finally:
        gc.enable()
        gc.callbacks.remove(note)
    assert len(started) <= 2
