"""Date slots (silang.compare.dates): the dates a story's articles give one event, grouped by
the event, with a status. Sentences written for these tests, Indonesian and English."""

from __future__ import annotations

from functools import cache

import pytest

from silang.compare.dates import EventWords, date_slots, event_of, load_event_words
from silang.compare.glossary import Glossary, load_glossary
from silang.compare.timeline import timeline
from silang.model import Annotated, DateSlot, Entity, Granularity, Quote, Span, TimeExpression

from records import make_article


@cache
def _lexicons() -> tuple[Glossary, EventWords]:
    glossary = load_glossary()
    return glossary, load_event_words(glossary)


def _time(text: str, phrase: str, date: str, granularity: Granularity = "day") -> TimeExpression:
    start = text.index(phrase)
    relative = not any(ch.isdigit() for ch in phrase)
    return TimeExpression(start, start + len(phrase), phrase, granularity, date, None, relative)


def _item(
    aid: str,
    text: str,
    times: list[tuple[str, str]],
    language: str = "id",
    places: tuple[str, ...] = (),
) -> Annotated:
    article = make_article(text, article_id=aid, language=language, published="2024-03-12")
    entities = tuple(Entity(text.index(p), text.index(p) + len(p), p, "place", p) for p in places)
    return Annotated(
        article=article,
        sentences=_sentences(text),
        times=tuple(_time(text, phrase, date) for phrase, date in times),
        entities=entities,
    )


def _sentences(text: str) -> tuple[Span, ...]:
    spans, start = [], 0
    for index, char in enumerate(text):
        if char == "." and (index + 1 == len(text) or text[index + 1] == " "):
            spans.append(Span(start, index + 1))
            start = index + 2
    return tuple(spans) or (Span(0, len(text)),)


def _coarse(aid: str, text: str, phrase: str, date: str, granularity: Granularity) -> Annotated:
    """A report whose one date is a month or a year ("Maret 2024", "2004")."""
    item = _item(aid, text, [])
    return Annotated(item.article, item.sentences, times=(_time(text, phrase, date, granularity),))


def _slots(*items: Annotated, origin: dict[str, str] | None = None) -> tuple[DateSlot, ...]:
    glossary, events = _lexicons()
    return date_slots(list(items), origin or {}, glossary, events)


def _event(text: str, phrase: str, language: str = "id") -> str | None:
    glossary, events = _lexicons()
    item = _item("a1", text, [(phrase, "2024-03-10")], language)
    reading = event_of(item, item.times[0], events, glossary)
    return reading.event if reading is not None else None


#: (language, sentence, the date's words, the event it dates or None).
EVENTS = [
    ("id", "Gempa terjadi Minggu (10/3) dini hari.", "Minggu (10/3)", "earthquake"),
    (
        "id",
        "Gempa mengguncang Pulau Qeshm, Iran, pada Minggu (10/3).",
        "Minggu (10/3)",
        "earthquake",
    ),
    ("id", "Pada Minggu (10/3), polisi menangkap dua tersangka.", "Minggu (10/3)", "arrest"),
    ("id", "Ratusan warga dievakuasi Minggu (10/3) malam.", "Minggu (10/3)", "evacuation"),
    (
        "id",
        "Harian itu dalam edisi 10 Maret 2024 memuat kabar tersebut.",
        "10 Maret 2024",
        "publication",
    ),
    ("id", "Hal itu disampaikan Kepala BPBD, Minggu (10/3).", "Minggu (10/3)", "statement"),
    # The tail of a web address ("Kabarkota.co.id") is part of the outlet's name, no word of
    # content that would stop the search for the telling word.
    (
        "id",
        "Itu kabar bohong, kata Kepala Humas, Budi Santoso kepada Kabarkota.co.id Minggu (10/3).",
        "Minggu (10/3)",
        "statement",
    ),
    ("id", "Warga masih bertahan di pengungsian pada Minggu (10/3).", "Minggu (10/3)", None),
    ("id", "Sebanyak 300 warga mengungsi hingga Minggu (10/3).", "Minggu (10/3)", None),
    ("id", "Mereka memperingatkan soal potensi banjir pada Minggu (10/3).", "Minggu (10/3)", None),
    ("id", "Pemusnahan reog yang telah menjadi aset sejak tahun 2010.", "2010", None),
    ("en", "The earthquake struck on Sunday, officials said.", "Sunday", "earthquake"),
    (
        "en",
        "The quake, which struck on Sunday with a force of 6.0, razed houses.",
        "Sunday",
        "earthquake",
    ),
    ("en", "Police arrested two men on Sunday.", "Sunday", "arrest"),
    ("en", "The governor said on Sunday that aid was coming.", "Sunday", "statement"),
    (
        "en",
        "Workers handed out food and water Sunday to survivors of the earthquake.",
        "Sunday",
        None,
    ),
    # A date before its noun qualifies it, whatever word stands nearer.
    ("en", "He was sentenced for the March 2005 rampage.", "March 2005", "attack"),
    ("en", "A Monday evening vigil was held near the store.", "Monday evening", "protest"),
    # The one happening of the words before the date, however far.
    (
        "en",
        "An earthquake measuring at least 5.9 shook a sparsely populated area of the south on "
        "Sunday.",
        "Sunday",
        "earthquake",
    ),
    # A date ending the first clause does not date the telling after it.
    (
        "en",
        "Crowds along the southern coast waited for hours on Sunday, officials said.",
        "Sunday",
        None,
    ),
    ("en", "A woman opened fire at the plant on Thursday.", "Thursday", "attack"),
    ("en", "Thieves pulled off a heist in central Paris on Monday.", "Monday", "robbery"),
    ("en", "He was wounded by police on Saturday.", "Saturday", "injury"),
    ("en", "The mercy he did not show on Friday was gone.", "Friday", None),
    ("en", "The video was revealed on Thursday.", "Thursday", "statement"),
    # A telling word near the date keeps it, with an event word between them.
    (
        "id",
        "Hal itu disampaikan Ratna saat ditemui di posko pengungsian Gedung Serbaguna, "
        "Kamis (14/3).",
        "Kamis (14/3)",
        "statement",
    ),
    # The event its clause names as the cause of the one nearest.
    ("en", "A quake killed 26,000 people in Bam in December 2003.", "December 2003", "earthquake"),
    # "Found" is the past of "find", "made" a light verb, "issue" a matter: none is an event.
    ("en", "The gunman was found guilty on Tuesday.", "Tuesday", "verdict"),
    # The finding of a body is a happening of its own (the "discovery"), never a founding.
    ("en", "The body was found on Tuesday.", "Tuesday", "discovery"),
    ("en", "Thieves made off with gems on Monday.", "Monday", "robbery"),
    ("en", "The arrests made on Monday drew anger.", "Monday", "arrest"),
    ("en", "The council raised the issue on Monday.", "Monday", None),
    # "Fired" is of shots or of a job, never of a blaze; gunfire words are a shooting.
    ("en", "The manager was fired on Monday.", "Monday", None),
    ("en", "A gunbattle broke out near the port on Monday.", "Monday", "attack"),
    # A date between a subject and its light verb dates what the verb leads to.
    ("en", "A judge today found the former guard guilty of murder.", "today", "verdict"),
    ("en", "Police on Monday found the body near the river.", "Monday", "discovery"),
    ("en", "Police on Monday found the car near the river.", "Monday", None),
    # A day in court is a day of the trial.
    ("en", "The receiver is due in court Monday.", "Monday", "trial"),
    # A date the sentence stage parted from its sentence at an abbreviation's full stop.
    ("en", "The shooting happened shortly after 8 p.m. Thursday.", "Thursday", "attack"),
]


@pytest.mark.parametrize(("language", "text", "phrase", "event"), EVENTS)
def test_compare_dates_event_is_the_event_word_near_the_date(
    language: str, text: str, phrase: str, event: str | None
) -> None:
    assert _event(text, phrase, language) == event


def test_compare_dates_two_days_for_one_quake_are_disputed() -> None:
    slots = _slots(
        _item("a1", "Gempa terjadi Minggu (10/3) dini hari.", [("Minggu (10/3)", "2024-03-10")]),
        _item("a2", "Gempa itu mengguncang pada Senin (11/3).", [("Senin (11/3)", "2024-03-11")]),
    )
    assert len(slots) == 1
    slot = slots[0]
    assert (slot.event, slot.status, slot.origins) == ("earthquake", "disputed", 2)
    assert [(v.date, v.article_ids) for v in slot.values] == [
        ("2024-03-10", ("a1",)),
        ("2024-03-11", ("a2",)),
    ]
    mention = slot.values[0].mentions[0]
    assert (mention.article_id, mention.text) == ("a1", "Minggu (10/3)")


def test_compare_dates_another_event_is_another_slot() -> None:
    slots = _slots(
        _item("a1", "Gempa terjadi Minggu (10/3) dini hari.", [("Minggu (10/3)", "2024-03-10")]),
        _item("a2", "Ratusan warga dievakuasi Senin (11/3).", [("Senin (11/3)", "2024-03-11")]),
    )
    assert sorted((s.event, s.status) for s in slots) == [
        ("earthquake", "single-source"),
        ("evacuation", "single-source"),
    ]


def test_compare_dates_english_and_indonesian_dates_of_one_quake_meet() -> None:
    slots = _slots(
        _item("a1", "Gempa terjadi Minggu (10/3) dini hari.", [("Minggu (10/3)", "2024-03-10")]),
        _item("a2", "The quake struck on Sunday.", [("Sunday", "2024-03-10")], "en"),
    )
    assert [(s.event, s.status, s.origins) for s in slots] == [("earthquake", "agreed", 2)]


def test_compare_dates_a_day_inside_the_month_agrees() -> None:
    month = _coarse("a2", "Gempa terjadi pada Maret 2024.", "Maret 2024", "2024-03", "month")
    slots = _slots(
        _item("a1", "Gempa terjadi Minggu (10/3) dini hari.", [("Minggu (10/3)", "2024-03-10")]),
        month,
    )
    assert [(s.status, [v.date for v in s.values]) for s in slots] == [
        ("agreed", ["2024-03", "2024-03-10"])
    ]


def test_compare_dates_copies_of_one_origin_are_single_source() -> None:
    first = _item("a1", "Gempa terjadi Minggu (10/3) dini hari.", [("Minggu (10/3)", "2024-03-10")])
    copy = _item("a2", "Gempa terjadi Senin (11/3) dini hari.", [("Senin (11/3)", "2024-03-11")])
    slots = _slots(first, copy, origin={"a2": "a1"})
    assert [(s.status, s.origins) for s in slots] == [("single-source", 1)]


def test_compare_dates_one_article_giving_two_years_tells_two_quakes() -> None:
    # The article dates this quake and an older one: they are two events, not a dispute, and
    # another report of the older year joins the older one.
    text = "Gempa terjadi Minggu (10/3/2024). Gempa pada 2004 lebih besar."
    both = _item("a1", text, [("Minggu (10/3/2024)", "2024-03-10"), ("2004", "2004")])
    both = Annotated(
        both.article,
        both.sentences,
        times=(both.times[0], _time(text, "2004", "2004", "year")),
    )
    older = _coarse("a2", "Gempa pada 2004 menewaskan ribuan orang.", "2004", "2004", "year")
    slots = _slots(both, older)
    assert all(s.status != "disputed" for s in slots)
    assert {tuple(v.date for v in s.values) for s in slots} == {("2004",), ("2024-03-10",)}


def test_compare_dates_far_apart_days_need_a_shared_name_to_dispute() -> None:
    near = "Gempa terjadi Minggu (10/3/2024)."
    far = "Gempa terjadi Minggu (10/3/2014)."
    apart = _slots(
        _item("a1", near, [("Minggu (10/3/2024)", "2024-03-10")]),
        _item("a2", far, [("Minggu (10/3/2014)", "2014-03-10")]),
    )
    assert sorted(s.status for s in apart) == ["single-source", "single-source"]
    named = _slots(
        _item(
            "a1",
            "Koran Harian Lestari edisi 24 April 2001 memuatnya.",
            [("24 April 2001", "2001-04-24")],
        ),
        _item(
            "a2",
            "Koran Harian Lestari edisi 24 April 2011 memuatnya.",
            [("24 April 2011", "2011-04-24")],
        ),
        _item("a3", "Banjir melanda desa itu.", []),
        _item("a4", "Banjir melanda kota itu.", []),
    )
    assert [(s.event, s.status) for s in named] == [("publication", "disputed")]


def test_compare_dates_different_places_are_different_events() -> None:
    slots = _slots(
        _item(
            "a1",
            "Gempa di Qeshm terjadi Minggu (10/3).",
            [("Minggu (10/3)", "2024-03-10")],
            places=("Qeshm",),
        ),
        _item(
            "a2",
            "Gempa di Bam terjadi Senin (11/3).",
            [("Senin (11/3)", "2024-03-11")],
            places=("Bam",),
        ),
    )
    assert sorted(s.status for s in slots) == ["single-source", "single-source"]


def test_compare_dates_an_inferred_year_takes_the_written_one() -> None:
    # "20 Oktober lalu" read against a wrong publication year beside "20 Oktober 2015".
    slots = _slots(
        _item(
            "a1",
            "Pembakaran reog terjadi pada 20 Oktober lalu.",
            [("20 Oktober lalu", "2014-10-20")],
        ),
        _item(
            "a2", "Pembakaran dilakukan pada 20 Oktober 2015.", [("20 Oktober 2015", "2015-10-20")]
        ),
    )
    assert [(s.status, [v.date for v in s.values]) for s in slots] == [("agreed", ["2015-10-20"])]


def _quoted(aid: str, text: str, phrase: str, date: str, speaker: str) -> Annotated:
    item = _item(aid, text, [(phrase, date)])
    said = text.index(speaker)
    quote = Quote(1, text.index('"', 1), text[1 : text.index('"', 1)], True, speaker, said,
                  said + len(speaker))  # fmt: skip
    return Annotated(item.article, item.sentences, times=item.times, quotes=(quote,))


def test_compare_dates_one_speakers_statement_on_one_day_agrees() -> None:
    slots = _slots(
        _quoted("a1", '"Itu kabar bohong," kata Abu Salam, Selasa (12/3).', "Selasa (12/3)",
                "2024-03-12", "Abu Salam"),
        _quoted("a2", '"Itu hoaks," kata Abu, Selasa (12/3).', "Selasa (12/3)", "2024-03-12",
                "Abu"),
    )  # fmt: skip
    assert [(s.event, s.status, s.origins) for s in slots] == [
        ("statement: Abu Salam", "agreed", 2)
    ]


def test_compare_dates_statements_on_two_days_are_no_dispute() -> None:
    # A speaker may speak to one outlet on Monday and to another on Tuesday.
    slots = _slots(
        _quoted("a1", '"Itu kabar bohong," kata Abu Salam, Senin (11/3).', "Senin (11/3)",
                "2024-03-11", "Abu Salam"),
        _quoted("a2", '"Itu hoaks," kata Abu Salam, Selasa (12/3).', "Selasa (12/3)",
                "2024-03-12", "Abu Salam"),
    )  # fmt: skip
    assert sorted(s.status for s in slots) == ["single-source", "single-source"]


def test_compare_dates_the_start_of_a_span_disputes_nothing() -> None:
    # "sejak kemarin" dates what began then; the landslide of Wednesday is not disputed.
    slots = _slots(
        _item("a1", "Longsor terjadi Rabu (13/3).", [("Rabu (13/3)", "2024-03-13")]),
        _item("a2", "Material longsor sejak kemarin menutup jalan.", [("kemarin", "2024-03-14")]),
    )
    assert [s.status for s in slots] == ["single-source", "single-source"]


def test_compare_dates_a_day_inside_the_quote_is_no_statement_date() -> None:
    # Tuesday's rain is what Sri tells, not the day she said it.
    text = '"Selasa (12/3) hujan turun deras," kata Sri Lestari.'
    item = _quoted("a1", text, "Selasa (12/3)", "2024-03-12", "Sri Lestari")
    glossary, events = _lexicons()
    reading = event_of(item, item.times[0], events, glossary)
    assert reading is not None and reading.event == "statement"
    assert not _slots(item)


def test_compare_dates_a_year_against_a_day_is_an_older_event() -> None:
    # Both sentences name Aceh, which would let two days years apart dispute.
    older = _coarse("a1", "Gempa di Aceh pada 2004 lebih besar.", "2004", "2004", "year")
    slots = _slots(
        older,
        _item(
            "a2",
            "Gempa di Aceh terjadi Minggu (10/3/2024).",
            [("Minggu (10/3/2024)", "2024-03-10")],
        ),
        _item("a3", "Banjir melanda desa itu.", []),
        _item("a4", "Banjir melanda kota itu.", []),
    )
    assert sorted(s.status for s in slots) == ["single-source", "single-source"]


def _english(aid: str, text: str, times: list[tuple[str, str]]) -> Annotated:
    """An English report whose whole text is one sentence (its full stops are
    abbreviations')."""
    item = _item(aid, text, times, "en")
    return Annotated(item.article, (Span(0, len(text)),), times=item.times)


def test_compare_dates_an_abbreviation_ends_no_clause() -> None:
    item = _english("a1", "Two men were arrested on E. 52nd St. Saturday night.",
                    [("Saturday night", "2024-03-09")])  # fmt: skip
    glossary, events = _lexicons()
    reading = event_of(item, item.times[0], events, glossary)
    assert reading is not None and reading.event == "arrest"


def test_compare_dates_another_dates_words_are_no_event() -> None:
    # "March" is a month here, not a march.
    item = _english("a1", "Figures from March 12 show gains on Monday.",
                    [("March 12", "2024-03-12"), ("Monday", "2024-03-11")])  # fmt: skip
    glossary, events = _lexicons()
    assert event_of(item, item.times[1], events, glossary) is None


def _stamped(aid: str, clock: str, day: str) -> Annotated:
    """A report stamped at ``clock`` GMT on ``day`` telling of a riot "tonight"."""
    stamp = f"PUBLISHED: {clock} GMT"
    text = f"{stamp}\nThe vigil turned into a riot tonight."
    times = (
        TimeExpression(11, 11 + len(clock), clock, "time", f"{day}T{clock}+00:00", None, False),
        _time(text, "tonight", day),
    )
    sentences = (Span(0, len(stamp)), Span(len(stamp) + 1, len(text)))
    return Annotated(_item(aid, text, [], "en").article, sentences, times=times)


def test_compare_dates_tonight_stamped_after_midnight_agrees_with_the_day_before() -> None:
    # A report stamped 02:31 GMT on the 12th tells of the evening of the 11th as "tonight".
    monday = _english("a1", "The vigil turned into a riot on Monday.", [("Monday", "2024-03-11")])
    tonight = _stamped("a2", "02:31", "2024-03-12")
    assert [(s.status, s.origins) for s in _slots(monday, tonight)] == [("agreed", 2)]
    # Never the day after: no report is stamped before the evening it tells of.
    earlier = _stamped("a3", "02:31", "2024-03-10")
    assert [s.status for s in _slots(monday, earlier)] == ["disputed"]
    # A report stamped at noon tells of its own day's evening.
    noon = _stamped("a4", "12:40", "2024-03-12")
    assert [s.status for s in _slots(monday, noon)] == ["disputed"]


def test_compare_dates_a_resumed_trial_disputes_no_opening_day() -> None:
    opened = _english("a1", "The trial began on Wednesday.", [("Wednesday", "2024-03-13")])
    resumed = _english("a2", "The trial will resume on Monday.", [("Monday", "2024-03-18")])
    assert all(s.status != "disputed" for s in _slots(opened, resumed))


def test_compare_dates_a_page_stamp_dates_nothing() -> None:
    # The line stamping the page tells when it was put out; a headline's day dates its news.
    text = "Published time: March 12, 2013 02:03\nRiot in Flatbush on Monday\nIt went on."
    item = _item("a1", text, [("March 12, 2013", "2013-03-12"), ("Monday", "2013-03-11")], "en")
    lines = (Span(0, 36), Span(37, 63), Span(64, len(text)))
    item = Annotated(item.article, lines, times=item.times)
    assert [(s.event, [v.date for v in s.values]) for s in _slots(item)] == [
        ("protest", ["2013-03-11"])
    ]


def test_compare_dates_timeline_leaves_the_page_stamp_out() -> None:
    text = "Posted Oct 26, 2011 8:57 AM CDT\nShe died on Friday."
    item = _item("a1", text, [("Oct 26, 2011", "2011-10-26"), ("Friday", "2011-10-21")], "en")
    item = Annotated(item.article, (Span(0, 31), Span(32, len(text))), times=item.times)
    assert [entry.date for entry in timeline([item])] == ["2011-10-21"]


def test_compare_dates_a_far_telling_word_dates_the_event_it_tells() -> None:
    text = ("Prosecutors have released new video in the trial of two men accused of killing a "
            "mother of twelve in Oct. 2011.")  # fmt: skip
    item = _english("a1", text, [("Oct. 2011", "2011-10")])
    glossary, events = _lexicons()
    reading = event_of(item, item.times[0], events, glossary)
    assert reading is not None and reading.event == "death"
