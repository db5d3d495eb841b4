"""The day of a telling read where the words around it say where or how it was made, and the
day of an undated report in a story spread over weeks (silang.compare.dates_words,
silang.compare.dates, silang.compare.timeline). Indonesian sentences written for these
tests, in the shapes of Pratiwi dev topics 9 and 12: a telling word a place phrase or a
statement's channel stands between with its date ("kata X di kantornya, Senin"), reported
speech the quote stage runs on to the day closing the sentence, and "Senin (12/3)" with no
year in a report with no day of its own."""

from __future__ import annotations

from dataclasses import replace

import pytest

from dated_reports import date_lexicons, dated_report, slot_of, story_date_slots
from silang.compare.dates import event_of
from silang.compare.dates_lexicon import STATEMENT
from silang.compare.timeline import anchored
from silang.model import Annotated, Entity, Quote


def _statement_read(sentence: str, day: str) -> bool:
    """Whether the day ``day`` of ``sentence`` is read as a telling's."""
    item = dated_report("a", [sentence], "2017-11-13", language="id")
    glossary, events = date_lexicons()
    time = next(t for t in item.times if t.text.startswith(day))
    reading = event_of(item, time, events, glossary)
    return reading is not None and reading.event == STATEMENT


@pytest.mark.parametrize(
    ("sentence", "day"),
    [
        # "di kantornya" (at his office) says where the telling was made, not what happened:
        # the search goes on past it to "kata".
        (
            '"Pelakunya akan kami cari," kata Kepala Divisi Humas, Inspektur Jenderal Setyo'
            " di kantornya, Jakarta Selatan, Senin (13/11/2017).",
            "Senin",
        ),
        # A statement's channel says how it was made.
        (
            '"Penghuni sudah tenang," ujar Kepala Bagian Penerangan, Kombes Martinus melalui'
            " pesan singkat, Sabtu (11/11/2017).",
            "Sabtu",
        ),
        # "yang diterima wartawan" tells how the written statement came: the relative clause
        # of a channel does not cut the telling from its day.
        (
            '"Semua tahanan sudah kembali ke sel," kata Rikwanto dalam keterangan tertulis'
            " yang diterima wartawan, Jumat (10/11/2017).",
            "Jumat",
        ),
    ],
)
def test_words_of_where_or_how_between_a_telling_and_its_day_let_the_telling_date_it(
    sentence: str, day: str
) -> None:
    assert _statement_read(sentence, day)


def test_a_long_phrase_after_a_preposition_still_tells_what() -> None:
    # More than PLACE_WORDS words of content after "di" tell more than where: the date is
    # no telling's.
    assert not _statement_read(
        '"Pelakunya akan kami cari," kata Kepala Divisi Humas, Inspektur Jenderal Setyo'
        " di tembok sel tahanan teroris yang jebol, Senin (13/11/2017).",
        "Senin",
    )


REPORTED = (
    "Kepastian itu muncul setelah Menteri Keuangan Sri Wulandari menjelaskan hal itu di"
    " hadapan para jurnalis di Istana Bogor, Jawa Barat, Senin (12/3/2018)."
)


def _reported(aid: str, published: str) -> Annotated:
    """A report of REPORTED with the reported speech the quote stage reads in it: its words
    run from "hal itu" to the sentence's end, the day included."""
    item = dated_report(aid, [REPORTED], published, language="id")
    name = "Sri Wulandari"
    at = REPORTED.index(name)
    start = REPORTED.index("hal itu")
    quote = Quote(
        start, len(REPORTED), REPORTED[start:], False, name, at, at + len(name), "menjelaskan"
    )
    person = Entity(at, at + len(name), name, "person", name)
    return replace(item, quotes=(quote,), entities=(person,))


def test_the_day_closing_reported_speech_dates_the_telling() -> None:
    # The quote stage runs the reported speech on to the sentence's end; the day set off by
    # a comma after it is the day Sri Wulandari spoke, and two reports of it agree on it.
    slots = story_date_slots(_reported("a", "2018-03-12"), _reported("b", "2018-03-13"))
    slot = slot_of(slots, "a", "2018-03-12")
    assert slot is not None and slot is slot_of(slots, "b", "2018-03-12")
    assert slot.event == f"{STATEMENT}: Sri Wulandari"
    assert slot.status == "agreed"


DENIAL = ['"Itu tidak benar," kata Sri Wulandari di Istana Bogor, {day}.']


def _spread_story(day: str) -> list[Annotated]:
    """Two dated reports nine months apart and an undated one naming ``day``."""
    early = dated_report("e", ['"Gaji tidak naik," kata Bey, Rabu (28/6/2017).'], "2017-06-28")
    late = dated_report("l", [DENIAL[0].format(day="Senin (12/3/2018)")], "2018-03-12")
    undated = dated_report("u", [DENIAL[0].format(day=day)], None, language="id")
    return anchored([early, late, undated], date_lexicons()[0])


def test_an_undated_report_of_a_spread_story_is_read_in_the_week_its_weekday_names() -> None:
    # 12 March was a Monday in 2018, not in 2017: the undated report is of the story's
    # March 2018 week, and its "Senin (12/3)" is that Monday.
    undated = _spread_story("Senin (12/3)")[2]
    assert [t.date for t in undated.times] == ["2018-03-12"]


def test_a_weekday_set_apart_from_its_day_and_month_names_the_week_too() -> None:
    # "Senin, (12/03)" is read as two expressions: the weekday just before the day counts.
    undated = _spread_story("pada Senin, (12/03)")[2]
    assert "2018-03-12" in [t.date for t in undated.times]


def test_a_named_day_whose_weekday_fits_no_year_of_the_story_stays_undated() -> None:
    # 12 March was a Sunday in 2017 and a Monday in 2018: "Selasa (12/3)" fits neither.
    undated = _spread_story("Selasa (12/3)")[2]
    assert all(t.date is None for t in undated.times)


def test_a_day_recalled_with_a_year_of_its_own_does_not_date_the_report() -> None:
    # "Rabu (28/6) tahun lalu" fits the story's June 2017 report, but its sentence says it is
    # of another year than the report's: a day it recalls, not its own. The report stays
    # undated (as before the weekday rule) instead of being read as of June 2017.
    early = dated_report("e", ['"Gaji tidak naik," kata Bey, Rabu (28/6/2017).'], "2017-06-28")
    late = dated_report("l", [DENIAL[0].format(day="Senin (12/3/2018)")], "2018-03-12")
    undated = dated_report(
        "u",
        [
            DENIAL[0].format(day="Senin"),
            "Bey sudah membantah kabar yang sama pada Rabu (28/6) tahun lalu.",
        ],
        None,
        language="id",
    )
    out = anchored([early, late, undated], date_lexicons()[0])[2]
    assert all(t.date is None or not t.date.startswith("2017-06") for t in out.times)
    assert all(t.date is None or not t.date.startswith("2016") for t in out.times)
