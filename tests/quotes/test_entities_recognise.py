"""The rule entity recogniser: persons, organisations, places; titles, days and months are
capitalised in Indonesian but are no names."""

from __future__ import annotations

import pytest
from quotes_records import LEXICONS, sentences

from silang.extract.entities import EntityRecognizer, RuleEntityRecognizer


def _found(code: str, text: str) -> set[tuple[str, str]]:
    recognizer: EntityRecognizer = RuleEntityRecognizer(LEXICONS[code])
    return {(e.text, e.kind) for e in recognizer.recognise(text, sentences(text))}


@pytest.mark.parametrize(
    ("code", "text", "expected"),
    [
        (
            "id",
            "Menteri Keuangan Sri Wulandari tiba di Jakarta.",
            {("Sri Wulandari", "person"), ("Jakarta", "place")},
        ),
        (
            "id",
            "Kapolres Batu Putih AKBP Dimas Prasetyo datang.",
            {("Batu Putih", "place"), ("Dimas Prasetyo", "person")},
        ),
        (
            "id",
            "Gubernur Jawa Barat Hendrawan Saputra meresmikan jembatan.",
            {("Jawa Barat", "place"), ("Hendrawan Saputra", "person")},
        ),
        (
            "id",
            "Kepala BPBD Lembah Sari, Rudi Hartono, meninjau lokasi.",
            {("BPBD Lembah Sari", "organisation"), ("Rudi Hartono", "person")},
        ),
        (
            "id",
            "Ketua DPRD Kota Pelangi Yohanes Sitompul menolak.",
            {("DPRD Kota Pelangi", "organisation"), ("Yohanes Sitompul", "person")},
        ),
        ("en", "Prime Minister Helen Ashby defended the budget.", {("Helen Ashby", "person")}),
        (
            "en",
            "Foreign Minister Kenji Morita spoke to NHK.",
            {("Kenji Morita", "person"), ("NHK", "organisation")},
        ),
        (
            "en",
            "Dr. Nadia Kowalski works at Northbridge University.",
            {("Nadia Kowalski", "person"), ("Northbridge University", "organisation")},
        ),
        (
            # A company the world's press quotes by a one-word name is no person in
            # Indonesian text either.
            "id",
            "Sebelumnya, Apple juga sudah membuka pabriknya bagi wartawan.",
            {("Apple", "organisation")},
        ),
    ],
)
def test_entities_titles_are_cut_off_names(
    code: str, text: str, expected: set[tuple[str, str]]
) -> None:
    assert _found(code, text) == expected


@pytest.mark.parametrize(
    ("code", "text"),
    [
        ("id", "Pada Senin, 4 Maret, hujan turun. Selasa pagi banjir surut."),
        ("id", "Namun warga tetap bertahan. Sementara itu, hujan reda pada Januari."),
        ("id", "Menjelang Lebaran dan Idul Fitri, harga naik."),
        ("en", "On Monday it rained. In March the river rose again."),
        ("en", "But the water kept rising through February."),
    ],
)
def test_entities_days_months_and_sentence_openers_are_no_names(code: str, text: str) -> None:
    assert _found(code, text) == set()


@pytest.mark.parametrize(
    ("code", "text", "expected"),
    [
        (
            "id",
            "Kementerian Kesehatan dan Badan Pusat Statistik merilis data.",
            {("Kementerian Kesehatan", "organisation"), ("Badan Pusat Statistik", "organisation")},
        ),
        (
            "id",
            "Badan Meteorologi, Klimatologi, dan Geofisika (BMKG) memperingatkan warga.",
            {
                ("Badan Meteorologi, Klimatologi, dan Geofisika", "organisation"),
                ("BMKG", "organisation"),
            },
        ),
        (
            "id",
            "Warga Kabupaten Cisalak dan Desa Cempaka mengungsi.",
            {("Kabupaten Cisalak", "place"), ("Desa Cempaka", "place")},
        ),
        (
            "en",
            "The Ministry of Health and the Bank of England agreed.",
            {("Ministry of Health", "organisation"), ("Bank of England", "organisation")},
        ),
        (
            "en",
            "Flooding closed Harbor Street and Elm Road.",
            {("Harbor Street", "place"), ("Elm Road", "place")},
        ),
    ],
)
def test_entities_organisations_and_places_by_their_head_words(
    code: str, text: str, expected: set[tuple[str, str]]
) -> None:
    assert _found(code, text) == expected


@pytest.mark.parametrize(
    ("code", "text", "expected"),
    [
        (
            "id",
            "Penyanyi Rita mengunggah video di akun TikTok-nya.",
            {("Rita", "person"), ("TikTok", "organisation")},
        ),
        (
            "en",
            "Lumina's president, Sanjay Mehta, visited Dublin.",
            {("Sanjay Mehta", "person"), ("Dublin", "place")},
        ),
    ],
)
def test_entities_clitics_are_not_part_of_a_name(
    code: str, text: str, expected: set[tuple[str, str]]
) -> None:
    assert expected <= _found(code, text)


@pytest.mark.parametrize(
    ("code", "text", "expected"),
    [
        (
            "id",
            "Bupati Tanah Merah Andi Wijaya datang. Menurut Andi, air surut.",
            {("Tanah Merah", "place"), ("Andi Wijaya", "person"), ("Andi", "person")},
        ),
        (
            # After an acronym in brackets the run has no title; the later "kata Sri Lestari"
            # says where her name starts.
            "id",
            "Kepala Badan Penanggulangan Bencana Daerah (BPBD) Lembah Sari Sri Lestari "
            'Wulandari datang. "Kami mendata," kata Sri Lestari.',
            {
                ("Badan Penanggulangan Bencana Daerah", "organisation"),
                ("BPBD", "organisation"),
                ("Lembah Sari", "place"),
                ("Sri Lestari Wulandari", "person"),
                ("Sri Lestari", "person"),
            },
        ),
        (
            # A name's own words never split it.
            "id",
            'Presiden Joko Widodo datang. "Kami bantu," kata Widodo.',
            {("Joko Widodo", "person"), ("Widodo", "person")},
        ),
        ("id", "Pedagang di Sukamaju mengeluh.", {("Sukamaju", "place")}),
        ("en", "Residents of Oakvale complained.", {("Oakvale", "place")}),
    ],
)
def test_entities_context_decides_short_and_unknown_names(
    code: str, text: str, expected: set[tuple[str, str]]
) -> None:
    assert _found(code, text) == expected


def test_entities_recogniser_leaves_the_name_equal_to_the_text() -> None:
    text = "Bupati Andi Wijaya datang. Andi tersenyum."
    entities = RuleEntityRecognizer(LEXICONS["id"]).recognise(text, sentences(text))
    assert all(e.name == e.text == text[e.start : e.end] for e in entities)


@pytest.mark.parametrize(
    ("code", "text", "name"),
    [
        ("id", "Seorang relawan, Fitri Handayani, datang.", "Fitri Handayani"),
        ("id", "Ketua RT, Juni Rahayu, datang.", "Juni Rahayu"),
        ("en", "The coach, April Stone, arrived.", "April Stone"),
    ],
)
def test_entities_names_that_are_also_months_or_feasts(code: str, text: str, name: str) -> None:
    assert (name, "person") in _found(code, text)


@pytest.mark.parametrize(
    ("code", "text", "expected"),
    [
        # A building's head word opens a facility's name, even at a sentence's start where the
        # text also uses it alone in lower case.
        (
            "id",
            "Jamaah menginap di area masjid. Masjid Istiqlal menyerukan persatuan.",
            {("Masjid Istiqlal", "place")},
        ),
        ("en", "Crowds gathered at the Istiqlal Mosque on Monday.", {("Istiqlal Mosque", "place")}),
        (
            "en",
            "A resident of Karangjati Village, Suryadi, spoke.",
            {("Karangjati Village", "place"), ("Suryadi", "person")},
        ),
    ],
)
def test_entities_facilities_and_villages_are_places(
    code: str, text: str, expected: set[tuple[str, str]]
) -> None:
    assert _found(code, text) == expected


def test_entities_a_name_after_an_organisation_named_alone_elsewhere_is_a_person() -> None:
    text = (
        "BPBD Lembah Sari recorded 2,300 evacuees. Head of Executive of BPBD Lembah Sari "
        "Sri Lestari Wulandari said the data is updated."
    )
    found = _found("en", text)
    assert ("Sri Lestari Wulandari", "person") in found
    assert ("BPBD Lembah Sari", "organisation") in found
