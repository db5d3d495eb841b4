"""Second review mends of the session 22 entity rules: Title Case subheads inside the body are
headlines again, while credit and guest lines keep their names; a one-word quotation is a
name only where the text also writes the word unquoted; only heads of places named after a
day keep a weekday ("Pasar Minggu", not "Kanye West Monday"); party-and-state tags of every
shape; a feast before its weekday is no name. Sentences written for these tests."""

from __future__ import annotations

import pytest

from entity_reads import entities, found, kinds

# --- Title Case lines in the body ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("code", "text", "expected"),
    [
        (
            "id",
            "Presiden Joko Widodo meresmikan jalan tol di Semarang.\n"
            "Baca Juga: Prabowo Tinjau Pabrik Senjata Di Bandung\n"
            "Jokowi mengatakan tol itu penting.",
            [
                ("Joko Widodo", "person"),
                ("Semarang", "place"),
                ("Bandung", "place"),
                ("Jokowi", "person"),
            ],
        ),
        (
            "en",
            "The president spoke to workers in Ohio.\nRelated\n"
            "Workers Join Forces With China Again\nThe rally in China ended late.",
            [("Ohio", "place"), ("China", "place"), ("China", "place")],
        ),
    ],
)
def test_a_title_case_subhead_in_the_body_names_only_what_the_body_names(
    code: str, text: str, expected: list[tuple[str, str]]
) -> None:
    assert found(code, text) == expected


def test_by_inside_a_headline_makes_no_credit_line() -> None:
    assert (
        kinds("en", "Coastal Town Battered by Floods Again\nThe river rose overnight in the town.")
        == {}
    )


def test_a_web_address_anywhere_in_an_opening_line_makes_it_no_running_text() -> None:
    text = (
        "Sumber: https://www.warta.example/baca/2024/03/12/tol\n"
        "Jokowi Resmikan Tol Trans Jawa Di Semarang\n"
        "Presiden Joko Widodo meresmikan jalan tol di Semarang."
    )
    assert found("id", text) == [
        ("Jawa", "place"),
        ("Semarang", "place"),
        ("Joko Widodo", "person"),
        ("Semarang", "place"),
    ]


@pytest.mark.parametrize(
    ("code", "text", "names"),
    [
        (
            "id",
            "Jokowi Resmikan Tol Trans Jawa Di Semarang\n"
            "Penulis: Rudi Hartono | Editor: Sinta Maharani\n"
            "Presiden Joko Widodo meresmikan jalan tol di Semarang.",
            {"Rudi Hartono", "Sinta Maharani"},
        ),
        (
            "id",
            "Hadir Presiden Joko Widodo dan Gubernur Ridwan Kamil\n"
            "Acara peresmian tol itu berlangsung meriah di Semarang.",
            {"Joko Widodo", "Ridwan Kamil"},
        ),
        (
            "en",
            "Voters were angry at the mayor on Monday.\n"
            "Reporting by Jane Doakes; Editing by Tom Ridley",
            {"Jane Doakes", "Tom Ridley"},
        ),
        (
            "en",
            "Shares fell in Tokyo on Monday.\nContributing: Laura Brennan, Tom Okafor",
            {"Laura Brennan", "Tom Okafor"},
        ),
    ],
)
def test_a_credit_line_keeps_its_names(code: str, text: str, names: set[str]) -> None:
    read = kinds(code, text)
    assert {n: read.get(n) for n in names} == dict.fromkeys(names, "person")
    assert "Editor" not in read


# --- a one-word quotation ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("code", "text"),
    [
        ("en", 'The project, dubbed "Phoenix", was shelved.'),
        ("en", 'Rivals mocked the phone as "Bendgate" for weeks.'),
        ("id", 'Kata "Merdeka" ditulis di tembok sekolah.'),
        ("id", 'Warga menyebut kuas "Bristle" berbahaya. Produk "Bristle" banyak dijual.'),
        ("id", 'Kuas itu bertulisan "Nylex". Bahan nylex murah, dan Nylex mudah dikenali.'),
    ],
)
def test_a_quoted_word_the_text_never_writes_as_a_name_is_no_name(code: str, text: str) -> None:
    quoted = text.index('"') + 1
    assert all(e.start != quoted for e in entities(code, text))


# --- a weekday after a place head -------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Kanye West Monday released a new album.", "Kanye West"),
        ("Oliver North Tuesday said the deal was wrong.", "Oliver North"),
        ('"We won," said Allen West Tuesday.', "Allen West"),
    ],
)
def test_a_weekday_after_a_surname_that_is_a_place_word_is_a_date(text: str, name: str) -> None:
    assert kinds("en", text) == {name: "person"}


def test_a_weekday_after_a_palace_is_a_date() -> None:
    assert kinds("id", "Rapat digelar di Istana Senin (12/3).") == {"Istana": "place"}


def test_a_market_named_after_a_day_keeps_it() -> None:
    assert kinds("id", "Harga naik di Pasar Minggu Selasa pagi.") == {"Pasar Minggu": "place"}


# --- party-and-state tags -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Rep. Peter King (R-New York) said the bill would pass.", "Peter King"),
        ("Sen. Joe Manchin, D-W.Va., said the bill would fail.", "Joe Manchin"),
        ('"It will fail," said Sen. Ted Cruz, R-Texas.', "Ted Cruz"),
        ('"Yes," said Pelosi, D-Calif.', "Pelosi"),
    ],
)
def test_a_party_and_state_tag_of_any_shape_is_no_entity(text: str, name: str) -> None:
    assert kinds("en", text) == {name: "person"}


# --- a feast before its weekday -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("code", "text"),
    [
        ("en", "Stores opened on Thanksgiving Thursday."),
        ("en", "Turnout was high on Election Tuesday."),
        ("en", "Crowds gathered for Inauguration Friday in the capital."),
    ],
)
def test_a_feast_before_its_weekday_is_no_name(code: str, text: str) -> None:
    assert kinds(code, text) == {}


@pytest.mark.parametrize(
    ("code", "text"),
    [
        ("en", "The retailers said Black Friday was slower this year."),
        ("en", "The analysts said Cyber Monday brought record sales."),
        ("en", "The bishop said Good Friday services would go ahead."),
        ("id", "Pedagang bilang Malam Minggu ramai."),
    ],
)
def test_a_word_naming_a_day_after_a_speech_verb_is_no_name(code: str, text: str) -> None:
    # A speech verb before it or a verb after it makes no name of "Black" in "Black Friday".
    assert kinds(code, text) == {}


@pytest.mark.parametrize(
    ("code", "text", "expected"),
    [
        (
            "en",
            "Officials said Tuesday that Hamas Monday fired rockets.",
            {"Hamas": "organisation"},
        ),
        (
            "id",
            "Persib menjamu Persija Minggu (12/3) malam.",
            {"Persib": "organisation", "Persija": "organisation"},
        ),
    ],
)
def test_a_listed_organisation_before_a_weekday_is_no_person(
    code: str, text: str, expected: dict[str, str]
) -> None:
    assert kinds(code, text) == expected
