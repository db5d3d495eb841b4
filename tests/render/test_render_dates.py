"""Date slots in the report: claims of kind "date" in report.json (valid against the schema),
their own table in report.md and report.html, rows of figures.csv."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from silang.model import Annotated, Span, Story, TimeExpression
from silang.render import build_report, write_reports
from silang.render.report import load_schema

from records import make_article

_TEXTS = {
    "aaaaaaaaaaaaaaaa": ("Gempa terjadi Minggu (10/3) dini hari.", "Minggu (10/3)", "2024-03-10"),
    "bbbbbbbbbbbbbbbb": ("Gempa itu mengguncang pada Senin (11/3).", "Senin (11/3)", "2024-03-11"),
}


def _items() -> list[Annotated]:
    items = []
    for aid, (text, phrase, day) in _TEXTS.items():
        start = text.index(phrase)
        time = TimeExpression(start, start + len(phrase), phrase, "day", day)
        items.append(
            Annotated(
                article=make_article(text, article_id=aid),
                sentences=(Span(0, len(text)),),
                times=(time,),
            )
        )
    return items


@pytest.fixture(scope="module")
def report() -> dict[str, Any]:
    story = Story("s-1", "Gempa", tuple(_TEXTS))
    return build_report(_items(), [], links=[], stories=[story])


def _date_claim(report: dict[str, Any]) -> dict[str, Any]:
    claim: dict[str, Any] = next(c for c in report["stories"][0]["claims"] if c["kind"] == "date")
    return claim


def test_render_dates_claim_follows_the_schema(report: dict[str, Any]) -> None:
    jsonschema.validate(report, load_schema(), cls=jsonschema.Draft202012Validator)
    claim = _date_claim(report)
    assert (claim["subject"], claim["status"], claim["origins"]) == ("earthquake", "disputed", 2)
    first = claim["values"][0]
    assert (first["value"], first["date"], first["article_ids"]) == (
        "2024-03-10",
        "2024-03-10",
        ["aaaaaaaaaaaaaaaa"],
    )
    mention = first["mentions"][0]
    text = report["articles"][0]["text"]
    assert text[mention["start"] : mention["end"]] == "Minggu (10/3)"


def test_render_dates_schema_rejects_a_date_claim_without_an_iso_date(
    report: dict[str, Any],
) -> None:
    broken = copy.deepcopy(report)
    _date_claim(broken)["values"][0]["value"] = "Minggu"
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(broken, load_schema(), cls=jsonschema.Draft202012Validator)


def test_render_dates_table_in_markdown_html_and_csv(
    report: dict[str, Any], tmp_path: Path
) -> None:
    paths = write_reports(report, tmp_path)
    markdown = paths["markdown"].read_text("utf-8")
    html = paths["html"].read_text("utf-8")
    rows = paths["csv"].read_text("utf-8-sig")
    assert "| earthquake | disputed | 2 | 2024-03-10 [KABARNUSA.com]; 2024-03-11" in markdown
    assert "Dates of events" in html
    # Each date links to its highlighted span in the article.
    assert 'href="#time-aaaaaaaaaaaaaaaa-14-27"' in html
    assert 'id="time-aaaaaaaaaaaaaaaa-14-27"' in html
    assert "earthquake,,disputed,2,1,False,disputed,,2024-03-10" in rows
    assert "| what | status |" not in markdown  # no figures: no figures table
