"""report.md: the report for reading in a terminal, a wiki or a pull request."""

from __future__ import annotations

from typing import Any


def _cell(value: object) -> str:
    text = "" if value is None else str(value)
    return text.replace("|", "\\|").replace("\n", " ")


def render_markdown(report: dict[str, Any]) -> str:
    articles = report["articles"]
    rejected = report["rejected"]
    lines = [
        "# silang report",
        "",
        f"Generated {report['created']} by silang {report['generator']['version']} "
        f"(`{report['schema']}`): {len(articles)} articles, {len(rejected)} rejected inputs.",
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
        lines.append(
            f"| {number} | {_cell(article['outlet'])} | {_cell(article['title'])} | "
            f"{_cell(article['published'])} | {article['language']} | "
            f"{len(article['removed'])} | {_cell(credits)} |"
        )
    for number, article in enumerate(articles, 1):
        lines += ["", f"### {number}. {article['title'] or '(untitled)'}", ""]
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
