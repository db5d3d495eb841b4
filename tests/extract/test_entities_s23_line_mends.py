"""Session 23 mends to the reading of short lines and photo lines: a name with its affiliation
or degree stays a name; a name after a title stays one whatever words it shares with the body;
a photo line's slash credits only beside an agency, spaced or not; the photo word and a
picture's source ("Tangkapan Layar") name no one. Sentences written for these tests."""

from __future__ import annotations

import pytest

from entity_reads import found, kinds

# --- a name with its affiliation or degree -------------------------------------------------------


@pytest.mark.parametrize(
    ("code", "line", "name"),
    [
        ("id", "Rina Kusuma (KPK)", "Rina Kusuma"),
        ("id", "Budi Santoso, Ketua RT", "Budi Santoso"),
        ("id", "H. Budi Santoso, SE", "H. Budi Santoso"),
        ("en", "John Smith, CEO", "John Smith"),
        ("en", "John Smith, NRA", "John Smith"),
        ("en", "John Smith of NBC", "John Smith"),
    ],
)
def test_a_name_line_with_a_short_form_after_the_name_keeps_the_person(
    code: str, line: str, name: str
) -> None:
    body = "Harga cabai naik di pasar." if code == "id" else "Voters met in the hall."
    assert kinds(code, f"{body}\n{line}\nIa pedagang cabai.").get(name) == "person"


def test_a_degree_after_a_name_is_no_organisation() -> None:
    read = kinds("id", "Harga cabai naik di pasar.\nBudi Santoso SH\nIa pengacara warga.")
    assert "organisation" not in read.values()
    assert "person" in read.values()


# --- a name after a title ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("code", "text", "expected"),
    [
        (
            "en",
            "The fire destroyed homes.\nSen. Tom Price and Rep. Mark Young\n"
            "The price of drugs rose and young voters came.",
            [("Tom Price", "person"), ("Mark Young", "person")],
        ),
        (
            "id",
            "Banjir melanda kota.\nMenteri Perhubungan Budi Karya\nIa meninjau karya seni itu.",
            [("Budi Karya", "person")],
        ),
    ],
)
def test_a_name_after_a_title_may_share_words_with_the_body(
    code: str, text: str, expected: list[tuple[str, str]]
) -> None:
    assert found(code, text) == expected


@pytest.mark.parametrize(
    ("code", "text"),
    [
        ("id", "Harga cabai naik di pasar.\nDewi Lestari\nHutan itu harus tetap lestari, katanya."),
        ("en", "Voters met.\nQ: Does Ted Cruz?\nHe does, said the senator. Cruz spoke."),
    ],
)
def test_a_short_line_with_a_word_the_body_writes_in_lower_case_is_read_as_a_subhead(
    code: str, text: str
) -> None:
    # A known limit: nothing in "Dewi Lestari" or "Q: Does Ted Cruz?" tells it from a subhead
    # ("Dalam Kondisi Baik", "What Ideology?") once the body writes "lestari" or "does" in
    # lower case, so the line is read from the body's names, which do not give the person.
    assert found(code, text) == []


# --- photo lines ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("code", "text"),
    [
        ("en", "The fire destroyed homes.\nPhoto: Flood Victims/Relief Camp\nCrews worked."),
        ("id", "Banjir melanda kota.\nFoto: Warga Bantu/Korban Banjir\nWarga mengungsi."),
    ],
)
def test_a_caption_with_a_slash_between_ordinary_words_names_no_one(code: str, text: str) -> None:
    assert found(code, text) == []


@pytest.mark.parametrize(
    ("code", "text", "expected"),
    [
        (
            "en",
            "The fire destroyed homes, officials said.\nPhoto: Reuters/Jane Holloway\n"
            "Crews worked.",
            [("Reuters", "organisation"), ("Jane Holloway", "person")],
        ),
        (
            "en",
            "The fire destroyed homes.\nPHOTO: Jane Holloway/Reuters\nCrews worked.",
            [("Jane Holloway", "person"), ("Reuters", "organisation")],
        ),
        (
            "en",
            "The fire destroyed homes.\nPhoto: AP Photo/Evan Vucci\nCrews worked.",
            [("AP Photo", "organisation"), ("Evan Vucci", "person")],
        ),
        (
            "id",
            "Banjir melanda kota.\nFOTO: ANTARA/Budi Santoso\nWarga mengungsi.",
            [("ANTARA", "organisation"), ("Budi Santoso", "person")],
        ),
        (
            "id",
            "Banjir melanda kota.\nFoto : ANTARA / Budi Santoso\nWarga mengungsi.",
            [("ANTARA", "organisation"), ("Budi Santoso", "person")],
        ),
        (
            "id",
            "Banjir melanda kota.\nFoto: Tangkapan Layar/Facebook\nWarga mengungsi.",
            [("Facebook", "organisation")],
        ),
        (
            "en",
            "The fire destroyed homes.\nPhoto: Screenshot/Twitter\nCrews worked.",
            [("Twitter", "organisation")],
        ),
    ],
)
def test_a_photo_credit_in_the_body_gives_the_agency_and_photographer_only(
    code: str, text: str, expected: list[tuple[str, str]]
) -> None:
    assert found(code, text) == expected


def test_a_place_beside_a_caption_slash_credits_no_one() -> None:
    text = "Hujan turun deras.\nFoto: Banjir/Jakarta\nWarga bilang banjir merendam Jakarta."
    assert found("id", text) == [("Jakarta", "place"), ("Jakarta", "place")]


@pytest.mark.parametrize(
    ("code", "text", "expected"),
    [
        (
            "id",
            "Banjir melanda kota.\nFoto: Warga Mengungsi/BPBD\nWarga mengungsi ke tenda.",
            [("BPBD", "organisation")],
        ),
        (
            "en",
            "The fire destroyed homes.\nPhoto: Flood Victims/Red Cross Camp\n"
            "Crews fed flood victims at the camp.",
            [("Red Cross", "organisation")],
        ),
    ],
)
def test_a_caption_beside_an_agency_names_no_one_where_the_text_writes_its_words_lower(
    code: str, text: str, expected: list[tuple[str, str]]
) -> None:
    # The words the text writes in lower case are ordinary ones, not a photographer's name.
    assert found(code, text) == expected


def test_a_photographer_beside_an_agency_stays_one_in_a_caption_checked_for_lower_words() -> None:
    text = "Banjir melanda kota.\nFoto: ANTARA/Budi Santoso\nWarga mengungsi ke tenda."
    assert found("id", text) == [("ANTARA", "organisation"), ("Budi Santoso", "person")]
