"""Link teasers ("Baca juga:") and ad labels, as lines of their own and merged into paragraphs."""

from __future__ import annotations

import pytest
from cleaning_checks import checked

# language, raw, kept text, removals (kind, text)
INSERTS = [
    (
        "id",
        "Baca juga: Banjir Rendam 300 Rumah di Lembah Sari\nWarga mengungsi ke balai desa.",
        "Warga mengungsi ke balai desa.",
        [("read-also", "Baca juga: Banjir Rendam 300 Rumah di Lembah Sari")],
    ),
    (
        "id",
        "Warga mengungsi.\nBaca Juga : Harga Cabai Naik Lagi\nPedagang mengeluh.",
        "Warga mengungsi.\n\nPedagang mengeluh.",
        [("read-also", "Baca Juga : Harga Cabai Naik Lagi")],
    ),
    (
        "id",
        "BACA JUGA: Harga Cabai Naik Lagi\nPedagang mengeluh sepi pembeli.",
        "Pedagang mengeluh sepi pembeli.",
        [("read-also", "BACA JUGA: Harga Cabai Naik Lagi")],
    ),
    (
        "id",
        "Simak juga: Video Banjir Bandang di Kali Sari\nPedagang mengeluh.",
        "Pedagang mengeluh.",
        [("read-also", "Simak juga: Video Banjir Bandang di Kali Sari")],
    ),
    (
        "id",
        "Lihat juga: Foto-foto Banjir di Lembah Sari\nPedagang mengeluh.",
        "Pedagang mengeluh.",
        [("read-also", "Lihat juga: Foto-foto Banjir di Lembah Sari")],
    ),
    (
        "id",
        "Pedagang mengeluh.\nBaca selengkapnya: Harga Cabai di Pasar Induk",
        "Pedagang mengeluh.",
        [("read-also", "Baca selengkapnya: Harga Cabai di Pasar Induk")],
    ),
    (
        "id",
        "Pedagang mengeluh.\n(Baca juga: Modal Asing Guyur Pasar Lokal)\nHarga naik.",
        "Pedagang mengeluh.\n\nHarga naik.",
        [("read-also", "(Baca juga: Modal Asing Guyur Pasar Lokal)")],
    ),
    (
        "id",
        (
            "Warga mengungsi ke balai desa. Baca Juga : Banjir Rendam 300 Rumah di Lembah Sari "
            "Polisi menyatakan jalan ditutup."
        ),
        "Warga mengungsi ke balai desa. Polisi menyatakan jalan ditutup.",
        [("read-also", "Baca Juga : Banjir Rendam 300 Rumah di Lembah Sari")],
    ),
    (
        "id",
        'Warga mengungsi. Baca juga: "Sungai Sari Meluap, Jalan Ditutup" Polisi berjaga.',
        "Warga mengungsi. Polisi berjaga.",
        [("read-also", 'Baca juga: "Sungai Sari Meluap, Jalan Ditutup"')],
    ),
    (
        "id",
        "Pedagang mengeluh sepi pembeli.\nRead also: Chili Prices Rise Again\nHarga cabai naik.",
        "Pedagang mengeluh sepi pembeli.\n\nHarga cabai naik.",
        [("read-also", "Read also: Chili Prices Rise Again")],
    ),
    (
        "id",
        "Pedagang mengeluh sepi pembeli.\nAlso read: Chili Prices Rise Again",
        "Pedagang mengeluh sepi pembeli.",
        [("read-also", "Also read: Chili Prices Rise Again")],
    ),
    (
        "en",
        "Traders say buyers stayed away.\nSee also: Chili prices rise again\nPrices doubled.",
        "Traders say buyers stayed away.\n\nPrices doubled.",
        [("read-also", "See also: Chili prices rise again")],
    ),
    (
        "en",
        (
            "Traders stayed away. Read more: Chili Prices Rise Again in Sari City Officials said "
            "the market would open."
        ),
        "Traders stayed away. Officials said the market would open.",
        [("read-also", "Read more: Chili Prices Rise Again in Sari City")],
    ),
    (
        "id",
        "ADVERTISEMENT\nHarga cabai naik dua kali lipat.\nIklan\nPedagang mengeluh.",
        "Harga cabai naik dua kali lipat.\n\nPedagang mengeluh.",
        [("advertisement", "ADVERTISEMENT"), ("advertisement", "Iklan")],
    ),
    (
        "id",
        (
            "Pedagang mengeluh sepi pembeli. ADVERTISEMENT SCROLL TO CONTINUE WITH CONTENT Harga "
            "cabai naik dua kali lipat."
        ),
        "Pedagang mengeluh sepi pembeli. Harga cabai naik dua kali lipat.",
        [("advertisement", "ADVERTISEMENT SCROLL TO CONTINUE WITH CONTENT")],
    ),
    (
        "id",
        "Pedagang mengeluh.\nSCROLL TO CONTINUE WITH CONTENT\nHarga naik.",
        "Pedagang mengeluh.\n\nHarga naik.",
        [("advertisement", "SCROLL TO CONTINUE WITH CONTENT")],
    ),
    (
        "en",
        "Traders say buyers stayed away.\nAdvertisement\nPrices doubled in a week.",
        "Traders say buyers stayed away.\n\nPrices doubled in a week.",
        [("advertisement", "Advertisement")],
    ),
]


@pytest.mark.parametrize(("language", "raw", "kept", "removed"), INSERTS)
def test_clean_removes_insert(
    language: str, raw: str, kept: str, removed: list[tuple[str, str]]
) -> None:
    cleaned = checked(raw, language)
    assert [(r.kind, r.text) for r in cleaned.removed] == removed
    assert cleaned.text == kept


def test_clean_insert_merged_with_dateline() -> None:
    raw = "JAKARTA, KOMPAS.com - ADVERTISEMENT Harga cabai naik. Baca juga: Cabai Langka di Pasar"
    cleaned = checked(raw, "id")
    assert cleaned.dateline is not None
    assert [r.kind for r in cleaned.removed] == ["dateline", "advertisement", "read-also"]
    assert cleaned.text == "Harga cabai naik."


# A heading of a list of links takes the headline paragraphs after it, up to the story.
LISTS = [
    (
        "id",
        "Warga mengungsi.\nBerita Terkait\nBanjir Rendam 300 Rumah di Lembah Sari\n"
        "Polisi tangkap pelaku begal di Kali Sari\nHarga cabai naik dua kali lipat.",
        "Warga mengungsi.\n\nHarga cabai naik dua kali lipat.",
        3,
    ),
    (
        "id",
        "Warga mengungsi.\nBaca Juga\nBanjir Rendam 300 Rumah di Lembah Sari\nHarga cabai naik.",
        "Warga mengungsi.\n\nHarga cabai naik.",
        2,
    ),
    (
        "en",
        "Prices rose.\nRelated Coverage\nFerry sinks off Port Sari\nFloods hit Sari City\n"
        "Officials said the port would reopen on Friday.",
        "Prices rose.\n\nOfficials said the port would reopen on Friday.",
        3,
    ),
]


@pytest.mark.parametrize(("language", "raw", "kept", "removed"), LISTS)
def test_clean_removes_list_of_links(language: str, raw: str, kept: str, removed: int) -> None:
    cleaned = checked(raw, language)
    assert [r.kind for r in cleaned.removed] == ["read-also"] * removed
    assert cleaned.text == kept
