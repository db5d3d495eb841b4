"""report.html: one self-contained page (inline CSS, no scripts from elsewhere, no fonts)."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import Any

from jinja2 import Environment, PackageLoader, select_autoescape

from silang.render.claims import (
    LONE_SHOWN,
    date_claims,
    figure_claims,
    others,
    own_unit,
    runs,
    split_figures,
)
from silang.render.labels import (
    article_label,
    context,
    language_name,
    outlet_label,
    subject_label,
    title_label,
    when,
)
from silang.render.marks import Mark, nested
from silang.render.provenance import links_by_article, links_within, provenance_svg, shared_quotes
from silang.render.wording import marked_words


@dataclass(frozen=True)
class Segment:
    """A stretch of raw text, with the removal kind that took it out (None = kept)."""

    text: str
    kind: str | None


def raw_segments(raw_text: str, removed: list[dict[str, Any]]) -> list[Segment]:
    """Cut the raw text at the removals so the page can show each in place.

    Removals come sorted from cleaning and do not overlap; any that would (a bad record) is
    skipped here rather than shown twice.
    """
    segments: list[Segment] = []
    cursor = 0
    for removal in sorted(removed, key=lambda r: (r.get("start", 0), r.get("end", 0))):
        start, end = removal.get("start"), removal.get("end")
        if start is None or end is None or start < cursor or end > len(raw_text):
            continue
        if start > cursor:
            segments.append(Segment(raw_text[cursor:start], None))
        segments.append(Segment(raw_text[start:end], str(removal["kind"])))
        cursor = end
    if cursor < len(raw_text):
        segments.append(Segment(raw_text[cursor:], None))
    return segments


#: Articles of a story named in the story list before the rest fold away: a story of forty
#: articles would otherwise fill the screen with titles before the next story.
STORY_ARTICLES_SHOWN = 3


def span_of(first: str | None, last: str | None) -> str:
    """A date span for a reader ("13–20 Mar 2024"), or one day when both ends are the same."""
    if not first:
        return when(last)
    if not last or last[:10] == first[:10]:
        return when(first[:10])
    return when(f"{first[:10]}/{last[:10]}")


def day(value: str | None) -> str:
    """The date part of an ISO date or datetime, for tables ("2024-03-14T04:05:00+00:00" →
    "2024-03-14"); the full value stays in the JSON."""
    return value[:10] if value else ""


def paragraphs(text: str) -> list[str]:
    return [p for p in text.split("\n\n") if p.strip()]


def _environment() -> Environment:
    env = Environment(
        loader=PackageLoader("silang.render", "templates"),
        autoescape=select_autoescape(["html", "j2"]),
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.globals["raw_segments"] = raw_segments
    env.filters["day"] = day
    env.globals["paragraphs"] = paragraphs
    env.globals["marked_text"] = lambda article, extra=(): nested(
        article["text"], [*article_marks(article), *extra]
    )
    env.globals["figure"] = figure
    env.globals["span_anchor"] = span_anchor
    env.globals["provenance_svg"] = provenance_svg
    env.globals["claim_runs"] = runs
    env.globals["claim_others"] = others
    env.globals["figure_claims"] = figure_claims
    env.globals["date_claims"] = date_claims
    env.globals["own_unit"] = own_unit
    env.globals["lone_shown"] = LONE_SHOWN
    env.globals["one_per_article"] = one_per_article
    env.globals["marked_words"] = marked_words
    env.globals["split_figures"] = split_figures
    env.globals["subject_label"] = subject_label
    env.globals["shared_quotes"] = shared_quotes
    env.globals["quote_cards"] = quote_cards
    env.globals["passage_anchor"] = passage_anchor
    env.globals["span_of"] = span_of
    env.globals["title_label"] = title_label
    env.globals["language_name"] = language_name
    env.globals["story_articles_shown"] = STORY_ARTICLES_SHOWN
    env.filters["when"] = when
    env.filters["qualifier"] = qualifier_word
    return env


#: How a value's qualifier reads beside it; "exact" says nothing a reader needs, and "more
#: than" / "at least" are already in the figure ("> 3,000").
_QUALIFIER_WORDS = {"approximately": "about", "vague": "vague figure", "range": "range"}


def qualifier_word(qualifier: str | None) -> str:
    return _QUALIFIER_WORDS.get(qualifier or "", "")


@dataclass(frozen=True)
class QuoteCard:
    """One wording of a quote and every article that gives it in those words (with the same
    flags): identical copies of a quote are one card, so the wordings that differ stand out."""

    text: str
    mentions: tuple[dict[str, Any], ...]
    speakers: tuple[str, ...]
    flags: tuple[str, ...]
    main: bool


_FLAGS = (
    ("numbers_differ", "numbers differ"),
    ("negation_differs", "negation differs"),
    ("other_speaker", "other speaker"),
)


def _wording(text: str) -> str:
    """A quote's words for telling identical versions apart: case, spacing and the marks
    around it do not make another version."""
    return " ".join(text.lower().split()).strip(" \"'“”‘’,.")


def quote_cards(group: dict[str, Any]) -> list[QuoteCard]:
    """A quote group's versions, identical wordings merged, in the order first seen."""
    cards: dict[tuple[str, tuple[str, ...]], list[dict[str, Any]]] = {}
    for mention in group["mentions"]:
        flags = tuple(label for key, label in _FLAGS if mention.get(key))
        cards.setdefault((_wording(mention.get("text", "")), flags), []).append(mention)
    main = _wording(group.get("text") or "")
    counts = sorted((len(mentions) for mentions in cards.values()), reverse=True)
    # The main wording is named only where more articles give it than any other: with one
    # article a wording (two languages, say) no wording is the common one.
    clear = len(counts) > 1 and counts[0] > counts[1]
    return [
        QuoteCard(
            text=mentions[0].get("text", ""),
            mentions=tuple(mentions),
            speakers=tuple(dict.fromkeys(m["speaker"] for m in mentions if m.get("speaker"))),
            flags=flags,
            main=clear and wording == main and len(mentions) == counts[0],
        )
        for (wording, flags), mentions in cards.items()
    ]


def figure(value: dict[str, Any]) -> str:
    """A claim value for a table: "2,300", "20,000–99,999", "> 3,000"."""
    low, high, number = value.get("low"), value.get("high"), value["value"]
    if value.get("qualifier") in ("more-than", "at-least") and high is None:
        return f"≥ {number:,.0f}" if value["qualifier"] == "at-least" else f"> {number:,.0f}"
    if value.get("qualifier") in ("vague", "range") and low is not None and high is not None:
        return f"{low:,.0f}–{high:,.0f}"
    return f"{number:,.6g}" if number != int(number) else f"{number:,.0f}"


def one_per_article(mentions: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The first mention of each article: a figure said twice in one article is one source."""
    seen: set[str] = set()
    out = []
    for mention in mentions:
        if mention["article_id"] not in seen:
            seen.add(mention["article_id"])
            out.append(mention)
    return out


def _quantity_label(q: dict[str, Any]) -> str:
    value = f"{q['value']:g}"
    if q.get("low") is not None and q.get("high") is not None and q["low"] != q["high"]:
        value = f"{q['low']:g}–{q['high']:g}"
    parts = [value, q.get("qualifier") or "", q.get("unit") or "", q.get("counted") or ""]
    label = " ".join(p for p in parts if p)
    if q.get("attributed_to"):
        label += f" · per {q['attributed_to']}"
    return label


def _time_label(t: dict[str, Any]) -> str:
    when = t.get("date") or t.get("interval") or "unresolved"
    return f"{when} ({t['granularity']}{', relative' if t.get('relative') else ''})"


def _quote_label(q: dict[str, Any]) -> str:
    kind = "direct" if q["direct"] else "indirect"
    label = f"{kind} quote · {q.get('speaker') or 'speaker unknown'}"
    if q.get("channel"):
        label += f" · via {q['channel']}"
    if q.get("problem"):
        label += f" · {q['problem']}"
    return label


def span_anchor(kind: str, article_id: str, span: dict[str, Any]) -> str:
    """The HTML id of an annotation's highlighted span, from its offsets: the brief links each
    figure and quote version to the very place in its article it was read from."""
    return f"{kind}-{article_id}-{span['start']}-{span['end']}"


#: The tooltip of a passage that tells a quotation without quote marks (compare/quotes_retold).
RETOLD_LABEL = "quotation told without quote marks"


def retold_passages(report: dict[str, Any]) -> dict[str, list[dict[str, int]]]:
    """Per article, the spans of quote versions that are no quotation of its own: passages
    telling another article's quotation without marks. The brief links to them as to any
    version, so the article view must mark them too."""
    quoted = {
        (a["id"], q["start"], q["end"]) for a in report["articles"] for q in a.get("quotes", [])
    }
    found: dict[str, list[dict[str, int]]] = {}
    for story in report.get("stories", []):
        for group in story.get("quotes", []):
            for m in group["mentions"]:
                if (m["article_id"], m["start"], m["end"]) not in quoted:
                    span = {"start": m["start"], "end": m["end"]}
                    found.setdefault(m["article_id"], []).append(span)
    return found


def passage_anchor(mention: dict[str, Any]) -> str:
    """Where a cited passage links: its outlined span, or its article when it has no offsets."""
    if mention.get("start") is None or mention.get("end") is None:
        return f"a-{mention['article_id']}"
    return span_anchor("sentence", mention["article_id"], mention)


def cited_passages(report: dict[str, Any]) -> dict[str, list[Mark]]:
    """Per article, marks for the passages a story cites: its summary lines and the mentions
    of its consensus and single-source statements, each with an anchor of its own, so that
    a statement links to the very sentence it was read from (outlined when followed)."""
    found: dict[str, list[Mark]] = {}
    for story in report.get("stories", []):
        cited = [*story.get("summary", [])]
        for statement in [*story.get("consensus", []), *story.get("single_source_statements", [])]:
            cited += statement.get("mentions", [])
        for m in cited:
            anchor = passage_anchor(m)
            if anchor.startswith("sentence-"):
                mark = Mark(m["start"], m["end"], "cited", "", anchor)
                found.setdefault(m["article_id"], []).append(mark)
    return found


def article_marks(article: dict[str, Any]) -> list[Mark]:
    """The annotations of one report article as marks, with the tooltip each shows (the
    passages stories link to beyond them are _extra_marks)."""
    aid = article["id"]
    marks = [
        Mark(q["start"], q["end"], "quote", _quote_label(q), span_anchor("quote", aid, q))
        for q in article.get("quotes", [])
    ]
    marks += [
        Mark(e["start"], e["end"], f"entity-{e['kind']}", f"{e['kind']}: {e['name']}")
        for e in article.get("entities", [])
    ]
    marks += [
        Mark(t["start"], t["end"], "time", _time_label(t), span_anchor("time", aid, t))
        for t in article.get("times", [])
    ]
    marks += [
        Mark(q["start"], q["end"], "quantity", _quantity_label(q), span_anchor("figure", aid, q))
        for q in article.get("quantities", [])
    ]
    return marks


def _extra_marks(report: dict[str, Any]) -> dict[str, list[Mark]]:
    """Per article, the marks of passages the stories link to beyond its own annotations."""
    found = cited_passages(report)
    for aid, spans in retold_passages(report).items():
        found.setdefault(aid, []).extend(
            Mark(r["start"], r["end"], "quote", RETOLD_LABEL, span_anchor("quote", aid, r))
            for r in spans
        )
    return found


def render_html(report: dict[str, Any]) -> str:
    articles = report["articles"]
    removal_counts = Counter(r["kind"] for a in articles for r in a["removed"])
    template = _environment().get_template("report.html.j2")
    by_id = {a["id"]: a for a in articles}
    origin_of = {a["id"]: a.get("origin", a["id"]) for a in articles}
    # Each story's graph reads only its own links: indexed once here, not scanned per story.
    by_article = links_by_article(report.get("links") or [])
    return template.render(
        report=report,
        titles={a["id"]: article_label(a) for a in articles},
        outlets={a["id"]: outlet_label(a) for a in articles},
        snippet=lambda mention: context(
            by_id.get(mention["article_id"], {}), mention["start"], mention["end"]
        ),
        links=report.get("links"),
        story_links=lambda article_ids: links_within(article_ids, origin_of, by_article),
        origin_of=origin_of,
        stories=report.get("stories", []),
        extra_marks=_extra_marks(report),
        articles=articles,
        rejected=report["rejected"],
        removal_counts=sorted(removal_counts.items(), key=lambda kv: (-kv[1], kv[0])),
        languages=Counter(a["language"] for a in articles),
    )
