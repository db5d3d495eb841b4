"""Reports whose dates the times stage reads, and the date slots of a story of them, for the
tests of silang.compare.dates (the sentences are the tests' own)."""

from __future__ import annotations

import datetime
from dataclasses import replace
from functools import cache

from silang.compare.dates import EventWords, date_slots, load_event_words
from silang.compare.dates_words import read_sentence, reading_of
from silang.compare.glossary import Glossary, load_glossary
from silang.compare.timeline import anchored
from silang.extract.times import find_times
from silang.lang.figures import load_figures_lexicon
from silang.model import Annotated, DateSlot, Entity

from records import sentences_item


@cache
def date_lexicons() -> tuple[Glossary, EventWords]:
    """The glossary and event words, read once for the whole test run."""
    glossary = load_glossary()
    return glossary, load_event_words(glossary)


def dated_report(
    aid: str,
    sentences: list[str],
    published: str | None,
    language: str = "en",
    places: tuple[str, ...] = (),
) -> Annotated:
    """A report of ``sentences`` published on ``published`` (None: no day), with the times
    the times stage reads in it and ``places`` named where they first stand."""
    text = " ".join(sentences)
    entities = [Entity(text.index(p), text.index(p) + len(p), p, "place", p) for p in places]
    item = sentences_item(aid, sentences, entities=entities, language=language)
    day = None if published is None else datetime.date.fromisoformat(published)
    times = find_times(text, item.sentences, day, load_figures_lexicon(language))
    return replace(item, article=replace(item.article, published=published), times=times)


def date_event(sentence: str, written: str, published: str, language: str = "en") -> str | None:
    """The event the date written ``written`` in a report of ``sentence`` is read as dating
    (None: none)."""
    glossary, events = date_lexicons()
    item = dated_report("a", [sentence], published, language=language)
    time = next(t for t in item.times if t.text == written)
    reading = reading_of(read_sentence(item, time, events, glossary), item, events)
    return None if reading is None else reading.event


def story_date_slots(*items: Annotated) -> tuple[DateSlot, ...]:
    """The date slots of a story of ``items``, each undated report read as of its day."""
    glossary, events = date_lexicons()
    return date_slots(anchored(items, glossary), {}, glossary, events)


def slot_of(slots: tuple[DateSlot, ...], aid: str, date: str) -> DateSlot | None:
    """The slot giving ``date`` in article ``aid``."""
    return next(
        (s for s in slots for v in s.values if v.date == date and aid in v.article_ids), None
    )


def one_slot(slots: tuple[DateSlot, ...], date: str, *aids: str) -> DateSlot:
    """The one slot in which every article of ``aids`` gives ``date``."""
    found = {id(slot_of(slots, aid, date)) for aid in aids}
    slot = slot_of(slots, aids[0], date)
    assert slot is not None and len(found) == 1, slots
    return slot
