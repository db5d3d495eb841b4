"""figures.csv: the figures table of every story, one row per value, for spreadsheets; the date
slots follow their story's figures, with the ISO date as the value."""

from __future__ import annotations

import csv
import io
from typing import Any

from silang.render.claims import in_run, own_unit

COLUMNS = (
    "story_id",
    "story_title",
    "subject",
    "unit",
    "status",
    "origins",
    "value_origins",
    "changed_over_time",
    "reading",
    "series",
    "value",
    "low",
    "high",
    "qualifier",
    "date",
    "attributed_to",
    "outlets",
    "article_ids",
    "quoted_text",
    "kind",
)


def _reading(claim: dict[str, Any], value: dict[str, Any]) -> str:
    """What one value is in its slot: a step of a change over time, or what the slot is."""
    return "change over time" if in_run(claim, value) else str(claim["status"])


def _number(value: float | str | None) -> str:
    """A figure as written in the report ("2300", "5.4e+09"); a date slot's ISO date as is."""
    if value is None:
        return ""
    return value if isinstance(value, str) else f"{value:g}"


def render_figures_csv(report: dict[str, Any]) -> str:
    """Rows of (story, claim, value), with the outlets and articles that give each value."""
    outlets = {a["id"]: a.get("outlet") or "" for a in report["articles"]}
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(COLUMNS)
    for story in report.get("stories", []):
        for claim in story.get("claims", []):
            for value in claim["values"]:
                ids = value["article_ids"]
                writer.writerow(
                    (
                        story["id"],
                        story["title"],
                        claim["subject"],
                        own_unit(claim, value) or claim.get("unit") or "",
                        claim["status"],
                        claim.get("origins", ""),
                        value["origins"],
                        claim.get("changed_over_time", ""),
                        _reading(claim, value),
                        value.get("series") or "",
                        _number(value["value"]),
                        _number(value.get("low")),
                        _number(value.get("high")),
                        value.get("qualifier") or "",
                        value.get("date") or "",
                        value.get("attributed_to") or "",
                        "; ".join(sorted({outlets.get(i, "") for i in ids} - {""})),
                        " ".join(ids),
                        " | ".join(sorted({m["text"] for m in value.get("mentions", [])})),
                        claim.get("kind", "quantity"),
                    )
                )
    return buffer.getvalue()
