"""The fresh-data audit (bench/fresh_audit.py) reads only stories nobody tuned on: no document
a gold brief draws on, no held-out or test topic, no PolNeAR article outside train. Needs
../shared/data; skipped when absent."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

import fresh_audit
from brief_eval import ECBPLUS, read_golds
from shared_data import PRATIWI, SHARED_DATA
from silang.model import Story, SubEvent
from silang.pipeline import Toolkit
from silang.settings import Settings


def _golded(corpus: str) -> set[str]:
    return {aid for gold in read_golds("all", corpus) for aid in gold["article_ids"]}


def test_fresh_ecbplus_stories_hold_no_gold_held_out_or_test_document() -> None:
    if not ECBPLUS.exists():
        pytest.skip(f"needs {ECBPLUS}; absent here")
    stories = fresh_audit.ecbplus_stories([])
    ids = {aid for story in stories for aid in story["article_ids"]}
    topics = {int(aid.split("_")[0]) for aid in ids}
    assert stories
    assert not ids & _golded("ecbplus")
    assert not topics & fresh_audit.HELD_OUT_TOPICS
    clusters = json.loads((ECBPLUS / "gold_doc_clusters.json").read_text("utf-8"))["docs"]
    assert all(clusters[aid]["split"] != "test" for aid in ids)


def test_a_held_out_subtopic_is_refused() -> None:
    if not ECBPLUS.exists():
        pytest.skip(f"needs {ECBPLUS}; absent here")
    with pytest.raises(SystemExit):
        fresh_audit.ecbplus_stories(["2_ecb"])


def test_fresh_pratiwi_stories_hold_only_dev_articles_in_no_gold() -> None:
    if not PRATIWI.exists():
        pytest.skip(f"needs {PRATIWI}; absent here")
    stories = fresh_audit.pratiwi_stories([])
    ids = {aid for story in stories for aid in story["article_ids"]}
    assert len(stories) == len(fresh_audit.PRATIWI_DEV_TOPICS)
    assert not ids & _golded("pratiwi")
    with pytest.raises(SystemExit):
        fresh_audit.pratiwi_stories(["9"])


def test_polnear_articles_are_read_from_train_only(monkeypatch: pytest.MonkeyPatch) -> None:
    if not fresh_audit.POLNEAR_TRAIN.is_dir():
        pytest.skip(f"needs {fresh_audit.POLNEAR_TRAIN}; absent here")
    paths = fresh_audit.polnear_paths()
    assert len(paths) == 840  # the README's count for train
    assert {path.parent.parent.name for path in paths} == {"train"}
    train = fresh_audit.POLNEAR_TRAIN.resolve()
    assert all(path.resolve().is_relative_to(train) for path in paths)
    toolkit = Toolkit.build(Settings())
    read: list[Path] = []
    read_text = Path.read_text

    def spy(self: Path, *args: Any, **kwargs: Any) -> str:
        read.append(self)
        return read_text(self, *args, **kwargs)

    monkeypatch.setattr(Path, "read_text", spy)
    assert fresh_audit.load_polnear(set(), toolkit) == []  # no ids: nothing read, not all 840
    first = paths[0].stem
    (item,) = fresh_audit.load_polnear({first}, toolkit)
    assert item.article.id == first
    assert item.article.outlet == fresh_audit.polnear_outlet(first)
    data = [path.resolve() for path in read if path.resolve().is_relative_to(SHARED_DATA.resolve())]
    assert data == [paths[0].resolve()]


def test_polnear_happenings_need_two_outlets_and_are_capped() -> None:
    def event(*ids: str) -> SubEvent:
        return SubEvent("x", ids, first=ids[0].split("_")[1])

    one_outlet = event("nyt_2016-01-01_a", "nyt_2016-01-02_b")
    two = event("nyt_2016-02-01_c", "politico_2016-02-01_d")
    three = event("nyt_2016-03-01_e", "politico_2016-03-01_f", "breitbart_2016-03-02_g")
    stories = [
        Story("s1", "s1", (), sub_events=(one_outlet, two)),
        Story("s2", "s2", (), sub_events=(three,)),
    ]
    chosen = fresh_audit.several_outlets(stories, 5)
    assert [story["article_ids"] for story in chosen] == [
        sorted(three.article_ids),
        sorted(two.article_ids),
    ]
    assert len(fresh_audit.several_outlets(stories, 1)) == 1
