"""Names the rule recogniser misread (session 22): a weekday or a dated month closing a name's
run, a people's adjective read as a person, the words of a Title Case headline read as one
long name, the first word of a quoted title ('on "Meet the Press"') and a name after a closing
straight quote mark, and a party-and-state tag ("(R-Utah)") that made its name an
organisation. Sentences written for these tests."""

from __future__ import annotations

import pytest

from entity_reads import entities, kinds, speakers

# --- a weekday or a dated month after a name -------------------------------------------------


@pytest.mark.parametrize(
    ("code", "text", "name"),
    [
        ("id", '"Kami siap," kata Budi Santoso Senin (12/3).', "Budi Santoso"),
        ("id", '"Kami siap," ujar Andi Rabu.', "Andi"),
        ("id", "Hal itu disampaikan Ahmad Fauzi Maret lalu.", "Ahmad Fauzi"),
        ("id", '"Harga naik," kata Dewi Lestari Agustus 2023.', "Dewi Lestari"),
        ("en", '"We are ready," said John Smith Monday.', "John Smith"),
        ("en", '"We are ready," said John Smith March 3.', "John Smith"),
    ],
)
def test_a_day_or_dated_month_after_a_name_is_cut_off(code: str, text: str, name: str) -> None:
    read = kinds(code, text)
    assert read.get(name) == "person"
    assert not any(n.startswith(name + " ") for n in read)


def test_a_place_before_a_day_stays_a_place() -> None:
    text = "A car hit a woman in Queens Friday night."
    assert kinds("en", text).get("Queens") == "place"


@pytest.mark.parametrize(
    ("code", "text"),
    [
        ("en", "Turnout rose sharply on Super Tuesday."),
        ("en", "Turnout was high in Super Tuesday states, and super PACs spent more."),
        ("en", "Shoppers crowded the malls on Black Friday."),
    ],
)
def test_a_run_naming_a_day_is_no_person(code: str, text: str) -> None:
    assert "person" not in kinds(code, text).values()


@pytest.mark.parametrize(
    ("code", "text", "name"),
    [
        # A day or month opening a name is the name's own word.
        ("id", "Jumat Hidayat mengatakan banjir sudah surut.", "Jumat Hidayat"),
        ("id", '"Harga naik," kata Agustus Salim.', "Agustus Salim"),
        ("en", "April Jones said the plan was sound.", "April Jones"),
        # "May" is dated by a figure only: "this week" leaves her name whole.
        ("en", "Prime Minister Theresa May this week said the plan was sound.", "Theresa May"),
        ("en", '"It is sound," said Theresa May last week.', "Theresa May"),
        # A day's short form is no day: "Sun" closes the paper's name.
        ("en", '"It rose," Mark Dunn told the Baltimore Sun on Monday.', "Baltimore Sun"),
    ],
)
def test_days_and_months_inside_names_stay(code: str, text: str, name: str) -> None:
    assert name in kinds(code, text)


# --- demonyms ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "An Israeli official said the talks had failed.",
        "Polls show African American voters will stay home.",
        '"It is over," an American diplomat said.',
    ],
)
def test_a_peoples_adjective_names_no_one(text: str) -> None:
    read = kinds("en", text)
    assert not {"Israeli", "African American", "American"} & read.keys()


def test_a_people_named_by_its_plural_is_no_person() -> None:
    assert kinds("en", "Mexicans say the wall is a bad idea.").get("Mexicans") == "organisation"


def test_a_peoples_adjective_before_a_title_is_no_affiliation() -> None:
    read = kinds("en", '"Talks failed," said Israeli Prime Minister Mira Dahan.')
    assert read == {"Mira Dahan": "person"}


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("The Palestinian Authority said it would act.", "Palestinian Authority", "organisation"),
        ("Oil from Saudi Arabia fell in price.", "Saudi Arabia", "place"),
    ],
)
def test_a_name_opened_by_a_peoples_adjective_keeps_its_kind(
    text: str, name: str, kind: str
) -> None:
    assert kinds("en", text).get(name) == kind


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # A demonym that is also a surname or a first name: the text gives it as a name.
        ('"We will respond," said Dawn French. French said the plan was sound.', "French"),
        ("German Larrea said the mine would reopen.", "German Larrea"),
    ],
)
def test_a_demonym_the_text_uses_as_a_name_stays_a_person(text: str, name: str) -> None:
    assert kinds("en", text).get(name) == "person"


# --- Title Case headlines --------------------------------------------------------------------


def test_a_title_case_headline_is_read_from_the_names_of_the_body() -> None:
    text = (
        "Lindsey Graham Says Trade Deal Will Hurt Farmers\n"
        "Sen. Lindsey Graham said Tuesday the deal was bad for farmers."
    )
    headline = [e for e in entities("en", text) if e.end <= text.index("\n")]
    assert [(e.text, e.kind) for e in headline] == [("Lindsey Graham", "person")]


def test_a_headline_surname_takes_the_kind_the_body_gives_it_most() -> None:
    text = (
        "Clinton Courts Voters In Ohio Suburbs\n"
        "That is what the Clinton campaign hopes. Clinton said she would return. "
        "Clinton spoke for an hour."
    )
    headline = {e.text: e.kind for e in entities("en", text) if e.end <= text.index("\n")}
    assert headline.get("Clinton") == "person"


def test_short_forms_in_a_title_case_headline_stay_organisations_and_places() -> None:
    text = (
        "AMA And US Officials Praise Surgeon General Pick\n"
        "Officials told us that the choice was good."
    )
    headline = {e.text: e.kind for e in entities("en", text) if e.end <= text.index("\n")}
    assert headline == {"AMA": "organisation", "US": "place"}


# --- quotation marks and party tags ----------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        'Clinton appeared on "Meet the Press" on Sunday.',
        'Rubio told "Face the Nation" he would run.',
    ],
)
def test_the_first_word_of_a_quoted_title_is_no_person(text: str) -> None:
    assert {"Meet", "Face"}.isdisjoint(kinds("en", text))


def test_a_name_after_a_closing_straight_quote_mark_is_not_sentence_initial() -> None:
    text = 'Nobody will stay. "We won," Will Carter said.'
    assert kinds("en", text).get("Will Carter") == "person"


def test_a_party_and_state_tag_leaves_its_name_a_person_and_the_speaker() -> None:
    text = "Rep. Jason Chaffetz (R-Utah) said the deal was bad."
    assert kinds("en", text).get("Jason Chaffetz") == "person"
    text = '"Deals are bad," Oversight Chairman Jason Chaffetz (R-Utah) said.'
    assert speakers("en", text) == ["Jason Chaffetz"]
