"""Publication days of the example corpus (examples/banjir-lembah-sari) as expected.json gives
them: declared, read from a dateline or the text, from the URL, or from a linked article (the
Pacific Wire story's "March 14" has no year anywhere in its text; its translation has one)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from silang.model import Article
from silang.pipeline import analyze
from silang.settings import Settings
from silang.store import Store

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "banjir-lembah-sari"
EXPECTED = json.loads((EXAMPLE / "expected.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def articles(tmp_path_factory: pytest.TempPathFactory) -> list[Article]:
    with Store(tmp_path_factory.mktemp("dates") / "silang.db") as store:
        analyze([str(EXAMPLE)], store, Settings())
        return store.articles()


def _by_key(articles: list[Article], key: str) -> Article:
    (found,) = [a for a in articles if any(s == key or s.endswith("/" + key) for s in a.sources)]
    return found


@pytest.mark.parametrize("expected", EXPECTED["articles"], ids=lambda e: e["key"][-40:])
def test_pipeline_example_publication_day(
    articles: list[Article], expected: dict[str, object]
) -> None:
    article = _by_key(articles, str(expected["key"]))
    day = (article.published or "")[:10] or None
    assert (day, article.published_inferred) == (
        expected["published"],
        expected["published_inferred"],
    )
