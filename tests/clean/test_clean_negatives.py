"""Hard negatives: story sentences that share words with boilerplate stay untouched."""

from __future__ import annotations

import pytest
from cleaning_checks import checked

KEPT = [
    ("id", "Anda bisa baca juga buku panduan itu di perpustakaan daerah."),
    ("id", "Iklan rokok dilarang tayang pada jam anak-anak."),
    ("id", "Komentar warganet di media sosial beragam, mulai dari dukungan hingga kritik."),
    ("id", "Sumber daya alam di daerah itu melimpah."),
    ("id", "Oleh karena itu, warga diminta waspada."),
    ("id", "Foto tersebut beredar luas di media sosial sejak Senin."),
    ("id", "Editor majalah itu, Budi Santoso, membantah kabar tersebut."),
    ("id", "Polisi menyita 12 kg sabu (dalam kemasan teh) di Bekasi."),
    ("id", "Harga BBM naik (dari Rp 10.000 menjadi Rp 12.500) per liter."),
    ("id", "Warga berbagi makanan dengan pengungsi. Bagikan kebahagiaan, kata dia."),
    ("id", "Selengkapnya, pemerintah akan mengumumkan kebijakan baru pekan depan."),
    ("id", "Lihat saja, harga cabai sudah naik dua kali lipat."),
    (
        "id",
        (
            "Ilustrasi itu menggambarkan penderitaan rakyat kecil akibat kenaikan harga bahan "
            "pokok yang terus terjadi."
        ),
    ),
    ("id", "Home industri kerupuk di desa itu kembali beroperasi."),
    ("id", "Tag nama peserta dibagikan panitia sejak pagi."),
    (
        "id",
        "Pengunduhan aplikasi naik 40 persen, kata perusahaan itu (ANTARA) dalam laporan tahunan.",
    ),
    ("en", "Advertisement spending fell by a third last year."),
    ("en", "By the time police arrived, the crowd had left."),
    ("en", "Comments by the minister drew criticism from the opposition."),
    ("en", "Sign language interpreters joined the briefing."),
    ("en", "Share prices rose 3 percent on Monday."),
    ("en", "Watch out for falling debris, officials warned."),
    ("en", "The company reported a loss of $2 million (about Rp 31 billion)."),
]


@pytest.mark.parametrize(("language", "raw"), KEPT)
def test_clean_keeps_story_sentence(language: str, raw: str) -> None:
    cleaned = checked(raw, language)
    assert cleaned.removed == ()
    assert cleaned.text == raw


def test_clean_joins_paragraphs_and_collapses_whitespace() -> None:
    raw = "  Warga   mengungsi\tke balai desa.\r\n\r\n\n Harga  cabai naik.  \n"
    cleaned = checked(raw, "id")
    assert cleaned.text == "Warga mengungsi ke balai desa.\n\nHarga cabai naik."
    assert cleaned.removed == ()


def test_clean_empty_body() -> None:
    cleaned = checked(" \n\t\n", "id")
    assert cleaned.text == ""
    assert cleaned.removed == () and cleaned.credits == () and cleaned.dateline is None
