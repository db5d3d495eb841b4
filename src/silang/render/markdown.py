"""report.md: the report for reading in a terminal, a wiki or a pull request."""

from __future__ import annotations

from typing import Any

from silang.render.claims import (
    LONE_SHOWN,
    checkable_label,
    date_claims,
    figure_claims,
    others,
    own_unit,
    runs,
    status_label,
)
from silang.render.labels import outlet_label, subject_label, title_label


def _cell(value: object) -> str:
    text = "" if value is None else str(value)
    return text.replace("|", "\\|").replace("\n", " ")


def _figure(value: dict[str, Any]) -> str:
    number = f"{value['value']:,.12g}"
    if value["qualifier"] in ("vague", "range") and value["low"] is not None and value["high"]:
        number = f"{value['low']:,.12g}–{value['high']:,.12g}"
    return f"{number} ({value['qualifier']})"


def _value(claim: dict[str, Any], value: dict[str, Any], outlets: dict[str, str]) -> str:
    unit = own_unit(claim, value)
    return (
        _figure(value)
        + (f" {unit}" if unit else "")
        + (f" on {value['date']}" if value.get("date") else "")
        + (f" per {value['attributed_to']}" if value["attributed_to"] else "")
        + " ["
        + _backing(claim, value)
        + ", ".join(outlets.get(a, a) for a in value["article_ids"])
        + "]"
    )


def _backing(claim: dict[str, Any], value: dict[str, Any]) -> str:
    """How many independent origins give a value, where the claim has more than one: who
    backs each side of a dispute."""
    origins = value["origins"]
    if claim["origins"] <= 1:
        return ""
    return f"{origins} origin{'s' if origins != 1 else ''}: "


def _values(claim: dict[str, Any], outlets: dict[str, str]) -> str:
    """A run of one source's figures over time reads "changed over time (per X): a → b";
    the other values follow, separated by semicolons."""
    parts = [
        f"changed over time (per {label}): " + " → ".join(_value(claim, v, outlets) for v in values)
        for label, values in runs(claim)
    ]
    parts += [_value(claim, v, outlets) for v in others(claim)]
    return "; ".join(parts)


def _sub_events(story: dict[str, Any]) -> list[str]:
    lines = []
    for sub in story.get("sub_events", []):
        dates = " – ".join(dict.fromkeys(d for d in (sub.get("first"), sub.get("last")) if d))
        count = len(sub["article_ids"])
        lines.append(
            f"- {_cell(sub['label'])}"
            + (f" ({dates})" if dates else "")
            + f", {count} article{'s' if count != 1 else ''}"
        )
    return ["", "Sub-events:", "", *lines] if lines else []


def _statement(statement: dict[str, Any], outlets: dict[str, str]) -> str:
    backers = statement["origins"]
    parts = [f"{backers} origins" if backers > 1 else "one origin"]
    if statement.get("checkable"):
        parts.append(checkable_label(statement))
    cited = ", ".join(outlets.get(m["article_id"], m["article_id"]) for m in statement["mentions"])
    return f"- {_cell(statement['text'])} ({'; '.join(parts)}: {_cell(cited)})"


def _statements(story: dict[str, Any], outlets: dict[str, str]) -> list[str]:
    """Consensus facts, then single-source statements (the first few; the count of the rest)."""
    lines: list[str] = []
    consensus = story.get("consensus", [])
    if consensus:
        lines += ["", "Consensus facts (reported by two or more independent origins):", ""]
        lines += [_statement(s, outlets) for s in consensus]
    lone = story.get("single_source_statements", [])
    if lone:
        lines += ["", "Single-source statements (only one origin reports them):", ""]
        lines += [_statement(s, outlets) for s in lone[:LONE_SHOWN]]
        if len(lone) > LONE_SHOWN:
            lines.append(f"- … and {len(lone) - LONE_SHOWN} more in report.json")
    return lines


def _dates(story: dict[str, Any], outlets: dict[str, str]) -> list[str]:
    """The date slots: each event with the dates the articles give it and who gives each."""
    claims = date_claims(story)
    if not claims:
        return []
    lines = ["", "| event | status | origins | dates |", "|---|---|---|---|"]
    for claim in claims:
        dates = "; ".join(
            f"{v['date']}"
            + (f" per {v['attributed_to']}" if v["attributed_to"] else "")
            + " ["
            + ", ".join(outlets.get(a, a) for a in v["article_ids"])
            + "]"
            for v in claim["values"]
        )
        lines.append(
            f"| {_cell(claim['subject'])} | {claim['status']} | {claim.get('origins', '')} | "
            f"{_cell(dates)} |"
        )
    return lines


def _stories(stories: list[dict[str, Any]], outlets: dict[str, str]) -> list[str]:
    """Per story: summary, figures table with status, quote versions and the timeline."""
    lines: list[str] = []
    for story in stories:
        if "claims" not in story:
            continue
        lines += ["", f"## Story: {story['title']}", ""]
        lines.append(
            f"{len(story['article_ids'])} articles, "
            f"{story['independent_sources']} independent origins."
        )
        lines += _sub_events(story)
        if story["summary"]:
            lines += ["", "Summary:", ""]
            lines += [
                f"- {_cell(s['text'])} ({outlets.get(s['article_id'], s['article_id'])})"
                for s in story["summary"]
            ]
        lines += _statements(story, outlets)
        if figure_claims(story):
            lines += ["", "| what | status | origins | values |", "|---|---|---|---|"]
            for claim in figure_claims(story):
                lines.append(
                    f"| {_cell(subject_label(claim))} | {status_label(claim)} | "
                    f"{claim.get('origins', '')} | {_cell(_values(claim, outlets))} |"
                )
        lines += _dates(story, outlets)
        for quote in story["quotes"]:
            lines += ["", f"Quote of {quote['speaker'] or 'unknown speaker'}:", ""]
            for m in quote["mentions"]:
                flags = [
                    name
                    for name, key in (
                        ("numbers differ", "numbers_differ"),
                        ("negation differs", "negation_differs"),
                        ("other speaker", "other_speaker"),
                    )
                    if m.get(key)
                ]
                note = f" **{', '.join(flags)}**" if flags else ""
                lines.append(
                    f"- {outlets.get(m['article_id'], m['article_id'])}"
                    f" ({m.get('speaker') or '?'}): {_cell(m.get('text', ''))}{note}"
                )
        if story["timeline"]:
            lines += ["", "| day | what happened | articles |", "|---|---|---|"]
            lines += [
                f"| {t['date']} | {_cell(t['text'])} | {len(t['article_ids'])} |"
                for t in story["timeline"]
            ]
    return lines


def render_markdown(report: dict[str, Any]) -> str:
    """The stories first (what a reader opens the report for), then the articles in full."""
    articles = report["articles"]
    rejected = report["rejected"]
    outlets = {a["id"]: outlet_label(a) for a in articles}
    lines = [
        "# silang report",
        "",
        f"Generated {report['created']} by silang {report['generator']['version']} "
        f"(`{report['schema']}`): {len(articles)} articles, {len(rejected)} rejected inputs.",
    ]
    lines += _stories(report.get("stories", []), outlets)
    lines += [
        "",
        "## Articles",
        "",
        "| # | outlet | title | published | lang | removed | credits |",
        "|---|---|---|---|---|---|---|",
    ]
    for number, article in enumerate(articles, 1):
        credits = ", ".join(
            sorted({c["outlet"] or c["person"] or c["text"] for c in article["credits"]})
        )
        title = article["title"] or f"*{title_label(article)}*"
        lines.append(
            f"| {number} | {_cell(outlets[article['id']])} | {_cell(title)} | "
            f"{_cell(article['published'])} | {article['language']} | "
            f"{len(article['removed'])} | {_cell(credits)} |"
        )
    for number, article in enumerate(articles, 1):
        lines += ["", f"### {number}. {article['title'] or title_label(article)}", ""]
        meta = [
            f"id `{article['id']}`",
            f"outlet {article['outlet'] or '?'}",
            f"published {article['published'] or '?'}",
            f"language {article['language']}",
        ]
        lines.append(" · ".join(meta))
        lines += ["", "Sources: " + ", ".join(f"`{s}`" for s in article["sources"]), ""]
        lines += [f"> {p}" if p else ">" for p in article["text"].split("\n")]
        if article["removed"]:
            lines += ["", "Removed:", ""]
            lines += [f"- *{r['kind']}*: {_cell(r['text'])[:200]}" for r in article["removed"]]
    lines += ["", "## Rejected inputs", ""]
    if rejected:
        lines += ["| source | stage | reason |", "|---|---|---|"]
        lines += [
            f"| `{_cell(r['source'])}` | {r.get('stage', '')} | {_cell(r['reason'])} |"
            for r in rejected
        ]
    else:
        lines.append("None: every input was processed.")
    return "\n".join(lines) + "\n"
