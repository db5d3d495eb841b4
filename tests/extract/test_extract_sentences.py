from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from silang.extract.sentences import split_sentences
from silang.lang import load_pack


def _texts(text: str, language: str) -> list[str]:
    return [text[s.start : s.end] for s in split_sentences(text, load_pack(language))]


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            "id",
            "Ia tinggal di Jl. Merdeka No. 5. Warga berkumpul.",
            ["Ia tinggal di Jl. Merdeka No. 5.", "Warga berkumpul."],
        ),
        (
            "id",
            "Kapolres AKBP Dr. Sutan Bahri hadir. Acara dimulai.",
            ["Kapolres AKBP Dr. Sutan Bahri hadir.", "Acara dimulai."],
        ),
        (
            "id",
            "Irjen. Budi tiba pukul 06.00 WIB. Ia disambut 1.500 warga pada 28/10/2024.",
            ["Irjen. Budi tiba pukul 06.00 WIB.", "Ia disambut 1.500 warga pada 28/10/2024."],
        ),
        (
            "id",
            '"Kami siap membantu," kata Hendra. Bantuan tiba sore.',
            ['"Kami siap membantu," kata Hendra.', "Bantuan tiba sore."],
        ),
        (
            "id",
            "Joko S. Widodo hadir. Ia tersenyum.",
            ["Joko S. Widodo hadir.", "Ia tersenyum."],
        ),
        (
            "en",
            "Dr. Smith met Gov. Lee on Monday. They spoke for an hour.",
            ["Dr. Smith met Gov. Lee on Monday.", "They spoke for an hour."],
        ),
        (
            "en",
            "The U.S. sent 2,300 tents. More are coming.",
            ["The U.S. sent 2,300 tents.", "More are coming."],
        ),
    ],
)
def test_sentences_survive_abbreviations_numbers_and_quotes(
    language: str, text: str, expected: list[str]
) -> None:
    assert _texts(text, language) == expected


def test_sentences_never_cross_paragraphs() -> None:
    text = "Paragraf pertama tanpa titik\n\nParagraf kedua."
    assert _texts(text, "id") == ["Paragraf pertama tanpa titik", "Paragraf kedua."]


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet=st.sampled_from("ab .,\n\"'JlNo1"), max_size=120))
def test_sentences_cover_every_non_space_character_in_order(text: str) -> None:
    spans = split_sentences(text, load_pack("id"))
    covered: set[int] = set()
    last_end = 0
    for span in spans:
        assert last_end <= span.start < span.end <= len(text)
        covered.update(range(span.start, span.end))
        last_end = span.end
    assert {i for i, ch in enumerate(text) if not ch.isspace()} <= covered
