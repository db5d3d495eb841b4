"""Review mends of the session 22 entity rules: a figure set off by a comma or a full stop
dates no month ("Brian May, 71"); a weekday that is a place's own word ("Pasar Minggu"); only
the Title Case lines that open a text are headlines; a listed place beats a body person's
surname in a headline; a one-word quotation is a name; party-and-state tags give no entity;
a lone name before a weekday inside a sentence. Sentences written for these tests."""

from __future__ import annotations

import pytest

from entity_reads import entities, kinds, speakers

# --- a figure after a comma or a full stop is no date ------------------------------------------


@pytest.mark.parametrize(
    ("code", "text", "name"),
    [
        ("en", '"We are ready," said Brian May, 71, the band\'s guitarist.', "Brian May"),
        ("en", "Prime Minister Theresa May, 60, said the plan was sound.", "Theresa May"),
        ("en", "Voters backed Theresa May. 2017 was a bad year.", "Theresa May"),
        ("id", '"Kami panik," kata Siti Juli, 45, warga setempat.', "Siti Juli"),
        ("id", "Ketua RT, Siti Juli, 45, mengatakan warga panik.", "Siti Juli"),
    ],
)
def test_a_month_parted_from_a_figure_by_punctuation_stays_in_the_name(
    code: str, text: str, name: str
) -> None:
    assert kinds(code, text).get(name) == "person"


def test_an_age_after_a_comma_leaves_the_whole_name_the_speaker() -> None:
    text = '"We are ready," said Brian May, 71, the band\'s guitarist.'
    assert speakers("en", text) == ["Brian May"]


def test_a_date_in_brackets_right_after_a_month_still_dates_it() -> None:
    assert kinds("id", "Ia bertemu Dewi Mei (12/5) di Jakarta.").get("Dewi") == "person"


# --- a weekday that is a place's own word ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Pedagang di Pasar Minggu mengeluhkan harga cabai.", "Pasar Minggu"),
        ("Warga Pasar Jumat mengeluh soal banjir.", "Pasar Jumat"),
        ("Banjir melanda Pasar Minggu dan sekitarnya.", "Pasar Minggu"),
        ("Penumpang menumpuk di Stasiun Pasar Minggu pagi ini.", "Stasiun Pasar Minggu"),
    ],
)
def test_a_place_ending_in_a_weekday_keeps_it(text: str, place: str) -> None:
    read = kinds("id", text)
    assert read.get(place) == "place"
    assert "person" not in read.values()


# --- only the opening Title Case lines are headlines -------------------------------------------


@pytest.mark.parametrize(
    ("code", "text", "names"),
    [
        (
            "id",
            "Harga cabai naik di pasar. Pedagang mengeluh.\n"
            "Turut Hadir Gubernur Anies Baswedan dan Wali Kota Budi Santoso\n"
            "Acara itu ramai.",
            {"Anies Baswedan", "Budi Santoso"},
        ),
        (
            "en",
            "Obama Visits Ohio Plant\nThe president spoke to workers.\n"
            "Photo by John Smith/Getty Images",
            {"John Smith"},
        ),
    ],
)
def test_a_capitalised_line_after_the_body_keeps_its_names(
    code: str, text: str, names: set[str]
) -> None:
    assert names <= kinds(code, text).keys()


@pytest.mark.parametrize(
    ("code", "text"),
    [
        (
            "id",
            "Warga mengeluh soal harga cabai di pasar.\n"
            "TIPS MEMILIH CABAI SEGAR DI PASAR TRADISIONAL\nPilih cabai yang merah.",
        ),
        (
            "en",
            "Voters were angry at the mayor.\nREAD MORE ABOUT THE CITY BUDGET FIGHT\n"
            "The council met on Monday.",
        ),
    ],
)
def test_a_body_line_set_in_capitals_names_only_what_the_body_names(code: str, text: str) -> None:
    assert kinds(code, text) == {}


# --- a listed place beats a body person's surname in a headline ---------------------------------


@pytest.mark.parametrize(
    ("code", "text", "name", "kind"),
    [
        (
            "en",
            "Pelosi Rallies Democrats In Washington\n"
            "Nancy Pelosi spoke to Democrats on Monday. Actor Denzel Washington attended.",
            "Washington",
            "place",
        ),
        (
            "en",
            "Protests Grip Hong Kong Streets Again\n"
            "Crowds marched for hours. Singer Jacky Hong said the city was tense.",
            "Hong Kong",
            "place",
        ),
        (
            "id",
            "Jokowi Bertemu Biden Di Washington Pekan Depan\n"
            "Presiden Joko Widodo akan bertemu Presiden Joe Biden. Aktor Denzel Washington hadir.",
            "Washington",
            "place",
        ),
    ],
)
def test_a_headline_place_is_no_body_persons_surname(
    code: str, text: str, name: str, kind: str
) -> None:
    headline = {e.text: e.kind for e in entities(code, text) if e.end <= text.index("\n")}
    assert headline.get(name) == kind


# --- a one-word quotation ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("code", "text", "name"),
    [
        ("en", 'Trump spoke late. The crowd chanted "Trump" for an hour.', "Trump"),
        ("id", 'Prabowo tiba. Massa meneriakkan "Prabowo" berkali-kali.', "Prabowo"),
        ("id", "Budi datang pagi. Ia bertanya kepada 'Budi' soal itu.", "Budi"),
    ],
)
def test_a_one_word_quotation_of_a_name_the_text_gives_is_a_name(
    code: str, text: str, name: str
) -> None:
    # The unquoted name comes first and is a person anyway: look at the quoted one itself.
    quoted = text.rindex(name)
    assert [e.kind for e in entities(code, text) if e.start == quoted] == ["person"]


def test_an_apostrophe_inside_a_quotation_closes_no_one_word_quotation() -> None:
    assert "Lyin" not in kinds("en", 'Trump called him "Lyin\' Ted" again.')


# --- party-and-state tags ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Sen. Ted Cruz (R-Texas) said Monday that the bill would fail.", "Ted Cruz"),
        ("Sen. Bernie Sanders (I-Vt.) said the bill would fail.", "Bernie Sanders"),
        ("Sen. Bernie Sanders, I-Vt., said the bill would fail.", "Bernie Sanders"),
        ("Rep. Nancy Pelosi (D-Calif.) said the bill would fail.", "Nancy Pelosi"),
    ],
)
def test_a_party_and_state_tag_is_no_entity(text: str, name: str) -> None:
    assert kinds("en", text) == {name: "person"}


# --- a lone name before a weekday ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("code", "text", "name"),
    [
        ("en", "He met Smith Friday night.", "Smith"),
        ("en", '"We won," said coach Emmanuel Sunday.', "Emmanuel"),
        ("id", "Polisi menangkap Andi Senin malam di rumahnya.", "Andi"),
    ],
)
def test_a_lone_name_before_a_weekday_inside_a_sentence_stays(
    code: str, text: str, name: str
) -> None:
    assert kinds(code, text).get(name) == "person"


@pytest.mark.parametrize(
    ("code", "text"),
    [
        ("en", "Christians marked Palm Sunday with processions."),
        ("en", "Stores opened early on Black Friday."),
        ("id", "Warga keluar rumah pada Malam Minggu."),
    ],
)
def test_a_word_naming_a_day_with_its_weekday_is_no_name(code: str, text: str) -> None:
    assert kinds(code, text) == {}
