"""The ingest stage: sources (files, folders, URLs) in, Documents and Rejections out.

``iter_documents`` reads any mix of paths and http(s) URLs. Folders are walked recursively in
sorted name order; hidden files and folders (name starting with ".") are skipped. Every input
yields Documents, or a Rejection (source + reason) for whatever cannot be read: it never raises
for one bad input and drops nothing silently, with one exception — inside a folder, files named
``README*``, ``expected.json`` or ``*.py`` are skipped without a Rejection, because corpus and
fixture folders carry them beside their articles (given by name as inputs, they are read).

Source kinds, one module each: ``files`` (walking, caps, binary and kind sniffing), ``text``,
``html``, ``feeds`` (RSS/Atom), ``warc``, ``jsonl`` (JSON and JSON Lines), ``web`` (URLs);
``decode`` turns bytes into text and ``sniff`` judges bytes by content.

``extract`` turns one Document into body text and metadata: trafilatura for HTML (see
``silang.ingest.html`` for the options and why), a headline split for plain text.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

import httpx

from silang.errors import InputError
from silang.ingest.files import guarded, iter_path
from silang.ingest.html import extract_html
from silang.ingest.text import extract_text
from silang.ingest.web import is_url, iter_url, make_client
from silang.model import Document, Extracted, Rejection
from silang.settings import Settings

__all__ = ["extract", "iter_documents"]

_SCHEME = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*://")


def iter_documents(
    inputs: Sequence[str], settings: Settings, client: httpx.Client | None = None
) -> Iterator[Document | Rejection]:
    """Documents from every input, in input order; a Rejection for each that cannot be read.

    ``client`` is used for URLs when given (tests pass one); otherwise one is made from the
    Settings when the first URL comes up, and closed at the end.
    """
    own: httpx.Client | None = None
    try:
        for item in inputs:
            if is_url(item):
                if client is None and own is None:
                    own = make_client(settings)
                active = client or own
                assert active is not None
                yield from guarded(item, iter_url(item, settings, active))
            elif _SCHEME.match(item):
                yield Rejection(item, f"unsupported URL scheme ({item.split(':', 1)[0]}://)")
            else:
                yield from guarded(item, iter_path(item, settings))
    finally:
        if own is not None:
            own.close()


def extract(document: Document) -> Extracted:
    """Body text and metadata of one Document; raises InputError with the reason it has none."""
    if document.media == "html":
        return extract_html(document)
    if document.media == "text":
        return extract_text(document)
    raise InputError(f"unknown media kind {document.media!r}")
