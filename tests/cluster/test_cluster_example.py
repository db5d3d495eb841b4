"""The example corpus (examples/banjir-lembah-sari) through the whole pipeline: its stories are
the ones expected.json records, with the English wire and its Indonesian translation in the
flood story and the same people's market opening two months later apart."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from cluster_records import LEXICONS, groups

from silang.cluster import cluster_stories
from silang.model import Annotated
from silang.pipeline import analyze
from silang.settings import Settings
from silang.store import Store

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "banjir-lembah-sari"


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> tuple[list[Annotated], list[set[str]]]:
    store = Store(tmp_path_factory.mktemp("example") / "silang.db")
    analyze([str(EXAMPLE)], store, Settings())
    items = store.annotated()
    store.close()
    expected = json.loads((EXAMPLE / "expected.json").read_text(encoding="utf-8"))
    stories = []
    for story in expected["stories"]:
        ids = set()
        for key in story["keys"]:
            for annotated in items:
                if any(s == key or s.endswith("/" + key) for s in annotated.article.sources):
                    ids.add(annotated.article.id)
        stories.append(ids)
    return items, stories


def test_cluster_example_corpus_matches_expected_stories(
    corpus: tuple[list[Annotated], list[set[str]]],
) -> None:
    items, expected = corpus
    assert groups(cluster_stories(items, (), LEXICONS)) == {frozenset(s) for s in expected}


def test_cluster_example_flood_story_spans_its_week(
    corpus: tuple[list[Annotated], list[set[str]]],
) -> None:
    items, expected = corpus
    flood = next(
        s for s in cluster_stories(items, (), LEXICONS) if set(s.article_ids) == expected[0]
    )
    assert (flood.first, flood.last) == ("2024-03-13", "2024-03-20")
