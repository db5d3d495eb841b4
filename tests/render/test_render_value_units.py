"""A claim slot holds one measure whatever units its sources wrote it in: each value carries
its own unit in report.json (valid against the schema), and report.md, report.html and
figures.csv print it where it is not the slot's."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import jsonschema

from silang.model import Annotated, Quantity, Span, Story
from silang.render import build_report, write_reports
from silang.render.claims import own_unit
from silang.render.report import load_schema

from records import make_article

_TEXTS = {
    "aaaaaaaaaaaaaaaa": ("Pulau Qeshm berjarak 1.150 km dari Teheran.", "1.150 km", 1150.0, "km"),
    "bbbbbbbbbbbbbbbb": ("Pulau Qeshm berjarak 715 mil dari Teheran.", "715 mil", 715.0, "mile"),
}


def _report() -> dict[str, Any]:
    items = []
    for aid, (text, written, value, unit) in _TEXTS.items():
        start = text.index(written)
        quantity = Quantity(start, start + len(written), written, value, unit=unit)
        article = make_article(text, article_id=aid)
        items.append(
            Annotated(article=article, sentences=(Span(0, len(text)),), quantities=(quantity,))
        )
    report: dict[str, Any] = build_report(
        items, [], links=[], stories=[Story("s-1", "Qeshm", tuple(_TEXTS))]
    )
    return report


def _distance(report: dict[str, Any]) -> dict[str, Any]:
    claim: dict[str, Any] = next(
        c for c in report["stories"][0]["claims"] if c["kind"] == "quantity"
    )
    return claim


def test_render_value_units_one_slot_keeps_each_values_unit() -> None:
    report = _report()
    jsonschema.validate(report, load_schema(), cls=jsonschema.Draft202012Validator)
    claim = _distance(report)
    units = {v["value"]: v["unit"] for v in claim["values"]}
    assert units == {1150.0: "km", 715.0: "mile"}
    assert [own_unit(claim, v) for v in claim["values"] if v["unit"] != claim["unit"]] == [
        next(u for u in units.values() if u != claim["unit"])
    ]


def test_render_value_units_printed_where_they_differ(tmp_path: Path) -> None:
    report = _report()
    claim = _distance(report)
    other = next(v for v in claim["values"] if v["unit"] != claim["unit"])
    paths = write_reports(report, tmp_path)
    number = f"{other['value']:,.0f}"
    assert f"{number} (exact) {other['unit']}" in paths["markdown"].read_text("utf-8")
    assert f"{number} {other['unit']}</b>" in paths["html"].read_text("utf-8")
    rows = paths["csv"].read_text("utf-8-sig").splitlines()
    assert any(f",{other['unit']}," in r and f",{other['value']:g}," in r for r in rows)
