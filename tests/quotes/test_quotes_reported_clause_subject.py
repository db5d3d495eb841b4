"""Who speaks in a clause after a quotation (extract.quotes._opens_clause), and where a
described speaker ends (quotes_speaker._description): a described speaker is the subject
opening the clause, not a negation, a place or a time before it; a connective that modifies
the noun before it ("Direktur sebelumnya", the previous director) stays in the speaker.
Hand-written sentences."""

from __future__ import annotations

import pytest
from quotes_records import quotes_of

QUOTED = '"We will rebuild the bridge by spring," Mayor Ann Cole said, '


@pytest.mark.parametrize(
    "clause",
    [
        "but not before engineers said the old piers were sound.",
        "but only after engineers said the old piers were sound.",
        "yet days later officials said the money was gone.",
        "while in Rye the residents said they want a ferry.",
    ],
)
def test_no_speaker_is_read_from_words_before_a_clauses_subject(clause: str) -> None:
    assert [q for q in quotes_of("en", QUOTED + clause) if not q.direct] == []


def test_the_subject_opening_the_clause_is_its_speaker() -> None:
    text = QUOTED + "while police said the road would stay closed."
    assert [(q.speaker, q.text) for q in quotes_of("en", text) if not q.direct] == [
        ("police", "the road would stay closed")
    ]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Direktur sebelumnya mengatakan proyek itu sudah diaudit dua kali.",
            "Direktur sebelumnya",
        ),
        (
            "Pengurus periode sebelumnya mengatakan dana itu sudah habis.",
            "Pengurus periode sebelumnya",
        ),
        ("Warga setempat kemudian mengatakan air naik sejak malam.", "Warga setempat"),
    ],
)
def test_a_connective_after_a_noun_modifies_it(text: str, speaker: str) -> None:
    assert [q.speaker for q in quotes_of("id", text)] == [speaker]
