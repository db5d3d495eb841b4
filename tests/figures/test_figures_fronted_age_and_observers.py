"""English figures of F2: a bare number in a fronted "at N," is an age ("At 34, she retired"),
a bare number after "turn" is an age reached ("who turns 29 on April 11"), a dash pair over
a kind of game is a record ("8-1 in games decided by a score"),
and the people an election or an inquiry is sent (observers, monitors, experts; the
Indonesian "pemantau" and "pakar"), kin (sons, daughters, grandchildren, siblings) and
reporters and mobsters are counted things. The sentences are written for these
tests."""

from __future__ import annotations

import pytest

from silang.lang.figures import FiguresLexicon, load_figures_lexicon

from records import quantities_by_text

EN = load_figures_lexicon("en")
ID = load_figures_lexicon("id")


@pytest.mark.parametrize(
    ("text", "written", "value"),
    [
        ("At 41, Marla gave up the stage.", "41", 41.0),
        ("He felt that, at 52, his best years were gone.", "52", 52.0),
        ("She said that at 29, she was ready to lead.", "29", 29.0),
        ("He ran the firm for years, and at 70, he handed it on.", "70", 70.0),
    ],
)
def test_a_number_fronted_by_at_and_closed_by_a_comma_is_an_age(
    text: str, written: str, value: float
) -> None:
    found = quantities_by_text(text, EN)[written]
    assert (found.value, found.unit) == (value, "year")


@pytest.mark.parametrize(
    ("text", "written"),
    [
        # "at" inside the clause, after its verb: a level or a time, not an age
        ("The index closed at 34, down two points.", "34"),
        ("The talks ended at 5, police said.", "5"),
        # fronted, but what follows is no person: an hour, a level
        ("At 5, the store opens its doors.", "5"),
        ("At 80, the death toll rose again.", "80"),
    ],
)
def test_at_after_the_verb_of_its_clause_gives_no_age(text: str, written: str) -> None:
    assert quantities_by_text(text, EN)[written].unit is None


def test_a_fronted_at_before_a_street_name_is_an_address() -> None:
    assert "41" not in quantities_by_text("At 41 Mill Lane, a car burned.", EN)


@pytest.mark.parametrize(
    ("text", "wins", "losses"),
    [
        ("The Bears are 6-2 in games decided by a field goal.", "6", "2"),
        ("The Hawks stand 3-5 in road games this season.", "3", "5"),
    ],
)
def test_a_pair_over_a_kind_of_game_is_a_record(text: str, wins: str, losses: str) -> None:
    found = quantities_by_text(text, EN)
    assert (found[wins].counted_class, found[losses].counted_class) == ("win", "defeat")


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("The striker, who turns 31 on June 2, signed again.", "31"),
        ("She will turn 45 next month.", "45"),
        ("The old mill turned 90 last year.", "90"),
        ("He turned 60.", "60"),
    ],
)
def test_turning_a_bare_number_is_reaching_an_age(text: str, written: str) -> None:
    assert quantities_by_text(text, EN)[written].unit == "year"


def test_turning_a_number_of_things_is_no_age() -> None:
    assert quantities_by_text("The clerk turned 30 pages.", EN)["30"].unit is None


@pytest.mark.parametrize(
    ("text", "written", "cls", "lx"),
    [
        ("The bloc sent nine observers to the vote.", "nine observers", "observer", EN),
        ("Some 40 monitors watched the count.", "Some 40 monitors", "observer", EN),
        ("The agency flew in six experts.", "six experts", "expert", EN),
        ("Four specialists examined the dam.", "Four specialists", "expert", EN),
        ("Lembaga itu mengirim 12 pemantau ke TPS.", "12 pemantau", "observer", ID),
        ("Tim itu melibatkan lima pakar gempa.", "lima pakar", "expert", ID),
        ("The farmer left his wife and three sons.", "three sons", "son", EN),
        ("She raised four daughters alone.", "four daughters", "daughter", EN),
        ("He doted on his five grandchildren.", "five grandchildren", "grandchild", EN),
        ("Her two grandkids were at school.", "two grandkids", "grandchild", EN),
        ("His two brothers ran the shop.", "two brothers", "sibling", EN),
        ("The three local reporters spoke.", "three local reporters", "journalist", EN),
        ("Eight former mobsters testified.", "Eight former mobsters", "mobster", EN),
    ],
)
def test_people_are_counted_each_as_their_own_kind(
    text: str, written: str, cls: str, lx: FiguresLexicon
) -> None:
    assert quantities_by_text(text, lx)[written].counted_class == cls
