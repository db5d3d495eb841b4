"""Date slots of tellings no speaker is named for (silang.compare.dates): a telling's year,
or its day where no report dates the happening it tells of, is a happening of its own where
another report retells the sentence with the same date, and disputes none; and "the state"
is no telling word. Sentences written for these tests."""

from __future__ import annotations

from functools import cache

from silang.compare.dates import EventWords, date_slots, event_of, load_event_words
from silang.compare.glossary import Glossary, load_glossary
from silang.model import Annotated, DateSlot, Granularity, Span, TimeExpression

from records import make_article


@cache
def _lexicons() -> tuple[Glossary, EventWords]:
    glossary = load_glossary()
    return glossary, load_event_words(glossary)


def _item(aid: str, text: str, phrase: str, date: str, granularity: Granularity) -> Annotated:
    article = make_article(text, article_id=aid, language="en", published="2024-03-14")
    start = text.index(phrase)
    relative = not any(ch.isdigit() for ch in phrase)
    time = TimeExpression(start, start + len(phrase), phrase, granularity, date, None, relative)
    return Annotated(article=article, sentences=(Span(0, len(text)),), times=(time,))


def _slots(*items: Annotated) -> tuple[DateSlot, ...]:
    glossary, events = _lexicons()
    return date_slots(list(items), {}, glossary, events)


PAINTINGS = "In {year}, police said they had recovered most of the stolen paintings."
MILL = "The closure of the old mill was announced on Wednesday by a spokesman for the {who}."


def test_a_telling_year_retold_by_another_report_is_one_happening() -> None:
    """A year beside a telling word dates what is told, not the telling: two reports that
    retell the sentence give one happening, agreed by both."""
    slots = _slots(
        _item("a1", PAINTINGS.format(year=2009), "2009", "2009", "year"),
        _item("a2", PAINTINGS.format(year=2009), "2009", "2009", "year"),
    )
    assert [(s.status, [v.article_ids for v in s.values]) for s in slots] == [
        ("agreed", [("a1", "a2")])
    ]


def test_a_telling_year_no_report_retells_is_left_out() -> None:
    assert _slots(_item("a1", PAINTINGS.format(year=2009), "2009", "2009", "year")) == ()


def test_retold_tellings_on_two_years_dispute_nothing() -> None:
    """Such a date is only a telling's: another year in a retelling is no dispute."""
    slots = _slots(
        _item("a1", PAINTINGS.format(year=2009), "2009", "2009", "year"),
        _item("a2", PAINTINGS.format(year=2009), "2009", "2009", "year"),
        _item("a3", PAINTINGS.format(year=2010), "2010", "2010", "year"),
    )
    assert all(slot.status != "disputed" for slot in slots)


def test_a_telling_day_of_no_speaker_retold_is_one_happening() -> None:
    """An announcement's day with no speaker named, where no report dates the closure it
    tells of that day, joins the report that retells its sentence."""
    slots = _slots(
        _item("a1", MILL.format(who="owners"), "Wednesday", "2024-03-13", "day"),
        _item("a2", MILL.format(who="company"), "Wednesday", "2024-03-13", "day"),
    )
    assert [[v.article_ids for v in s.values] for s in slots] == [[("a1", "a2")]]
    assert slots[0].status == "agreed"


def test_the_state_is_no_telling_word() -> None:
    """ "The state" is the government, not the verb of "stated": the closure is dated."""
    glossary, events = _lexicons()
    text = "The dairy was run by the state and shut down for good in March 2019."
    item = _item("a1", text, "March 2019", "2019-03", "month")
    reading = event_of(item, item.times[0], events, glossary)
    assert reading is not None and reading.event == "closure"
