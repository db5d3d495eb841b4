"""Session 24 entity mends, the most frequent false names of a random sample of the dev dump:
a state of the United States alone is a place, a party's adjective alone names nothing while
the party's own name stays whole, a month's short form is no one, a curly apostrophe keys as
a straight one ("I’m"), and a place's possessive parts the place from what follows it.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from entity_reads import found, kinds


@pytest.mark.parametrize(
    "text",
    [
        "Sanders won in Nevada on Saturday, and Nevada voters cheered.",
        "Trump won Vermont, Georgia and Wisconsin, his aides said.",
    ],
)
def test_a_state_alone_is_a_place(text: str) -> None:
    read = kinds("en", text)
    assert read
    assert set(read.values()) == {"place"}


@pytest.mark.parametrize(
    "text",
    [
        "Half of Democratic primary voters said they liked him.",
        "He spoke at the Democratic convention in Philadelphia on Monday.",
    ],
)
def test_a_party_adjective_alone_names_nothing(text: str) -> None:
    assert "Democratic" not in kinds("en", text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Officials of the Republican Party met on Monday.", "Republican Party"),
        (
            "A spokesman for the Republican National Committee said no.",
            "Republican National Committee",
        ),
        (
            "Money came from the Democratic Senatorial Campaign Committee last year.",
            "Democratic Senatorial Campaign Committee",
        ),
    ],
)
def test_a_party_name_stays_whole(text: str, name: str) -> None:
    assert kinds("en", text).get(name) == "organisation"


@pytest.mark.parametrize(
    "text",
    [
        "The debate on Feb. 20 drew crowds, officials said.",
        "Voters meet on Sept. 30 and again on Nov. 8, the clerk said.",
    ],
)
def test_a_month_short_form_is_no_one(text: str) -> None:
    assert found("en", text) == []


def test_a_curly_apostrophe_keys_as_a_straight_one() -> None:
    assert found("en", "“I’m sure of it,” he said. “I’ve seen it.”") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "He called Arizona's John McCain on Monday.",
            [("Arizona", "place"), ("John McCain", "person")],
        ),
        ("Crowds gathered in Florida's Aug. 30 primary.", [("Florida", "place")]),
        (
            "Leaders of Nevada's Democratic party met on Monday.",
            [("Nevada", "place")],
        ),
        (
            "She read America’s Unwritten Plan, a book about the plan.",
            [("America’s Unwritten Plan", "organisation")],
        ),
    ],
)
def test_a_place_possessive_parts_the_place_from_what_the_words_tell(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert found("en", text) == expected


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Officials said that After Fox News aired it, he left after lunch.", "Fox News"),
        ("He said the dinner was at The Harvard Club on Monday.", "Harvard Club"),
    ],
)
def test_an_opener_before_an_organisation_is_no_part_of_its_name(text: str, name: str) -> None:
    assert kinds("en", text).get(name) == "organisation"


def test_a_mission_named_in_full_is_one_organisation() -> None:
    text = "Konsulat Jenderal Republik Indonesia di Davao membantah kabar itu, kata Andi Wijaya."
    read = kinds("id", text)
    assert read.get("Konsulat Jenderal Republik Indonesia") == "organisation"
    assert "person" not in {k for t, k in read.items() if "Indonesia" in t}
