"""A time that tells a schedule, and a day whose written year slipped (silang.compare.dates,
silang.compare.timeline): a time just after a word of recurrence ("every night at 9:30
p.m.", "setiap hari Senin") dates no happening, though a capitalised such word in a name
("the Daily News") is no recurrence; a day whose weekday fits the same day and month a year
on, in the week up to the report's publication day, is read in that year ("Selasa
(17/1/2016)" in a report of 18 January 2017); a day after an Indonesian speech tag set after
a quotation ("ucap Rusli", "paparnya") dates the telling. The sentences are written for
these tests."""

from __future__ import annotations

import pytest

from dated_reports import date_event, date_lexicons, dated_report, story_date_slots
from silang.compare.dates import dated_events
from silang.compare.timeline import anchored


def _dated_texts(sentence: str, published: str, language: str = "en") -> set[str]:
    glossary, events = date_lexicons()
    item = dated_report("a", [sentence], published, language=language)
    return {d.time.text for d in dated_events(item, events, glossary)}


@pytest.mark.parametrize(
    ("sentence", "written", "language"),
    [
        (
            "Volunteers hand out soup every Saturday night outside the station.",
            "Saturday night",
            "en",
        ),
        ("The farmers' market opens every Monday near the old bridge.", "Monday", "en"),
        ("Pasar ikan itu hanya buka setiap hari Senin di dekat pelabuhan.", "hari Senin", "id"),
    ],
)
def test_a_time_after_a_word_of_recurrence_dates_no_happening(
    sentence: str, written: str, language: str
) -> None:
    assert written not in _dated_texts(sentence, "2017-02-22", language)


def test_a_scheduled_clock_and_the_clock_after_it_date_no_happening() -> None:
    # The gates are shut at 21.30 and opened at 03.40 every night: no day's happening, though
    # the telling's day gives both clocks its day.
    sentence = (
        "Penjaga menutup gerbang taman setiap pukul 21.30 WIB dan membukanya lagi pada"
        " 05.40 WIB, kata Budi di Bandung, Selasa (21/2)."
    )
    assert _dated_texts(sentence, "2017-02-22", "id") == {"Selasa (21/2)"}


@pytest.mark.parametrize(
    ("sentence", "written"),
    [
        ("The museum shut its gates at 9:30 p.m. on Monday after the fire.", "at 9:30 p.m."),
        # "Daily" in a name is no recurrence: the day dates the telling.
        ("A guard told the Daily Courier Monday that the gates were shut.", "Monday"),
    ],
)
def test_a_time_with_no_word_of_recurrence_before_it_still_dates(
    sentence: str, written: str
) -> None:
    assert written in _dated_texts(sentence, "2017-02-22")


def _read_day(sentence: str, published: str | None, written: str) -> str | None:
    glossary, _ = date_lexicons()
    item = dated_report("a", [sentence], published, language="id")
    (read,) = anchored([item], glossary)
    return next(t.date for t in read.times if t.text == written)


def test_a_slipped_year_is_read_in_the_year_its_weekday_and_the_report_agree_on() -> None:
    sentence = "Obat itu belum teruji, kata dokter Budi di Jakarta, Selasa (17/1/2016)."
    # 17 January 2016 was a Sunday; 17 January 2017, the day before the report, a Tuesday.
    assert _read_day(sentence, "2017-01-18", "Selasa (17/1/2016)") == "2017-01-17"


@pytest.mark.parametrize(
    ("sentence", "published", "written", "day"),
    [
        # No publication day to check the year against: the day stays as written.
        (
            "Obat itu belum teruji, kata dokter Budi, Selasa (17/1/2016).",
            None,
            "Selasa (17/1/2016)",
            "2016-01-17",
        ),
        # A weekday no year nearby fits (the month slipped): the day stays as written.
        (
            "Permen itu disita polisi, kata Kapolres, Rabu (8/7/2017).",
            "2017-03-09",
            "Rabu (8/7/2017)",
            "2017-07-08",
        ),
    ],
)
def test_a_day_no_nearby_year_mends_stays_as_written(
    sentence: str, published: str | None, written: str, day: str
) -> None:
    assert _read_day(sentence, published, written) == day


@pytest.mark.parametrize(
    "sentence",
    [
        '"Gerbang taman sudah dibuka lagi," ucap Budi di Bandung, Selasa (21/2).',
        '"Tidak ada warga yang menginap di taman," paparnya, Selasa (21/2).',
    ],
)
def test_a_day_after_a_speech_tag_dates_the_telling(sentence: str) -> None:
    assert date_event(sentence, "Selasa (21/2)", "2017-02-22", "id") == "statement"


@pytest.mark.parametrize(
    ("sentence", "written", "language"),
    [
        # A noun after the word of recurrence is what it counts: the day is the evacuation's.
        ("Setiap korban Senin (20/2) dievakuasi ke posko.", "Senin (20/2)", "id"),
        ("Every passenger Monday was evacuated from the ship.", "Monday", "en"),
        # A clock with its own day beside it is that day's happening, after a schedule too.
        (
            "The gates close every night at 9:30 p.m. and the fire broke out at 11 p.m. on Monday.",
            "at 11 p.m.",
            "en",
        ),
    ],
)
def test_a_day_after_a_counted_noun_or_beside_a_clock_still_dates(
    sentence: str, written: str, language: str
) -> None:
    assert written in _dated_texts(sentence, "2017-02-22", language)


def test_a_year_borne_out_by_a_relative_time_is_no_slip() -> None:
    # "Setahun lalu" reckons the written 2023 from the report's day: the weekday slipped.
    sentence = "Setahun lalu, Senin (27/5/2023), gempa melanda Yogyakarta."
    assert _read_day(sentence, "2024-05-28", "Senin (27/5/2023)") == "2023-05-27"


@pytest.mark.parametrize(
    "sentence",
    [
        "The flood is expected to peak on Friday.",
        "The hurricane is forecast to hit the coast on Friday.",
    ],
)
def test_a_forecast_is_foreseen(sentence: str) -> None:
    # A forecast's day disputes no report of what happened: a report of the flood's peak
    # on Saturday is one more reading, not a dispute.
    slots = story_date_slots(
        dated_report("a", [sentence], "2013-06-12"),
        dated_report(
            "b",
            [
                sentence.replace(" is expected to", "")
                .replace(" is forecast to", "")
                .replace("peak", "peaked")
                .replace("Friday", "Saturday")
            ],
            "2013-06-16",
        ),
    )
    assert not [s for s in slots if s.status == "disputed"], slots


def test_a_year_in_a_named_site_is_the_names() -> None:
    assert (
        date_event("The fire at the Expo 2020 site injured three workers.", "2020", "2021-03-02")
        is None
    )
