"""Session 23 entity mends for lines that are not running text: a Title Case subhead that
opens with a title names no one unless a name follows the title; a photo line credits the
photographer beside an agency's slash; a short Title Case line holding an ordinary word in
capitals is a subhead read from the body's names, while a line that is a name alone keeps it.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from entity_reads import found, kinds

# --- a subhead that opens with a title -----------------------------------------------------------


@pytest.mark.parametrize(
    ("code", "text"),
    [
        (
            "id",
            "Kasus demam berdarah naik di Kota Sari.\n"
            "Menteri Kesehatan Minta Warga Waspada\n"
            "Pemerintah meminta warga waspada dan menguras bak mandi.",
        ),
        (
            "en",
            "The fire destroyed 300 homes in the county.\n"
            "Governor Vows To Rebuild Homes\n"
            "The governor said the state would rebuild the homes by spring.",
        ),
    ],
)
def test_a_subhead_opening_with_a_title_names_no_one(code: str, text: str) -> None:
    assert "person" not in kinds(code, text).values()


@pytest.mark.parametrize(
    ("code", "text", "name"),
    [
        (
            "id",
            "Peresmian jembatan berlangsung meriah.\n"
            "Gubernur Jawa Tengah Rahmat Hidayat\n"
            "Jembatan itu menghubungkan dua desa.",
            "Rahmat Hidayat",
        ),
        (
            "en",
            "The bridge opened on a sunny morning.\nGov. Carla Mendez and Mayor Tom Reyes\n"
            "The bridge links two towns.",
            "Carla Mendez",
        ),
    ],
)
def test_a_name_after_the_title_of_a_body_line_is_still_read(
    code: str, text: str, name: str
) -> None:
    assert kinds(code, text).get(name) == "person"


def test_an_office_opening_a_headline_is_no_person() -> None:
    text = (
        "Menteri Keuangan Tinjau Pasar Induk\n"
        "Menteri Keuangan Sri Wulandari meninjau pasar induk kemarin."
    )
    assert found("id", text) == [("Sri Wulandari", "person")]


# --- photo lines ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("code", "text", "agency", "photographer"),
    [
        (
            "id",
            "Foto: ANTARA/Budi Santoso\nHarga cabai naik di pasar, kata pedagang.",
            "ANTARA",
            "Budi Santoso",
        ),
        (
            "en",
            "Photo: Reuters/Jane Holloway\nThe fire destroyed homes, officials said.",
            "Reuters",
            "Jane Holloway",
        ),
    ],
)
def test_a_photo_line_with_a_slash_credits_the_photographer(
    code: str, text: str, agency: str, photographer: str
) -> None:
    read = kinds(code, text)
    assert read.get(agency) == "organisation"
    assert read.get(photographer) == "person"


@pytest.mark.parametrize(
    ("code", "text"),
    [
        ("id", "Foto: Banjir Rendam Jakarta\nBanjir merendam Jakarta, kata warga."),
        ("en", "Photo: Flooded Streets Of Miami\nThe storm flooded streets, officials said."),
    ],
)
def test_a_photo_caption_without_a_slash_names_no_one(code: str, text: str) -> None:
    assert "person" not in kinds(code, text).values()


# --- short Title Case lines ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("code", "text", "expected"),
    [
        (
            "id",
            "Harga cabai naik di pasar.\nDalam Kondisi Baik\nReog itu dalam kondisi baik.",
            [],
        ),
        (
            "id",
            "Harga cabai naik di pasar.\nWarga Tolak Relokasi\nWarga menolak relokasi pasar.",
            [],
        ),
        (
            "id",
            "Harga naik di pasar.\nPenjelasan KJRI Davao\nKJRI Davao menjelaskan hal itu.",
            [("KJRI Davao", "organisation"), ("KJRI Davao", "organisation")],
        ),
        (
            "en",
            "The storm flooded streets.\nRising Tensions\nThe tensions rose as officials met.",
            [],
        ),
    ],
)
def test_a_short_subhead_is_read_from_the_body(
    code: str, text: str, expected: list[tuple[str, str]]
) -> None:
    assert found(code, text) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Presiden meresmikan jalan tol di Batang kemarin.", [("Batang", "place")]),
        (
            "Presiden Jokowi meresmikan jalan tol di Batang kemarin.",
            [("Jokowi", "person"), ("Jokowi", "person"), ("Batang", "place")],
        ),
    ],
)
def test_a_name_in_a_short_headline_is_one_only_where_the_body_names_it(
    body: str, expected: list[tuple[str, str]]
) -> None:
    assert found("id", "Jokowi Resmikan Tol Baru\n" + body) == expected


@pytest.mark.parametrize(
    ("code", "text", "name", "kind"),
    [
        ("id", "Harga naik di pasar.\nRina Kusuma\nIa pedagang cabai.", "Rina Kusuma", "person"),
        (
            "en",
            "Voters met in the hall.\nToni LeAnn Walsh.\nShe spoke first.",
            "Toni LeAnn Walsh",
            "person",
        ),
        (
            "en",
            "Troops left the city.\nHarbor News Agency.\nThe news reached the port.",
            "Harbor News Agency",
            "organisation",
        ),
        (
            "id",
            "Data itu dirilis kemarin.\nBadan Pusat Statistik\nData pusat menunjukkan kenaikan.",
            "Badan Pusat Statistik",
            "organisation",
        ),
    ],
)
def test_a_short_line_that_is_a_name_alone_keeps_it(
    code: str, text: str, name: str, kind: str
) -> None:
    assert kinds(code, text).get(name) == kind


def test_a_courtesy_photo_credits_no_one() -> None:
    assert kinds("id", "Foto: Istimewa\nHarga cabai naik di pasar, kata pedagang.") == {}


def test_a_photo_agency_is_an_organisation() -> None:
    text = "Photo: Jane Holloway/Getty Images\nThe fire destroyed homes, officials said."
    assert kinds("en", text).get("Getty Images") == "organisation"


# --- places under their other names -------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ('"Kami kecewa," kata Sri Lestari soal pentas di Davao, Philipina.', "Philipina"),
        ("Warga Daerah Istimewa Yogyakarta menolak rencana itu.", "Daerah Istimewa Yogyakarta"),
    ],
)
def test_a_place_under_its_other_name_is_a_place(text: str, place: str) -> None:
    assert kinds("id", text).get(place) == "place"


# --- words that are no one's name ----------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Apakah Anda tahu bahaya kuas itu? Anda harus waspada.",
        "Permainan itu disebut menghina Yahudi oleh sebagian warganet.",
    ],
)
def test_the_polite_you_and_a_people_are_no_names(text: str) -> None:
    assert kinds("id", text) == {}
