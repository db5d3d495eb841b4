"""A publication day read from the body: the happening's day that the opening sentence tells
gives way to a later day the body gives with its weekday, unless that day is told as still to
come or the opening's day is a dateline's; and a day given with a weekday it does not fall on
dates nothing."""

from __future__ import annotations

import re

import pytest

from silang.extract.times import find_times, infer_published
from silang.lang.figures import load_figures_lexicon
from silang.model import Span


def _inferred(text: str, language: str = "id") -> str | None:
    lexicon = load_figures_lexicon(language)
    lines = [Span(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text)]
    day = infer_published(text, find_times(text, lines, None, lexicon), lexicon)
    return day.isoformat() if day else None


def test_the_opening_happening_day_gives_way_to_the_report_day() -> None:
    # A retelling opens with the fire's day; its own day is the one its quote is dated by.
    text = (
        "Sebuah gudang kopi di Sari Kota terbakar pada 14 Juni 2021.\n"
        "Petugas pemadam tiba setengah jam kemudian dan memadamkan api.\n"
        '"Kami masih menghitung kerugian," kata pemilik gudang, Budi Santoso, Jumat (18/6/2021).'
    )
    assert _inferred(text) == "2021-06-18"


#: A later day given with its weekday, which would take over from a happening's day.
_LATER = "\nPolisi memeriksa saksi, Jumat (18/6/2021)."


@pytest.mark.parametrize(
    "text",
    [
        "Sari Kota 14/06/2021, Menanggapi kabar kebakaran gudang, dinas pemadam menggelar apel.",
        "SARI KOTA, 14 Juni 2021 - Dinas pemadam menggelar apel siaga di halaman balai kota.",
        "SARI KOTA, JAWA TIMUR, KABAR SARI (14/6/2021) - Dinas pemadam menggelar apel siaga.",
        "Dinas pemadam menggelar apel siaga di halaman balai kota, Senin (14/6/2021).",
    ],
)
def test_a_dateline_or_weekday_day_in_the_opening_still_dates_the_report(text: str) -> None:
    # The later weekday-dated day is what an opening happening's day would give way to.
    assert _inferred(text + _LATER) == "2021-06-14"


def test_a_dash_after_running_words_makes_no_dateline() -> None:
    # The dash joins two clauses of the opening sentence; the fire's day still gives way.
    text = (
        "Sebuah gudang kopi di Sari Kota terbakar pada 14 Juni 2021 - polisi menahan dua orang."
        + _LATER
    )
    assert _inferred(text) == "2021-06-18"


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "id",
            "Jakarta (ANTARA) - Bank Sari pada 20 Oktober 2015 mempertahankan suku bunga.\n"
            "Rapat berikutnya dijadwalkan Kamis (19/11/2015).",
        ),
        (
            "id",
            "Sebuah gudang kopi di Sari Kota terbakar pada 20 Oktober 2015.\n"
            "Festival Kopi Sari akan digelar Sabtu (31/10/2015) di alun-alun kota.",
        ),
        (
            "id",
            "Sebuah gudang kopi di Sari Kota terbakar pada 20 Oktober 2015.\n"
            "Festival Kopi Sari digelar Sabtu (31/10/2015) mendatang di alun-alun kota.",
        ),
        (
            "en",
            "A coffee warehouse in Sari City burned down on October 20, 2015.\n"
            "The city said a coffee fair will be held on Saturday, October 31, 2015.",
        ),
        # A "next" word ("berikutnya", "next") alone makes the day of a series' next
        # sitting one still to come.
        (
            "id",
            "Sebuah gudang kopi di Sari Kota terbakar pada 20 Oktober 2015.\n"
            "Sidang berikutnya pada Kamis (19/11/2015).",
        ),
        (
            "en",
            "A coffee warehouse in Sari City burned down on October 20, 2015.\n"
            "The next hearing is on Thursday, November 19, 2015.",
        ),
    ],
)
def test_a_later_day_told_as_still_to_come_leaves_the_opening_day(language: str, text: str) -> None:
    # A plan's day, however it is dated, is not the day the report is written.
    assert _inferred(text, language) == "2015-10-20"


def test_a_weekday_its_date_does_not_fall_on_dates_no_report() -> None:
    # 18 June 2021 was a Friday: the weekday or the date is a slip, and the text cannot say
    # which.
    text = (
        "Petugas pemadam memeriksa sisa kebakaran gudang kopi di Sari Kota.\n"
        '"Kami masih menghitung kerugian," kata Budi Santoso, Senin (18/6/2021).'
    )
    assert _inferred(text) is None


def test_a_mistaken_weekday_leaves_the_right_one_to_date_the_report() -> None:
    # The later day would win as the latest weekday-with-date.
    text = (
        "Petugas pemadam memeriksa sisa kebakaran gudang kopi di Sari Kota.\n"
        '"Kami masih menghitung kerugian," kata Budi Santoso, Selasa (15/6/2021).\n'
        '"Asuransi sudah kami hubungi," ujar Andi, Senin (18/6/2021).'
    )
    assert _inferred(text) == "2021-06-15"


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "id",
            "Sebuah gudang kopi di Sari Kota terbakar pada 20 Oktober 2015.\n"
            '"Kami akan mengusut tuntas kasus ini," kata Kapolres, Jumat (23/10/2015).',
        ),
        (
            "id",
            "Sebuah gudang kopi di Sari Kota terbakar pada 20 Oktober 2015.\n"
            "Polisi akan memeriksa lima saksi, kata Kapolres, Jumat (23/10/2015).",
        ),
        (
            "en",
            "A coffee warehouse in Sari City burned down on October 20, 2015.\n"
            '"We will find those responsible," police chief Budi said on Friday, October 23, 2015.',
        ),
    ],
)
def test_a_future_word_in_another_clause_leaves_the_later_day_the_report_day(
    language: str, text: str
) -> None:
    # The "akan"/"will" tells what the police mean to do; the day is when it was said.
    assert _inferred(text, language) == "2015-10-23"


def test_a_capitals_place_with_a_lowercase_outlet_is_a_dateline() -> None:
    text = "SARI KOTA, JAWA TIMUR, kabarsari (14/6/2021) - Dinas pemadam menggelar apel siaga."
    assert _inferred(text + _LATER) == "2021-06-14"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Reog dibakar pada 20 Oktober 2015 di Ponorogo. Polisi memeriksa tiga saksi,"
            " Jumat (23/10/2015).",
            "id",
        ),
        (
            "Fire broke out October 20, 2015 in the village. Police questioned three witnesses"
            " on Friday, October 23, 2015.",
            "en",
        ),
    ],
)
def test_a_short_opening_with_running_words_is_no_dateline(text: str, language: str) -> None:
    # Three words before the date, one of them lower case: a sentence, not a place's dateline.
    assert _inferred(text, language) == "2015-10-23"


@pytest.mark.parametrize(
    "clause",
    ["Police told the next of kin", "Police questioned the next witness"],
)
def test_a_next_word_in_a_clause_told_as_past_leaves_the_day_gone_by(clause: str) -> None:
    # "next of kin", "the next witness": no series' next, for the clause tells a day gone by.
    text = (
        "A fire broke out on October 20, 2015 in the village."
        f" {clause} on Friday, October 23, 2015."
    )
    assert _inferred(text, "en") == "2015-10-23"
