"""Datelines: found at the start of the first paragraph, recorded, and taken out of the text.

All snippets are written for these tests; places and outlets are fictional or generic.
"""

from __future__ import annotations

import pytest
from cleaning_checks import checked

from silang.clean import clean
from silang.lang import load_pack

# language, raw, dateline text, city, outlet, kept text
DATELINES = [
    (
        "id",
        "JAKARTA, KOMPAS.com - Banjir merendam 300 rumah.",
        "JAKARTA, KOMPAS.com -",
        "JAKARTA",
        "KOMPAS.com",
        "Banjir merendam 300 rumah.",
    ),
    (
        "id",
        "Liputan6.com, Jakarta - Harga cabai naik.",
        "Liputan6.com, Jakarta -",
        "Jakarta",
        "Liputan6.com",
        "Harga cabai naik.",
    ),
    (
        "id",
        "Jakarta, CNBC Indonesia - Rupiah melemah.",
        "Jakarta, CNBC Indonesia -",
        "Jakarta",
        "CNBC Indonesia",
        "Rupiah melemah.",
    ),
    (
        "id",
        "Bisnis.com, JAKARTA - Saham bank naik.",
        "Bisnis.com, JAKARTA -",
        "JAKARTA",
        "Bisnis.com",
        "Saham bank naik.",
    ),
    (
        "id",
        "(ANTARA) - Hujan turun sejak pagi.",
        "(ANTARA) -",
        None,
        "ANTARA",
        "Hujan turun sejak pagi.",
    ),
    (
        "id",
        "Jakarta (ANTARA) - Hujan turun sejak pagi.",
        "Jakarta (ANTARA) -",
        "Jakarta",
        "ANTARA",
        "Hujan turun sejak pagi.",
    ),
    (
        "id",
        "SURABAYA, detikJatim - Jembatan ambruk.",
        "SURABAYA, detikJatim -",
        "SURABAYA",
        "detikJatim",
        "Jembatan ambruk.",
    ),
    (
        "id",
        "TEMPO.CO, Jakarta - Pemerintah menaikkan tarif.",
        "TEMPO.CO, Jakarta -",
        "Jakarta",
        "TEMPO.CO",
        "Pemerintah menaikkan tarif.",
    ),
    (
        "id",
        "REPUBLIKA.CO.ID, JAKARTA -- Ulama berkumpul.",
        "REPUBLIKA.CO.ID, JAKARTA --",
        "JAKARTA",
        "REPUBLIKA.CO.ID",
        "Ulama berkumpul.",
    ),
    (
        "id",
        "Suara.com - Artis itu menikah.",
        "Suara.com -",
        None,
        "Suara.com",
        "Artis itu menikah.",
    ),
    ("id", "VIVA – Timnas menang 2-0.", "VIVA –", None, "VIVA", "Timnas menang 2-0."),
    ("id", "Jakarta - Ponsel baru dirilis.", "Jakarta -", "Jakarta", None, "Ponsel baru dirilis."),
    (
        "id",
        "JawaPos.com – Harga emas turun.",
        "JawaPos.com –",
        None,
        "JawaPos.com",
        "Harga emas turun.",
    ),
    (
        "id",
        "KUPANG, POS-KUPANG.COM - Nelayan melaut lagi.",
        "KUPANG, POS-KUPANG.COM -",
        "KUPANG",
        "POS-KUPANG.COM",
        "Nelayan melaut lagi.",
    ),
    (
        "id",
        "Metrotvnews.com, Jakarta: Sidang ditunda.",
        "Metrotvnews.com, Jakarta:",
        "Jakarta",
        "Metrotvnews.com",
        "Sidang ditunda.",
    ),
    (
        "id",
        "Jakarta, CNN Indonesia -- Gempa terasa.",
        "Jakarta, CNN Indonesia --",
        "Jakarta",
        "CNN Indonesia",
        "Gempa terasa.",
    ),
    (
        "id",
        "JAKARTA, iNews.id - Polisi berjaga.",
        "JAKARTA, iNews.id -",
        "JAKARTA",
        "iNews.id",
        "Polisi berjaga.",
    ),
    (
        "id",
        "JAKARTA, 13 Maret 2024 (ANTARA) - Harga beras stabil.",
        "JAKARTA, 13 Maret 2024 (ANTARA) -",
        "JAKARTA",
        "ANTARA",
        "Harga beras stabil.",
    ),
    (
        "id",
        "LEMBAH SARI, KABARNUSA.com - Sungai meluap.",
        "LEMBAH SARI, KABARNUSA.com -",
        "LEMBAH SARI",
        "KABARNUSA.com",
        "Sungai meluap.",
    ),
    (
        "id",
        "TANJUNG PERMAI, Warta Sari - Pasar terbakar.",
        "TANJUNG PERMAI, Warta Sari -",
        "TANJUNG PERMAI",
        "Warta Sari",
        "Pasar terbakar.",
    ),
    (
        "id",
        "Kabar Sari News – Jalan rusak parah.",
        "Kabar Sari News –",
        None,
        "Kabar Sari News",
        "Jalan rusak parah.",
    ),
    (
        "id",
        "JAKARTA—Bupati melarang truk lewat.",
        "JAKARTA—",
        "JAKARTA",
        None,
        "Bupati melarang truk lewat.",
    ),
    (
        "id",
        "Jakarta, Beredar kabar soal harga gula.",
        "Jakarta,",
        "Jakarta",
        None,
        "Beredar kabar soal harga gula.",
    ),
    (
        "en",
        "WASHINGTON (Reuters) - The Senate passed the bill.",
        "WASHINGTON (Reuters) -",
        "WASHINGTON",
        "Reuters",
        "The Senate passed the bill.",
    ),
    (
        "en",
        "SARI CITY, March 14 (Pacific Wire) - Floods hit the capital.",
        "SARI CITY, March 14 (Pacific Wire) -",
        "SARI CITY",
        "Pacific Wire",
        "Floods hit the capital.",
    ),
    ("en", "LONDON - Prices rose sharply.", "LONDON -", "LONDON", None, "Prices rose sharply."),
    (
        "en",
        "(CNN) — Residents fled the water.",
        "(CNN) —",
        None,
        "CNN",
        "Residents fled the water.",
    ),
    (
        "en",
        "PORT SARI, June 2, 2024 (AP) - The ferry sank.",
        "PORT SARI, June 2, 2024 (AP) -",
        "PORT SARI",
        "AP",
        "The ferry sank.",
    ),
]


@pytest.mark.parametrize(("language", "raw", "text", "city", "outlet", "kept"), DATELINES)
def test_clean_finds_dateline(
    language: str,
    raw: str,
    text: str,
    city: str | None,
    outlet: str | None,
    kept: str,
) -> None:
    cleaned = checked(raw, language)
    assert cleaned.dateline is not None
    assert (cleaned.dateline.text, cleaned.dateline.city, cleaned.dateline.outlet) == (
        text,
        city,
        outlet,
    )
    assert [(r.kind, r.text) for r in cleaned.removed] == [("dateline", text)]
    assert cleaned.text == kept


def test_clean_dateline_after_byline() -> None:
    raw = (
        "Laporan Wartawan Kabarnusa.com, Budi Santoso\n\nLEMBAH SARI, KABARNUSA.com - Sungai "
        "meluap."
    )
    cleaned = checked(raw, "id")
    assert cleaned.dateline is not None
    assert cleaned.dateline.text == "LEMBAH SARI, KABARNUSA.com -"
    assert [r.kind for r in cleaned.removed] == ["byline", "dateline"]
    assert [(c.relation, c.outlet, c.person) for c in cleaned.credits] == [
        ("reporter", "Kabarnusa.com", "Budi Santoso")
    ]
    assert cleaned.text == "Sungai meluap."


def test_clean_dateline_only_in_first_paragraph() -> None:
    raw = "TEMPO.CO, Jakarta - Tarif naik.\nREPUBLIKA.CO.ID, JAKARTA -- Kutipan di tengah."
    cleaned = checked(raw, "id")
    assert cleaned.dateline is not None and cleaned.dateline.outlet == "TEMPO.CO"
    assert cleaned.text == "Tarif naik.\n\nREPUBLIKA.CO.ID, JAKARTA -- Kutipan di tengah."


# Sentences that start like a dateline but are not one.
NOT_DATELINES = [
    ("id", "Jakarta menjadi kota dengan polusi tertinggi pekan ini."),
    ("id", "Presiden - yang baru dilantik - berpidato di depan DPR."),
    ("id", "Jakarta, Bandung, dan Surabaya diguyur hujan deras."),
    ("id", "Jakarta-Bogor macet total sejak pagi."),
    ("id", "Waspada Hoaks Lele Beracun - Lele adalah ikan air tawar."),
    ("id", "Fakta: Berikut penjelasan lengkapnya."),
    ("id", "Sari, Korea Selatan, Praktisi tusuk jarum membantah."),
    ("en", "Washington is preparing a response, officials said."),
    ("en", "London, Paris and Berlin issued a joint statement."),
    ("en", "The president - who arrived late - spoke briefly."),
]


@pytest.mark.parametrize(("language", "raw"), NOT_DATELINES)
def test_clean_keeps_sentence_that_looks_like_dateline(language: str, raw: str) -> None:
    cleaned = checked(raw, language)
    assert cleaned.dateline is None
    assert cleaned.removed == ()
    assert cleaned.text == raw


def test_clean_headline_repeated_in_the_body_is_removed_before_the_dateline() -> None:
    packs = [load_pack("id"), load_pack("en")]
    raw = (
        "Banjir Rendam Lembah Sari\n"
        "LEMBAH SARI, KABARNUSA.com - Banjir merendam tiga desa pada Rabu pagi.\n"
        "Warga mengungsi ke balai desa."
    )
    cleaned = clean(raw, packs, title="Banjir  Rendam Lembah Sari")
    assert cleaned.text.startswith("Banjir merendam tiga desa")
    assert cleaned.removed[0].kind == "headline"
    assert cleaned.dateline is not None
    assert cleaned.dateline.outlet == "KABARNUSA.com"


def test_clean_dateline_naming_the_pages_own_outlet_is_taken() -> None:
    packs = [load_pack("id"), load_pack("en")]
    raw = "Kota Sari, Warta Sari – Banjir merendam tiga desa pada Rabu pagi."
    assert clean(raw, packs).dateline is None
    cleaned = clean(raw, packs, site_names=("Warta Sari", None))
    assert cleaned.dateline is not None
    assert (cleaned.dateline.city, cleaned.dateline.outlet) == ("Kota Sari", "Warta Sari")
    assert cleaned.text == "Banjir merendam tiga desa pada Rabu pagi."
