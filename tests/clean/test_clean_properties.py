"""Invariants of cleaning on any input: idempotent, removals are raw text at their offsets,
kept text plus removals cover the raw text, no crash on arbitrary unicode."""

from __future__ import annotations

from cleaning_checks import PACKS, assert_invariants
from hypothesis import given, settings
from hypothesis import strategies as st

from silang.clean import clean

# Pieces of pages, boilerplate and story alike, for texts where the rules have work to do.
FRAGMENTS = [
    "JAKARTA, KOMPAS.com -",
    "Liputan6.com, Jakarta -",
    "(ANTARA) -",
    "WASHINGTON (Reuters) -",
    "Jakarta -",
    "Jakarta,",
    "Presiden -",
    "Baca juga:",
    "Baca Juga :",
    "BACA JUGA",
    "Read also:",
    "Banjir Rendam Rumah di Lembah Sari",
    "ADVERTISEMENT",
    "SCROLL TO CONTINUE WITH CONTENT",
    "Iklan",
    "Dapatkan update berita pilihan",
    "Ikuti kami di Google News",
    "Tags:",
    "#banjir",
    "Komentar",
    "Foto:",
    "(FOTO: ANTARA/Budi)",
    "(Dok. Istimewa)",
    "Ilustrasi",
    "(dhn/asp)",
    "(ant)",
    "(*)",
    "[123456]",
    "(AFP)",
    "— AFP",
    "Sumber: detikcom",
    "Editor: Budi Santoso",
    "Penulis:",
    "|",
    "(kompas.com/ Ani)",
    "seperti dilansir dari Antara,",
    "according to Reuters",
    "Warga mengungsi ke balai desa.",
    "Harga cabai naik.",
    '"Kami siap," kata dia.',
    "Home > Berita",
    "Berita Terkait",
    "Related Coverage",
    "Paling banyak dibaca",
    "Banjir Rendam Rumah",
    "(",
    ")",
    ":",
    "-",
    "—",
    ".",
    "İ",
    "ß",
    "\u00a0",
    "\u2028",
]
SEPARATORS = [" ", "  ", "\n", "\n\n", "\r\n", "\t", ""]

pages = st.lists(
    st.tuples(st.sampled_from(FRAGMENTS), st.sampled_from(SEPARATORS)), max_size=14
).map(lambda parts: "".join(fragment + separator for fragment, separator in parts))


@settings(max_examples=400, deadline=None)
@given(raw=pages, language=st.sampled_from(["id", "en"]))
def test_clean_invariants_on_composed_pages(raw: str, language: str) -> None:
    packs = PACKS[language]
    assert_invariants(raw, clean(raw, packs), packs)


@settings(max_examples=300, deadline=None)
@given(raw=st.text(max_size=300), language=st.sampled_from(["id", "en"]))
def test_clean_invariants_on_arbitrary_unicode(raw: str, language: str) -> None:
    packs = PACKS[language]
    assert_invariants(raw, clean(raw, packs), packs)


@settings(max_examples=200, deadline=None)
@given(raw=pages)
def test_clean_idempotent_text(raw: str) -> None:
    once = clean(raw, PACKS["id"])
    twice = clean(once.text, PACKS["id"])
    assert twice.text == once.text
    assert twice.removed == ()
