"""A mid-sentence attribution ("A, said X, B") after a short fronted adverbial leaves the
statement after it; a name set off by a comma at the sentence's start is skipped only at
the comma that closes its apposition; a short mention that a gazetteer lists as a place is
a person after a speech verb. Hand-written sentences; entities as a recogniser gives them."""

from __future__ import annotations

import pytest
from quotes_records import mention, quotes_of


@pytest.mark.parametrize(
    ("code", "text", "speaker", "content"),
    [
        (
            "en",
            "At first, said Mia Kurz, the board refused to sell the land.",
            "Mia Kurz",
            "the board refused to sell the land",
        ),
        (
            "id",
            "Dalam keadaan darurat, kata Rina Astuti, seorang petugas harus tetap di pos jaga.",
            "Rina Astuti",
            "seorang petugas harus tetap di pos jaga",
        ),
        (
            "id",
            "Sesudah itu, ujar Rina Astuti, kepala sekolah wajib melapor ke dinas.",
            "Rina Astuti",
            "kepala sekolah wajib melapor ke dinas",
        ),
    ],
)
def test_quotes_a_fronted_adverbial_is_no_statement_before_a_mid_attribution(
    code: str, text: str, speaker: str, content: str
) -> None:
    # The words after "said X," open with an article or a title, which after a statement
    # would describe X; after a short adverbial they are the statement's subject.
    quotes = quotes_of(code, text, mention(text, speaker))
    assert [(q.speaker, q.text) for q in quotes] == [(speaker, content)]


def test_quotes_a_name_opening_the_sentence_says_nothing_inside_a_mid_attribution() -> None:
    text = "Paul Brandt, said Mia Kurz, was the kindest teacher the school ever had."
    quotes = quotes_of("en", text, mention(text, "Paul Brandt"), mention(text, "Mia Kurz"))
    assert [q.speaker for q in quotes] == ["Mia Kurz"]


def test_quotes_an_apposed_opening_name_is_the_content_of_a_closing_attribution() -> None:
    text = "Paul Brandt, the head teacher, ignored the warnings for months, said Mia Kurz."
    quotes = quotes_of("en", text, mention(text, "Paul Brandt"), mention(text, "Mia Kurz"))
    assert [(q.speaker, q.text) for q in quotes] == [
        ("Mia Kurz", "Paul Brandt, the head teacher, ignored the warnings for months")
    ]


def test_quotes_a_short_name_listed_as_a_city_speaks_after_a_speech_verb() -> None:
    # "Bima" is a city in the gazetteer; after "kata" it closes no office's name.
    text = (
        "Camat Joko Susilo meninjau tanggul di tepi sungai. "
        "Tanggul itu sudah diperbaiki sejak kemarin, kata Bima. "
        "Dia mengatakan warga boleh kembali ke rumah."
    )
    quotes = quotes_of("id", text, mention(text, "Joko Susilo"), mention(text, "Bima"))
    assert [q.speaker for q in quotes] == ["Bima", "Bima"]
