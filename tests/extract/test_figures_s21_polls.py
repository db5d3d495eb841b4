"""How English poll figures read (PolNeAR train audit, session 21): shares written "four in
10", a unit written once after a pair ("35 to 12 percent"), points of a vote as percentage
points, and counted nouns of campaign news. Sentences written for silang."""

from __future__ import annotations

import pytest

from silang.extract.quantities import find_quantities
from silang.extract.sentences import split_sentences
from silang.lang import load_pack
from silang.lang.figures import load_figures_lexicon
from silang.model import Quantity


def _read(text: str) -> list[Quantity]:
    pack = load_pack("en")
    return list(find_quantities(text, split_sentences(text, pack), load_figures_lexicon("en")))


def _by_text(text: str) -> dict[str, Quantity]:
    return {q.text: q for q in _read(text)}


@pytest.mark.parametrize(
    ("text", "span", "value", "qualifier"),
    [
        (
            "Cruz won about four in 10 Iowa Republicans who voted.",
            "about four in 10",
            40,
            "approximately",
        ),
        (
            "More than 6 in 10 caucusgoers called themselves evangelical.",
            "More than 6 in 10",
            60,
            "more-than",
        ),
        ("Six in 10 said they want the next mayor to go on.", "Six in 10", 60, "exact"),
        ("One in five voters backed the measure.", "One in five", 20, "exact"),
    ],
)
def test_figures_share_so_many_in_every_so_many(
    text: str, span: str, value: float, qualifier: str
) -> None:
    found = _by_text(text)[span]
    assert (found.value, found.unit, found.qualifier) == (value, "%", qualifier)


@pytest.mark.parametrize(
    "text",
    [
        "He scored 2 in 10 minutes on Sunday.",
        "About 1 in 10 million people carry it.",
        "We've lost three out of four lines to the storm.",
    ],
)
def test_figures_so_many_in_a_measure_or_a_multiplier_is_no_share(text: str) -> None:
    assert all(q.unit != "%" for q in _read(text))


@pytest.mark.parametrize(
    ("text", "first"),
    [
        ("Harlow beat Marsh in the county, 35 to 12 percent, among the old.", "35"),
        ("Her support fell from 35 to 12 percent in a month.", "35"),
        ("Her support rose from 12 to 35 percent in a month.", "12"),
    ],
)
def test_figures_unit_written_once_after_a_pair_is_the_firsts_too(text: str, first: str) -> None:
    assert _by_text(text)[first].unit == "%"


def test_figures_a_pair_without_a_unit_stays_bare() -> None:
    assert _by_text("The score was 35 to 12 in the fourth quarter.")["35"].unit is None


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Harlow has enjoyed a 20-point lead in the county polls all fall.", "20-point"),
        ("A new poll has Marsh trailing by six points.", "six points"),
        ("Harlow won the county's young voters by a 35-point margin.", "35-point"),
    ],
)
def test_figures_points_of_a_vote_are_percentage_points(text: str, span: str) -> None:
    assert _by_text(text)[span].unit == "pp"


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("The index fell 300 points, or 1.2 percent, on Monday.", "300 points"),
        ("Okafor scored 30 points as the Hawks won.", "30 points"),
    ],
)
def test_figures_points_of_an_index_or_a_game_stay_points(text: str, span: str) -> None:
    assert _by_text(text)[span].unit == "point"


@pytest.mark.parametrize(
    ("text", "span", "counted", "cls"),
    [
        (
            "Twelve states will hold primaries on March 1.",
            "Twelve states",
            "federal state",
            "state",
        ),
        (
            "She had won at least eight states by then.",
            "at least eight states",
            "federal state",
            "state",
        ),
        ("Find the 30,000 emails that are missing.", "30,000 emails", "email", "email"),
        ("The firm sent 2,000 e-mails.", "2,000 e-mails", "email", "email"),
        (
            "The campaign laid off more than 200 staffers.",
            "more than 200 staffers",
            "staffer",
            "employee",
        ),
        (
            "The debate drew around 8 million viewers.",
            "around 8 million viewers",
            "viewer",
            "spectator",
        ),
        (
            "They recruited nearly 70 politicians for the council.",
            "nearly 70 politicians",
            "politician",
            "politician",
        ),
    ],
)
def test_figures_counted_nouns_of_campaign_news(
    text: str, span: str, counted: str, cls: str
) -> None:
    found = _by_text(text)[span]
    assert (found.counted, found.counted_class) == (counted, cls)


def test_figures_a_singular_state_before_a_noun_counts_no_states() -> None:
    assert all(
        q.counted != "federal state"
        for q in _read("Two state troopers and five state senators came.")
    )


def test_figures_counted_noun_written_once_after_a_pair_is_the_firsts_too() -> None:
    found = _by_text("Harlow led late Tuesday, 212,205 to 210,424 votes.")["212,205"]
    assert (found.counted, found.counted_class) == ("vote", "vote")


def test_figures_superdelegates_are_counted_as_such() -> None:
    found = _by_text("Harlow is backed by 520 superdelegates.")["520 superdelegates"]
    assert found.counted_class == "superdelegate"
