"""Sums of money as hoaxes and their debunks write them: amounts with multipliers, full
amounts, glued currency signs, English abbreviations, and "per bulan" / "sebulan" / "a month"
rates (more rates in test_figures_rates.py)."""

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
    ("language", "text", "value", "unit"),
    [
        ("id", "Gajinya disebut Rp 553 juta.", 553_000_000.0, "IDR"),
        ("id", "Totalnya Rp 6,6 miliar.", 6_600_000_000.0, "IDR"),
        ("id", "Gaji pokoknya Rp 5.040.000 saja.", 5_040_000.0, "IDR"),
        ("id", "Tunjangan Rp5 juta dicairkan.", 5_000_000.0, "IDR"),
        ("id", "Tunjangan itu Rp 368,9 juta.", 368_900_000.0, "IDR"),
        ("id", "Anggarannya Rp 33,7 miliar.", 33_700_000_000.0, "IDR"),
        ("en", "The budget is Rp 33.7 billion.", 33_700_000_000.0, "IDR"),
        ("en", "He is paid IDR 62m.", 62_000_000.0, "IDR"),
        ("en", "He is paid Rp 553 million.", 553_000_000.0, "IDR"),
        # A multiplier glued by a hyphen, and a money-only one before its currency.
        ("en", "They took a $2.6-million booty.", 2_600_000.0, "USD"),
        ("en", "They made off with 2m euros in gems.", 2_000_000.0, "EUR"),
        ("en", "The 2m wall fell.", 2.0, "m"),
        # An English thousands separator in an Indonesian text: no one writes three decimals
        # of an index point that end in zero.
        ("id", "IHSG sempat menyentuh 96,000 poin.", 96_000.0, "point"),
    ],
)
def test_figures_money_sums_are_read_as_written(
    language: str, text: str, value: float, unit: str
) -> None:
    quantity = _one(language, text)
    # Exact equality: "Rp 33,7 miliar" must equal "Rp 33.7 billion" to be one reading.
    assert (quantity.value, quantity.unit) == (value, unit)


@pytest.mark.parametrize(
    ("language", "text", "unit"),
    [
        ("id", "Gajinya Rp 62,4 juta per bulan.", "IDR/month"),
        ("id", "Gajinya disebut Rp 500 juta sebulan.", "IDR/month"),
        ("en", "Members receive IDR 62.4m a month.", "IDR/month"),
    ],
)
def test_figures_money_per_period_makes_a_rate(language: str, text: str, unit: str) -> None:
    assert _one(language, text).unit == unit


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("id", "Sebanyak 45 anggota hadir sebulan sekali."),
        ("id", "Sebanyak 20 persen warga pindah setahun kemudian."),
    ],
)
def test_figures_money_period_words_after_a_count_are_no_rate(language: str, text: str) -> None:
    assert "/" not in (_one(language, text).unit or "")


def _all(text: str) -> list[tuple[str, float, str, str | None]]:
    found = find_quantities(text, [Span(0, len(text))], load_figures_lexicon("en"))
    return [(q.text, q.value, q.qualifier, q.unit) for q in found]


def test_figures_over_after_an_amount_gives_its_term_not_a_bound() -> None:
    # Right after an amount, "over" says how long it runs: "seven years", not "more than".
    text = "The club offered a contract worth $150 million over seven years."
    assert _all(text)[-1] == ("seven years", 7.0, "exact", "year")
    text = "The council will pay $2 million over 12 months to the builders."
    assert _all(text)[-1] == ("12 months", 12.0, "exact", "month")


def test_figures_over_with_no_amount_before_it_stays_a_bound() -> None:
    assert _all("He had served over four years in prison.") == [
        ("over four years", 4.0, "more-than", "year")
    ]
    # Nor is a count right after an amount a term: "over 300" is more than 300 families.
    text = "The fund paid $3 million over 300 families in all."
    assert _all(text)[-1] == ("over 300 families", 300.0, "more-than", None)
