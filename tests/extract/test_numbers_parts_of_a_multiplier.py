"""A count of a fraction's parts taken of a multiplier with "of" is a number: "three quarters of
a million" is 750,000 and "one quarter of a million" 250,000, as "a quarter of a million" is;
without a multiplier after "of" the count is no number of the parts ("three quarters of the
voters" is a share, figures_grammar.read_share). Phrases written for these tests."""

from __future__ import annotations

import pytest

from silang.extract.figures_tokens import tokenize
from silang.extract.numbers import read_numeral
from silang.lang.figures import load_figures_lexicon


@pytest.mark.parametrize(
    ("written", "value"),
    [
        ("three quarters of a million visitors", 750_000.0),
        ("one quarter of a million visitors", 250_000.0),
        ("two thirds of a billion dollars", 2e9 / 3),
    ],
)
def test_numbers_parts_of_a_multiplier(written: str, value: float) -> None:
    tokens = tokenize(written)
    numeral = read_numeral(tokens, 0, load_figures_lexicon("en"), money=False)
    assert numeral is not None
    assert numeral.value == pytest.approx(value)
    assert tokens.low[numeral.last - 1] in {"million", "billion"}


@pytest.mark.parametrize(
    "written",
    ["three quarters of the voters", "five quarters of a million", "three quarters of an hour"],
)
def test_numbers_parts_of_no_multiplier_stay_a_count(written: str) -> None:
    # No multiplier after "of", or the parts make more than the whole: the number word alone.
    numeral = read_numeral(tokenize(written), 0, load_figures_lexicon("en"), money=False)
    assert numeral is not None and numeral.last == 1
