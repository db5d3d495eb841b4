"""RSS and Atom feeds (feedparser): one Document per entry, from a file or a fetched URL."""

from __future__ import annotations

import re
import time
from collections.abc import Iterator, Mapping
from datetime import UTC, datetime
from typing import Any

import feedparser

from silang.ingest.html import language_code
from silang.ingest.sniff import looks_like_html
from silang.model import Document, MediaKind, Rejection


def _iso(parsed: time.struct_time | None) -> str | None:
    # feedparser normalises every date it understands to a UTC struct_time.
    if parsed is None:
        return None
    return datetime(*parsed[:6], tzinfo=UTC).isoformat()


def _text(value: Any) -> str | None:
    return (value.strip() or None) if isinstance(value, str) else None


def _body(entry: Mapping[str, Any]) -> tuple[str, MediaKind] | None:
    """The entry's fullest text: content:encoded / Atom content when present, else summary."""
    candidates: list[tuple[str, str]] = []
    for content in entry.get("content") or ():
        candidates.append((content.get("value") or "", content.get("type") or ""))
    if not any(value.strip() for value, _ in candidates):
        detail = entry.get("summary_detail") or {}
        candidates = [(entry.get("summary") or "", detail.get("type") or "")]
    value, kind = max(candidates, key=lambda c: len(c[0]))
    if not value.strip():
        return None
    # feedparser types every RSS description text/html, markup or not: the content decides.
    return value, "html" if kind != "text/plain" and looks_like_html(value) else "text"


def iter_feed(
    source: str, data: bytes, *, content_type: str | None = None, base_url: str | None = None
) -> Iterator[Document | Rejection]:
    """Each entry of the feed in ``data`` as a Document; entries without text are rejected.

    A feed whose XML is broken (feedparser's "bozo") is used for whatever entries feedparser
    still recovered; with none, the whole feed is rejected with feedparser's reason.
    """
    headers = {"content-type": content_type or "application/xml"}
    if base_url:
        headers["content-location"] = base_url
    parsed = feedparser.parse(data, response_headers=headers)
    entries = parsed.get("entries") or []
    if not entries:
        if parsed.get("bozo"):
            yield Rejection(source, f"broken feed XML: {parsed.get('bozo_exception')}")
        else:
            yield Rejection(source, "feed has no entries")
        return
    feed = parsed.get("feed") or {}
    outlet = channel_outlet(_text(feed.get("title")))
    feed_language = language_code(_text(feed.get("language")))
    for index, entry in enumerate(entries, start=1):
        link = _text(entry.get("link"))
        entry_source = link or f"{source}#{index}"
        body = _body(entry)
        if body is None:
            yield Rejection(entry_source, "feed entry has neither content nor summary")
            continue
        value, media = body
        yield Document(
            source=entry_source,
            media=media,
            data=value.encode("utf-8"),
            container=source,
            charset="utf-8",
            url=link,
            title=_text(entry.get("title")),
            published=_iso(entry.get("published_parsed") or entry.get("updated_parsed")),
            outlet=outlet,
            author=_text(entry.get("author")),
            language=feed_language,
        )


_CHANNEL_SEPARATOR = re.compile(r"\s+[-–—|:»]\s+")


def channel_outlet(title: str | None) -> str | None:
    """The outlet named by a feed's channel title: "BeritaKini.id - Nasional" → "BeritaKini.id".

    Channel titles add a section or a slogan after a separator; the outlet comes first.
    """
    if not title:
        return None
    return _CHANNEL_SEPARATOR.split(title.strip(), maxsplit=1)[0].strip() or None
