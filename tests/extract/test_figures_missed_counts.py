"""Figures the grammar used to miss: games counted as matches, a part of a whole a possessor
names ("7 of the club's 12 games") and a share written as a fraction ("two-thirds of").
Sentences written for these tests."""

from __future__ import annotations

import pytest

from silang.extract.quantities import find_quantities
from silang.lang.figures import load_figures_lexicon
from silang.model import Quantity, Span


def _quantities(language: str, text: str) -> list[Quantity]:
    return list(find_quantities(text, [Span(0, len(text))], load_figures_lexicon(language)))


def _counted(language: str, text: str) -> list[tuple[float, str | None]]:
    return [(q.value, q.counted_class) for q in _quantities(language, text)]


def test_games_are_counted_as_matches() -> None:
    assert _counted("en", "The striker sat out six games with a sore knee.") == [(6.0, "match")]
    assert _counted("en", "She has played 31 total games for the club.") == [(31.0, "match")]


@pytest.mark.parametrize(
    "text",
    [
        "The guard started 7 of the club's 12 games in the spring.",
        "The guard started 7 of the Rovers' 12 games in the spring.",
    ],
)
def test_a_part_takes_the_noun_of_a_whole_a_possessor_names(text: str) -> None:
    assert _counted("en", text) == [(7.0, "match"), (12.0, "match")]


@pytest.mark.parametrize(
    ("language", "text", "value", "qualifier"),
    [
        ("en", "Almost two-thirds of the members voted for the plan.", 200 / 3, "approximately"),
        ("en", "Three quarters of the farms lost power.", 75.0, "exact"),
        ("id", "Tiga perempat dari lahan itu terendam banjir.", 75.0, "exact"),
    ],
)
def test_a_share_written_as_a_fraction_is_a_percentage(
    language: str, text: str, value: float, qualifier: str
) -> None:
    (share,) = _quantities(language, text)
    assert (share.unit, share.qualifier) == ("%", qualifier)
    assert share.value == pytest.approx(value)


def test_a_number_of_quarters_without_a_whole_is_no_share() -> None:
    assert all(q.unit != "%" for q in _quantities("en", "The band played three quarters."))


@pytest.mark.parametrize(
    "text",
    [
        "Sales rose in the first three quarters of 2012.",
        "The talks took three quarters of an hour.",
        "The firm lost money in two quarters of the year.",
        "He won by three tenths of a second.",
        "The trail runs for two-thirds of a mile.",
    ],
)
def test_a_fraction_of_a_span_of_time_or_a_measure_is_no_share(text: str) -> None:
    assert all(q.unit != "%" for q in _quantities("en", text))


@pytest.mark.parametrize(
    ("language", "text", "value"),
    [
        ("en", "Two-thirds of 1,200 residents voted to stay.", 66.7),
        ("en", "Three quarters of the 2,000 workers joined the strike.", 75.0),
        ("id", "Tiga perempat dari 2.000 warga sudah mengungsi.", 75.0),
    ],
)
def test_a_share_of_a_counted_whole_is_a_share(language: str, text: str, value: float) -> None:
    shares = [q for q in _quantities(language, text) if q.unit == "%"]
    assert [round(q.value, 1) for q in shares] == [value]
