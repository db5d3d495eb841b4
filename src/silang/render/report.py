"""The report: the store's contents in the shape of the report contract (DESIGN.md).

The dict built here is the one thing every renderer reads, so JSON, Markdown and HTML can
never disagree. Sections of stages that do not exist yet are absent, not faked.
"""

from __future__ import annotations

import json
from dataclasses import asdict, is_dataclass
from datetime import UTC, datetime
from importlib import resources
from pathlib import Path
from typing import Any

from silang import __version__
from silang.compare import cross_check
from silang.compare.dates import load_event_words
from silang.compare.glossary import load_glossary
from silang.compare.timeline import period
from silang.link import origins
from silang.model import (
    Annotated,
    DateSlot,
    Link,
    Mention,
    Rejection,
    RunSummary,
    Statement,
    Story,
    StoryBrief,
)
from silang.render.csv_figures import render_figures_csv
from silang.render.html import render_html
from silang.render.markdown import render_markdown
from silang.store import Store

SCHEMA_ID = "silang.report/1"


def load_schema() -> dict[str, Any]:
    """The JSON Schema of report.json, shipped with the package."""
    text = resources.files("silang.render").joinpath("report.schema.json").read_text("utf-8")
    schema: dict[str, Any] = json.loads(text)
    return schema


def build_report(
    annotated: list[Annotated],
    rejected: list[Rejection],
    run: RunSummary | None = None,
    links: list[Link] | None = None,
    stories: list[Story] | None = None,
) -> dict[str, Any]:
    """The report; ``links`` None means the link stage has not run (the section is absent)."""
    origin = origins([item.article.id for item in annotated], links) if links is not None else {}
    report: dict[str, Any] = {
        "schema": SCHEMA_ID,
        "generator": {"name": "silang", "version": __version__},
        "created": datetime.now(UTC).isoformat(timespec="seconds"),
        "run": _run(run) if run is not None else None,
        "articles": [_article(item, origin.get(item.article.id)) for item in annotated],
    }
    if links is not None:
        report["links"] = [_plain(link) for link in links]
    if stories:
        # Biggest stories first: a reader opens the report for the story most outlets carry.
        ordered = sorted(stories, key=lambda story: (-len(story.article_ids), story.id))
        glossary = load_glossary()
        events = load_event_words(glossary)
        report["stories"] = [
            _story(story, origin, cross_check(story, annotated, origin, glossary, events))
            for story in ordered
        ]
    report["rejected"] = [
        {"source": r.source, "reason": r.reason, "stage": r.stage} for r in rejected
    ]
    return report


def _plain(record: Any) -> Any:
    """A record as JSON-native values (tuples become lists), as report.json will hold it."""
    value = asdict(record) if is_dataclass(record) and not isinstance(record, type) else record
    if isinstance(value, dict):
        return {key: _plain(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(item) for item in value]
    return value


def store_report(store: Store, run: RunSummary | None = None) -> dict[str, Any]:
    """The report of everything in a store."""
    return build_report(store.annotated(), store.rejections(), run, store.links(), store.stories())


def _story(story: Story, origin: dict[str, str], brief: StoryBrief | None = None) -> dict[str, Any]:
    """A story with its count of independent origins (copies of one original count once) and,
    given its brief, the cross-checked claims, quotes, timeline and summary."""
    origins_in_story = {origin.get(aid, aid) for aid in story.article_ids}
    entry: dict[str, Any] = {
        "id": story.id,
        "title": story.title,
        "article_ids": list(story.article_ids),
        "independent_sources": len(origins_in_story),
        "first": story.first,
        "last": story.last,
        "sub_events": [
            {
                "label": sub.label,
                "article_ids": list(sub.article_ids),
                "first": sub.first,
                "last": sub.last,
            }
            for sub in story.sub_events
        ],
    }
    if brief is not None:
        entry.update(_brief(brief))
    return entry


def _mention(mention: Mention) -> dict[str, Any]:
    return {
        "article_id": mention.article_id,
        "start": mention.start,
        "end": mention.end,
        "text": mention.text,
    }


def _brief(brief: StoryBrief) -> dict[str, Any]:
    return {
        "summary": [
            {
                "article_id": s.article_id,
                "start": s.start,
                "end": s.end,
                "text": s.text,
                "origins": s.origins,
            }
            for s in brief.summary
        ],
        "claims": [
            {
                "kind": "quantity",
                "subject": slot.subject,
                "unit": slot.unit,
                "status": slot.status,
                "origins": slot.origins,
                "changed_over_time": slot.changed_over_time,
                "values": [
                    {
                        "value": v.value,
                        "low": v.low,
                        "high": v.high,
                        "qualifier": v.qualifier,
                        "article_ids": list(v.article_ids),
                        "attributed_to": v.attributed_to,
                        "date": v.date,
                        "series": v.series,
                        "unit": v.unit,
                        "origins": v.origins,
                        "mentions": [_mention(m) for m in v.mentions],
                    }
                    for v in slot.values
                ],
            }
            for slot in brief.claims
        ]
        + [_date_claim(slot) for slot in brief.dates],
        "quotes": [
            {
                "speaker": group.speaker,
                "text": group.text,
                "mentions": [
                    {
                        "article_id": v.article_id,
                        "start": v.start,
                        "end": v.end,
                        "text": v.text,
                        "speaker": v.speaker,
                        "numbers_differ": v.numbers_differ,
                        "negation_differs": v.negation_differs,
                        "other_speaker": v.other_speaker,
                    }
                    for v in group.versions
                ],
            }
            for group in brief.quotes
        ],
        "timeline": [
            {"date": t.date, "text": t.text, "article_ids": list(t.article_ids)}
            for t in brief.timeline
        ],
        "consensus": [_statement(s) for s in brief.consensus],
        "single_source_statements": [_statement(s) for s in brief.lone_statements],
    }


def _date_claim(slot: DateSlot) -> dict[str, Any]:
    """A date slot as a claim of kind "date": each value's ``value`` and ``date`` are its ISO
    date; a period, month or year is a "range" from ``low`` to ``high`` (ISO strings; a month
    or year runs from itself to itself)."""
    values = []
    for v in slot.values:
        first, last = period(v.date)
        exact = first == last
        values.append(
            {
                "value": v.date,
                "low": None if exact else first,
                "high": None if exact else last.rstrip("~"),
                "qualifier": "exact" if exact else "range",
                "article_ids": list(v.article_ids),
                "attributed_to": v.attributed_to,
                "date": v.date,
                "series": None,
                "origins": v.origins,
                "mentions": [_mention(m) for m in v.mentions],
            }
        )
    return {
        "kind": "date",
        "subject": slot.event,
        "unit": None,
        "status": slot.status,
        "origins": slot.origins,
        "changed_over_time": False,
        "values": values,
    }


def _statement(statement: Statement) -> dict[str, Any]:
    return {
        "text": statement.text,
        "origins": statement.origins,
        "checkable": list(statement.checkable),
        "article_ids": [m.article_id for m in statement.mentions],
        "mentions": [_mention(m) for m in statement.mentions],
    }


def _run(run: RunSummary) -> dict[str, Any]:
    return {
        "id": run.run_id,
        "documents_seen": run.documents_seen,
        "documents_skipped": run.documents_skipped,
        "articles_added": run.articles_added,
        "articles_merged": run.articles_merged,
        "rejected": len(run.rejected),
    }


def _article(item: Annotated, origin: str | None) -> dict[str, Any]:
    article = item.article
    entry: dict[str, Any] = {
        "id": article.id,
        "source": article.sources[0],
        "sources": list(article.sources),
        "url": article.url,
        "outlet": article.outlet,
        "city": article.city,
        "title": article.title,
        "author": article.author,
        "published": article.published,
        "published_inferred": article.published_inferred,
        "language": article.language,
        "text": article.text,
        "raw_text": article.raw_text,
        "dateline": asdict(article.dateline) if article.dateline else None,
        "removed": [asdict(r) for r in article.removed],
        "credits": [asdict(c) for c in article.credits],
        "sentences": [{"start": s.start, "end": s.end} for s in item.sentences],
        "quantities": [asdict(q) for q in item.quantities],
        "times": [asdict(t) for t in item.times],
        "entities": [asdict(e) for e in item.entities],
        "quotes": [asdict(q) for q in item.quotes],
    }
    if origin is not None:
        entry["origin"] = origin
    return entry


def write_reports(report: dict[str, Any], out_dir: Path) -> dict[str, Path]:
    """Write report.json, report.md, report.html and figures.csv into ``out_dir``; return their
    paths."""
    out_dir.mkdir(parents=True, exist_ok=True)
    paths = {
        "json": out_dir / "report.json",
        "markdown": out_dir / "report.md",
        "html": out_dir / "report.html",
        "csv": out_dir / "figures.csv",
    }
    paths["json"].write_text(
        json.dumps(report, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
    )
    paths["markdown"].write_text(render_markdown(report), encoding="utf-8")
    paths["html"].write_text(render_html(report), encoding="utf-8")
    # utf-8-sig: spreadsheet programs read a BOM-less CSV as the legacy code page.
    paths["csv"].write_text(render_figures_csv(report), encoding="utf-8-sig")
    return paths
