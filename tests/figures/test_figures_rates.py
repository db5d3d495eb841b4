"""Rates and word-only amounts: the period a figure is counted per ("sebulan", "setiap
bulan", "per keluarga per bulan", "a month") read into its unit, and vague amounts
("ratusan alumni", "berapa belas orang", "dozens of people") read with their bounds."""

from __future__ import annotations

import pytest

from silang.extract.quantities import find_quantities
from silang.lang.figures import load_figures_lexicon
from silang.model import Quantity, Span


def _one(language: str, text: str) -> Quantity:
    found = find_quantities(text, [Span(0, len(text))], load_figures_lexicon(language))
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(
    ("language", "text", "span", "unit"),
    [
        ("id", "Gajinya Rp 553 juta per bulan.", "Rp 553 juta per bulan", "IDR/month"),
        ("id", "Gajinya Rp 553 juta sebulan.", "Rp 553 juta sebulan", "IDR/month"),
        ("id", "Gajinya Rp 553 juta perbulan.", "Rp 553 juta perbulan", "IDR/month"),
        ("id", "Warga menerima Rp 1,2 juta setiap bulan.", "Rp 1,2 juta setiap bulan", "IDR/month"),
        ("id", "Iurannya Rp 50 ribu tiap tahun.", "Rp 50 ribu tiap tahun", "IDR/year"),
        (
            "id",
            "Bantuannya Rp 300 ribu per keluarga per bulan.",
            "Rp 300 ribu per keluarga per bulan",
            "IDR/month",
        ),
        (
            "id",
            "Bantuannya Rp 300 ribu setiap keluarga sebulan.",
            "Rp 300 ribu setiap keluarga sebulan",
            "IDR/month",
        ),
        ("id", "Bunga pinjaman itu 6 persen setahun.", "6 persen setahun", "%/year"),
        ("id", "Mereka mengonsumsi 3,5 ons setiap minggu.", "3,5 ons setiap minggu", "ons/week"),
        ("en", "They get $5 a month.", "$5 a month", "USD/month"),
        ("en", "They get $5 every month.", "$5 every month", "USD/month"),
        ("en", "They get $5 per year.", "$5 per year", "USD/year"),
        (
            "en",
            "They get $40 per family per month.",
            "$40 per family per month",
            "USD/month",
        ),
        # Spans of time and recipients make no rate. A span of time after the amount:
        ("id", "Harganya naik dari Rp 5 ribu setahun lalu.", "Rp 5 ribu", "IDR"),
        ("id", "Harganya Rp 7 ribu setahun kemudian.", "Rp 7 ribu", "IDR"),
        ("en", "The ticket cost $5 a year ago.", "$5", "USD"),
        # A recipient with no period after it is no part of the unit (the gold's convention).
        ("id", "Biaya haji Rp 89,4 juta per jemaah.", "Rp 89,4 juta", "IDR"),
        # "Lalu" opens the next sentence, its full stop lost: the rate stands.
        (
            "id",
            "Penghasilannya Rp 92,2 juta per bulan Lalu untuk wakilnya lebih kecil.",
            "Rp 92,2 juta per bulan",
            "IDR/month",
        ),
    ],
)
def test_figures_rates_period_after_a_unit_joins_it_a_span_of_time_or_a_recipient_does_not(
    language: str, text: str, span: str, unit: str
) -> None:
    quantity = _one(language, text)
    assert (quantity.text, quantity.unit) == (span, unit)


@pytest.mark.parametrize(
    ("language", "text", "span", "counted"),
    [
        ("id", "Sebanyak 2 juta orang per tahun datang.", "2 juta orang per tahun", "orang"),
        # The noun before a count its measure word closes is what it counts: visitors
        # (figures_counted.noun_before_count).
        ("id", "Pengunjungnya ribuan orang setiap hari.", "ribuan orang setiap hari", "pengunjung"),
        ("en", "About 2 million people a year visit.", "About 2 million people a year", "person"),
    ],
)
def test_figures_rates_a_count_takes_its_period_in_its_span_not_its_unit(
    language: str, text: str, span: str, counted: str
) -> None:
    quantity = _one(language, text)
    assert (quantity.text, quantity.unit, quantity.counted) == (span, None, counted)


@pytest.mark.parametrize(
    ("language", "text", "low", "high", "counted"),
    [
        ("id", "Ratusan alumni hadir.", 200.0, 999.0, "alumni"),
        ("id", "Acara itu dihadiri ratusan alumni.", 200.0, 999.0, "alumni"),
        ("id", "Ribuan warga mengungsi.", 2000.0, 9999.0, "warga"),
        ("id", "Puluhan ribu warga mengungsi.", 20_000.0, 99_999.0, "warga"),
        ("id", "Belasan orang dirawat.", 11.0, 19.0, "orang"),
        ("id", "Berapa belas orang dirawat.", 12.0, 19.0, "orang"),
        ("id", "Beberapa belas orang dirawat.", 12.0, 19.0, "orang"),
        ("id", "Beberapa ratus warga mengungsi.", 200.0, 999.0, "warga"),
        ("en", "Hundreds of alumni came.", 200.0, 999.0, "alumnus"),
        ("en", "Dozens of people were hurt.", 24.0, 99.0, "person"),
        ("en", "Tens of thousands of residents fled.", 20_000.0, 99_999.0, "resident"),
    ],
)
def test_figures_rates_word_only_amounts_are_vague_with_bounds(
    language: str, text: str, low: float, high: float, counted: str
) -> None:
    quantity = _one(language, text)
    # The value of a vague amount is its low bound (tests/gold/figures/README.md).
    assert (quantity.qualifier, quantity.value, quantity.low, quantity.high) == (
        "vague",
        low,
        low,
        high,
    )
    assert quantity.counted == counted


@pytest.mark.parametrize(
    ("language", "text", "low", "high", "unit"),
    [
        ("id", "Kerugiannya ratusan juta rupiah.", 200e6, 999_999_999.0, "IDR"),
        ("en", "Millions of dollars were lost.", 2e6, 9_999_999.0, "USD"),
        ("en", "Tens of millions of dollars were lost.", 20e6, 99_999_999.0, "USD"),
    ],
)
def test_figures_rates_a_vague_amount_takes_its_currency(
    language: str, text: str, low: float, high: float, unit: str
) -> None:
    quantity = _one(language, text)
    assert (quantity.low, quantity.high, quantity.unit) == (low, high, unit)


@pytest.mark.parametrize("text", ["Berapa orang hadir?", "Beberapa orang hadir."])
def test_figures_rates_a_vague_word_that_needs_a_number_after_it_is_alone_no_figure(
    text: str,
) -> None:
    assert find_quantities(text, [Span(0, len(text))], load_figures_lexicon("id")) == ()
