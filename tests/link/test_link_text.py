"""Normalising words and numbers for comparison."""

from __future__ import annotations

import pytest
from link_records import lexicons

from silang.link.text import Normaliser, number_token, stem


@pytest.mark.parametrize(
    ("written", "token"),
    [("2.300", "2300"), ("2,300", "2300"), ("5,4", "5.4"), ("5.4", "5.4"), ("007", "7")],
)
def test_link_number_token_is_language_neutral(written: str, token: str) -> None:
    assert number_token(written) == token


@pytest.mark.parametrize(
    ("code", "left", "right"),
    [
        ("id", "mengevakuasi", "dievakuasi"),
        ("id", "penduduknya", "penduduk"),
        ("id", "ditulis", "tulisan"),
        ("en", "residents", "resident"),
        ("en", "searched", "searching"),
    ],
)
def test_link_stem_joins_forms_of_one_word(code: str, left: str, right: str) -> None:
    assert stem(left, lexicons()[code]) == stem(right, lexicons()[code])


def test_link_normaliser_folds_synonyms() -> None:
    normalise = Normaliser(lexicons()["id"])
    assert normalise("meninggal") == normalise("wafat")
    assert normalise("korban") == normalise("mangsa")


def test_link_normaliser_maps_number_words_across_languages() -> None:
    assert Normaliser(lexicons()["id"])("enam") == Normaliser(lexicons()["en"])("six")
