"""Time expressions resolved against a publication date (Thursday 14 March 2024 unless said)."""

from __future__ import annotations

import datetime as dt

import pytest

from silang.extract.times import find_times, infer_published
from silang.lang.figures import load_figures_lexicon
from silang.model import Span, TimeExpression

THURSDAY = dt.date(2024, 3, 14)


def _times(language: str, text: str, published: dt.date | None = THURSDAY) -> list[TimeExpression]:
    spans = [Span(0, len(text))]
    return list(find_times(text, spans, published, load_figures_lexicon(language)))


@pytest.mark.parametrize(
    ("language", "text", "span", "date", "interval", "granularity"),
    [
        ("id", "Banjir terjadi Rabu (13/3/2024).", "Rabu (13/3/2024)", "2024-03-13", None, "day"),
        ("id", "Ia tiba Kamis (14/3) pagi.", "Kamis (14/3) pagi", "2024-03-14", None, "day"),
        (
            "id",
            "Latihan digelar pada 4-9 Maret.",
            "4-9 Maret",
            None,
            "2024-03-04/2024-03-09",
            "day",
        ),
        ("id", "Ia ditangkap Kamis lalu.", "Kamis lalu", "2024-03-07", None, "day"),
        ("id", "Harga naik pekan lalu.", "pekan lalu", None, "2024-03-04/2024-03-10", "week"),
        ("id", "Harga naik minggu lalu.", "minggu lalu", None, "2024-03-04/2024-03-10", "week"),
        ("id", "Ramai pada akhir pekan.", "akhir pekan", None, "2024-03-09/2024-03-10", "week"),
        (
            "id",
            "Ia pergi akhir bulan lalu.",
            "akhir bulan lalu",
            None,
            "2024-02-21/2024-02-29",
            "month",
        ),
        ("id", "Sejak Januari 2023 hujan.", "Januari 2023", "2023-01", None, "month"),
        ("id", "Pada hari Sabtu ramai.", "hari Sabtu", "2024-03-09", None, "day"),
        ("id", "Hujan turun kemarin.", "kemarin", "2024-03-13", None, "day"),
        (
            "id",
            "KTT pada 12 atau 13 Maret.",
            "12 atau 13 Maret",
            None,
            "2024-03-12/2024-03-13",
            "day",
        ),
        ("id", "Produksi turun tahun lalu.", "tahun lalu", "2023", None, "year"),
        (
            "id",
            "Dua pekan lalu kapal tenggelam.",
            "Dua pekan lalu",
            None,
            "2024-02-26/2024-03-03",
            "week",
        ),
        (
            "id",
            "Ekonomi tumbuh pada kuartal IV 2023.",
            "kuartal IV 2023",
            None,
            "2023-10/2023-12",
            "month",
        ),
        ("id", "Pada era 1990-an kota kecil.", "1990-an", None, "1990/1999", "year"),
        ("id", "Pendaftaran ditutup 31 Maret.", "31 Maret", "2024-03-31", None, "day"),
        ("id", "Pada Desember harga naik.", "Desember", "2023-12", None, "month"),
        ("en", "The quake struck on Monday.", "Monday", "2024-03-11", None, "day"),
        ("en", "Prices rose last week.", "last week", None, "2024-03-04/2024-03-10", "week"),
        ("en", "Talks ran March 12-13.", "March 12-13", None, "2024-03-12/2024-03-13", "day"),
        ("en", "It rained yesterday.", "yesterday", "2024-03-13", None, "day"),
        ("en", "Talks resume next Monday.", "next Monday", "2024-03-18", None, "day"),
        ("en", "It happened on Oct. 7, 2023.", "Oct. 7, 2023", "2023-10-07", None, "day"),
        (
            "en",
            "Sales fell in mid-September.",
            "mid-September",
            None,
            "2023-09-11/2023-09-20",
            "month",
        ),
        ("en", "Three days ago a boat sank.", "Three days ago", "2024-03-11", None, "day"),
    ],
)
def test_figures_time_expressions_are_resolved(
    language: str,
    text: str,
    span: str,
    date: str | None,
    interval: str | None,
    granularity: str,
) -> None:
    (found,) = _times(language, text)
    assert (found.text, found.date, found.interval, found.granularity) == (
        span,
        date,
        interval,
        granularity,
    )


@pytest.mark.parametrize(
    ("language", "text", "date"),
    [
        ("id", "Rabu (13/3/2024) pukul 06.00 WIB air naik.", "2024-03-13T06:00+07:00"),
        ("id", "Laga dimulai pukul 19.30 WIB pada Sabtu (16/3).", "2024-03-16T19:30+07:00"),
        ("en", "A fire broke out on Sunday at about 11:15 p.m.", "2024-03-10T23:15"),
    ],
)
def test_figures_clock_times_take_the_day_of_their_sentence(
    language: str, text: str, date: str
) -> None:
    clocks = [t for t in _times(language, text) if t.granularity == "time"]
    assert [t.date for t in clocks] == [date]


@pytest.mark.parametrize(
    ("language", "text", "granularity"),
    [
        ("id", "Harga naik pekan lalu.", "week"),
        ("id", "Ia tiba Kamis (14/3).", "day"),
        ("en", "Prices rose last month.", "month"),
    ],
)
def test_figures_times_without_an_anchor_keep_span_and_granularity(
    language: str, text: str, granularity: str
) -> None:
    (found,) = _times(language, text, published=None)
    assert (found.date, found.interval, found.granularity) == (None, None, granularity)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("id", "Dia menyanyi lagu tentang bulan."),
        ("en", "You may go now, but March on."),
        ("id", "Skor akhirnya 2-1."),
        ("id", "Perjalanan memakan waktu 2 jam 30 menit."),
    ],
)
def test_figures_words_that_only_look_like_dates_are_not_times(language: str, text: str) -> None:
    assert _times(language, text) == []


def test_figures_future_sentences_put_a_bare_weekday_ahead() -> None:
    (found,) = _times("en", "About 1,200 officers will secure the final on Saturday.")
    assert found.date == "2024-03-16"


@pytest.mark.parametrize(
    ("language", "text", "published"),
    [
        ("id", "JAKARTA, Rabu (13/3/2024) - Banjir melanda. Kamis (7/3/2024) juga.", "2024-03-13"),
        ("id", "Banjir melanda. Pada Senin (11/3/2024) dan Rabu (13/3/2024) hujan.", "2024-03-13"),
        ("en", "Floods hit. It began on March 2, 2024 and ended March 9, 2024.", "2024-03-09"),
        ("en", "No date is named here.", None),
    ],
)
def test_figures_publication_date_is_inferred_from_the_text(
    language: str, text: str, published: str | None
) -> None:
    lexicon = load_figures_lexicon(language)
    times = find_times(text, [Span(0, len(text))], None, lexicon)
    inferred = infer_published(text, times, lexicon)
    assert (inferred.isoformat() if inferred else None) == published


@pytest.mark.parametrize(
    ("language", "text", "published", "interval"),
    [
        # "Until" the weekend, or a weekend in a sentence about what is to come, is the
        # weekend ahead; a bare one in a report is the weekend gone.
        (
            "id",
            "Hujan lebat berpotensi turun hingga akhir pekan.",
            THURSDAY,
            "2024-03-16/2024-03-17",
        ),
        ("id", "Bantuan dijadwalkan tiba pada akhir pekan.", THURSDAY, "2024-03-16/2024-03-17"),
        ("id", "Air mulai surut pada akhir pekan.", THURSDAY, "2024-03-09/2024-03-10"),
        ("en", "Rain will continue until the weekend.", THURSDAY, "2024-03-16/2024-03-17"),
        # On a Sunday the weekend still running is the one "until" reaches.
        ("id", "Siaga berlaku hingga akhir pekan.", dt.date(2024, 3, 17), "2024-03-16/2024-03-17"),
    ],
)
def test_figures_until_the_weekend_looks_forward(
    language: str, text: str, published: dt.date, interval: str
) -> None:
    (weekend,) = _times(language, text, published)
    assert weekend.interval == interval


def test_figures_until_ending_a_stretch_of_days_keeps_its_direction() -> None:
    days = _times("id", "Festival berlangsung dari Jumat hingga Minggu.")
    assert [t.date for t in days] == ["2024-03-08", "2024-03-10"]


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("They warned the village on Monday (11/3), a day before the flood.", "2024-03-11"),
        ("The market reopened on 3/11/2024, officials said.", "2024-03-11"),
    ],
)
def test_figures_english_keeps_the_indonesian_day_first_after_a_weekday(
    text: str, day: str
) -> None:
    # "(11/3)" after a weekday is Indonesian house style that translations keep; a bare
    # US date with its year stays month first.
    (found,) = _times("en", text)
    assert found.date == day
