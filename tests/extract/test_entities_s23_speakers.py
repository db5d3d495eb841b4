"""Session 23 entity mends for words that were read as persons and so became quote speakers:
the daily prayers' names are times of day (Ashar and Isya only after a prayer or time word, as
they are given names too); a lone "Ada" is the verb "there is"; a lone word after a place noun
("kawasan Sukmajaya") or a regional title and a demonstrative ("Camat Rungkut ini") names a
place; an office of a body ("Humas BNN Pusat") names no one; "Photo: Getty" credits the agency.
Each rule leaves the common shapes where the same words name a person: "kata Camat Budi",
"kata kepala desa Slamet", "Humas Universitas Indonesia Amelita Lusia mengatakan", "Ketua RT
setempat, Ashar,", "Ada Band". Sentences written for these tests."""

from __future__ import annotations

import pytest

from entity_reads import found
from quote_reads import resolved


def persons(code: str, text: str) -> list[str]:
    return [t for t, kind in found(code, text) if kind == "person"]


def speaker_names(code: str, text: str) -> list[str]:
    """The name each attribution gives its speaker once pronouns are resolved."""
    return [speaker or "" for _, speaker, _ in resolved(code, text)]


# --- the daily prayers name times of day ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "prayer"),
    [
        ("Gerbang dibuka lagi satu jam sebelum waktu Subuh, kata Rahmat Hidayat.", "Subuh"),
        ("Peserta masuk selepas Isya dan tidur di serambi masjid.", "Isya"),
        ("Warga berkumpul usai Shalat Maghrib di Desa Cempaka.", "Maghrib"),
        ("Masjid ditutup setelah Sholat Isya, sekitar pukul 21.30 WIB.", "Isya"),
        ("Jemaah menunggu waktu Dzuhur di serambi.", "Dzuhur"),
    ],
)
def test_a_prayer_time_names_no_one(text: str, prayer: str) -> None:
    assert not [name for name in persons("id", text) if prayer in name]


def test_a_quote_after_a_prayer_time_goes_to_the_official() -> None:
    text = (
        "Kepala Humas Masjid Raya, Rahmat Hidayat, menjelaskan bahwa masjid ditutup pukul "
        '21.30 WIB. Rombongan tiba selepas Isya. "Kami minta mereka pulang dengan baik," ujarnya.'
    )
    assert speaker_names("id", text)[-1] == "Rahmat Hidayat"


# --- "Ada" ("there is") capitalised inside a sentence ------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Jakarta, Ada anggapan bahwa jarum bisa menolong pasien stroke.",
        "Warga punya pendapat masing-masing, Ada yang percaya dan ada yang tidak.",
    ],
)
def test_ada_inside_a_sentence_names_no_one(text: str) -> None:
    assert "Ada" not in persons("id", text)


# --- a lone word after a place noun or a regional title ---------------------------------------


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Seorang siswa di kawasan Sukamekar, RN mengaku pernah membeli permen itu.", "Sukamekar"),
        ("Agen makanan di daerah Cibening berinisial T mengatakan tokonya tutup.", "Cibening"),
        ("Petugas merazia warung di kecamatan Sidorejo kemarin.", "Sidorejo"),
    ],
)
def test_a_lone_word_after_a_place_noun_is_a_place(text: str, place: str) -> None:
    assert dict(found("id", text)).get(place) == "place"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # A full stop or a comma parts the noun from the word: no place there.
        ("Mereka datang dari luar daerah. Artinya mereka tidak menginap.", "Artinya"),
        ("Ia rajin ke masjid, Anwar yang biasanya malas juga ikut.", "Anwar"),
    ],
)
def test_a_place_noun_across_punctuation_places_nothing(text: str, name: str) -> None:
    assert dict(found("id", text)).get(name) != "place"


def test_a_lower_case_english_place_head_is_an_adjective() -> None:
    text = "A new Democratic president must stand with workers, Sanders said."
    assert dict(found("en", text)).get("Democratic") != "place"


def test_a_quote_by_a_former_district_head_is_not_the_district() -> None:
    text = (
        "Kepala Satpol PP Kota Sari, Irwan Setiabudi, mengatakan razia sudah selesai. "
        '"Kami masih menunggu hasil uji lab," kata mantan Camat Sukorejo ini.'
    )
    assert dict(found("id", text)).get("Sukorejo") == "place"
    assert "Sukorejo" not in speaker_names("id", text)


# --- an office of a body, and a picture agency's short name ------------------------------------


@pytest.mark.parametrize(
    ("code", "text", "office"),
    [
        (
            "id",
            "Kabar itu dibantah oleh Humas BNN Pusat dengan surat klarifikasi.",
            "Humas BNN Pusat",
        ),
        ("id", "Foto: Dok/Humas Polri\nPolisi menjaga gerbang stadion.", "Humas Polri"),
    ],
)
def test_an_office_of_a_body_names_no_one(code: str, text: str, office: str) -> None:
    assert dict(found(code, text)).get(office) == "organisation"


def test_an_office_and_a_short_form_before_a_name_keeps_the_name() -> None:
    text = "Humas BPPMI Rahmat Hidayat Salam mengatakan gerbang dibuka pukul 03.40 WIB."
    assert any("Rahmat Hidayat" in name for name in persons("id", text))


def test_a_quote_after_an_office_in_apposition_goes_to_the_person() -> None:
    text = (
        "Namun, Humas Badan Pengelola Masjid Raya (BPMR), Rahmat Hidayat, membantah kabar itu. "
        "Dia menyatakan, kabar tersebut bohong."
    )
    assert speaker_names("id", text)[-1] == "Rahmat Hidayat"


def test_a_picture_agency_by_its_short_name_is_no_person() -> None:
    text = "Photo: Getty\nThe fire destroyed 300 homes, officials said."
    assert dict(found("en", text)).get("Getty") == "organisation"


# --- the same shapes where the words name a person ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ('"Kami sudah siaga," kata Camat Budi kepada wartawan.', "Budi"),
        ("Camat Budi mengatakan warga sudah mengungsi sejak pagi.", "Budi"),
        ('"Tidak ada korban jiwa," ujar Kapolri Tito di Mabes Polri.', "Tito"),
        ('"Warga diminta tenang," kata Lurah Susan di kantornya.', "Susan"),
        ('Bupati Anas meresmikan pasar baru. "Pasar ini untuk rakyat," katanya.', "Anas"),
        ('"Kami sudah siaga," kata kepala desa Slamet kepada wartawan.', "Slamet"),
        ("Kepala desa Slamet mengatakan warga sudah dievakuasi.", "Slamet"),
        ('"Banjir sudah surut," kata wali kota Risma di Balai Kota.', "Risma"),
        ('"Masjid dibuka untuk umum," kata imam masjid Hasan kepada wartawan.', "Hasan"),
        ("Ketua RT setempat, Ashar, mengatakan warga sudah mengungsi.", "Ashar"),
        ('"Saya kaget," ujar Isya, warga setempat.', "Isya"),
    ],
)
def test_a_name_after_a_title_or_a_role_is_the_speaker(text: str, name: str) -> None:
    assert dict(found("id", text)).get(name) == "person"
    assert speaker_names("id", text) == [name]


@pytest.mark.parametrize(
    "text",
    [
        "Gubernur Ahok mengatakan proyek itu tetap berjalan.",
        "Calon kepala daerah Ahok mengatakan proyek itu tetap berjalan.",
    ],
)
def test_an_alias_after_a_title_keeps_its_full_name(text: str) -> None:
    assert speaker_names("id", text) == ["Basuki Tjahaja Purnama"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Humas Masjid Raya Abu Salim mengatakan gerbang dibuka pukul 03.40 WIB.",
            "Abu Salim",
        ),
        (
            '"Gerbang dibuka pukul 03.40 WIB," kata Humas Badan Pengelola Masjid Raya '
            "Rahmat Hidayat.",
            "Rahmat Hidayat",
        ),
        (
            "Humas Universitas Indonesia Amelita Sari mengatakan kuliah ditunda.",
            "Amelita Sari",
        ),
    ],
)
def test_an_office_before_a_speaking_name_keeps_the_name(text: str, name: str) -> None:
    assert any(name in person for person in persons("id", text))


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Warga berkumpul di Pusat Kota Bandung sejak pagi.", "Pusat Kota Bandung"),
        ("Warga berkumpul di Pusat Kota Surabaya sejak pagi.", "Pusat Kota Surabaya"),
    ],
)
def test_a_place_after_an_office_word_is_the_place(text: str, place: str) -> None:
    assert dict(found("id", text)).get(place) == "place"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ('"Kami sudah siap," kata Ashar kepada wartawan.', "Ashar"),
        ("Ashar Kuncoro mengatakan warga sudah mengungsi.", "Ashar Kuncoro"),
        ('"Saya kaget," ujar Isya Maulana, warga setempat.', "Isya Maulana"),
    ],
)
def test_a_prayer_name_elsewhere_is_a_given_name(text: str, name: str) -> None:
    assert name in persons("id", text)


@pytest.mark.parametrize(
    "text",
    [
        "Jemaah tiba selepas Ashar di serambi masjid.",
        "Warga berkumpul usai Sholat Asar di Desa Cempaka.",
        "Jemaah menunggu waktu Isya di serambi.",
    ],
)
def test_a_prayer_name_after_its_cue_is_a_time(text: str) -> None:
    assert not [name for name in persons("id", text) if "Ashar" in name or "Asar" in name]
    assert "Isya" not in persons("id", text)


@pytest.mark.parametrize(
    ("code", "text", "name"),
    [
        ("id", "Grup musik Ada Band tampil di Jakarta.", "Ada Band"),
        ("en", "Ada Lovelace wrote the first program, the museum said.", "Ada Lovelace"),
    ],
)
def test_ada_opening_a_name_stays(code: str, text: str, name: str) -> None:
    assert name in [t for t, _ in found(code, text)]
