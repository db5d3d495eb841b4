"""Counted things read where Indonesian writes them: a phone by any of its names, the noun
before a number its measure word closes ("HP 4 buah"), a view or share count after its verb
("ditonton 10 ribu kali"), and an index in points ("indeks sebesar 16000"). The sentences are
written for these tests."""

from __future__ import annotations

import pytest

from silang.lang.figures import FiguresLexicon, load_figures_lexicon

from records import quantities_by_text

EN = load_figures_lexicon("en")
ID = load_figures_lexicon("id")


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("Petugas menyita empat buah ponsel dari sel itu.", "empat buah ponsel"),
        ("Petugas menemukan 3 unit handphone di lemari.", "3 unit handphone"),
        ("Hasilnya ditemukan dua buah HP.", "dua buah HP"),
        ("Polisi menyita lima telepon genggam.", "lima telepon genggam"),
    ],
)
def test_a_phone_by_any_of_its_names_is_one_counted_thing(text: str, written: str) -> None:
    assert quantities_by_text(text, ID)[written].counted_class == "phone"


def test_a_small_number_word_counts_flags() -> None:
    found = quantities_by_text("Di dinding terlihat dua bendera hitam.", ID)["dua bendera"]
    assert (found.value, found.counted_class) == (2, "flag")


@pytest.mark.parametrize(
    ("text", "written", "value", "counted_class"),
    [
        ("Petugas menemukan HP 3 buah milik para tahanan.", "3 buah", 3, "phone"),
        ("Dari kamar itu ditemukan HP tiga buah milik Budi.", "tiga buah", 3, "phone"),
        ("Di gudang ditemukan ponsel sebanyak 6 buah.", "6 buah", 6, "phone"),
        ("Peternak itu kehilangan sapi 12 ekor.", "12 ekor", 12, "cattle"),
        ("Rumah warga sebanyak 40 unit rusak.", "40 unit rusak", 40, "house:damaged"),
    ],
)
def test_a_measure_word_after_a_number_counts_the_noun_before_it(
    text: str, written: str, value: float, counted_class: str
) -> None:
    found = quantities_by_text(text, ID)[written]
    assert (found.value, found.counted_class) == (value, counted_class)


def test_a_noun_after_a_preposition_is_not_what_a_count_after_it_counts() -> None:
    found = quantities_by_text("Di desa 200 orang mengungsi.", ID)["200 orang"]
    assert found.counted_class != "village"


def test_a_breakdown_label_leaves_the_list_its_measure_word() -> None:
    found = quantities_by_text("Jemaah terdiri dari laki-laki 150 dan wanita 60 orang.", ID)
    assert found["60 orang"].counted_class == "person"
    assert found["150"].counted_class == "person"


def test_an_identifier_cue_still_names_a_number_without_a_measure_word() -> None:
    found = quantities_by_text("Ia menghuni kamar 5 sejak Mei, kata Budi di HP 0812 3344 5566.", ID)
    assert not [q for q in found.values() if q.value in (5, 812)]


@pytest.mark.parametrize(
    ("text", "written", "counted_class", "lx"),
    [
        ("Video itu dilihat oleh lebih dari 20 ribu akun.", "lebih dari 20 ribu akun", "view", ID),
        ("Rekaman itu ditonton 3 juta kali.", "3 juta kali", "view", ID),
        ("Unggahan itu dibagikan oleh 310 pengguna Facebook.", "310", "share", ID),
        ("Video tersebut disebarkan lebih dari 900 kali.", "lebih dari 900 kali", "share", ID),
        ("Unggahan itu dibagikan 1.200 kali.", "1.200 kali", "share", ID),
        ("The clip was viewed more than 20,000 times.", "more than 20,000 times", "view", EN),
        ("The post was shared by 310 users.", "310 users", "share", EN),
        # Things handed out are no shares: to someone, or things counted.
        ("Bantuan dibagikan kepada 500 warga.", "500 warga", "person", ID),
        ("Sembako dibagikan 300 paket.", "300 paket", "parcel", ID),
    ],
)
def test_a_count_of_times_or_of_viewers_after_a_verb_of_viewing_or_sharing_counts_the_act(
    text: str, written: str, counted_class: str, lx: FiguresLexicon
) -> None:
    assert quantities_by_text(text, lx)[written].counted_class == counted_class


@pytest.mark.parametrize(
    ("text", "written", "value"),
    [
        ("Dengan indeks sebesar 12000, gaji mereka naik.", "indeks sebesar 12000", 12000),
        ("Gaji itu berdasar indeks penghasilan 48000 dalam rancangan.", None, 48000),
    ],
)
def test_an_index_named_before_its_value_is_in_points(
    text: str, written: str | None, value: float
) -> None:
    found = quantities_by_text(text, ID)
    quantity = found[written] if written else next(q for q in found.values() if q.value == value)
    assert (quantity.value, quantity.unit) == (value, "point")


def test_a_unit_named_before_a_number_may_take_a_word_announcing_the_amount() -> None:
    found = quantities_by_text("Gempa bermagnitudo sebesar 5,2 mengguncang kota itu.", ID)
    assert next(iter(found.values())).unit == "magnitude"


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("Ia menerima Rp 40 juta tiap bulannya dari kantor itu.", "Rp 40 juta tiap bulannya"),
        ("Gajinya Rp 7,5 juta per bulannya.", "Rp 7,5 juta per bulannya"),
    ],
)
def test_a_period_with_its_inflection_after_per_makes_a_rate(text: str, written: str) -> None:
    assert quantities_by_text(text, ID)[written].unit == "IDR/month"


def test_a_sum_restated_in_another_currency_takes_the_period_after_the_restatement() -> None:
    found = quantities_by_text("Ia digaji USD 1,5 juta atau setara Rp 21 miliar per tahun.", ID)
    assert found["USD 1,5 juta"].unit == "USD/year"
    assert found["Rp 21 miliar per tahun"].unit == "IDR/year"


def test_a_second_sum_in_the_same_currency_keeps_its_own_period() -> None:
    found = quantities_by_text("Ia menerima Rp 50 juta atau Rp 600 juta per tahun.", ID)
    assert found["Rp 50 juta"].unit == "IDR"


def test_a_capital_after_a_stop_inside_a_quotation_opens_a_sentence_not_a_name() -> None:
    found = quantities_by_text(
        '"Gedung itu rusuh tadi sore. Kabarnya 3 blok terbakar," tulisnya.', ID
    )
    assert [q.value for q in found.values()] == [3]


def test_a_capitalised_word_inside_a_sentence_still_names_the_number_after_it() -> None:
    assert not quantities_by_text("Massa Aksi 212 berkumpul di Monas.", ID)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Gaji dihitung berbasis indeks 1:14.500 antara pangkat terendah dan tertinggi.", 14500),
        ("Sekolah itu menjaga rasio 1:25 tiap kelas.", 25),
    ],
)
def test_a_ratio_of_one_to_a_number_after_a_word_naming_it_is_that_number(
    text: str, value: float
) -> None:
    found = [q for q in quantities_by_text(text, ID).values() if q.unit == "ratio"]
    assert [q.value for q in found] == [value]


def test_one_to_a_number_without_a_word_naming_a_ratio_is_no_ratio() -> None:
    assert not [q for q in quantities_by_text("Skor akhir 1:25 untuk tim tamu.", ID).values()]
