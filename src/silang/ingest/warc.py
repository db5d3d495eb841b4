"""WARC and ARC archives (warcio), plain or gzip-compressed record by record.

Each ``response`` record with HTTP 200 and an HTML content type becomes a Document. Records that
are not pages — requests, metadata, warcinfo, revisits, DNS, redirects (3xx), non-HTML responses —
are skipped and counted (logged at INFO); 4xx/5xx responses are rejected ("HTTP 404 in archive").

A corrupt or truncated record is rejected at its byte offset (``<archive>#offset=<n>``) and
reading goes on at the next record start found after it: the next gzip member that decompresses
to "WARC/", or the next "WARC/1." line in a plain archive. Whatever cannot be reached that way at
the end of the archive is rejected once, as the rest of the archive.
"""

from __future__ import annotations

import logging
import re
import zlib
from collections import Counter
from collections.abc import Iterator
from typing import IO, Any

from warcio.archiveiterator import ArchiveIterator

from silang.ingest.decode import charset_from_content_type
from silang.ingest.sniff import GZIP_MAGIC
from silang.model import Document, Rejection
from silang.settings import Settings

log = logging.getLogger(__name__)

_HTML_TYPES = ("text/html", "application/xhtml+xml")
_SCAN_CHUNK = 1024 * 1024
_PLAIN_RECORD_START = re.compile(rb"(?:^|\n)(WARC/1\.[01]\r?\n)")


def _printable(message: object, limit: int = 160) -> str:
    # warcio quotes the bad header line ("first line: <binary garbage>"): drop the quote.
    text = str(message).split("first line:")[0].strip(" ,:")
    text = " ".join("".join(c if c.isascii() and c.isprintable() else " " for c in text).split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _is_gzip_record(fh: IO[bytes], offset: int) -> bool:
    fh.seek(offset)
    try:
        head = zlib.decompressobj(zlib.MAX_WBITS | 16).decompress(fh.read(4096), 16)
    except zlib.error:
        return False
    return head.startswith(b"WARC/")


def _next_record_start(fh: IO[bytes], after: int, gzipped: bool) -> int | None:
    """Offset of the first record start after byte ``after``, or None."""
    position = after + 1
    while True:
        fh.seek(position)
        chunk = fh.read(_SCAN_CHUNK + 16)
        if len(chunk) <= 1:
            return None
        if gzipped:
            found = chunk.find(GZIP_MAGIC + b"\x08")
            while found != -1 and found < _SCAN_CHUNK:
                if _is_gzip_record(fh, position + found):
                    return position + found
                found = chunk.find(GZIP_MAGIC + b"\x08", found + 1)
        else:
            match = _PLAIN_RECORD_START.search(chunk)
            if match is not None and match.start(1) < _SCAN_CHUNK:
                return position + match.start(1)
        if len(chunk) <= _SCAN_CHUNK:
            return None
        position += _SCAN_CHUNK


def _page(
    record: Any,
    it: ArchiveIterator,
    path: str,
    offset: int,
    settings: Settings,
    skipped: Counter[str],
) -> Document | Rejection | None:
    """The Document (or Rejection) for one record, or None when it is not a page."""
    uri = record.rec_headers.get_header("WARC-Target-URI") or f"{path}#offset={offset}"
    http = record.http_headers
    if record.rec_type != "response" or http is None:
        skipped[record.rec_type or "unknown"] += 1
        return None
    status = http.get_statuscode() or "?"
    if status.startswith("3"):
        skipped["redirect"] += 1
        return None
    if status != "200":
        return Rejection(uri, f"HTTP {status} in archive")
    content_type = http.get_header("Content-Type") or ""
    if not content_type.split(";")[0].strip().lower().startswith(_HTML_TYPES):
        skipped[f"non-HTML response ({content_type.split(';')[0].strip() or 'no type'})"] += 1
        return None
    body = record.content_stream().read(settings.max_file_bytes + 1)
    if len(body) > settings.max_file_bytes:
        return Rejection(uri, f"record larger than {settings.max_file_bytes:,} bytes")
    it.read_to_end(record)
    if record.raw_stream.limit > 0:
        return Rejection(
            f"{path}#offset={offset}",
            f"truncated record ({uri}): {record.raw_stream.limit:,} bytes missing",
        )
    checker = record.digest_checker
    if checker is not None and checker.passed is False:
        return Rejection(uri, f"corrupt record: {'; '.join(checker.problems)}")
    if not body.strip():
        return Rejection(uri, "empty response in archive")
    return Document(
        source=uri,
        media="html",
        data=body,
        container=path,
        charset=charset_from_content_type(content_type),
        url=record.rec_headers.get_header("WARC-Target-URI"),
    )


def iter_warc(path: str, size: int, settings: Settings) -> Iterator[Document | Rejection]:
    """The HTML pages in the archive at ``path`` (``size`` bytes long)."""
    skipped: Counter[str] = Counter()
    pages = 0
    with open(path, "rb") as fh:
        gzipped = fh.read(2) == GZIP_MAGIC
        start: int | None = 0
        while start is not None:
            fh.seek(start)
            it = ArchiveIterator(fh, check_digests=True)
            end = start
            try:
                for record in it:
                    offset = it.offset
                    item = _page(record, it, path, offset, settings, skipped)
                    end = it.get_record_offset() + it.get_record_length()
                    if item is not None:
                        pages += isinstance(item, Document)
                        yield item
                start = None
            except Exception as exc:  # warcio raises many kinds on corrupt input
                failed = it.offset
                yield Rejection(f"{path}#offset={failed}", f"corrupt record: {_printable(exc)}")
                start = _next_record_start(fh, failed, gzipped)
                end = size if start is None else start
        if end < size:
            fh.seek(end)
            tail = fh.read(64)
            if size - end > len(tail) or tail.strip(b"\r\n\x00 "):
                yield Rejection(
                    f"{path}#offset={end}",
                    f"unreadable data at the end of the archive ({size - end:,} bytes: truncated "
                    "or corrupt)",
                )
    log.info(
        "%s: %d pages; skipped %s",
        path,
        pages,
        ", ".join(f"{n} {kind}" for kind, n in sorted(skipped.items())) or "nothing",
    )
