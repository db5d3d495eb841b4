"""Years read from an article's text (terms.named_years), session 24: a four-digit number
right after a word of the article's language that makes it a code (a flight, a room, a
post-office box: cluster/codes.py) is no year; a year after the same words in other roles,
or on the next line or in the next sentence, still is."""

from __future__ import annotations

import pytest
from cluster_records import item

from silang.cluster.codes import code_words_before
from silang.cluster.terms import named_years


@pytest.mark.parametrize(
    ("text", "language", "years"),
    [
        ("Flight 2015 landed safely; the airline's worst year was 2009.", "en", {2009}),
        ("The fire began in room 2012 of the hotel in 2018.", "en", {2018}),
        ("Send letters to PO Box 2011, Springfield, or to postcode: 2012.", "en", set()),
        ("Send letters to P.O.Box 2011 in Sydney.", "en", set()),
        ("Tamu di Kamar 2013 Hotel Mulia mengeluh sejak 2018.", "id", {2018}),
        ("Barang bukti dikirim ke Kotak Pos 2011 Jakarta.", "id", set()),
        ("Tamu kamar nomor 2014 hotel itu ditangkap pada 2019.", "id", {2019}),
        ("The Senate passed House Bill No. 2015 last week.", "en", set()),
    ],
)
def test_cluster_named_years_leave_out_codes(text: str, language: str, years: set[int]) -> None:
    assert named_years(item("a", text, language=language)) == years


@pytest.mark.parametrize(
    ("text", "language", "years"),
    [
        # Guards: an RT or RW number has at most three digits, so a four-digit figure after
        # one is a year (a term of office, an election).
        ("Pemilihan RT/RW 2023 serentak digelar di Kota Bekasi.", "id", {2023}),
        ("Ketua RT 2020-2025 terpilih secara aklamasi.", "id", {2020, 2025}),
        # Guards: a code word ending a sentence or a line is not the next one's code.
        ("Korban ditemukan tewas di dalam kamar. 2019 menjadi tahun terburuk.", "id", {2019}),
        ("Korban menginap di kamar\n2019 menjadi tahun kelam bagi hotel itu.", "id", {2019}),
        ("The airline cancelled the flight. 2014 was a bad year for it.", "en", {2014}),
        # Guards: a serial number begins with the year it was issued in.
        ("The governor signed Executive Order No. 2020-01 in March.", "en", {2020}),
        ("The council passed Resolution No. 2019-14 on the budget.", "en", {2019}),
        # Guard: each language's code words only in its own articles ("blok" is Indonesian).
        ("The Blok 2019 collection sold out in a week.", "en", {2019}),
        # Guards: a law's year after its number, a date in figures, a plain "no".
        ("Ia dijerat UU No. 11/2008 tentang ITE.", "id", {2008}),
        ("Banjir terjadi pada 14/8/2016 di Garut.", "id", {2016}),
        ("There were no 2015 figures, so the 2014 ones were used.", "en", {2014, 2015}),
        ("Pemilu 2019 digelar serentak.", "id", {2019}),
    ],
)
def test_cluster_named_years_keep_years_after_code_words_in_other_roles(
    text: str, language: str, years: set[int]
) -> None:
    assert named_years(item("a", text, language=language)) == years


def test_cluster_no_code_words_make_no_codes() -> None:
    """Guard: an empty list builds no pattern (an empty alternation would match before every
    figure, and every year would be a code)."""
    assert code_words_before(()) is None
    before = code_words_before(["flight"])
    assert before is not None
    assert before.search("14/8/") is None
    assert before.search("Flight ") is not None
