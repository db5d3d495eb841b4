"""The fresh-data audit (bench/fresh_audit.py) reads only stories nobody tuned on: no document
a gold brief draws on, no held-out or test topic. Needs ../shared/data; skipped when absent."""

from __future__ import annotations

import json

import pytest

import fresh_audit
from brief_eval import ECBPLUS, read_golds
from shared_data import PRATIWI


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
