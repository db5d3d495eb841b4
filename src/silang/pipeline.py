"""Composes the stages: ingest → extract + clean → annotate → store.

Every stage is a pure function of its input records and a Toolkit (the loaded language packs and
language identifier), so the same document always gives the same article. The store decides what
is new: a document whose key it knows is skipped, an article whose text it knows gains a source.
"""

from __future__ import annotations

import hashlib
import logging
import uuid
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, replace
from datetime import date, datetime
from itertools import islice

import httpx

from silang.clean import clean, clean_title
from silang.corpus import add_stories, update_links
from silang.errors import InputError, UnsupportedLanguage
from silang.extract.coref import resolve_names
from silang.extract.entities import EntityRecognizer, RuleEntityRecognizer
from silang.extract.metadata import normalise_published, outlet_from_url, outlet_key, url_date
from silang.extract.quantities import find_quantities
from silang.extract.quotes import find_quotes
from silang.extract.sentences import split_sentences
from silang.extract.times import find_times, infer_published
from silang.ingest import extract, iter_documents
from silang.ingest.feeds import channel_outlet
from silang.lang import SUPPORTED, LanguagePack, load_pack
from silang.lang.detect import LanguageIdentifier
from silang.model import (
    Annotated,
    Article,
    Credit,
    Dateline,
    Document,
    Link,
    Rejection,
    RunSummary,
    Span,
)
from silang.ner.recognizer import indonesian_recognizer
from silang.settings import Settings
from silang.store import Store

log = logging.getLogger("silang.pipeline")

#: Bumped whenever the annotate stage's output changes; stored articles annotated with an
#: older version are annotated again (from their stored text, without re-reading the source).
ANNOTATE_VERSION = 116

#: Documents handed to a worker process at a time: large enough to amortise pickling,
#: small enough to keep memory flat on big inputs.
BATCH_SIZE = 32


@dataclass(frozen=True)
class Toolkit:
    """What the per-document stages need, built once per process."""

    settings: Settings
    identifier: LanguageIdentifier
    packs: Mapping[str, LanguagePack]
    #: Per language, what finds names: the rule baseline; for Indonesian the trained model
    #: takes over on lower-cased text (silang.ner.recognizer.indonesian_recognizer).
    recognizers: Mapping[str, EntityRecognizer]

    @classmethod
    def build(cls, settings: Settings) -> Toolkit:
        packs = {code: load_pack(code) for code in SUPPORTED}
        return cls(
            settings=settings,
            identifier=LanguageIdentifier(settings.detect_languages),
            packs=packs,
            recognizers={
                code: RuleEntityRecognizer(p.quotes)
                if code != "id"
                else indonesian_recognizer(RuleEntityRecognizer(p.quotes))
                for code, p in packs.items()
            },
        )

    def packs_for(self, language: str) -> tuple[LanguagePack, ...]:
        """The article's own pack first, then the others (cleaning uses them all: pages in
        one language carry inserts in another)."""
        if language not in self.packs:
            raise UnsupportedLanguage(language, tuple(self.packs))
        return (self.packs[language], *(p for code, p in self.packs.items() if code != language))


@dataclass(frozen=True)
class Progress:
    """One step of a run, for a progress display."""

    documents: int
    added: int
    rejected: int
    source: str


def document_key(document: Document) -> str:
    """A hash of where a document came from and everything it holds."""
    digest = hashlib.sha256()
    for part in (
        document.source,
        document.media,
        document.container,
        document.charset,
        document.url,
        document.title,
        document.published,
        document.outlet,
        document.author,
        document.language,
    ):
        digest.update((part or "").encode("utf-8", "surrogatepass") + b"\x00")
    digest.update(document.data)
    return digest.hexdigest()


def article_id(text: str, outlet: str | None) -> str:
    """Content address of an article: its clean text and the outlet that published it.

    The same text read from two places (a page and its WARC capture, a feed entry and its URL)
    is one article with both sources. The outlet is part of the address because a verbatim
    copy published by another outlet is another publication: merging it into the original
    would hide exactly the copy that the derivations stage must count.
    """
    normalised = " ".join(text.split())
    digest = hashlib.sha256(outlet_key(outlet).encode("utf-8", "surrogatepass") + b"\x00")
    digest.update(normalised.encode("utf-8", "surrogatepass"))
    return digest.hexdigest()[:16]


def process_document(document: Document, toolkit: Toolkit) -> Annotated | Rejection:
    """Extract, clean and annotate one document; a Rejection says why it could not be."""
    try:
        article = make_article(document, toolkit)
        return annotate(article, toolkit)
    except (InputError, UnsupportedLanguage) as exc:
        return Rejection(document.source, str(exc), stage="extract")
    except Exception as exc:  # a bug or a library failure on one article must not end the run
        log.exception("internal error on %s", document.source)
        return Rejection(
            document.source, f"internal error: {type(exc).__name__}: {exc}", stage="extract"
        )


def make_article(document: Document, toolkit: Toolkit) -> Article:
    settings = toolkit.settings
    extracted = extract(document)
    if len(extracted.text) > settings.max_article_chars:
        raise InputError(
            f"article text is {len(extracted.text):,} characters, over the limit of "
            f"{settings.max_article_chars:,} (Settings.max_article_chars)"
        )
    language = toolkit.identifier.identify(extracted.text) or document.language
    if language is None:
        raise InputError("no text to identify a language in")
    packs = toolkit.packs_for(language)
    title = document.title or extracted.title
    url = document.url or extracted.url
    # Site names come as "Kompas.com - Berita Terkini": the outlet is the part before the slogan.
    site_names = (document.outlet, channel_outlet(extracted.outlet), outlet_from_url(url))
    cleaned = clean(extracted.text, packs, title, site_names)
    if len(cleaned.text) < settings.min_article_chars:
        raise InputError(
            f"only {len(cleaned.text)} characters of article text after cleaning "
            f"(minimum {settings.min_article_chars})"
        )
    dateline = cleaned.dateline
    outlet, credits = _outlet_and_credits(
        [name for name in site_names if name], dateline, cleaned.credits
    )
    return Article(
        id=article_id(cleaned.text, outlet),
        sources=(document.source,),
        text=cleaned.text,
        raw_text=extracted.text,
        language=language,
        title=clean_title(title, packs) if title else None,
        outlet=outlet,
        city=dateline.city if dateline else None,
        author=document.author or extracted.author,
        url=url,
        published=normalise_published(document.published or extracted.published),
        published_inferred=not document.published and extracted.published_inferred,
        removed=cleaned.removed,
        credits=credits,
        dateline=dateline,
    )


def _outlet_and_credits(
    site_names: list[str], dateline: Dateline | None, credits: tuple[Credit, ...]
) -> tuple[str | None, tuple[Credit, ...]]:
    """Who published the article, and the credits with the dateline's outlet added when the
    dateline names another outlet than the page's own ("(NNA) -" on kabarnusa.com: the text
    is NNA's, copied). Without any name of its own, the page is the dateline's outlet's."""
    own = site_names[0] if site_names else None
    named = dateline.outlet if dateline else None
    if dateline is None or named is None or own is None:
        return own or named, credits
    key = outlet_key(named)
    if any(_same_outlet(key, outlet_key(name)) for name in site_names):
        # The dateline spells the outlet as the newsroom does ("detikLembah"); site names are
        # often re-cased ("Detiklembah"). An all-caps dateline ("KABARNUSA.com") is house style
        # for datelines, not for the name.
        shouting = named.split(".")[0].isupper()
        return (own if shouting or outlet_key(own) != key else named), credits
    copied = Credit("copied-from", dateline.text, dateline.start, dateline.end, outlet=named)
    return own, tuple(sorted((*credits, copied), key=lambda c: (c.start, c.end)))


def _same_outlet(a: str, b: str) -> bool:
    """ "detikjatim" and "detik", "kompas" and "kompastv": one outlet's names share a stem."""
    return bool(a and b) and (a.startswith(b) or b.startswith(a))


def annotate(article: Article, toolkit: Toolkit) -> Annotated:
    """Sentences, names, figures, dates and who said what; every span indexes the text.

    When the sources declared no publication date, it is inferred from the text (dateline
    date, weekday-with-date forms, the latest absolute date) and marked inferred, so that
    relative dates ("kemarin", "pekan lalu") still resolve.
    """
    pack = toolkit.packs_for(article.language)[0]
    text = article.text
    sentences = split_sentences(text, pack)
    published = _day_of(article.published)
    times = find_times(text, sentences, published, pack.figures)
    if published is None:
        from_text = infer_published(text, times, pack.figures)
        inferred = _dateline_date(article, pack, from_text) or _url_day(article) or from_text
        if inferred is not None:
            article = replace(article, published=inferred.isoformat(), published_inferred=True)
            times = find_times(text, sentences, inferred, pack.figures)
    # Quotes take their speakers from the entities' canonical names, so names come first.
    found = toolkit.recognizers[article.language].recognise(text, sentences)
    entities = resolve_names(text, found, pack.quotes)
    return Annotated(
        article=article,
        sentences=sentences,
        quantities=find_quantities(text, sentences, pack.figures),
        times=times,
        entities=entities,
        quotes=find_quotes(text, sentences, entities, pack.quotes),
    )


def _dateline_date(article: Article, pack: LanguagePack, from_text: date | None) -> date | None:
    """The date a dateline carries ("SARI CITY, March 14 (Pacific Wire) -"); cleaning took the
    dateline out of the text, so it is read from the raw text here.

    Wire datelines often leave out the year; it then comes from the dates in the text
    (``from_text``): "March 14" is resolved against the day they give."""
    if article.dateline is None:
        return None
    line = article.dateline.text
    found = find_times(line, (Span(0, len(line)),), None, pack.figures)
    named = infer_published(line, found, pack.figures)
    if named is not None or from_text is None:
        return named
    return _yearless_dateline_day(article, pack, from_text)


def _url_day(article: Article) -> date | None:
    """The day in the article's URL ("/news/2024/03/14/slug"): the page's own address, or the
    one its source was read from."""
    for url in (article.url, *article.sources):
        day = url_date(url)
        if day is not None:
            return day
    return None


def _yearless_dateline_day(article: Article, pack: LanguagePack, reference: date) -> date | None:
    """The day of a dateline that names a day without its year, in the year ``reference``
    gives; None when the dateline has no such day."""
    if article.dateline is None:
        return None
    line = article.dateline.text
    whole = (Span(0, len(line)),)
    if not any(
        t.granularity == "day" and t.date is None
        for t in find_times(line, whole, None, pack.figures)
    ):
        return None
    resolved = find_times(line, whole, reference, pack.figures)
    days = [t.date for t in resolved if t.granularity == "day" and t.date and not t.relative]
    return date.fromisoformat(days[0][:10]) if days else None


#: Links whose two articles tell one text, so that one's day dates the other; articles that
#: only quote the same statement may be days apart.
_SAME_TEXT = frozenset({"duplicate", "copy", "rewrite", "spin", "translation"})


def date_from_links(
    store: Store, items: Sequence[Annotated], links: Sequence[Link], toolkit: Toolkit
) -> int:
    """Date the undated articles that are copies, translations or originals of dated ones.

    A wire's "SARI CITY, March 14 (Pacific Wire) -" with no year anywhere in its text takes
    the year from its translation published 2024-03-14; an article with no date at all takes
    the earliest day of the articles that tell its text. Both are marked inferred and are
    annotated again with that day, so that their relative dates resolve. Returns how many.
    """
    by_id = {item.article.id: item.article for item in items}
    linked: dict[str, list[str]] = {}
    for link in links:
        if link.relation in _SAME_TEXT:
            linked.setdefault(link.a, []).append(link.b)
            linked.setdefault(link.b, []).append(link.a)
    dated = 0
    for item in items:
        article = item.article
        if article.published is not None:
            continue
        days = sorted(
            day
            for other in linked.get(article.id, ())
            if other in by_id and (day := _day_of(by_id[other].published)) is not None
        )
        if not days:
            continue
        pack = toolkit.packs_for(article.language)[0]
        day = _yearless_dateline_day(article, pack, days[0]) or days[0]
        redated = replace(article, published=day.isoformat(), published_inferred=True)
        store.redate_article(annotate(redated, toolkit), ANNOTATE_VERSION)
        dated += 1
    return dated


def _day_of(published: str | None) -> date | None:
    if published is None:
        return None
    try:
        return datetime.fromisoformat(published).date()
    except ValueError:
        return None


# -- running over many documents -----------------------------------------------------------

# Each worker process builds its own Toolkit once, in the pool initializer: the lingua
# detector cannot be shared across processes and is too slow to rebuild per batch.
_worker_toolkit: Toolkit | None = None


def _init_worker(settings: Settings) -> None:
    global _worker_toolkit  # noqa: PLW0603 - per-process state set once by the pool
    _worker_toolkit = Toolkit.build(settings)


def _process_batch(batch: list[Document]) -> list[Annotated | Rejection]:
    assert _worker_toolkit is not None, "worker started without its initializer"
    return [process_document(document, _worker_toolkit) for document in batch]


def _batches(items: Iterable[Document], size: int) -> Iterator[list[Document]]:
    iterator = iter(items)
    while batch := list(islice(iterator, size)):
        yield batch


def process_all(
    documents: Iterable[Document], toolkit: Toolkit
) -> Iterator[tuple[Document, Annotated | Rejection]]:
    """Process documents in order, in worker processes when ``settings.workers`` > 1 (each
    builds its own Toolkit: packs and the language identifier do not cross processes)."""
    settings = toolkit.settings
    if settings.workers <= 1:
        for document in documents:
            yield document, process_document(document, toolkit)
        return
    with ProcessPoolExecutor(
        max_workers=settings.workers, initializer=_init_worker, initargs=(settings,)
    ) as pool:
        batches = _batches(documents, BATCH_SIZE)
        # Keep a bounded number of batches in flight so memory stays flat on huge inputs.
        in_flight = [
            (batch, pool.submit(_process_batch, batch))
            for batch in islice(batches, settings.workers * 2)
        ]
        while in_flight:
            batch, future = in_flight.pop(0)
            yield from zip(batch, future.result(), strict=True)
            following = next(batches, None)
            if following is not None:
                in_flight.append((following, pool.submit(_process_batch, following)))


def analyze(
    inputs: Sequence[str],
    store: Store,
    settings: Settings,
    *,
    client: httpx.Client | None = None,
    on_progress: Callable[[Progress], None] | None = None,
) -> RunSummary:
    """Read every input into the store; return what this run did.

    Never raises for one bad input: each lands in the store's rejections and in the summary.
    """
    run_id = uuid.uuid4().hex[:12]
    store.begin_run(run_id, inputs)
    rejected: list[Rejection] = []
    seen = skipped = added = merged = 0

    def new_documents() -> Iterator[Document]:
        nonlocal seen, skipped
        for item in iter_documents(inputs, settings, client):
            if isinstance(item, Rejection):
                store.add_rejection(item, run_id=run_id)
                rejected.append(item)
                _report(item.source)
                continue
            seen += 1
            key = document_key(item)
            if store.knows_document(key):
                skipped += 1
                earlier = store.document_rejection(key)
                if earlier is not None:
                    rejected.append(earlier)
                _report(item.source)
                continue
            yield item

    def _report(source: str) -> None:
        if on_progress is not None:
            on_progress(Progress(seen, added + merged, len(rejected), source))

    toolkit = Toolkit.build(settings)
    for document, result in process_all(new_documents(), toolkit):
        key = document_key(document)
        if isinstance(result, Rejection):
            store.add_rejection(result, run_id=run_id, document_key=key)
            rejected.append(result)
        elif store.add_article(result, document_key=key, run_id=run_id, version=ANNOTATE_VERSION):
            added += 1
        else:
            merged += 1
        _report(document.source)

    reannotate_stale(store, toolkit)
    items = store.annotated()
    update_links(
        store,
        items,
        toolkit.packs,
        annotate_version=ANNOTATE_VERSION,
        workers=settings.workers,
    )
    if date_from_links(store, items, store.links(), toolkit):
        items = store.annotated()
    add_stories(store, items, toolkit.packs, new=store.unfinished_articles())
    summary = RunSummary(
        run_id=run_id,
        documents_seen=seen,
        documents_skipped=skipped,
        articles_added=added,
        articles_merged=merged,
        rejected=tuple(rejected),
    )
    store.finish_run(summary)
    return summary


def reannotate_stale(store: Store, toolkit: Toolkit) -> int:
    """Annotate again the stored articles whose annotations predate ANNOTATE_VERSION."""
    versions = store.annotation_versions()
    stale = [a for a in store.articles() if versions.get(a.id, 0) < ANNOTATE_VERSION]
    for article in stale:
        store.replace_annotations(annotate(article, toolkit), ANNOTATE_VERSION)
    return len(stale)
