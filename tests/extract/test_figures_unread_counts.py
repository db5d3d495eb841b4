"""Figures the reader used to leave unread: a hedged fraction written with its article ("nearly a
quarter of"), a fraction of a multiplier taken with "of" ("a quarter of a million"), and the
length inside a time counted back from an event ("nine days earlier")."""

from __future__ import annotations

import pytest

from silang.extract.figures_tokens import may_hold_figures
from silang.lang.figures import load_figures_lexicon
from silang.model import Span

from records import quantities_in


def test_hedged_fraction_with_its_article() -> None:
    (found,) = quantities_in("en", "Nearly a quarter of the members voted against the plan.")
    assert (found.text, found.value, found.qualifier, found.unit) == (
        "Nearly a quarter",
        25.0,
        "approximately",
        "%",
    )
    assert found.low is not None and found.low < 25.0


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A quarter of a million visitors came to the fair.",
            ("A quarter of a million visitors", 250_000.0, "exact"),
        ),
        (
            "About a quarter of a million people lined the route.",
            ("About a quarter of a million people", 250_000.0, "approximately"),
        ),
        (
            "About a quarter million people lined the route.",
            ("About a quarter million people", 250_000.0, "approximately"),
        ),
        (
            "Three quarters of a million visitors came to the fair.",
            ("Three quarters of a million visitors", 750_000.0, "exact"),
        ),
        (
            "One quarter of a million people lined the route.",
            ("One quarter of a million people", 250_000.0, "exact"),
        ),
    ],
)
def test_fraction_of_a_multiplier(text: str, expected: tuple[str, float, str]) -> None:
    (found,) = quantities_in("en", text)
    assert (found.text, found.value, found.qualifier) == expected


def test_length_counted_back_from_an_event() -> None:
    (found,) = quantities_in("en", "The singer fell ill and died nine days earlier than planned.")
    assert (found.text, found.value, found.unit) == ("nine days", 9.0, "day")


def test_length_counted_back_from_the_writing_is_a_date_only() -> None:
    assert quantities_in("en", "Three days ago the river rose.") == []


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        # a word describing the game stands between the score and its word
        ("Their 64-58 overtime loss ended the streak.", (64.0, 58.0)),
        ("It was a 77-70 conference victory at home.", (77.0, 70.0)),
        # the losing side's verb, and a stretch of one game
        ("The Hawks lose 31-17 at home again.", (31.0, 17.0)),
        ("The hosts closed the half on a 12-2 run.", (12.0, 2.0)),
    ],
)
def test_score_named_by_a_word_of_the_game(text: str, sides: tuple[float, float]) -> None:
    found = quantities_in("en", text)
    assert [(q.value, q.unit) for q in found] == [(sides[0], "point"), (sides[1], "point")]


def test_rising_pair_before_a_described_word_stays_a_range() -> None:
    # a pair that rises is a range of what follows, whatever word of the game comes later
    (found,) = quantities_in("en", "Some 20-30 local fans were hurt after the loss.")
    assert (found.low, found.high, found.qualifier) == (20.0, 30.0, "range")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The bridge reopened in less than a month.", (1.0, "month", "less-than")),
        ("The jury took about an hour to decide.", (1.0, "hour", "approximately")),
    ],
)
def test_hedged_article_is_one_of_its_unit(text: str, expected: tuple[float, str, str]) -> None:
    (found,) = quantities_in("en", text)
    assert (found.value, found.unit, found.qualifier) == expected


def test_bare_article_before_a_unit_is_no_figure() -> None:
    assert quantities_in("en", "The school stands a mile from the river.") == []


@pytest.mark.parametrize(
    "text",
    [
        # a hedged time counted back from the writing is a date only, as "three days ago" is
        "He left at least a year ago.",
        # "run" before a pair is the verb: no game is scored
        "The firm has run a 24-7 service for years.",
    ],
)
def test_no_figure_in_a_hedged_date_or_a_verb_before_a_pair(text: str) -> None:
    assert quantities_in("en", text) == []


def test_a_stretch_of_a_game_is_a_score() -> None:
    found = quantities_in("en", "The hosts closed the half on a 12-2 run.")
    assert [q.value for q in found] == [12.0, 2.0]


def test_an_indonesian_hedge_alone_opens_no_scan() -> None:
    # Indonesian writes no article, so a hedge before a unit alone is never a figure there.
    text = "Sekitar itu juga yang ia rasakan."
    assert not may_hold_figures(text, Span(0, len(text)), load_figures_lexicon("id"))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a number after "and" as large as the multiplier before it starts a new number
        ("Between two hundred and three hundred people died.", (200.0, 300.0)),
        # a fraction right after a multiplying word is a fraction of it
        ("He paid a million and a half dollars for it.", (1_500_000.0, None)),
    ],
)
def test_spelled_numbers_around_and(text: str, expected: tuple[float, float | None]) -> None:
    (found,) = quantities_in("en", text)
    assert (found.value, found.high) == expected


def test_a_singular_noun_before_a_plural_head_takes_the_count() -> None:
    # "3 soldier deaths": the plural head is counted, the weekday is no name of a cable
    (found,) = quantities_in("en", "On Friday 3 soldier deaths were confirmed.")
    assert found.value == 3.0


def test_an_indonesian_day_and_month_is_no_glued_half() -> None:
    # Indonesian writes a half "2,5": "11/2" is the eleventh of February
    assert quantities_in("id", "Pertemuan pada Senin, 11/2 hari kedua.") == []
