"""Public corpora with gold story groups, read as Annotated articles for evaluation.

- ECB+ (Cybulska & Vossen 2014): English news in topics, each with two seminal events
  (subtopics). Documents are token lists; sentence 0 is the headline (ECB) or the page URL,
  dropped here, followed by the headline (ECB+).
- The Pratiwi Indonesian hoax corpus: 600 articles on 12 viral stories (``topic_id``).
- BPPT (PANL) English-Indonesian parallel news, line-aligned: a few consecutive lines make an
  article, in English and in its Indonesian translation (same ``event``).

ECB+ and BPPT carry no dates, so their articles are compared on content alone; Pratiwi's can be
dated from the dates in their URLs (load_pratiwi ``dated``), to measure time decay.
"""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass, replace
from pathlib import Path

from silang.model import Annotated, Article, Span


@dataclass(frozen=True)
class GoldItem:
    """An article with its gold groups."""

    item: Annotated
    #: The finest gold group (ECB+ subtopic, Pratiwi topic) and the coarser one.
    event: str
    topic: str
    split: str


def _annotated(doc_id: str, title: str, sentences: list[str], language: str) -> Annotated:
    text = ""
    spans = []
    for sentence in sentences:
        if text:
            text += " "
        spans.append(Span(len(text), len(text) + len(sentence)))
        text += sentence
    article = Article(
        id=doc_id, sources=(doc_id,), text=text, raw_text=text, language=language, title=title
    )
    return Annotated(article=article, sentences=tuple(spans))


def read_ecbplus_document(path: Path) -> tuple[str, list[str]]:
    """The headline and body sentences of an ECB+ document (tokens joined by spaces)."""
    sentences: dict[int, list[str]] = {}
    for token in ET.parse(path).getroot().iter("token"):
        sentences.setdefault(int(token.get("sentence", "0")), []).append(token.text or "")
    ordered = [" ".join(sentences[number]) for number in sorted(sentences)]
    if path.name.endswith("ecbplus.xml") and ordered:
        ordered = ordered[1:]  # the page URL
    if not ordered:
        return "", []
    return ordered[0], ordered[1:]


def load_ecbplus(folder: Path) -> list[GoldItem]:
    """Every ECB+ document with its subtopic, topic and split (gold_doc_clusters.json)."""
    gold = json.loads((folder / "gold_doc_clusters.json").read_text(encoding="utf-8"))["docs"]
    found = []
    for doc_id, labels in sorted(gold.items()):
        topic = str(labels["topic"])
        path = folder / "ECB+_docs" / topic / f"{doc_id}.xml"
        title, body = read_ecbplus_document(path)
        found.append(
            GoldItem(
                item=_annotated(doc_id, title, body, "en"),
                event=str(labels["subtopic"]),
                topic=topic,
                split=str(labels["split"]),
            )
        )
    return found


#: A date written in a URL path: "/2015/10/23/", "/20151023".
URL_DATE = re.compile(r"(?<!\d)(20[0-2]\d)[/-]?(0[1-9]|1[0-2])[/-]?(0[1-9]|[12]\d|3[01])(?!\d)")


def url_date(url: str) -> str | None:
    """The ISO date a URL's path carries ("…/read/2015/10/23/154341/…"), or None."""
    found = URL_DATE.search(url)
    return "-".join(found.groups()) if found else None


def load_pratiwi(path: Path, dated: bool = False) -> list[GoldItem]:
    """The 600 Pratiwi articles with their topic (split "dev" for topics 1-8, else "test");
    where ``dated``, published on the date their URL carries (about a quarter have one)."""
    found = []
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            record = json.loads(line)
            topic = str(record["topic_id"])
            sentences = [s.strip() for s in str(record["text"]).splitlines() if s.strip()]
            item = _annotated(str(record["id"]), "", sentences, "id")
            if dated:
                published = url_date(str(record.get("url") or ""))
                item = replace(item, article=replace(item.article, published=published))
            split = "dev" if int(topic) <= 8 else "test"
            found.append(GoldItem(item=item, event=topic, topic=topic, split=split))
    return found


def load_bppt_pairs(folder: Path, domain: str, lines_per_article: int = 5) -> list[GoldItem]:
    """Articles of ``lines_per_article`` consecutive lines of the BPPT ``domain`` (INT, ECO,
    SCI, SPO) in English and in Indonesian; an article and its translation share ``event``."""
    found = []
    for language in ("en", "id"):
        paths = sorted(folder.glob(f"PANL-BPPT-{domain}-{language.upper()}-*.txt"))
        if not paths:
            return []
        lines = [line.strip() for line in paths[0].read_text(encoding="utf-8").splitlines()]
        for number, start in enumerate(range(0, len(lines), lines_per_article)):
            chunk = [line for line in lines[start : start + lines_per_article] if line]
            article_id = f"{domain}-{language}-{number}"
            item = _annotated(article_id, "", chunk, language)
            found.append(GoldItem(item=item, event=f"{domain}-{number}", topic=domain, split=""))
    return found
