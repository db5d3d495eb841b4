from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Any

import jsonschema

from silang.model import Annotated, Quantity, Span, Story, SubEvent
from silang.render import build_report, write_reports
from silang.render.report import load_schema

from records import make_article

_TEXTS = {
    "aaaaaaaaaaaaaaaa": "Sebanyak 2300 warga mengungsi akibat banjir di Lembah Sari.",
    "bbbbbbbbbbbbbbbb": "Sebanyak 9000 warga mengungsi akibat banjir di Lembah Sari.",
}


def _items() -> list[Annotated]:
    items = []
    for aid, text in _TEXTS.items():
        start = text.index("warga") - 5
        quantity = Quantity(
            start, start + 4, text[start : start + 4], float(text[start : start + 4]),
            counted="warga", counted_class="person",
        )  # fmt: skip
        items.append(
            Annotated(
                article=make_article(text, article_id=aid),
                sentences=(Span(0, len(text)),),
                quantities=(quantity,),
            )
        )
    return items


def _report() -> dict[str, object]:
    story = Story("s-1", "Banjir", tuple(_TEXTS))
    return build_report(_items(), [], links=[], stories=[story])


def test_render_brief_claims_follow_the_schema() -> None:
    report = _report()
    jsonschema.validate(report, load_schema(), cls=jsonschema.Draft202012Validator)
    claim = report["stories"][0]["claims"][0]  # type: ignore[index]
    assert claim["status"] == "disputed"
    assert claim["kind"] == "quantity"


def test_render_brief_figures_table_in_html_and_markdown(tmp_path: Path) -> None:
    paths = write_reports(_report(), tmp_path)
    html = paths["html"].read_text("utf-8")
    markdown = paths["markdown"].read_text("utf-8")
    assert 'class="status disputed"' in html and "9,000" in html
    assert "| evacuee (people) | disputed | 2 |" in markdown


_RISING = {
    "cccccccccccccccc": ("Ada 2300 warga mengungsi kata BPBD.", "2024-03-13"),
    "dddddddddddddddd": ("Kini 4100 warga mengungsi kata BPBD.", "2024-03-15"),
}


def _rising_report() -> dict[str, Any]:
    items = []
    for aid, (text, day) in _RISING.items():
        number = text.split()[1]
        start = text.index(number)
        quantity = Quantity(
            start, start + 4, number, float(number), counted="warga", counted_class="person",
            attributed_to="BPBD",
        )  # fmt: skip
        items.append(
            Annotated(
                article=make_article(text, article_id=aid, published=day),
                sentences=(Span(0, len(text)),),
                quantities=(quantity,),
            )
        )
    sub = SubEvent("Pengungsian", tuple(_RISING), "2024-03-13", "2024-03-15")
    story = Story("s-2", "Banjir", tuple(_RISING), sub_events=(sub,))
    return build_report(items, [], links=[], stories=[story])


def test_render_brief_sub_events_in_every_format(tmp_path: Path) -> None:
    report = _rising_report()
    jsonschema.validate(report, load_schema(), cls=jsonschema.Draft202012Validator)
    assert report["stories"][0]["sub_events"][0]["label"] == "Pengungsian"
    paths = write_reports(report, tmp_path)
    assert "- Pengungsian (2024-03-13 – 2024-03-15), 2 articles" in paths["markdown"].read_text(
        "utf-8"
    )
    html = paths["html"].read_text("utf-8")
    assert 'class="subevents"' in html and "<b>Pengungsian</b>" in html


def test_render_brief_change_over_time_is_not_shown_as_a_dispute(tmp_path: Path) -> None:
    report = _rising_report()
    claim = report["stories"][0]["claims"][0]
    assert claim["status"] == "agreed" and claim["changed_over_time"]
    assert {v["series"] for v in claim["values"]} == {"BPBD"}
    paths = write_reports(report, tmp_path)
    markdown = paths["markdown"].read_text("utf-8")
    assert "| changed over time | 2 | changed over time (per BPBD): 2,300" in markdown
    assert "disputed" not in markdown
    html = paths["html"].read_text("utf-8")
    assert 'class="status changed"' in html and 'class="run"' in html
    rows = list(csv.DictReader(io.StringIO(paths["csv"].read_text("utf-8-sig"))))
    assert {r["reading"] for r in rows} == {"change over time"}
    assert {r["series"] for r in rows} == {"BPBD"}


_AGREED = {
    "cccccccccccccccc": "Sebanyak 2300 warga mengungsi akibat banjir bandang di Lembah Sari.",
    "dddddddddddddddd": "Sebanyak 2300 warga mengungsi karena banjir bandang di Lembah Sari.",
    "eeeeeeeeeeeeeeee": "Jembatan sepanjang 1200 meter di Lembah Sari putus diterjang arus.",
}


def _statements_report() -> dict[str, Any]:
    items = []
    for aid, text in _AGREED.items():
        number = next(w for w in text.split() if w.isdigit())
        start = text.index(number)
        quantity = Quantity(start, start + len(number), number, float(number))
        items.append(
            Annotated(
                article=make_article(text, article_id=aid),
                sentences=(Span(0, len(text)),),
                quantities=(quantity,),
            )
        )
    story = Story("s-2", "Banjir", tuple(_AGREED))
    return build_report(items, [], links=[], stories=[story])


def test_render_brief_consensus_and_single_source_statements(tmp_path: Path) -> None:
    report = _statements_report()
    jsonschema.validate(report, load_schema(), cls=jsonschema.Draft202012Validator)
    story = report["stories"][0]
    assert [(s["origins"], s["article_ids"]) for s in story["consensus"]] == [
        (2, ["cccccccccccccccc", "dddddddddddddddd"])
    ]
    lone = story["single_source_statements"]
    assert [(s["text"], s["checkable"]) for s in lone] == [
        (_AGREED["eeeeeeeeeeeeeeee"], ["figure"])
    ]
    paths = write_reports(report, tmp_path)
    html = paths["html"].read_text("utf-8")
    markdown = paths["markdown"].read_text("utf-8")
    assert "Consensus facts" in html and "Single-source statements" in html
    assert "Jembatan sepanjang 1200 meter" in html
    assert f"- {_AGREED['cccccccccccccccc']} (2 origins; figure:" in markdown
    assert "Single-source statements (only one origin reports them):" in markdown
