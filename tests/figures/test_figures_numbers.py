"""Numerals: each language's separators, multipliers, spelled and vague numbers."""

from __future__ import annotations

import pytest

from silang.extract.figures_tokens import tokenize
from silang.extract.numbers import (
    decimal_mark_groups,
    parse_digits,
    read_numeral,
)
from silang.lang.figures import load_figures_lexicon


@pytest.mark.parametrize(
    ("language", "written", "value"),
    [
        ("id", "1.500", 1500.0),
        ("id", "1,5", 1.5),
        ("id", "2.000,50", 2000.5),
        ("id", "1.545.000", 1545000.0),
        ("id", "14.30", None),
        ("en", "2,300", 2300.0),
        ("en", "1.5", 1.5),
        ("en", "2,000.50", 2000.5),
        ("en", "1,932.4", 1932.4),
        ("en", "12,34", None),
    ],
)
def test_figures_digits_follow_the_language_separators(
    language: str, written: str, value: float | None
) -> None:
    assert parse_digits(written, load_figures_lexicon(language)) == value


@pytest.mark.parametrize(
    ("language", "written", "at", "value"),
    [
        ("id", "10 ribu", 0, 10_000.0),
        ("id", "Rp 5,4 juta", 1, 5_400_000.0),
        ("id", "20rb", 0, 20_000.0),
        ("id", "1,5 jt", 0, 1_500_000.0),
        ("id", "2,3 miliar", 0, 2_300_000_000.0),
        ("id", "4 triliun", 0, 4e12),
        ("en", "1.5 million", 0, 1_500_000.0),
        ("en", "$1.2bn", 1, 1_200_000_000.0),
        ("en", "9.8m", 0, 9_800_000.0),
        # Spelled numbers, their multipliers spelled too.
        ("id", "dua belas ribu", 0, 12_000.0),
        ("id", "seratus lima puluh", 0, 150.0),
        ("id", "sepuluh ribu", 0, 10_000.0),
        ("id", "setengah juta", 0, 500_000.0),
        ("id", "dua ribu tiga ratus", 0, 2_300.0),
        ("id", "satu setengah juta", 0, 1_500_000.0),
        ("en", "two dozen", 0, 24.0),
        ("en", "twenty-four", 0, 24.0),
        ("en", "two hundred and fifty", 0, 250.0),
        ("en", "half a million", 0, 500_000.0),
        ("en", "a dozen", 0, 12.0),
    ],
)
def test_figures_multipliers_scale_the_number_and_spelled_numbers_are_read(
    language: str, written: str, at: int, value: float
) -> None:
    numeral = read_numeral(tokenize(written), at, load_figures_lexicon(language), money=at > 0)
    assert numeral is not None and numeral.value == value


@pytest.mark.parametrize(
    ("language", "written", "value"),
    [
        ("id", "Rp 3,5 M", 3_500_000_000.0),
        ("id", "Rp 1,2 T", 1_200_000_000_000.0),
    ],
)
def test_figures_money_abbreviations_need_a_currency(
    language: str, written: str, value: float
) -> None:
    lexicon = load_figures_lexicon(language)
    tokens = tokenize(written)
    with_currency = read_numeral(tokens, 1, lexicon, money=True)
    without = read_numeral(tokens, 1, lexicon, money=False)
    assert with_currency is not None and with_currency.value == value
    assert without is not None and without.value != value


@pytest.mark.parametrize(
    ("language", "written", "low", "high"),
    [
        ("id", "puluhan ribu", 20_000.0, 99_999.0),
        ("id", "ribuan", 2_000.0, 9_999.0),
        ("id", "ratusan", 200.0, 999.0),
        ("id", "belasan", 11.0, 19.0),
        ("id", "puluhan miliar", 20e9, 99_999_999_999.0),
        ("en", "tens of thousands", 20_000.0, 99_999.0),
        ("en", "hundreds of thousands", 200_000.0, 999_999.0),
        ("en", "thousands", 2_000.0, 9_999.0),
    ],
)
def test_figures_vague_amounts_have_bounds(
    language: str, written: str, low: float, high: float
) -> None:
    numeral = read_numeral(tokenize(written), 0, load_figures_lexicon(language))
    assert numeral is not None and numeral.vague
    assert (numeral.value, numeral.low, numeral.high) == (low, low, high)


@pytest.mark.parametrize(("language", "written"), [("id", "belas"), ("en", "hundred"), ("en", "a")])
def test_figures_an_operation_word_opens_no_number(language: str, written: str) -> None:
    assert read_numeral(tokenize(written), 0, load_figures_lexicon(language)) is None


@pytest.mark.parametrize(
    ("text", "groups"),
    [
        ("Nilainya USD 1713309 pada semester itu.", False),
        ("Anggaran Rp 1.250.000.000 untuk 2,5 juta warga.", False),
        ("Ada 1,234,567 pemilih terdaftar.", True),
        # The ambiguous shapes themselves and four bare digits say nothing.
        ("Produksi 543,461 ton dari 6.000 kolam pada 2013, 3000 sel.", None),
        # Digits of a link or a code are not the writer's numbers.
        ("Lihat situs.com/2017/10/17/123456 untuk 543,461 ton.", None),
        # Both ways at once: nothing to go by.
        ("Ada 1,234,567 pemilih dan USD 1713309.", None),
    ],
)
def test_figures_an_article_says_whether_its_decimal_mark_groups_thousands(
    text: str, groups: bool | None
) -> None:
    assert decimal_mark_groups(text, ",", ".") is groups


def test_figures_an_english_article_says_it_the_other_way_round() -> None:
    assert decimal_mark_groups("The budget was 1.250.000.000 dollars.", ".", ",") is True
    assert decimal_mark_groups("The budget was 1,250,000,000 dollars.", ".", ",") is False


@pytest.mark.parametrize(
    ("written", "tokens"),
    [
        ("magnitude-5.9 shook", ["magnitude", "-", "5.9", "shook"]),
        ("magnitude-5.9.", ["magnitude", "-", "5.9", "."]),
        # A word's joined digits without a decimal part stay one word.
        ("Covid-19 cases", ["Covid-19", "cases"]),
        ("ke-3 kali", ["ke-3", "kali"]),
    ],
)
def test_figures_a_decimal_after_a_hyphened_word_is_a_number(
    written: str, tokens: list[str]
) -> None:
    assert tokenize(written).text == tokens


@pytest.mark.parametrize(
    ("written", "value", "tokens"),
    [
        # The fraction after "and a" belongs to the whole number before it, spelled or not,
        # and a multiplier after it scales both.
        ("four and a half months", 4.5, 4),
        ("4 and a half years", 4.5, 4),
        ("four and a half million", 4_500_000.0, 5),
        ("4 and a half million", 4_500_000.0, 5),
    ],
)
def test_figures_and_a_half_adds_to_the_number_before_it(
    written: str, value: float, tokens: int
) -> None:
    numeral = read_numeral(tokenize(written), 0, load_figures_lexicon("en"))
    assert numeral is not None and (numeral.value, numeral.last) == (value, tokens)


def test_figures_and_an_article_without_a_fraction_ends_the_number() -> None:
    numeral = read_numeral(tokenize("three and a car"), 0, load_figures_lexicon("en"))
    assert numeral is not None and (numeral.value, numeral.last) == (3.0, 1)
