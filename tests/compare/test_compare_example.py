from __future__ import annotations

from pathlib import Path
from typing import Any

import jsonschema
import pytest

from silang.pipeline import analyze
from silang.render.report import load_schema, store_report
from silang.settings import Settings
from silang.store import Store

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "banjir-lembah-sari"


@pytest.fixture(scope="module")
def report() -> dict[str, Any]:
    store = Store(":memory:")
    analyze([str(EXAMPLE)], store, Settings())
    return store_report(store)


def _flood(report: dict[str, Any]) -> dict[str, Any]:
    story: dict[str, Any] = max(report["stories"], key=lambda s: len(s["article_ids"]))
    return story


def test_compare_example_report_follows_the_schema(report: dict[str, Any]) -> None:
    jsonschema.validate(report, load_schema(), cls=jsonschema.Draft202012Validator)


def test_compare_example_evacuee_figures_are_disputed(report: dict[str, Any]) -> None:
    claims = _flood(report)["claims"]
    assert isinstance(claims, list)
    slot = next(c for c in claims if 23000 in {v["value"] for v in c["values"]})
    assert slot["status"] == "disputed"
    assert {2300, 23000} <= {v["value"] for v in slot["values"]}


def test_compare_example_evacuation_quote_is_one_group(report: dict[str, Any]) -> None:
    quotes = _flood(report)["quotes"]
    assert isinstance(quotes, list)
    group = next(q for q in quotes if "2.300 warga ke tempat yang aman" in q["text"])
    assert group["speaker"] is not None and "Hendra Wiratama" in group["speaker"]
    assert len(group["mentions"]) >= 3
    assert any(m["other_speaker"] for m in group["mentions"])
