"""The records passed between stages. This module is the only place they are defined.

Every record is a frozen dataclass. A span is a pair of character offsets (``start``, ``end``,
end exclusive) into the text named in the record's docstring, so every extracted thing can be
shown in place.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
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


#: How a figure is hedged: "sekitar 2.300" is approximately, "puluhan ribu" is vague.
Qualifier = Literal[
    "exact", "approximately", "at-least", "more-than", "up-to", "less-than", "range", "vague"
]

#: What a time expression pins down.
Granularity = Literal["time", "day", "week", "month", "year"]

EntityKind = Literal["person", "organisation", "place"]


@dataclass(frozen=True)
class Quantity:
    """A figure in ``Article.text``: "sekitar 2.300 warga", "Rp 5,4 miliar", "puluhan ribu".

    ``value`` is the best single reading; ``low``/``high`` bound ranges, hedged and vague
    amounts. ``counted`` is the lemma of the counted thing ("pengungsi"), ``counted_class`` its
    synonym class ("evacuee") so that "2.300 personel" and "2300 aparat" compare.
    ``attributed_to`` is the source the sentence gives for the figure, with its span.
    """

    start: int
    end: int
    text: str
    value: float
    low: float | None = None
    high: float | None = None
    qualifier: Qualifier = "exact"
    unit: str | None = None
    counted: str | None = None
    counted_class: str | None = None
    attributed_to: str | None = None
    attribution_start: int | None = None
    attribution_end: int | None = None
    #: The other reading of a figure that reads either way ("282,983 ton": 282.983 or
    #: 282983) where its article does not say which and ``value`` is a guess; None otherwise.
    other_value: float | None = None


@dataclass(frozen=True)
class TimeExpression:
    """A date or period in ``Article.text``, resolved against the publication date.

    ``date`` is an ISO date (or datetime for clock times); ``interval`` an ISO interval
    "2024-03-04/2024-03-09" for periods and ranges. ``relative`` is true when it was resolved
    from a relative expression ("kemarin", "pekan lalu", "on Monday").
    """

    start: int
    end: int
    text: str
    granularity: Granularity
    date: str | None = None
    interval: str | None = None
    relative: bool = False


@dataclass(frozen=True)
class Entity:
    """A person, organisation or place in ``Article.text``; ``name`` is the canonical name after
    in-article coreference ("Jokowi" → "Joko Widodo", "BIN" → "Badan Intelijen Negara")."""

    start: int
    end: int
    text: str
    kind: EntityKind
    name: str


@dataclass(frozen=True)
class Quote:
    """A statement in ``Article.text`` and who made it.

    ``start``/``end`` span the quoted content (without the quote marks for direct quotes).
    ``speaker`` is the resolved name, ``speaker_start``/``speaker_end`` the mention that names
    it in the text (a pronoun or title when resolved from one). ``channel`` is the outlet or
    medium it came through ("kepada wartawan", "mengutip Reuters"). ``problem`` records what
    made the quote doubtful (unbalanced quote marks) instead of guessing.
    """

    start: int
    end: int
    text: str
    direct: bool
    speaker: str | None = None
    speaker_start: int | None = None
    speaker_end: int | None = None
    cue: str | None = None
    channel: str | None = None
    problem: str | None = None


@dataclass(frozen=True)
class Annotated:
    """An article with what the annotate stage found in it; all spans index ``article.text``."""

    article: Article
    sentences: tuple[Span, ...] = field(default=())
    quantities: tuple[Quantity, ...] = ()
    times: tuple[TimeExpression, ...] = ()
    entities: tuple[Entity, ...] = ()
    quotes: tuple[Quote, ...] = ()


#: How one article derives from another.
Relation = Literal["duplicate", "copy", "rewrite", "spin", "translation", "shares-quote"]


@dataclass(frozen=True)
class Evidence:
    """An aligned pair of spans (``a_*`` in article ``a``'s text, ``b_*`` in ``b``'s) that backs
    a link; ``kind`` says what was aligned ("sentence", "quote", "swap", "name-number");
    ``note`` carries detail such as the swapped word pair ("banjir→air bah")."""

    kind: str
    a_start: int
    a_end: int
    b_start: int
    b_end: int
    score: float = 1.0
    note: str | None = None

    def swapped(self) -> Evidence:
        """The same evidence seen from the other article (``a`` and ``b`` exchanged)."""
        return replace(
            self, a_start=self.b_start, a_end=self.b_end, b_start=self.a_start, b_end=self.a_end
        )


@dataclass(frozen=True)
class Link:
    """A derivation between two articles; ``original`` is the one believed to be the source."""

    a: str
    b: str
    relation: Relation
    score: float
    original: str | None = None
    evidence: tuple[Evidence, ...] = ()


@dataclass(frozen=True)
class SubEvent:
    """A distinct happening inside a story (the flood, then the return home a week later):
    its articles in date order, a short label, and the days that bound it."""

    label: str
    article_ids: tuple[str, ...]
    first: str | None = None
    last: str | None = None


@dataclass(frozen=True)
class Story:
    """Articles about one happening and its developments; ``first``/``last`` bound its dates.

    ``sub_events`` splits the articles into the distinct happenings the data shows; a story
    with one happening has one sub-event or none (older stores)."""

    id: str
    title: str
    article_ids: tuple[str, ...]
    first: str | None = None
    last: str | None = None
    sub_events: tuple[SubEvent, ...] = ()


@dataclass(frozen=True)
class RunSummary:
    """What one ``analyze`` run did."""

    run_id: str
    documents_seen: int
    documents_skipped: int
    articles_added: int
    articles_merged: int
    rejected: tuple[Rejection, ...]


#: How the independent origins of a story stand on one figure.
ClaimStatus = Literal["agreed", "disputed", "single-source"]


@dataclass(frozen=True)
class Mention:
    """Where a figure, quote or date stands: a span of one article's ``Article.text``."""

    article_id: str
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class ClaimValue:
    """One reading of a figure in a claim slot, with every article that gives it.

    ``date`` is the day it speaks of: a resolved day in its sentence, else the publication day.
    ``series`` names the source when this value is one of its successive figures over time.
    """

    value: float
    low: float | None
    high: float | None
    qualifier: Qualifier
    article_ids: tuple[str, ...]
    mentions: tuple[Mention, ...]
    attributed_to: str | None = None
    date: str | None = None
    series: str | None = None
    #: The unit this value is written in, which may differ from its slot's ("700 miles" in
    #: a slot of kilometres): values of one measure are compared converted.
    unit: str | None = None
    #: The independent origins that give this value, counted as its slot counts them (copies
    #: of one original, and articles carrying one copied passage, count once): who backs one
    #: side of a dispute. A value always has at least one.
    origins: int = 1


@dataclass(frozen=True)
class ClaimSlot:
    """Figures of one story about the same counted thing; ``origins`` counts independent ones.

    ``changed_over_time`` is true when values differ only between days, as a running count.
    """

    subject: str
    unit: str | None
    status: ClaimStatus
    values: tuple[ClaimValue, ...]
    origins: int
    changed_over_time: bool = False


@dataclass(frozen=True)
class DateValue:
    """One date a story's articles give an event, with every article that gives it.

    ``date`` is an ISO day ("2024-03-10"), month ("2024-03"), year ("2024") or period
    ("2024-03-04/2024-03-09"); ``attributed_to`` is the speaker of the quote that gives it.
    """

    date: str
    article_ids: tuple[str, ...]
    mentions: tuple[Mention, ...]
    attributed_to: str | None = None
    #: The independent origins that give this date, counted as its slot counts them.
    origins: int = 1


@dataclass(frozen=True)
class DateSlot:
    """Dates of one story for the same event ("earthquake", "publication"), with how its
    independent origins stand on them: a record apart from ClaimSlot because a date is no
    number to bound, hedge or count over time (report.json lists it among the claims, with
    ``kind`` "date")."""

    event: str
    status: ClaimStatus
    values: tuple[DateValue, ...]
    origins: int


@dataclass(frozen=True)
class QuoteVersion:
    """One article's wording of a statement; the flags compare it with the group's majority."""

    article_id: str
    start: int
    end: int
    text: str
    speaker: str | None
    numbers_differ: bool = False
    negation_differs: bool = False
    other_speaker: bool = False


@dataclass(frozen=True)
class QuoteGroup:
    """The same statement across a story's articles; ``speaker`` is the majority's speaker."""

    speaker: str | None
    text: str
    versions: tuple[QuoteVersion, ...]


@dataclass(frozen=True)
class TimelineEntry:
    """A day of a story, the sentence that marks it and the articles that mention it."""

    date: str
    text: str
    article_ids: tuple[str, ...]
    mentions: tuple[Mention, ...] = ()


@dataclass(frozen=True)
class SummarySentence:
    """A central sentence of a story; ``origins`` counts the independent origins that say it."""

    article_id: str
    start: int
    end: int
    text: str
    origins: int


@dataclass(frozen=True)
class Statement:
    """A sentence's content as a story's articles report it: ``mentions`` are the sentences
    that say it (one per origin), ``origins`` counts the independent origins among them and
    ``checkable`` says what can be checked in it ("figure", "quote", "actor")."""

    text: str
    mentions: tuple[Mention, ...]
    origins: int
    checkable: tuple[str, ...] = ()


@dataclass(frozen=True)
class StoryBrief:
    """What cross-checking found in one story; ``consensus`` holds the statements two or more
    origins report, ``lone_statements`` the checkable ones only one origin reports, ``dates``
    the dates of its events."""

    story_id: str
    claims: tuple[ClaimSlot, ...]
    quotes: tuple[QuoteGroup, ...]
    timeline: tuple[TimelineEntry, ...]
    summary: tuple[SummarySentence, ...]
    consensus: tuple[Statement, ...] = ()
    lone_statements: tuple[Statement, ...] = ()
    dates: tuple[DateSlot, ...] = ()

    @property
    def single_source(self) -> tuple[ClaimSlot, ...]:
        """The claim slots that only one origin backs."""
        return tuple(slot for slot in self.claims if slot.status == "single-source")
