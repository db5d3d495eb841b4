"""Quantities in sentences: value, bounds, qualifier, unit, counted thing; and the numbers
that are not figures."""

from __future__ import annotations

import pytest

from silang.extract.quantities import find_quantities
from silang.lang.figures import load_figures_lexicon
from silang.model import Quantity, Span


def _quantities(language: str, text: str) -> tuple[Quantity, ...]:
    return find_quantities(text, [Span(0, len(text))], load_figures_lexicon(language))


def _one(language: str, text: str) -> Quantity:
    found = _quantities(language, text)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(
    ("language", "text", "value", "unit"),
    [
        ("id", "Banjir merendam 1.500 rumah.", 1500.0, None),
        ("id", "Inflasi tercatat 1,5 persen.", 1.5, "%"),
        ("id", "Kontrak senilai 2.000,50 dolar AS.", 2000.5, "USD"),
        ("id", "Kerugian mencapai Rp 5,4 juta.", 5_400_000.0, "IDR"),
        ("id", "Bantuan senilai US$ 1,2 miliar.", 1_200_000_000.0, "USD"),
        ("id", "Kerugian ditaksir Rp 3,5 M.", 3_500_000_000.0, "IDR"),
        ("id", "Meriam kaliber 155 mm dikerahkan.", 155.0, "mm"),
        ("id", "Kemacetan sepanjang 12km terjadi.", 12.0, "km"),
        ("id", "Gempa bermagnitudo 5,6 terjadi.", 5.6, "magnitude"),
        ("id", "Harga beras Rp 16.000 per kilogram.", 16_000.0, "IDR/kg"),
        ("id", "Harga gabah Rp 6.500/kg.", 6_500.0, "IDR/kg"),
        ("en", "Floods forced 2,300 people out.", 2300.0, None),
        ("en", "Aid worth $1.2 million arrived.", 1_200_000.0, "USD"),
        ("en", "Damage reached 5.4 billion rupiah.", 5_400_000_000.0, "IDR"),
        ("en", "Oil rose to $75 a barrel.", 75.0, "USD/barrel"),
        ("en", "A 12-km jam formed.", 12.0, "km"),
    ],
)
def test_figures_values_and_units_are_normalised(
    language: str, text: str, value: float, unit: str | None
) -> None:
    quantity = _one(language, text)
    assert (quantity.value, quantity.unit) == (value, unit)


@pytest.mark.parametrize(
    ("language", "text", "qualifier", "low", "high"),
    [
        ("id", "Sekitar 2.300 warga mengungsi.", "approximately", 2070.0, 2530.0),
        ("id", "Hampir 600 rumah rusak.", "approximately", 540.0, 600.0),
        ("id", "Sedikitnya 12 orang tewas.", "at-least", 12.0, None),
        ("id", "Lebih dari 10 kg sabu disita.", "more-than", 10.0, None),
        ("id", "Harga naik hingga Rp 80.000.", "up-to", None, 80_000.0),
        ("id", "Kurang dari 10 persen desa.", "less-than", None, 10.0),
        ("id", "Tercatat 17.000 lebih pulau.", "more-than", 17_000.0, None),
        ("id", "Sebanyak 600-an warga hadir.", "approximately", 540.0, 660.0),
        ("en", "Some 8,000 soldiers were sent.", "approximately", 7200.0, 8800.0),
        ("en", "At least 400 people died.", "at-least", 400.0, None),
        ("en", "More than 40% was flooded.", "more-than", 40.0, None),
        ("en", "Up to 30 cm of rain fell.", "up-to", None, 30.0),
    ],
)
def test_figures_hedges_set_the_qualifier_and_bounds(
    language: str, text: str, qualifier: str, low: float | None, high: float | None
) -> None:
    quantity = _one(language, text)
    assert quantity.qualifier == qualifier
    assert quantity.low == pytest.approx(low) if low is not None else quantity.low is None
    assert quantity.high == pytest.approx(high) if high is not None else quantity.high is None


@pytest.mark.parametrize(
    ("language", "text", "value", "low", "high"),
    [
        ("id", "Pendapatan naik 8-10 persen.", 8.0, 8.0, 10.0),
        ("id", "Antara 10 dan 12 ribu buruh ikut.", 10_000.0, 10_000.0, 12_000.0),
        ("id", "Tiket Rp 150.000 hingga Rp 1,5 juta.", 150_000.0, 150_000.0, 1_500_000.0),
        ("id", "Sebanyak dua atau tiga orang hilang.", 2.0, 2.0, 3.0),
        ("en", "Fares rise 5 to 7 percent.", 5.0, 5.0, 7.0),
        ("en", "Between 10 and 12 thousand workers joined.", 10_000.0, 10_000.0, 12_000.0),
    ],
)
def test_figures_ranges_have_both_ends(
    language: str, text: str, value: float, low: float, high: float
) -> None:
    quantity = _one(language, text)
    assert (quantity.qualifier, quantity.value, quantity.low, quantity.high) == (
        "range",
        value,
        low,
        high,
    )


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("id", "Puluhan ribu warga terdampak."),
        ("id", "Ribuan warga memadati pantai."),
        ("en", "Tens of thousands of residents fled."),
    ],
)
def test_figures_vague_amounts_are_marked_vague(language: str, text: str) -> None:
    assert _one(language, text).qualifier == "vague"


@pytest.mark.parametrize(
    ("language", "text", "lemma", "cls"),
    [
        ("id", "Sebanyak 2.300 personel dikerahkan.", "personel", "personnel"),
        ("id", "Sebanyak 2300 aparat gabungan dikerahkan.", "aparat", "personnel"),
        ("id", "Ada dua ribu tiga ratus petugas.", "petugas", "personnel"),
        ("id", "Sebanyak 87 rumah rusak berat.", "rumah rusak", "house:damaged"),
        ("id", "Dua orang tewas.", "orang tewas", "person:dead"),
        ("id", "Pemerintah menyiapkan 50 ton beras.", "beras", "rice"),
        ("id", "Petugas menyita 12 ekor sapi.", "sapi", "cattle"),
        ("id", "Sebanyak 150 kepala keluarga mengungsi.", "kepala keluarga", "household"),
        ("id", "Sebanyak 30 anggotanya ditangkap.", "anggota", "member"),
        # "titik" measures what follows, unless it opens a counted phrase of its own.
        ("id", "Razia digelar di tiga titik sekolah.", "sekolah", "school"),
        ("id", "Petugas mencatat 25 titik longsor.", "titik longsor", "landslide"),
        ("en", "Police sent 2,300 officers.", "officer", "personnel"),
        ("en", "The health ministry reported 1,840 dengue cases.", "case", "case"),
        ("en", "Firefighters deployed 22 fire engines.", "fire engine", "fire engine"),
        ("en", "Some 2.8 million children were vaccinated.", "child", "child"),
        ("en", "Exports reached 2.1 million tonnes of coal.", "coal", "coal"),
    ],
)
def test_figures_counted_things_get_a_lemma_and_class(
    language: str, text: str, lemma: str, cls: str
) -> None:
    quantity = _one(language, text)
    assert (quantity.counted, quantity.counted_class) == (lemma, cls)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("id", "Sekitar 40% lahan pertanian terendam."),
        ("id", "Jalan sepanjang 1,5 meter merendam rumah."),
        ("en", "The 3.2-kilometer road was damaged."),
    ],
)
def test_figures_percentages_and_measures_count_nothing(language: str, text: str) -> None:
    assert _one(language, text).counted is None


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("id", "Ia lahir pada 17 Agustus 1975."),
        ("id", "Proyek itu dimulai pada 2019."),
        ("id", "Latihan digelar pada 4-9 Maret."),
        ("id", "Rapat dimulai pukul 09.00 WIB."),
        ("id", "Hubungi posko di 0812-3456-7890 atau (022) 420 1234."),
        ("id", "Perda Nomor 5 Tahun 2023 mengatur tanggul."),
        ("id", "Ia dijerat Pasal 114 ayat 2."),
        ("id", "Macet di Tol Cikampek KM 57."),
        ("id", "Gol dicetak pada menit ke-78."),
        ("id", "Pasangan calon nomor urut 2 menang."),
        ("id", "Timnas menang 2-1 atas Vietnam."),
        ("id", "Dokumen berkode 2024/KPU/113 beredar."),
        ("id", "Salah satu korban masih dirawat."),
        ("id", "KTT G20 digelar di Bali."),
        ("en", "Regulation No. 5 of 2023 applies."),
        ("en", "The report ranked Indonesia 115th."),
        ("en", "Flight 370 disappeared."),
        ("en", "One of the victims was a child."),
        ("en", "COVID-19 spread quickly."),
    ],
)
def test_figures_years_dates_times_phones_ids_and_ordinals_are_not_quantities(
    language: str, text: str
) -> None:
    assert _quantities(language, text) == ()


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("id", "Harga naik dari Rp 35.000 menjadi Rp 40.000.", ["Rp 35.000", "Rp 40.000"]),
        (
            "en",
            "Tuition rose from 7 million rupiah to 12 million rupiah.",
            [
                "7 million rupiah",
                "12 million rupiah",
            ],
        ),
        (
            "id",
            "Gaji Rp 62 juta atau Rp 752 juta per tahun.",
            ["Rp 62 juta", "Rp 752 juta per tahun"],
        ),
    ],
)
def test_figures_changes_and_restatements_are_not_ranges(
    language: str, text: str, expected: list[str]
) -> None:
    assert [q.text for q in _quantities(language, text)] == expected


def test_figures_quantity_spans_cover_hedge_number_unit_and_noun() -> None:
    text = "Menurut BNPB, sekitar 2.300 personel dikerahkan."
    assert _one("id", text).text == "sekitar 2.300 personel"


@pytest.mark.parametrize(
    ("language", "text", "value", "unit"),
    [
        # A decimal mark and three digits groups thousands the other language's way where
        # three decimals would be absurd: a unit whose thousandth has a name, money, a count,
        # digits ending in zero.
        ("id", "Produksi lele mencapai 543,461 ton.", 543_461.0, "t"),
        ("id", "Gaji USD 20,500 per bulan.", 20_500.0, "USD/month"),
        ("id", "Sebanyak 2,300 warga mengungsi.", 2_300.0, None),
        ("id", "Indeks sebesar 96,000 poin.", 96_000.0, "point"),
        ("en", "Output reached 543.461 tonnes.", 543_461.0, "t"),
        # ... and stays a decimal where three decimals make sense or nothing says otherwise.
        ("id", "Inflasi tercatat 3,125 persen.", 3.125, "%"),
        ("id", "Kadar timbal 0,125 kg.", 0.125, "kg"),
        ("id", "Kerugian mencapai Rp 1,500 juta.", 1_500_000.0, "IDR"),
        ("id", "Inflasi tercatat 5,4 persen.", 5.4, "%"),
    ],
)
def test_figures_three_digits_after_the_decimal_mark(
    language: str, text: str, value: float, unit: str | None
) -> None:
    quantity = _one(language, text)
    assert (quantity.value, quantity.unit) == (value, unit)


@pytest.mark.parametrize(
    ("language", "text", "written", "value", "unit"),
    [
        # A unit joined to its number by a hyphen: the decimal part is the number's.
        # "temblor" is a counted noun, so the span runs on to it, as in "magnitude-5.9 earthquake".
        ("en", "It was a magnitude-6.1 temblor.", "magnitude-6.1 temblor", 6.1, "magnitude"),
        ("en", "The quake measured magnitude-5.9.", "magnitude-5.9", 5.9, "magnitude"),
        (
            "en",
            "It measured 3.8 on the Richter scale.",
            "3.8 on the Richter scale",
            3.8,
            "magnitude",
        ),
        ("en", "It sank some 13 nautical miles out.", "some 13 nautical miles", 13.0, "nmi"),
        ("id", "Kapal itu berada 13 mil laut dari pantai.", "13 mil laut", 13.0, "nmi"),
    ],
)
def test_figures_units_of_quakes_and_the_sea(
    language: str, text: str, written: str, value: float, unit: str
) -> None:
    quantity = _one(language, text)
    assert (quantity.text, quantity.value, quantity.unit) == (written, value, unit)


@pytest.mark.parametrize(
    ("language", "text", "cls"),
    [
        ("en", "The navy caught 23 heavily armed pirates.", "pirate"),
        # Two names of origin joined by "and" stand as one adjective.
        ("en", "The navy caught 23 Somali and Yemeni pirates.", "pirate"),
        ("id", "Sebanyak 23 perompak ditangkap.", "pirate"),
        ("en", "They hold nearly 300 crewmen hostage.", "crew"),
        ("id", "Sudah ada enam generasi Pokemon.", "generation"),
        ("en", "There are six generations of the game.", "generation"),
    ],
)
def test_figures_counted_things_of_crews_and_series(language: str, text: str, cls: str) -> None:
    assert _one(language, text).counted_class == cls


@pytest.mark.parametrize(
    ("language", "text", "value"),
    [
        # The article's other numbers say how it writes: a bare number of five digits or
        # more ("USD 1713309") groups nothing, so the comma is a decimal mark.
        ("id", "Impor bulu babi mencapai 282,983 ton senilai USD 1713309.", 282.983),
        ("id", "Produksi 543,461 ton. Anggaran Rp 1.250.000.000 disiapkan.", 543.461),
        # "1,234,567" can only group thousands: so does the comma of "543,461".
        ("id", "Total 1,234,567 kg, dan 543,461 kg di antaranya dari Jawa.", 543_461.0),
        # A count of things cannot take three decimals, whatever the article says.
        ("id", "Sebanyak 2,345 warga mengungsi, dan 15000 lainnya bertahan.", 2_345.0),
        # "6.000" reads either way in one of the two languages: it says nothing, and the
        # unit guesses as before.
        ("id", "Produksi 543,461 ton dari 6.000 kolam.", 543_461.0),
        ("en", "Output was 543.461 kg of 1.250.000 kg in all.", 543_461.0),
    ],
)
def test_figures_three_decimals_follow_the_way_the_article_writes_numbers(
    language: str, text: str, value: float
) -> None:
    assert _quantities(language, text)[0].value == value


@pytest.mark.parametrize(
    ("language", "text", "elided", "cls"),
    [
        (
            "id",
            "Enam orang tewas dan delapan lainnya hilang.",
            "delapan lainnya hilang",
            "person:missing",
        ),
        ("id", "Tim SAR menemukan 9 awak dan 3 lainnya masih dicari.", "3 lainnya", "crew"),
        # "are missing" after "others" narrows the class, as "hilang" does after "lainnya".
        ("en", "Six people died and eight others are missing.", "eight others", "person:missing"),
    ],
)
def test_figures_elided_noun_counts_what_the_sentence_named(
    language: str, text: str, elided: str, cls: str
) -> None:
    found = {q.text: q for q in _quantities(language, text)}
    # No noun is written, so no lemma; the class is the one named before.
    assert (found[elided].counted, found[elided].counted_class) == (None, cls)


def test_figures_elided_noun_needs_a_noun_before_it() -> None:
    assert _quantities("id", "Dua lainnya datang kemudian.") == ()


@pytest.mark.parametrize(
    ("language", "text", "counted", "cls"),
    [
        ("id", "Empat belas jenazah telah ditemukan.", "jenazah", "person:dead"),
        ("en", "Fourteen bodies have been recovered.", "body", "person:dead"),
        ("id", "Dalam sesuap daging lele terkandung 3000 sel kanker.", "sel kanker", "cell"),
        ("en", "It holds 3,000 cancer cells.", "cancer cell", "cell"),
    ],
)
def test_figures_counted_nouns_of_bodies_and_cells(
    language: str, text: str, counted: str, cls: str
) -> None:
    quantity = _one(language, text)
    assert (quantity.counted, quantity.counted_class) == (counted, cls)


@pytest.mark.parametrize(
    ("language", "text", "value", "other"),
    [
        # Nothing in the article says how it writes: the unit guesses, the other reading stays.
        ("id", "Produksi mencapai 543,461 ton.", 543_461.0, 543.461),
        ("id", "Kadar timbal 0,125 kg dan 1,205 kg.", 0.125, None),  # a lone zero: a decimal
        ("id", "Jaraknya 1,205 km.", 1_205.0, 1.205),
        ("id", "Inflasi tercatat 3,125 persen.", 3.125, 3_125.0),
        # The article says it ("USD 1713309" groups nothing): no guess, no other reading.
        ("id", "Impor mencapai 282,983 ton senilai USD 1713309.", 282.983, None),
        # Counts of things, sums of money and a trailing zero read one way.
        ("id", "Sebanyak 2,345 warga mengungsi.", 2_345.0, None),
        ("id", "Skornya 96,000 poin.", 96_000.0, None),
        # A hedged figure is not offered the other reading.
        ("id", "Jaraknya sekitar 1,205 km.", 1_205.0, None),
    ],
)
def test_figures_a_guessed_reading_keeps_the_other(
    language: str, text: str, value: float, other: float | None
) -> None:
    quantity = _quantities(language, text)[0]
    assert (quantity.value, quantity.other_value) == (value, other)
