"""English figures of sport and of counted tallies: win-loss records written the ways news
writes them (in a bracket with more details, set off after a name, after a copula or a verb
of reaching), a score whose word of the game stands four words back, ordinals that count
(the round a bout was stopped in, a run so far), and the counted nouns of a tally
("knockouts", "KOs", "appliances", "polling booths"). The sentences are written for
these tests."""

from __future__ import annotations

import pytest

from silang.extract.figures_tokens import tokenize
from silang.extract.quantities import sentence_quantities
from silang.lang.figures import load_figures_lexicon

from records import quantities_by_text

EN = load_figures_lexicon("en")


def _read(text: str) -> list[tuple[str, float, str | None]]:
    """(written, value, counted class) of every figure of one sentence, read past the
    sentence filter so that a sentence with only a spelled ordinal is read too."""
    tokens = tokenize(text, 0, len(text))
    found = sentence_quantities(text, tokens, EN)
    return [(q.text, q.value, q.counted_class) for q in found]


@pytest.mark.parametrize(
    ("text", "wins", "losses"),
    [
        ("Novak (41-2, 30 KO) fought well.", 41.0, 2.0),
        ("The Hawks (11-4, 5-3 away) lost at home.", 11.0, 4.0),
        ("The veteran champion Novak, 41-2 with 30 knockouts, won again.", 41.0, 2.0),
        ("With the win he improves to 27-1 with 19 wins by knockout.", 27.0, 1.0),
        ("The Owls, who moved to 8-0 on Tuesday, are unbeaten.", 8.0, 0.0),
        ("The Lynx have opened 7-12 with six losses in a row.", 7.0, 12.0),
        ("The Lynx, slumping at 7-12 when the coach left, were booed.", 7.0, 12.0),
        ("Ramos is 131-150 in four seasons as head coach.", 131.0, 150.0),
        ("In Denver, where he was 170-145 with one title, he won.", 170.0, 145.0),
    ],
)
def test_a_win_loss_record_is_read_as_wins_and_defeats(
    text: str, wins: float, losses: float
) -> None:
    read = _read(text)
    assert (str(int(wins)), wins, "win") in read
    assert (str(int(losses)), losses, "defeat") in read


def test_a_score_keeps_its_word_of_the_game_four_words_back() -> None:
    read = _read("The Owls beat visiting Carlton, 84-66.")
    assert ("84", 84.0, None) in read and ("66", 66.0, None) in read
    found = quantities_by_text("The Owls beat visiting Carlton, 84-66.", EN)
    assert found["84"].unit == "point" and found["66"].unit == "point"


def test_a_word_of_the_game_four_words_back_with_no_comma_makes_no_score() -> None:
    found = quantities_by_text("The Owls won the rebound battle 9-2 over Carlton.", EN)
    assert all(q.unit != "point" for q in found.values())


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Ages (20-30) vary widely.", 20.0),
        ("In Tulsa, 20-30 people were hurt.", 20.0),
        ("Temperatures were 20-25 across the plain.", 20.0),
    ],
)
def test_a_range_stays_a_range(text: str, value: float) -> None:
    assert all(cls not in ("win", "defeat") for _, _, cls in _read(text))
    assert any(v == value for _, v, _ in _read(text))


@pytest.mark.parametrize(
    ("text", "written", "value", "cls"),
    [
        ("Novak stopped Reyes in the seventh round.", "seventh round", 7.0, "round"),
        ("In 2011, Novak stopped Reyes in the 12th round.", "12th round", 12.0, "round"),
        ("Novak stops Reyes in 7th round", "7th round", 7.0, "round"),
        ("The Owls won their ninth consecutive game.", "ninth consecutive game", 9.0, "match"),
        ("Diaz became the sixth head coach fired this year.", "sixth head coach", 6.0, "coach"),
        ("Diaz is the third coach to be fired in May.", "third coach", 3.0, "coach"),
        ("It was her second such arrest this spring.", "second such arrest", 2.0, "arrest"),
    ],
)
def test_an_ordinal_of_a_round_a_run_or_those_an_event_befell_counts(
    text: str, written: str, value: float, cls: str
) -> None:
    assert (written, value, cls) in _read(text)


@pytest.mark.parametrize(
    "text",
    [
        "It was built in the 15th century.",
        "His second wife lives in Ohio.",
        "The team is 26th in the league.",
        "Sales rose in the second quarter of 2011.",
    ],
)
def test_an_ordinal_that_ranks_is_no_count(text: str) -> None:
    assert all(cls != "round" and v not in (15.0, 2.0, 26.0) for _, v, cls in _read(text))


@pytest.mark.parametrize(
    ("text", "written", "cls"),
    [
        ("The champion has 30 KOs in his career.", "30 KOs", "knockout"),
        ("He ended 19 fights with knockouts, 19 knockouts in all.", "19 knockouts", "knockout"),
        ("The record shows 41 wins.", "41 wins", "win"),
        ("The brigade sent a further three appliances.", "three appliances", "fire engine"),
        ("There are 80 polling booths in the district.", "80 polling booths", "polling station"),
    ],
)
def test_counted_nouns_of_a_tally(text: str, written: str, cls: str) -> None:
    assert quantities_by_text(text, EN)[written].counted_class == cls


@pytest.mark.parametrize(
    "text", ["She was the first woman arrested.", "His third wife was charged in May."]
)
def test_a_first_or_a_ranked_person_is_no_count(text: str) -> None:
    assert all(cls not in ("person", "woman", "wife") for _, _, cls in _read(text))


@pytest.mark.parametrize(
    "text",
    [
        "Okafor will be 31 in March.",
        "He will be 31 on March 4, before the season opens.",
        "Reyes, who was 19 at the time of the crash, was hurt.",
    ],
)
def test_an_age_ahead_on_a_date_or_held_then(text: str) -> None:
    ages = [q for q in quantities_by_text(text, EN).values() if q.unit == "year"]
    assert [q.value for q in ages] in ([31.0], [19.0])


@pytest.mark.parametrize(
    "text", ["The toll will be 31.", "The firm, which was 19 at the time, grew."]
)
def test_a_number_ahead_with_no_date_or_no_person_is_no_age(text: str) -> None:
    assert all(q.unit != "year" for q in quantities_by_text(text, EN).values())
