from __future__ import annotations

from pathlib import Path

import jsonschema

from silang.model import Annotated, Quantity, Span, Story
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
    assert "| person:evacuee | disputed | 2 |" in markdown
