from __future__ import annotations

import csv
import io
from typing import Any

from silang.render.csv_figures import COLUMNS, render_figures_csv


def _report() -> dict[str, Any]:
    value = {
        "value": 2300.0,
        "low": None,
        "high": None,
        "qualifier": "exact",
        "article_ids": ["a1", "a2"],
        "attributed_to": "BPBD Lembah Sari",
        "date": "2024-03-13",
        "origins": 1,
        "mentions": [{"article_id": "a1", "start": 0, "end": 11, "text": "2.300 warga"}],
    }
    vague = {**value, "value": 20000.0, "low": 20000.0, "high": 99999.0, "qualifier": "vague"}
    claim = {
        "kind": "quantity",
        "subject": "person:evacuee",
        "unit": None,
        "status": "disputed",
        "origins": 2,
        "changed_over_time": False,
        "values": [value, {**vague, "article_ids": ["a3"], "attributed_to": None}],
    }
    story = {"id": "s-a1", "title": 'Banjir, "2.300" mengungsi', "claims": [claim]}
    articles = [{"id": "a1", "outlet": "NNA"}, {"id": "a2", "outlet": "Warta Sari"}, {"id": "a3"}]
    return {"articles": articles, "stories": [story]}


def test_render_csv_has_one_row_per_value_with_its_outlets() -> None:
    rows = list(csv.DictReader(io.StringIO(render_figures_csv(_report()))))
    assert [r["value"] for r in rows] == ["2300", "20000"]
    assert rows[0]["outlets"] == "NNA; Warta Sari"
    assert rows[0]["quoted_text"] == "2.300 warga"
    assert (rows[1]["low"], rows[1]["high"], rows[1]["qualifier"]) == ("20000", "99999", "vague")
    assert rows[1]["outlets"] == ""
    assert [r["value_origins"] for r in rows] == ["1", "1"]


def test_render_csv_quotes_titles_with_commas_and_quote_marks() -> None:
    text = render_figures_csv(_report())
    header, first = next(csv.reader(io.StringIO(text))), list(csv.reader(io.StringIO(text)))[1]
    assert tuple(header) == COLUMNS
    assert first[1] == 'Banjir, "2.300" mengungsi'


def test_render_csv_without_stories_is_just_the_header() -> None:
    assert render_figures_csv({"articles": []}).strip() == ",".join(COLUMNS)
