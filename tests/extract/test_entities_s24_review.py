"""Session 24 review mends of the entity rules: a party's name stays whole right after "the"
though the text writes its adjective in lower case; a two-word run opening with a place that
is also a given name ("Virginia", "Tennessee") is a person unless a list or the text says
otherwise; a month opens a name after a title; "Democratic Republic" is a state; an
Indonesian consul general is a title; and each guard of the session's rules holds.
Sentences written for these tests (names made up, or public figures in made-up sentences)."""

from __future__ import annotations

import pytest

from entity_reads import found, kinds, speakers


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The Democratic Governors Association spent $5 million. Critics said the move "
            "was not democratic.",
            "Democratic Governors Association",
        ),
        (
            "Money came from the Democratic Senatorial Campaign Committee. He called it a "
            "democratic choice.",
            "Democratic Senatorial Campaign Committee",
        ),
    ],
)
def test_a_party_name_after_the_stays_whole_beside_its_lower_case_adjective(
    text: str, name: str
) -> None:
    assert kinds("en", text).get(name) == "organisation"


def test_a_determiner_in_capitals_is_no_part_of_an_organisation_name() -> None:
    # No lower-case "the" in the text: only the determiner list drops "The".
    assert found("en", "He dined at The Harvard Club.") == [("Harvard Club", "organisation")]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Tennessee Williams wrote the play.", "Tennessee Williams"),
        ("Virginia Woolf wrote the novel in 1925.", "Virginia Woolf"),
        ('"We will fight," Virginia Halloran said.', "Virginia Halloran"),
    ],
)
def test_a_given_name_that_is_a_state_opens_a_person(text: str, name: str) -> None:
    assert kinds("en", text).get(name) == "person"


def test_a_state_named_person_is_named_again_by_the_surname() -> None:
    text = "Virginia Halloran said she was abused. Halloran spoke in New York."
    assert found("en", text) == [
        ("Virginia Halloran", "person"),
        ("Halloran", "person"),
        ("New York", "place"),
    ]


def test_a_state_named_person_speaks_after_her_post() -> None:
    assert speakers("en", "Rome mayor Virginia Rossetti said the city was broke.") == [
        "Virginia Rossetti"
    ]


def test_a_state_named_person_keeps_her_possessive_apart() -> None:
    text = "Virginia Halloran's lawyer said so."
    assert found("en", text) == [("Virginia Halloran", "person")]


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("Georgia Power raised rates, and power bills rose.", "Georgia Power", "organisation"),
        ("He moved to Sydney Australia in 2010.", "Sydney Australia", "organisation"),
        ("A Virginia Republican said he would vote no.", "Virginia Republican", "organisation"),
        ("He met Georgia's Halloran on Monday.", "Georgia's Halloran", "organisation"),
        ("The Georgia GBI said so.", "Georgia GBI", "organisation"),
        ("The Sydney Symphony Orchestra played.", "Sydney Symphony Orchestra", "organisation"),
        ("Virginia Assembly members met.", "Virginia Assembly", "organisation"),
        ("The Virginia Legislature passed it.", "Virginia Legislature", "organisation"),
        ("Sydney Airport was shut.", "Sydney Airport", "place"),
        ("Maryland Gov. Larry Hogan said he would not run.", "Larry Hogan", "person"),
        ("He studied at Georgia Tech before joining the firm.", "Georgia Tech", "organisation"),
        ("The Kansas City Chiefs won the Super Bowl.", "Kansas City Chiefs", "organisation"),
        ("Georgia voters went to the polls. Georgia Democrats said so.", "Georgia", "place"),
        ("The Boston Globe and the Washington Examiner said so.", "Boston Globe", "organisation"),
        ("Virginia's Tim Kaine said he would vote no.", "Tim Kaine", "person"),
    ],
)
def test_a_place_before_a_post_a_body_or_a_known_word_is_no_given_name(
    text: str, name: str, kind: str
) -> None:
    read = kinds("en", text)
    assert read.get(name) == kind
    assert not any(
        k == "person" and t.split()[0] in {"Maryland", "Georgia", "Virginia", "Sydney", "Boston"}
        for t, k in read.items()
    )


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Rep. Jan Schakowsky said the bill was dead.", "Jan Schakowsky"),
        ("Gov. Jan Brewer signed the bill on Friday.", "Jan Brewer"),
        ('"We will fight," said Gov. April Smith.', "April Smith"),
    ],
)
def test_a_month_after_a_title_may_open_the_name(text: str, name: str) -> None:
    assert kinds("en", text).get(name) == "person"


def test_a_month_short_form_alone_is_still_no_one() -> None:
    assert found("en", "Feb. 20 was the date of the debate.") == []


def test_a_month_alone_after_a_title_is_no_person() -> None:
    assert "person" not in kinds("en", "He met the Gov. Jan. 20 to talk.").values()


@pytest.mark.parametrize(
    "text",
    [
        "Fighting continued in the Democratic Republic of Congo on Monday.",
        "Democratic Republic of Congo troops fought the rebels.",
    ],
)
def test_democratic_republic_is_a_state(text: str) -> None:
    read = kinds("en", text)
    assert read.get("Democratic Republic") == "place"
    assert "Republic" not in read


@pytest.mark.parametrize(
    "text",
    [
        '"Kami membantu," kata Konsul Jenderal Republik Indonesia di Davao, Dicky Fabrian.',
        "KJRI Davao City memulangkan 20 WNI, kata Konjen Dicky Fabrian.",
    ],
)
def test_a_consul_general_is_a_title(text: str) -> None:
    read = kinds("id", text)
    assert read.get("Dicky Fabrian") == "person"
    assert read.get("Republik Indonesia") != "person"
    assert not any("Konjen" in t or "Konsul" in t for t in read)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Trump said he liked it. Critics dubbed him Switzerland's Trump after the vote.",
            [("Trump", "person"), ("Switzerland", "place"), ("Trump", "person")],
        ),
        (
            "Turkey's Syria policy was criticised by officials.",
            [("Turkey", "place"), ("Syria", "place")],
        ),
        (
            "Officials criticised Turkey's Erdogan on Monday. Erdogan said nothing.",
            [("Turkey", "place"), ("Erdogan", "person"), ("Erdogan", "person")],
        ),
    ],
)
def test_a_place_possessive_parts_a_listed_place_or_a_name_the_text_gives_alone(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert found("en", text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Ferries across Sydney Harbour were halted, the operator said.",
        "Ferries across Sydney Harbor were halted, the operator said.",
    ],
)
def test_a_place_and_a_place_tail_is_no_person(text: str) -> None:
    # "Sydney" is also a given name, but a harbour closes a place's name, not a person's.
    name = text.split("across ")[1].split(" were", maxsplit=1)[0]
    assert kinds("en", text).get(name) != "person"
