"""Hand-made records for tests (built directly, not by running earlier stages)."""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

from silang.cluster import ClusterState
from silang.compare.slots import claim_slots
from silang.corpus import LEGACY_STATE_VERSION
from silang.extract.quantities import find_quantities
from silang.lang.figures import FiguresLexicon, load_figures_lexicon
from silang.model import (
    Annotated,
    Article,
    ClaimSlot,
    Credit,
    Dateline,
    Entity,
    Quantity,
    Removal,
    Span,
    Story,
)
from silang.store import codec
from silang.store.schema import MIGRATIONS

#: ../shared/data beside the repository; tests that need it skip with a message when absent.
SHARED_DATA = Path(__file__).resolve().parents[2] / "shared" / "data"


def make_article(
    text: str = "Banjir melanda Lembah Sari. Ribuan warga mengungsi.",
    *,
    article_id: str = "0123456789abcdef",
    sources: tuple[str, ...] = ("a.txt",),
    language: str = "id",
    raw_prefix: str = "LEMBAH SARI, KABARNUSA.com - ",
    published: str | None = "2024-03-13",
) -> Article:
    """An Article as cleaning would make it: the raw text is a dateline plus the clean text."""
    raw = raw_prefix + text
    dateline = (
        Dateline(
            text=raw_prefix.strip(),
            start=0,
            end=len(raw_prefix.rstrip()),
            outlet="KABARNUSA.com",
            city="LEMBAH SARI",
        )
        if raw_prefix
        else None
    )
    removed = (
        (Removal("dateline", raw_prefix.rstrip(), 0, len(raw_prefix.rstrip())),)
        if raw_prefix
        else ()
    )
    credits = (Credit("copied-from", "Sumber: NNA", 0, 0, outlet="NNA"),)
    return Article(
        id=article_id,
        sources=sources,
        text=text,
        raw_text=raw,
        language=language,
        title="Banjir di Lembah Sari",
        outlet="KABARNUSA.com",
        city="LEMBAH SARI",
        published=published,
        removed=removed,
        credits=credits,
        dateline=dateline,
    )


def make_annotated(article: Article | None = None) -> Annotated:
    article = article or make_article()
    return Annotated(article=article, sentences=(Span(0, 27), Span(28, len(article.text))))


def sentences_item(
    aid: str,
    sentences: list[str],
    quantities: Sequence[Quantity] = (),
    *,
    entities: Sequence[Entity] = (),
    language: str = "id",
    published: str = "2015-11-02",
) -> Annotated:
    """An annotated article of ``sentences`` joined by spaces, with their spans and the given
    figures and entities."""
    text = " ".join(sentences)
    spans, at = [], 0
    for sentence in sentences:
        spans.append(Span(at, at + len(sentence)))
        at += len(sentence) + 1
    article = make_article(text, article_id=aid, language=language, published=published)
    return Annotated(
        article=article,
        sentences=tuple(spans),
        quantities=tuple(quantities),
        entities=tuple(entities),
    )


def figure_in(
    sentences: list[str],
    written: str,
    value: float,
    counted: str | None = None,
    cls: str | None = None,
) -> Quantity:
    """The figure ``written`` where it first stands in ``sentences`` joined by spaces."""
    text = " ".join(sentences)
    start = text.index(written)
    return Quantity(start, start + len(written), written, value, counted=counted, counted_class=cls)


def slot_holding(slots: tuple[ClaimSlot, ...], aid: str, value: float) -> ClaimSlot:
    """The claim slot holding ``value`` from article ``aid``."""
    return next(
        s for s in slots if any(v.value == value and aid in v.article_ids for v in s.values)
    )


def id_report(aid: str, *sentences: str) -> Annotated:
    """An Indonesian report of ``sentences`` with the figures the figures stage reads."""
    item = sentences_item(aid, list(sentences), published="2024-05-08")
    found = find_quantities(item.article.text, list(item.sentences), load_figures_lexicon("id"))
    return replace(item, quantities=tuple(found))


def story_slots(*items: Annotated) -> tuple[ClaimSlot, ...]:
    """The claim slots of one story of ``items`` (no entity clusters)."""
    return claim_slots(list(items), {})


def reports_slots(reports: Sequence[Sequence[str]]) -> tuple[ClaimSlot, ...]:
    """The claim slots of one story of Indonesian reports, each given as its id and then its
    sentences (see ``id_report``)."""
    return story_slots(*(id_report(aid, *sentences) for aid, *sentences in reports))


def two_sums(
    slots: tuple[ClaimSlot, ...], one: tuple[str, float], other: tuple[str, float]
) -> bool:
    """Whether the values ``one`` and ``other`` (article id, value) stand in two slots and the
    story disputes nothing."""
    apart = slot_holding(slots, *one) is not slot_holding(slots, *other)
    return apart and not any(s.status == "disputed" for s in slots)


def one_disputed_sum(
    slots: tuple[ClaimSlot, ...], one: tuple[str, float], other: tuple[str, float]
) -> bool:
    """Whether the values ``one`` and ``other`` (article id, value) stand in one slot, and it
    is disputed."""
    slot = slot_holding(slots, *one)
    return slot is slot_holding(slots, *other) and slot.status == "disputed"


def figured_report(aid: str, sentences: list[str], published: str | None = None) -> Annotated:
    """An English report of ``sentences`` with the figures the figures stage reads in them,
    published on ``published`` (None: no day, as an ECB+ document)."""
    text = " ".join(sentences)
    item = sentences_item(aid, sentences, language="en")
    found = find_quantities(text, list(item.sentences), load_figures_lexicon("en"))
    item = replace(item, quantities=tuple(found))
    return replace(item, article=replace(item.article, published=published))


def quantities_in(language: str, text: str) -> list[Quantity]:
    """The figures the figures stage reads in ``text`` (one sentence) of ``language``, in
    order."""
    return list(find_quantities(text, [Span(0, len(text))], load_figures_lexicon(language)))


def quantities_by_text(text: str, lexicon: FiguresLexicon) -> dict[str, Quantity]:
    """The figures the figures stage reads in ``text`` (one sentence), by their written text."""
    return {q.text: q for q in find_quantities(text, (Span(0, len(text)),), lexicon)}


def schema_two_store(
    path: Path, stories: Sequence[Story], state: ClusterState | None = None
) -> None:
    """A store as silang wrote it at schema version 2: story records without the columns and
    tables of version 3, and, given a clustering ``state``, that state's JSON under the
    version-1 state's number (its archived stories inside it)."""
    db = sqlite3.connect(path, isolation_level=None)
    db.executescript(MIGRATIONS[0] + ";\n" + MIGRATIONS[1] + ";\nPRAGMA user_version = 2;")
    db.executemany(
        "INSERT INTO stories (id, record) VALUES (?, ?)",
        [(story.id, codec.dumps(story)) for story in stories],
    )
    if state is not None:
        db.execute(
            "INSERT INTO stage_state (stage, version, record) VALUES ('cluster', ?, ?)",
            (LEGACY_STATE_VERSION, codec.dumps(replace(state, version=LEGACY_STATE_VERSION))),
        )
    db.close()
