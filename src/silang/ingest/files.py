"""Paths: walking folders, size caps, binary and empty files, and judging each file's kind.

A file's kind is judged by content first (a WARC, a feed, an HTML page, binary) and by its
extension where the content does not say (plain text, JSON). Files larger than the cap for their
kind are rejected unread: only the first 64 KiB are ever looked at to decide.
"""

from __future__ import annotations

import logging
import os
import stat
from collections.abc import Iterator
from typing import Literal

from silang.ingest.feeds import iter_feed
from silang.ingest.html import read_html
from silang.ingest.jsonl import iter_json, iter_jsonl
from silang.ingest.sniff import HEAD_BYTES, binary_signature, is_warc, sniff_markup
from silang.ingest.text import read_text
from silang.ingest.warc import iter_warc
from silang.model import Document, Rejection
from silang.settings import Settings

log = logging.getLogger(__name__)

Kind = Literal["text", "html", "feed", "xml", "warc", "json", "jsonl"]


class _NoKindError(Exception):
    """A file silang cannot read as any kind; the message is the rejection reason."""


_EXTENSIONS: dict[str, Kind] = {
    ".txt": "text",
    ".text": "text",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".shtml": "html",
    ".xml": "xml",
    ".rss": "feed",
    ".atom": "feed",
    ".warc": "warc",
    ".warc.gz": "warc",
    ".arc": "warc",
    ".arc.gz": "warc",
    ".json": "json",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
}
#: Kinds that hold many articles and get Settings.max_container_bytes instead of max_file_bytes.
_CONTAINERS = frozenset({"feed", "xml", "warc", "json", "jsonl"})


def extension(name: str) -> str:
    lower = name.lower()
    for double in (".warc.gz", ".arc.gz"):
        if lower.endswith(double):
            return double
    return os.path.splitext(lower)[1]


def is_not_an_article(name: str) -> bool:
    """Files a corpus folder carries beside its articles, skipped silently in folder walks."""
    lower = name.lower()
    return lower.startswith("readme") or lower == "expected.json" or lower.endswith(".py")


def guarded(source: str, items: Iterator[Document | Rejection]) -> Iterator[Document | Rejection]:
    """``items``, with any error that escapes them turned into a Rejection of ``source``."""
    try:
        yield from items
    except OSError as exc:
        yield Rejection(source, f"cannot read: {exc.strerror or exc}")
    except Exception as exc:  # a bug or a library failure on one input must not end the run
        log.exception("internal error while reading %s", source)
        yield Rejection(source, f"internal error: {type(exc).__name__}: {exc}")


def iter_path(item: str, settings: Settings) -> Iterator[Document | Rejection]:
    """The Documents in a file, or in every file under a folder (sorted, hidden ones skipped)."""
    try:
        info = os.stat(item)
    except FileNotFoundError:
        yield Rejection(item, "no such file or folder")
        return
    except OSError as exc:
        yield Rejection(item, f"cannot read: {exc.strerror or exc}")
        return
    if stat.S_ISDIR(info.st_mode):
        yield from _walk(item, settings)
    elif stat.S_ISREG(info.st_mode):
        yield from guarded(item, read_file(item, settings))
    else:
        yield Rejection(item, "not a regular file (a device, socket or pipe)")


def _walk(folder: str, settings: Settings) -> Iterator[Document | Rejection]:
    try:
        with os.scandir(folder) as scan:
            entries = sorted(scan, key=lambda entry: entry.name)
    except OSError as exc:
        yield Rejection(folder, f"cannot list folder: {exc.strerror or exc}")
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        path = os.path.join(folder, entry.name)
        if entry.is_dir(follow_symlinks=False):
            yield from _walk(path, settings)
        elif entry.is_symlink() and entry.is_dir():
            yield Rejection(path, "symbolic link to a folder (not followed)")
        elif entry.is_symlink() and not os.path.exists(path):
            yield Rejection(path, "broken symbolic link")
        elif not is_not_an_article(entry.name):
            yield from iter_path(path, settings)


def _judge(name: str, head: bytes) -> Kind:
    """The kind of file ``name`` starting with ``head``; raises _NoKindError with the reason."""
    ext = extension(name)
    by_extension = _EXTENSIONS.get(ext)
    if is_warc(head):
        return "warc"
    if by_extension == "warc":
        raise _NoKindError("not a WARC archive (it does not start with a WARC or ARC record)")
    binary = binary_signature(head)
    shown = ext or "no extension"
    if binary is not None:
        if by_extension is None:
            raise _NoKindError(f"unsupported file type ({shown}: {binary})")
        raise _NoKindError(f"binary file ({binary})")
    markup = sniff_markup(head)
    if markup.kind in ("feed", "html"):
        return markup.kind
    if by_extension is None:
        raise _NoKindError(f"unsupported file type ({shown})")
    if markup.kind == "xml" and by_extension in ("xml", "feed"):
        raise _NoKindError(
            f"unsupported XML document (root element <{markup.root}>, not RSS or Atom)"
        )
    # An .xml file with no root element at all is left to the feed parser to explain.
    return "feed" if by_extension == "xml" else by_extension


def read_file(path: str, settings: Settings) -> Iterator[Document | Rejection]:
    """The Document(s) one regular file holds."""
    with open(path, "rb") as fh:
        size = os.fstat(fh.fileno()).st_size
        if size == 0:
            yield Rejection(path, "empty file")
            return
        # The extension gives a first cap, so a huge file is rejected before a byte is read.
        by_extension = _EXTENSIONS.get(extension(os.path.basename(path)))
        if by_extension in ("text", "html") and size > settings.max_file_bytes:
            yield Rejection(path, _too_large(size, settings.max_file_bytes, "max_file_bytes"))
            return
        if size > settings.max_container_bytes:
            yield Rejection(
                path, _too_large(size, settings.max_container_bytes, "max_container_bytes")
            )
            return
        head = fh.read(HEAD_BYTES)
        if size <= len(head) and not head.strip():
            yield Rejection(path, "empty file (only whitespace)")
            return
        try:
            kind = _judge(os.path.basename(path), head)
        except _NoKindError as exc:
            yield Rejection(path, str(exc))
            return
        container = kind in _CONTAINERS
        limit = settings.max_container_bytes if container else settings.max_file_bytes
        if size > limit:
            name = "max_container_bytes" if container else "max_file_bytes"
            yield Rejection(path, _too_large(size, limit, name))
            return
        if kind in ("warc", "jsonl"):  # streamed, never held whole
            data = b""
        else:
            data = head + fh.read(limit + 1 - len(head))
            if len(data) > limit:  # grew since we looked
                yield Rejection(path, _too_large(len(data), limit, "max_file_bytes"))
                return
    if kind == "warc":
        yield from iter_warc(path, size, settings)
    elif kind == "jsonl":
        yield from iter_jsonl(path, settings)
    elif kind == "json":
        yield from iter_json(path, data)
    elif kind in ("feed", "xml"):
        yield from iter_feed(path, data)
    elif kind == "html":
        yield read_html(path, data)
    else:
        yield read_text(path, data)


def _too_large(size: int, limit: int, setting: str) -> str:
    return f"file too large ({size:,} bytes; limit {limit:,}, Settings.{setting})"
