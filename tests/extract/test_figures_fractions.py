"""Fractions of one unit: "half a mile" is 0.5 of a mile, "a mile and a half" 1.5."""

from __future__ import annotations

import pytest

from silang.extract.quantities import find_quantities
from silang.lang.figures import load_figures_lexicon
from silang.model import Quantity, Span


def _quantities(language: str, text: str) -> list[Quantity]:
    return list(find_quantities(text, [Span(0, len(text))], load_figures_lexicon(language)))


def _read(language: str, text: str) -> list[tuple[str, float, str | None]]:
    return [(q.text, q.value, q.unit) for q in _quantities(language, text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The school stands half a mile from the river.", [("half a mile", 0.5, "mile")]),
        ("Half an hour later the rain stopped.", [("Half an hour", 0.5, "hour")]),
        ("She lived a mile and a half from the depot.", [("a mile and a half", 1.5, "mile")]),
        ("The meeting ran an hour and a half.", [("an hour and a half", 1.5, "hour")]),
        # "half a million" still scales
        ("Half a million voters stayed home.", [("Half a million voters", 500000.0, None)]),
        # "half a dozen" is 6, as "half a million" is 500,000
        ("Police held half a dozen men.", [("half a dozen men", 6.0, None)]),
    ],
)
def test_fraction_of_one_unit(text: str, expected: list[tuple[str, float, str | None]]) -> None:
    assert _read("en", text) == expected


def test_hedged_fraction_of_one_unit() -> None:
    (found,) = _quantities("en", "He moved about a mile and a half away.")
    assert (found.value, found.unit, found.qualifier) == (1.5, "mile", "approximately")


def test_article_before_a_unit_alone_is_no_figure() -> None:
    assert _quantities("en", "The depot is a mile from the school.") == []


def test_article_after_a_fraction_starts_no_number() -> None:
    """The article is the fraction's one: "a dozen" of "half a dozen" is no 12, even where
    the 6 is not read (a small count of an unlisted noun, as "six eggs" is not)."""
    assert all(q.value != 12 for q in _quantities("en", "They ate half a dozen eggs."))
    assert _read("en", "They ate a dozen eggs.") == [("a dozen", 12.0, None)]
