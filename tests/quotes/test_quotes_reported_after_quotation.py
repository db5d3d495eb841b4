"""A reported statement in a clause that a connective opens after a quotation and its
attribution, in the same sentence (extract.quotes._reported_after): the sentence is one
quotation's, and the clause after the connective another speaker's statement. Hand-written
sentences."""

from __future__ import annotations

import pytest
from quotes_records import quotes_of


@pytest.mark.parametrize(
    ("code", "text", "speaker", "content"),
    [
        (
            "en",
            '"The cause of the flood remains unclear," a statement said, while a spokesman '
            "said the dam was unlikely to have failed.",
            "a spokesman",
            "the dam was unlikely to have failed",
        ),
        (
            "id",
            '"Penyebab banjir belum diketahui," kata petugas itu, sementara warga mengatakan '
            "tanggul sungai jebol sejak pagi.",
            "warga",
            "tanggul sungai jebol sejak pagi",
        ),
    ],
)
def test_a_statement_reported_after_a_quotation_is_read(
    code: str, text: str, speaker: str, content: str
) -> None:
    reported = [(q.speaker, q.text) for q in quotes_of(code, text) if not q.direct]
    assert reported == [(speaker, content)]


def test_a_clause_with_no_speech_after_a_quotation_says_nothing() -> None:
    text = (
        '"The cause of the flood remains unclear," a statement said, while the river kept '
        "rising through the night."
    )
    assert [q for q in quotes_of("en", text) if not q.direct] == []
