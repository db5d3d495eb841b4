"""Mends of the English poll figures after review (session 21): a point is a percentage point
only beside a poll's word in its own clause and within a whole; "states" that is a name or a
verb counts no states; "one-half" is a share as "one-third" is; "so many in so many games"
counts; a length of time after a pair is its own. Sentences written for silang."""

from __future__ import annotations

import pytest

from silang.extract.quantities import find_quantities
from silang.extract.sentences import split_sentences
from silang.lang import load_pack
from silang.lang.figures import load_figures_lexicon
from silang.model import Quantity


def _read(text: str, lang: str = "en") -> list[Quantity]:
    pack = load_pack(lang)
    return list(find_quantities(text, split_sentences(text, pack), load_figures_lexicon(lang)))


def _by_text(text: str, lang: str = "en") -> dict[str, Quantity]:
    return {q.text: q for q in _read(text, lang)}


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("The Dow fell 400 points as traders read the latest polls.", "400 points"),
        ("The primary reason is that the index fell 30 points.", "30 points"),
        ("Shares of Medco rose 12 points after FDA approval.", "12 points"),
        ("The poll closed early, and Okafor scored 30 points that night.", "30 points"),
        ("Okafor scored 28 points at the arena while voters lined up across town.", "28 points"),
    ],
)
def test_figures_points_far_from_a_poll_stay_points(text: str, span: str) -> None:
    assert _by_text(text)[span].unit == "point"


@pytest.mark.parametrize(
    ("text", "span"),
    [
        (
            "In 2007, Harlow held a 24-point lead over Marsh among young voters in a state poll.",
            "24-point",
        ),
        (
            "The poll has Harlow leading Marsh by six points (46 percent to 40 percent) and"
            " Reyes by three points (45 to 42).",
            "three points",
        ),
    ],
)
def test_figures_a_poll_anywhere_in_the_points_clause_makes_percentage_points(
    text: str, span: str
) -> None:
    assert _by_text(text)[span].unit == "pp"


def test_figures_two_points_in_one_sentence_each_by_its_own_clause() -> None:
    found = _by_text(
        "Harlow led by seven points in the poll, and Okafor scored 30 points in the game."
    )
    assert (found["seven points"].unit, found["30 points"].unit) == ("pp", "point")


@pytest.mark.parametrize(
    "text",
    [
        "Proposition 64 states that adults may grow cannabis at home.",
        "Amendment 2 states that a union is between two people.",
        "Two United States attorneys resigned on Friday.",
        "Section 3 states that the court may rule.",
    ],
)
def test_figures_states_as_a_verb_or_a_name_counts_no_states(text: str) -> None:
    assert all(q.counted != "federal state" for q in _read(text))


def test_figures_states_with_a_relative_clause_are_counted() -> None:
    found = _by_text("The 11 states that vote on March 1 hold 600 delegates.")["11 states"]
    assert found.counted_class == "state"


def test_figures_a_labelled_number_opening_a_sentence_is_no_figure() -> None:
    assert _read("Proposition 64 passed easily.") == []


def test_figures_a_label_word_in_lower_case_names_no_number() -> None:
    assert _by_text("She asked the question 3 times.")["3 times"].value == 3


@pytest.mark.parametrize(
    ("text", "span", "value", "qualifier"),
    [
        ("About one-half of the voters backed him.", "About one-half", 50, "approximately"),
        ("One-third of voters backed him.", "One-third", 100 / 3, "exact"),
    ],
)
def test_figures_one_half_of_a_whole_is_a_share(
    text: str, span: str, value: float, qualifier: str
) -> None:
    found = _by_text(text)[span]
    assert found.value == pytest.approx(value)
    assert (found.unit, found.qualifier) == ("%", qualifier)


def test_figures_a_part_of_a_percent_is_one_share() -> None:
    (found,) = _read("Harlow led by less than one-half of 1 percent.")
    assert found.value == pytest.approx(0.5)
    assert (found.text, found.unit, found.qualifier) == (
        "less than one-half of 1 percent",
        "%",
        "less-than",
    )


@pytest.mark.parametrize(
    ("text", "first"),
    [
        ("He scored 2 in 10 games this year.", "2"),
        ("They killed 5 in 10 attacks last year.", "5"),
        ("Police detained 12 in 40 raids.", "12"),
    ],
)
def test_figures_so_many_in_so_many_occasions_is_a_count(text: str, first: str) -> None:
    found = _read(text)
    assert all(q.unit != "%" for q in found)
    assert first in {q.text for q in found}


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("There is a 1 in 10 chance of rain.", "1 in 10", 10),
        ("One in 10 Americans say so.", "One in 10", 10),
        ("Cruz won four in 10 Iowa Republicans.", "four in 10", 40),
    ],
)
def test_figures_so_many_in_so_many_people_stays_a_share(
    text: str, span: str, value: float
) -> None:
    found = _by_text(text)[span]
    assert (found.value, found.unit) == (value, "%")


@pytest.mark.parametrize(
    ("text", "first", "second", "unit"),
    [
        ("The law passed 6 to 3 years after it was filed.", "6", "3 years", "year"),
        ("The court ruled 7 to 2 weeks after the hearing.", "7", "2 weeks", "week"),
    ],
)
def test_figures_a_length_after_a_pair_is_the_seconds_alone(
    text: str, first: str, second: str, unit: str
) -> None:
    found = _by_text(text)
    assert (found[first].unit, found[second].unit) == (None, unit)


@pytest.mark.parametrize(
    ("text", "first", "unit"),
    [
        ("The judge cut the term from 10 to 5 years on appeal.", "10", "year"),
        ("Her support fell from 35 to 12 percent after the debate.", "35", "%"),
    ],
)
def test_figures_a_pair_keeps_its_unit_but_a_length_after(text: str, first: str, unit: str) -> None:
    assert _by_text(text)[first].unit == unit


@pytest.mark.parametrize(
    ("text", "span", "unit"),
    [
        ("Jokowi unggul 5 poin dalam survei pemilih.", "5 poin", "pp"),
        ("Elektabilitas Harlan naik 4 poin bulan ini.", "4 poin", "pp"),
        ("IHSG turun 45 poin saat survei dirilis.", "45 poin", "point"),
    ],
)
def test_figures_indonesian_points_of_a_poll(text: str, span: str, unit: str) -> None:
    assert _by_text(text, "id")[span].unit == unit


def test_figures_indonesian_so_many_of_so_many_stays_a_count() -> None:
    # "dari" is no share word (figures_words.tsv): the count of damaged houses stays.
    assert all(q.unit != "%" for q in _read("Sebanyak 4 dari 10 rumah rusak.", "id"))
