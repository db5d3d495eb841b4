"""Spelled ranges, halves written with a slash, abbreviated compound nouns, numbers inside
names, and the provinces' short forms (fixtures written for silang)."""

from __future__ import annotations

import pytest

from silang.extract.entities import RuleEntityRecognizer
from silang.lang.quotes import load_quotes_lexicon
from silang.model import Span

from records import quantities_in


def _read(text: str) -> list[tuple[str, float, float | None, float | None, str | None]]:
    return [(q.text, q.value, q.low, q.high, q.unit) for q in quantities_in("en", text)]


def test_spelled_numbers_joined_by_and_after_between_are_a_range() -> None:
    """ "two and three" is no five: the joiner goes on a number only after a multiplying word."""
    assert _read("The feud ran between two and three decades.") == [
        ("between two and three decades", 2.0, 2.0, 3.0, "decade")
    ]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Some two hundred and fifty people marched.", 250.0),
        ("The tale has one thousand and one nights.", 1001.0),
    ],
)
def test_and_after_a_multiplying_word_still_joins(text: str, value: float) -> None:
    assert [q.value for q in quantities_in("en", text)] == [value]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the one-character half of "4½" came apart into a "1/2" glued to the whole
        ("The clerk served 41/2 months in jail.", [("41/2 months", 4.5, None, None, "month")]),
        ("The pipe was 31/2 inches wide.", [("31/2 inches", 3.5, None, None, "in")]),
        ("The clerk served 4 1/2 months.", [("4 1/2 months", 4.5, None, None, "month")]),
        ("He got a 4-1/2-month term.", [("4-1/2-month", 4.5, None, None, "month")]),
    ],
)
def test_a_whole_and_a_half_written_with_a_slash(
    text: str, expected: list[tuple[str, float, float | None, float | None, str | None]]
) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The diner stays open 24/7 for drivers.",
        "The clerk spoke of 9/11 at length.",
        "The form was dated 41/2/2009 months later.",
    ],
)
def test_no_half_outside_its_shape(text: str) -> None:
    """A ratio, a date or a slash that goes on is no half."""
    assert all(q.value % 1 != 0.5 for q in quantities_in("en", text))


def test_an_abbreviated_compound_noun_counts_its_word() -> None:
    """ "an 86-yd run" counts the yards of "an 86-yard run"."""
    (short,) = quantities_in("en", "The back broke off an 86-yd run.")
    (whole,) = quantities_in("en", "The back broke off an 86-yard run.")
    assert (short.value, short.counted) == (whole.value, whole.counted) == (86.0, "yard")


@pytest.mark.parametrize(
    "text",
    [
        "Crews will mend the North Sea 4 cable network first.",
        "Crews will mend the NOR-SEA 4 cable first.",
    ],
)
def test_a_number_inside_a_name_counts_nothing(text: str) -> None:
    """A name before the number and a singular noun after it: one cable named, not four."""
    assert quantities_in("en", text) == []


@pytest.mark.parametrize(
    ("text", "counted"),
    [
        # counts with no name before the number stay counts
        ("Crews will mend four undersea cables first.", "cable"),
        ("They held a 300 person march.", "person"),
        # what bodies send and sign, and who sends them, are counted things
        ("The board sent two letters to the mayor.", "letter"),
        ("Four medical societies backed the plan.", "society"),
    ],
)
def test_one_count_of_its_noun(text: str, counted: str) -> None:
    assert [q.counted for q in quantities_in("en", text)] == [counted]


@pytest.mark.parametrize(
    ("text", "short"),
    [
        ("Pedagang di Bekasi, Jabar, dan Jakarta merugi.", "Jabar"),
        ("Budi menyebut, Jatim adalah produsen ikan terbesar.", "Jatim"),
        ("Ketua paguyuban se Jabodetabek hadir.", "Jabodetabek"),
        ("Warga DIY berkumpul.", "DIY"),
    ],
)
def test_province_short_forms_are_places(text: str, short: str) -> None:
    """ "Jatim" is Jawa Timur, never a person or a body the recogniser may take it for."""
    entities = RuleEntityRecognizer(load_quotes_lexicon("id")).recognise(text, [Span(0, len(text))])
    assert [e.kind for e in entities if e.text == short] == ["place"]


@pytest.mark.parametrize(
    ("text", "part"),
    [
        # a word that picks which of a series the whole is stands before its number
        ("The club lost eight of their last 10 matches.", ("eight", "match")),
        # a possessive determiner opens the whole as "their" does
        ("The mayor thanked two of her mentors.", ("two", "mentor")),
    ],
)
def test_a_part_counts_the_noun_of_its_whole(text: str, part: tuple[str, str]) -> None:
    first = quantities_in("en", text)[0]
    assert (first.text, first.counted) == part
