"""Scores and win-loss records are two figures, one per side; a number hyphenated to a noun
counts that noun ("an 86-yard run")."""

from __future__ import annotations

import pytest

from silang.extract.quantities import find_quantities
from silang.lang.figures import load_figures_lexicon
from silang.model import Quantity, Span


def _quantities(language: str, text: str) -> list[Quantity]:
    return list(find_quantities(text, [Span(0, len(text))], load_figures_lexicon(language)))


def _read(language: str, text: str) -> list[tuple[str, float, str | None, str | None]]:
    return [(q.text, q.value, q.unit, q.counted) for q in _quantities(language, text)]


@pytest.mark.parametrize(
    "text",
    [
        "The Hawks won 31-17 at home.",
        "It was a 31-17 loss for the Owls.",
        "The Hawks led 31-17 late in the game.",
    ],
)
def test_score_is_two_sides_in_points(text: str) -> None:
    assert _read("en", text) == [("31", 31.0, "point", None), ("17", 17.0, "point", None)]


@pytest.mark.parametrize(
    "text",
    [
        "The Owls carry a 12-15 record into March.",
        "The Owls fell to 12-15 after the game.",
        "The coach ended with a mark of 12-15 in Denver.",
        "The Hawks beat the Owls (12-15) again.",
        "The Owls, slumping at 12-15, sacked their coach.",
        "The Owls ended a 12-15 season.",
    ],
)
def test_record_is_wins_and_losses(text: str) -> None:
    found = [(q.text, q.value, q.counted, q.counted_class) for q in _quantities("en", text)]
    assert found == [("12", 12.0, "win", "win"), ("15", 15.0, "loss", "defeat")]


@pytest.mark.parametrize(
    "text", ["They tied the game 7-7 late.", "They tied the game at 7-7 before the break."]
)
def test_tied_score_after_its_cue(text: str) -> None:
    assert _read("en", text) == [("7", 7.0, "point", None), ("7", 7.0, "point", None)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a range of a counted noun or of money stays a range
        ("The Hawks won 20-30 seats.", (20.0, 20.0, 30.0)),
        ("Some 20-30 people beat the drums.", (20.0, 20.0, 30.0)),
        ("The record deal was worth $5-6 million.", (5e6, 5e6, 6e6)),
        # no cue: a rising pair is left to the range reading
        ("Ages (20-30) vary.", (20.0, 20.0, 30.0)),
    ],
)
def test_ranges_stay_ranges(text: str, expected: tuple[float, float, float]) -> None:
    (found,) = _quantities("en", text)
    assert (found.value, found.low, found.high) == expected


def test_dates_stay_dates() -> None:
    assert _quantities("id", "Pameran digelar 13-14 Maret di Jakarta.") == []


def test_hyphenated_noun_is_counted() -> None:
    assert _read("en", "He broke an 86-yard run and a 13-play, 73-yard drive.") == [
        ("86-yard", 86.0, None, "yard"),
        ("13-play", 13.0, None, "play"),
        ("73-yard", 73.0, None, "yard"),
    ]


@pytest.mark.parametrize(
    "text", ["a 1-on-1 talk", "a 2-for-1 deal", "a 3-D film", "a 7-Eleven shop nearby"]
)
def test_hyphen_chain_function_word_or_name_counts_nothing(text: str) -> None:
    assert all(q.counted not in ("on", "for", "d", "eleven") for q in _quantities("en", text))


def test_field_marking_is_no_length() -> None:
    found = [(q.text, q.counted) for q in _quantities("en", "He ran from the 35-yard line.")]
    assert ("35-yard", "yard") not in found


def test_spelled_compound_counts_its_noun() -> None:
    found = [(q.text, q.value, q.counted) for q in _quantities("en", "a nine-yard run")]
    assert found == [("nine-yard", 9.0, "yard")]


@pytest.mark.parametrize("text", ["Two-thirds of them left.", "a one-sided race"])
def test_spelled_fraction_or_set_phrase_counts_nothing(text: str) -> None:
    assert all(q.counted is None for q in _quantities("en", text))


@pytest.mark.parametrize("text", ["He hit a three-pointer.", "She kicked a 44-yarder."])
def test_compound_of_one_thing_counts_nothing(text: str) -> None:
    assert all(q.counted is None for q in _quantities("en", text))


@pytest.mark.parametrize(
    "text",
    [
        # the number names a kind, not a count of times, ways or parties
        "The two-time champion won again on Sunday.",
        "The race ended in a three-way tie.",
        "Voters chose a two-party system.",
    ],
)
def test_compound_that_names_a_kind_is_no_figure(text: str) -> None:
    assert _quantities("en", text) == []


def test_season_written_as_two_years_running_is_no_record() -> None:
    counted = [q.counted for q in _quantities("en", "The 13-14 season ended in March.")]
    assert "win" not in counted and "loss" not in counted
