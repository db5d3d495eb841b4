"""Weights in pounds: "pound", "lbs" and the Indonesian "pon" are a mass (lb), which converts to
kilograms in the compare stage; a sum in sterling (after a word of a sum, or
scaled by a million) keeps its currency."""

from __future__ import annotations

import pytest

from silang.extract.quantities import find_quantities
from silang.lang.figures import load_figures_lexicon
from silang.model import Span


def _read(language: str, text: str) -> list[tuple[str, float, str | None]]:
    lexicon = load_figures_lexicon(language)
    return [(q.text, q.value, q.unit) for q in find_quantities(text, [Span(0, len(text))], lexicon)]


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("en", "The parcel weighed 12 pounds at the depot.", [("12 pounds", 12.0, "lb")]),
        ("en", "A 250-pound lineman blocked the kick.", [("250-pound", 250.0, "lb")]),
        ("en", "The laptop weighs 3.2 lbs with its battery.", [("3.2 lbs", 3.2, "lb")]),
        (
            "id",
            "Kursi itu patah di bawah beban 80 pon (36,29 kg).",
            [("80 pon", 80.0, "lb"), ("36,29 kg", 36.29, "kg")],
        ),
        ("id", "Uji dimulai dengan bobot 20 pound saja.", [("20 pound", 20.0, "lb")]),
    ],
)
def test_a_pound_after_a_number_is_a_weight(
    language: str, text: str, expected: list[tuple[str, float, str | None]]
) -> None:
    assert _read(language, text) == expected


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            "en",
            "The club paid 40 million pounds for the striker.",
            [("40 million pounds", 40_000_000.0, "GBP")],
        ),
        (
            "id",
            "Klub itu membayar 35 juta pound untuk penyerang baru.",
            [("35 juta pound", 35_000_000.0, "GBP")],
        ),
        (
            "en",
            "The club was fined 500 pounds by the league.",
            [("500 pounds", 500.0, "GBP")],
        ),
        ("id", "Ia didenda 40.000 pound oleh federasi.", [("40.000 pound", 40_000.0, "GBP")]),
        (
            "en",
            "The keeper earns 250 pounds a week at the club.",
            [("250 pounds a week", 250.0, "GBP/week")],
        ),
    ],
)
def test_pounds_after_a_word_of_a_sum_or_scaled_by_a_million_are_sterling(
    language: str, text: str, expected: list[tuple[str, float, str | None]]
) -> None:
    assert _read(language, text) == expected


def test_a_scaled_weight_that_says_of_what_stays_a_weight() -> None:
    assert _read("en", "The plant recalled 3 million pounds of sausage.") == [
        ("3 million pounds", 3_000_000.0, "lb")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A 12,000-pound truck blocked the road.", [("12,000-pound", 12_000.0, "lb")]),
        ("The load weighed 15,000 pounds in all.", [("15,000 pounds", 15_000.0, "lb")]),
        ("He gained 10 pounds a month over the winter.", [("10 pounds a month", 10.0, "lb/month")]),
        (
            "He spent 3 weeks losing 30 pounds.",
            [("3 weeks", 3.0, "week"), ("30 pounds", 30.0, "lb")],
        ),
        ("The calf was sold, then 30 pounds heavier.", [("30 pounds", 30.0, "lb")]),
    ],
)
def test_large_or_per_period_weights_with_no_word_of_a_sum_stay_weights(
    text: str, expected: list[tuple[str, float, str | None]]
) -> None:
    assert _read("en", text) == expected
