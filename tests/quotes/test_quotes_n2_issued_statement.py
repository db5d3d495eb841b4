"""A verb that issues a statement and the statement's noun, then a clause opener: "X
memberikan keterangan, bahwa …", "X membuat klaim bahwa …" tell X's statement. A verb that
takes someone else's statement ("membantah klaim bahwa …") tells none of X's. Hand-written
sentences; entities as a recogniser gives them."""

from __future__ import annotations

import pytest
from quotes_records import mention, quotes_of


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Budi Santoso, salah seorang petani yang memberikan keterangan, bahwa panen padi "
            "tahun ini turun separuh.",
            "panen padi tahun ini turun separuh",
        ),
        (
            "Untuk meredam isu itu, Budi Santoso kemudian membuat klaim bahwa beras impor "
            "itu aman dimakan.",
            "beras impor itu aman dimakan",
        ),
        # Someone else's claim, denied: nothing of Budi's is told.
        ("Budi Santoso membantah klaim bahwa beras impor itu tidak aman dimakan.", None),
        # Something given that is no statement.
        ("Budi Santoso memberikan bantuan bahwa warga dapat membeli beras murah.", None),
    ],
)
def test_quotes_an_issued_statement_told_by_a_clause_opener(text: str, content: str | None) -> None:
    quotes = quotes_of("id", text, mention(text, "Budi Santoso"))
    assert [(q.speaker, q.text) for q in quotes] == ([("Budi Santoso", content)] if content else [])
