"""Untitled capitalised names that are no persons: a name after an article or after an
ordinal written in figures (a store, a police precinct). Sentences written for these tests."""

from __future__ import annotations

import pytest
from quotes_records import LEXICONS, sentences

from silang.extract.entities import EntityRecognizer, RuleEntityRecognizer


def _kinds(code: str, text: str) -> dict[str, str]:
    recognizer: EntityRecognizer = RuleEntityRecognizer(LEXICONS[code])
    return {e.text: e.kind for e in recognizer.recognise(text, sentences(text))}


@pytest.mark.parametrize(
    ("code", "text", "name"),
    [
        ("en", "Looters smashed the windows of a Corner Mart on Friday.", "Corner Mart"),
        ("en", "Marchers headed toward the 41st Precinct stationhouse.", "Precinct"),
        ("en", "Rioters looted an Orbit Foods depot overnight.", "Orbit Foods"),
        ("id", "Warga berkumpul di depan sebuah Toko Makmur kemarin.", "Toko Makmur"),
    ],
)
def test_entities_a_name_after_an_article_or_ordinal_is_no_person(
    code: str, text: str, name: str
) -> None:
    assert _kinds(code, text).get(name, "none") != "person"


@pytest.mark.parametrize(
    ("code", "text", "name"),
    [
        ("en", "A witness, Dora Vance, saw the crowd.", "Dora Vance"),
        ("en", "The 16-year-old Omar Reed was hit twice.", "Omar Reed"),
        ("en", "Police said a Mr. Tobias Wren had called.", "Tobias Wren"),
    ],
)
def test_entities_persons_near_an_article_stay_persons(code: str, text: str, name: str) -> None:
    assert _kinds(code, text).get(name) == "person"
