"""A place or organisation head ("Kota", "Lembah", "Gedung") names nothing alone: the word
after it belongs to the place even when a person in the same text bears it as a name, so a
person's name after the place starts only after that word."""

from __future__ import annotations

from quotes_records import LEXICONS, sentences

from silang.extract.entities import RuleEntityRecognizer

# "Melati" is a resident's name ("kata Melati") and the name word of two places.
TEXT = (
    "Banjir merendam ratusan rumah di Kota Melati, Senin.\n\n"
    "Kepala Dinas Sosial (Dinsos) Lembah Melati Rina Kusuma mengatakan ratusan warga "
    "mengungsi ke Gedung Serbaguna Kota Melati.\n\n"
    "“Kami terus mendata warga,” kata Rina.\n\n"
    "“Airnya setinggi dada,” kata Melati, seorang warga."
)


def _found(text: str) -> set[tuple[str, str]]:
    recognizer = RuleEntityRecognizer(LEXICONS["id"])
    return {(e.text, e.kind) for e in recognizer.recognise(text, sentences(text))}


def test_entities_name_after_place_starts_after_the_heads_own_word() -> None:
    found = _found(TEXT)
    assert ("Lembah Melati", "place") in found
    assert ("Rina Kusuma", "person") in found
    assert ("Melati Rina Kusuma", "person") not in found


def test_entities_place_head_keeps_its_name_word_that_is_also_a_persons() -> None:
    found = _found(TEXT)
    assert ("Kota Melati", "place") in found
    assert ("Gedung Serbaguna Kota Melati", "place") in found
    assert ("Kota", "place") not in found
