from __future__ import annotations

import json
import re
from pathlib import Path

import jsonschema
from hypothesis import given, settings
from hypothesis import strategies as st

from silang.model import Annotated, Link, Quantity, Rejection, RunSummary
from silang.render import SCHEMA_ID, build_report, write_reports
from silang.render.html import raw_segments
from silang.render.report import load_schema

from records import make_annotated, make_article


def _report() -> dict[str, object]:
    rejection = Rejection("broken.html", "no article text after cleaning", stage="extract")
    run = RunSummary("r1", 2, 0, 1, 0, (rejection,))
    return build_report([make_annotated()], [rejection], run)


def test_render_report_follows_the_json_schema() -> None:
    report = _report()
    jsonschema.Draft202012Validator.check_schema(load_schema())
    jsonschema.validate(report, load_schema(), cls=jsonschema.Draft202012Validator)
    assert report["schema"] == SCHEMA_ID


def test_render_report_schema_catches_a_missing_field() -> None:
    report = _report()
    article = report["articles"][0]  # type: ignore[index]
    del article["text"]
    errors = list(jsonschema.Draft202012Validator(load_schema()).iter_errors(report))
    assert any("'text' is a required property" in e.message for e in errors)


def test_render_report_writes_three_files(tmp_path: Path) -> None:
    paths = write_reports(_report(), tmp_path / "out")
    assert {p.name for p in paths.values()} == {
        "report.json",
        "report.md",
        "report.html",
        "figures.csv",
    }
    loaded = json.loads(paths["json"].read_text("utf-8"))
    assert loaded["articles"][0]["outlet"] == "KABARNUSA.com"


def test_render_html_is_self_contained(tmp_path: Path) -> None:
    html = write_reports(_report(), tmp_path)["html"].read_text("utf-8")
    assert not re.search(r"<(script|link|img|iframe)[^>]+(src|href)=", html)
    assert "@import" not in html
    assert "url(" not in html


def test_render_html_escapes_article_text(tmp_path: Path) -> None:
    article = make_article("Teks <script>alert(1)</script> berbahaya di sini.")
    report = build_report([make_annotated(article)], [])
    html = write_reports(report, tmp_path)["html"].read_text("utf-8")
    assert "<script>alert(1)</script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html


def test_render_html_shows_removals_in_place_and_rejections(tmp_path: Path) -> None:
    html = write_reports(_report(), tmp_path)["html"].read_text("utf-8")
    assert '<del data-kind="dateline"' in html
    assert "broken.html" in html
    assert "no article text after cleaning" in html


def test_render_markdown_lists_articles_and_rejections(tmp_path: Path) -> None:
    markdown = write_reports(_report(), tmp_path)["markdown"].read_text("utf-8")
    assert "| 1 | KABARNUSA.com | Banjir di Lembah Sari |" in markdown
    assert "| `broken.html` | extract | no article text after cleaning |" in markdown


@settings(max_examples=50, deadline=None)
@given(
    raw=st.text(max_size=80),
    cuts=st.lists(st.tuples(st.integers(0, 80), st.integers(0, 80)), max_size=5),
)
def test_render_raw_segments_rebuild_the_raw_text(raw: str, cuts: list[tuple[int, int]]) -> None:
    removed = [
        {"kind": "tags", "start": min(a, b), "end": max(a, b)}
        for a, b in cuts
        if max(a, b) <= len(raw)
    ]
    segments = raw_segments(raw, removed)
    assert "".join(s.text for s in segments) == raw


def test_render_html_highlights_annotations_and_lists_links(tmp_path: Path) -> None:
    annotated = make_annotated()
    figure = Quantity(28, 35, "Ribuan", 1000.0, 1000.0, 9999.0, "vague", counted="warga")
    item = Annotated(article=annotated.article, sentences=annotated.sentences, quantities=(figure,))
    other = make_article("Teks lain yang cukup panjang.", article_id="00000000000000ff")
    link = Link(annotated.article.id, other.id, "copy", 0.97, original=annotated.article.id)
    report = build_report([item, make_annotated(other)], [], links=[link])
    jsonschema.validate(report, load_schema(), cls=jsonschema.Draft202012Validator)
    html = write_reports(report, tmp_path)["html"].read_text("utf-8")
    assert '<span class="quantity" title="1000–9999 vague warga"' in html
    assert '<td class="rel">copy</td>' in html
    assert report["articles"][1]["origin"] == annotated.article.id
