"""English counts read through a determiner, across a name, and in one class for the words
of one kind of thing: "his dozen rounds", "Mother of 9 Jane Doe shot", bullets and shots.
The sentences are written for these tests."""

from __future__ import annotations

import pytest

from silang.lang.figures import FiguresLexicon, load_figures_lexicon

from records import quantities_by_text

EN = load_figures_lexicon("en")
ID = load_figures_lexicon("id")


@pytest.mark.parametrize(
    ("text", "written", "value"),
    [
        ("The gunman told police his dozen rounds were meant for a rival.", "dozen rounds", 12),
        ("Officers found the dozen shells on the roof.", "dozen shells", 12),
        ("Her hundred days in office ended in March.", "hundred days", 100),
    ],
)
def test_a_multiplier_word_after_a_determiner_stands_for_one_of_it(
    text: str, written: str, value: float
) -> None:
    assert quantities_by_text(text, EN)[written].value == value


def test_a_multiplier_word_after_no_determiner_opens_no_number() -> None:
    assert not any(
        q.value == 12 for q in quantities_by_text("Dozen rounds of talks failed.", EN).values()
    )


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("Video of Mother of 9 Jane Doe shot on her street is shown", "9"),
        ("Father of 7 Tom Parker shot outside his home", "7"),
    ],
)
def test_a_name_between_a_figure_and_a_noun_leaves_the_phrase_before_to_say_what_it_counts(
    text: str, written: str
) -> None:
    found = quantities_by_text(text, EN)[written]
    assert found.counted_class == "child:own"


def test_one_capitalised_adjective_stays_part_of_the_counted_phrase() -> None:
    found = quantities_by_text("The navy caught 23 Somali pirates on Tuesday.", EN)[
        "23 Somali pirates"
    ]
    assert found.counted_class == "pirate"


@pytest.mark.parametrize(
    ("text", "written", "lx"),
    [
        ("The officers fired 11 shots.", "11 shots", EN),
        ("He sprayed 11 bullets from the roof.", "11 bullets", EN),
        ("Police fired 11 rounds.", "11 rounds", EN),
        ("Polisi menemukan 11 peluru di atap.", "11 peluru", ID),
        ("Polisi menyita 11 amunisi.", "11 amunisi", ID),
    ],
)
def test_bullets_shots_and_rounds_count_one_kind_of_thing(
    text: str, written: str, lx: FiguresLexicon
) -> None:
    assert quantities_by_text(text, lx)[written].counted_class == "ammunition"


@pytest.mark.parametrize(
    ("text", "written", "unit"),
    [
        ("He kept up the act for three decades.", "three decades", "decade"),
        ("The dynasty lasted two centuries.", "two centuries", "century"),
    ],
)
def test_decades_and_centuries_are_lengths_of_time_not_counts(
    text: str, written: str, unit: str
) -> None:
    found = quantities_by_text(text, EN)[written]
    assert (found.unit, found.counted_class) == (unit, None)


@pytest.mark.parametrize(
    ("text", "written"),
    [("He hit 33 home runs last season.", "33 home runs"), ("He hit 33 homers.", "33 homers")],
)
def test_home_runs_and_homers_are_one_class_and_no_houses(text: str, written: str) -> None:
    assert quantities_by_text(text, EN)[written].counted_class == "home run"


def test_at_a_number_closing_a_clause_after_died_is_an_age() -> None:
    text = "Mr Reyes, who died on Sunday in a county hospital at 81, ran the mill."
    assert quantities_by_text(text, EN)["81"].unit == "year"


def test_at_a_number_after_died_in_another_clause_is_no_age() -> None:
    text = "He died on Sunday. The market closed at 81, traders said."
    assert quantities_by_text(text, EN)["81"].unit is None
