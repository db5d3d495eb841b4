"""The records passed between stages. This module is the only place they are defined.

Every record is a frozen dataclass. A span is a pair of character offsets (``start``, ``end``,
end exclusive) into the text named in the record's docstring, so every extracted thing can be
shown in place.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

#: What a Document's bytes are, as far as ingest could tell.
MediaKind = Literal["html", "text"]

#: Why a piece of the extracted text was taken out of the article body.
RemovalKind = Literal[
    "dateline",
    "read-also",
    "advertisement",
    "newsletter",
    "app-prompt",
    "subscription",
    "cookie-notice",
    "share-prompt",
    "tags",
    "comments",
    "caption",
    "photo-credit",
    "credit",
    "byline",
    "numeric-id",
    "navigation",
    "headline",
]

#: How an article relates to an outlet named in a credit line.
CreditRelation = Literal["copied-from", "cited", "wire", "author", "editor", "reporter"]


@dataclass(frozen=True)
class Document:
    """One item read from a source, before any text extraction.

    ``source`` is where it came from: a file path as given, or a URL. Items inside a container
    (feed entries, WARC records, JSONL lines) have their own URL as ``source`` when they carry one,
    else ``<container path>#<locator>``. Metadata fields are what the container declared
    (feed entry title, JSON ``outlet`` …); extraction may add to them but never overrides them.
    """

    source: str
    media: MediaKind
    data: bytes
    container: str | None = None
    charset: str | None = None
    url: str | None = None
    title: str | None = None
    published: str | None = None
    outlet: str | None = None
    author: str | None = None
    language: str | None = None


@dataclass(frozen=True)
class Rejection:
    """An input that could not be processed, and why. Never dropped: it reaches the report."""

    source: str
    reason: str
    stage: str = "ingest"


@dataclass(frozen=True)
class Removal:
    """A piece of the extracted text taken out of the body; offsets into ``Article.raw_text``."""

    kind: RemovalKind
    text: str
    start: int
    end: int


@dataclass(frozen=True)
class Credit:
    """An outlet or person the article credits; offsets into ``Article.raw_text``.

    ``relation`` says how: ``copied-from`` ("Sumber: detikcom"), ``cited`` ("Dilansir dari …"),
    ``wire`` ("(AFP)", "(ANTARA)"), or the people behind it (``author``, ``editor``, ``reporter``).
    """

    relation: CreditRelation
    text: str
    start: int
    end: int
    outlet: str | None = None
    person: str | None = None


@dataclass(frozen=True)
class Dateline:
    """The "JAKARTA, KOMPAS.com -" opening of a body; offsets into ``Article.raw_text``."""

    text: str
    start: int
    end: int
    outlet: str | None = None
    city: str | None = None


@dataclass(frozen=True)
class Cleaned:
    """What cleaning made of a raw body: the kept text and a record of everything taken out."""

    text: str
    removed: tuple[Removal, ...] = ()
    credits: tuple[Credit, ...] = ()
    dateline: Dateline | None = None


@dataclass(frozen=True)
class Extracted:
    """The body text and metadata that extraction (HTML, feed, plain text) found in a Document."""

    text: str
    title: str | None = None
    published: str | None = None
    outlet: str | None = None
    author: str | None = None
    url: str | None = None
    language: str | None = None
    #: True when ``published`` was read from the body text rather than declared metadata.
    published_inferred: bool = False


@dataclass(frozen=True)
class Span:
    """A stretch of ``Article.text``."""

    start: int
    end: int


@dataclass(frozen=True)
class Article:
    """A clean news article. ``id`` is a hash of its clean text, so the same text read from two
    places is one article; ``sources`` lists every place it was read from."""

    id: str
    sources: tuple[str, ...]
    text: str
    raw_text: str
    language: str
    title: str | None = None
    outlet: str | None = None
    city: str | None = None
    author: str | None = None
    url: str | None = None
    published: str | None = None
    published_inferred: bool = False
    removed: tuple[Removal, ...] = ()
    credits: tuple[Credit, ...] = ()
    dateline: Dateline | None = None


@dataclass(frozen=True)
class Annotated:
    """An article with what the annotate stage found in it; all spans index ``article.text``.

    Later stages add fields here (quantities, times, quotes, entities) as their issues land.
    """

    article: Article
    sentences: tuple[Span, ...] = field(default=())


@dataclass(frozen=True)
class RunSummary:
    """What one ``analyze`` run did."""

    run_id: str
    documents_seen: int
    documents_skipped: int
    articles_added: int
    articles_merged: int
    rejected: tuple[Rejection, ...]
