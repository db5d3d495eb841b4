"""JSON and JSON Lines: article records with a text field and optional metadata.

A ``.json`` file holds one object, an array of objects, or an object with an array of objects
under ``articles``, ``items``, ``data``, ``records`` or ``documents``. A ``.jsonl`` file holds one
object per line and is read line by line, so it may be as large as a container is allowed to be.
Records are numbered from 1 (the line number in JSON Lines); a record without a URL, and every
rejected record, has the source ``<file>#<number>``.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from datetime import UTC, datetime
from typing import Any

from silang.errors import InputError
from silang.ingest.decode import decode
from silang.ingest.html import language_code
from silang.ingest.sniff import looks_like_html
from silang.model import Document, Rejection
from silang.settings import Settings

TEXT_FIELDS = ("text", "body", "content")
_PUBLISHED_FIELDS = ("published", "date", "published_at", "datetime")
_OUTLET_FIELDS = ("outlet", "source", "site", "sitename")
_LIST_FIELDS = ("articles", "items", "data", "records", "documents")


def _first_str(record: Mapping[str, Any], names: tuple[str, ...]) -> str | None:
    for name in names:
        value = record.get(name)
        if isinstance(value, str) and value.strip():
            return value.strip()
    return None


def _published(record: Mapping[str, Any]) -> str | None:
    for name in _PUBLISHED_FIELDS:
        value = record.get(name)
        if isinstance(value, bool):
            continue
        if isinstance(value, int | float):  # seconds since the epoch
            try:
                return datetime.fromtimestamp(value, tz=UTC).isoformat()
            except (OverflowError, OSError, ValueError):
                continue
        if isinstance(value, str) and value.strip():
            return value.strip()  # kept as written; the pipeline normalises dates
    return None


def record_document(record: Any, locator: str, container: str) -> Document | Rejection:
    """The Document for one JSON record; ``locator`` is ``<file>#<number>`` (or the file)."""
    if not isinstance(record, dict):
        return Rejection(locator, f"record is a JSON {type(record).__name__}, not an object")
    text = _first_str(record, TEXT_FIELDS)
    if text is None:
        return Rejection(locator, f"record has no text (no non-empty {', '.join(TEXT_FIELDS)})")
    url = _first_str(record, ("url", "link"))
    return Document(
        source=url or locator,
        media="html" if looks_like_html(text) else "text",
        data=text.encode("utf-8", "surrogatepass"),
        container=container,
        charset="utf-8",
        url=url,
        title=_first_str(record, ("title", "headline")),
        published=_published(record),
        outlet=_first_str(record, _OUTLET_FIELDS),
        author=_first_str(record, ("author", "byline")),
        language=language_code(_first_str(record, ("language", "lang"))),
    )


def _loads(raw: bytes) -> Any:
    try:
        text, _ = decode(raw)
        return json.loads(text)
    except InputError as exc:
        raise ValueError(str(exc)) from exc


def iter_json(path: str, data: bytes) -> Iterator[Document | Rejection]:
    """The records of a whole ``.json`` file."""
    try:
        value = _loads(data)
    except ValueError as exc:
        yield Rejection(path, f"invalid JSON: {exc}")
        return
    if isinstance(value, dict) and _first_str(value, TEXT_FIELDS) is None:
        lists = [value[k] for k in _LIST_FIELDS if isinstance(value.get(k), list)]
        if lists:
            value = lists[0]
    if isinstance(value, dict):  # a file holding one article: the file is its locator
        yield record_document(value, path, path)
        return
    if not isinstance(value, list):
        yield Rejection(path, "JSON holds neither an object nor an array of objects")
        return
    if not value:
        yield Rejection(path, "JSON array is empty")
    for number, record in enumerate(value, start=1):
        yield record_document(record, f"{path}#{number}", path)


def iter_jsonl(path: str, settings: Settings) -> Iterator[Document | Rejection]:
    """The records of a ``.jsonl`` file, one per line; blank lines are not records."""
    records = 0
    with open(path, "rb") as fh:
        for number, line in enumerate(_lines(fh, settings.max_file_bytes), start=1):
            locator = f"{path}#{number}"
            if line is None:
                yield Rejection(locator, f"line longer than {settings.max_file_bytes:,} bytes")
                continue
            if not line.strip():
                continue
            records += 1
            try:
                record = _loads(line)
            except ValueError as exc:
                yield Rejection(locator, f"invalid JSON: {exc}")
                continue
            yield record_document(record, locator, path)
    if records == 0:
        yield Rejection(path, "JSON Lines file holds no records")


def _lines(fh: Any, limit: int) -> Iterator[bytes | None]:
    """Lines of ``fh``; None for a line longer than ``limit`` (read past, never held whole)."""
    while True:
        line: bytes = fh.readline(limit + 1)
        if not line:
            return
        if len(line) > limit and not line.endswith(b"\n"):
            while (rest := fh.readline(limit + 1)) and not rest.endswith(b"\n"):
                pass
            yield None
            continue
        yield line
