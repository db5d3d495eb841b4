"""An attribution inserted after an opening phrase ("Pada kesempatan itu, lanjut X, …") with
a clause after it whose subject is a name: the clause is what was said, not the opening
phrase. Sentences written for these tests; names and figures are made up."""

from __future__ import annotations

from quote_reads import written


def test_indonesian_name_opening_the_clause_after_the_attribution() -> None:
    text = "Pada kesempatan itu, lanjut Budi Santoso, Kemenlu menyerahkan berkas pemeriksaan."
    assert written("id", text) == [
        ("Kemenlu menyerahkan berkas pemeriksaan", "Budi Santoso", "lanjut")
    ]


def test_english_name_opening_the_clause_after_the_attribution() -> None:
    text = (
        "But beneath the sharp words, party sources said, Miller still has respect for the mayor."
    )
    assert written("en", text) == [
        ("Miller still has respect for the mayor", "party sources", "said")
    ]


def test_a_day_after_the_attribution_is_no_clause() -> None:
    text = "Harga beras naik lagi, kata Budi Santoso, Senin (9/11)."
    assert written("id", text) == [("Harga beras naik lagi", "Budi Santoso", "kata")]


def test_a_statement_before_the_attribution_stays_the_content() -> None:
    text = "Stok beras sudah menipis, kata Budi Santoso, Bulog menunggu kiriman."
    assert written("id", text)[:1] == [("Stok beras sudah menipis", "Budi Santoso", "kata")]
