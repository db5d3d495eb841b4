"""A speaker described, not named, ends before a sentence adverb between the subject and its
speech verb (quotes_speaker._description): the adverb belongs to the predicate. A determiner
that closes the subject stays with it. Hand-written sentences."""

from __future__ import annotations

import pytest
from quotes_records import quotes_of


@pytest.mark.parametrize(
    ("code", "text", "speaker"),
    [
        ("en", "The attorneys also argued that the judge had erred twice.", "The attorneys"),
        ("en", "A ferry operator later said the crossing would reopen.", "A ferry operator"),
        ("id", "Para nelayan kemudian menyebut perahu itu tenggelam.", "Para nelayan"),
        ("id", "Kabar itu menyebut jembatan gantung sudah putus.", "Kabar itu"),
    ],
)
def test_a_described_speaker_ends_before_a_sentence_adverb(
    code: str, text: str, speaker: str
) -> None:
    assert [q.speaker for q in quotes_of(code, text) if not q.direct] == [speaker]
