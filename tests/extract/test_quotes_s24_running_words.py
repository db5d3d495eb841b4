"""A statement opened by "Kata X, …" and closed by "…, tuturnya" several sentences later: the
sentences between are the speaker's running words, though a body is named among them; the
person the pronoun stands for cannot be a body. Sentences written for these tests; names and
figures are made up."""

from __future__ import annotations

from quote_reads import resolved


def test_running_words_pass_over_a_body_named_between() -> None:
    text = (
        "Kata Budi Santoso, petani di lereng sulit beralih tanaman. "
        "Berbeda dengan petani binaan Koperasi Tani Makmur di lembah. "
        "Kalau ada bantuan bibit, petani lembah cepat beralih, tuturnya."
    )
    assert resolved("id", text)[-1] == (
        "Berbeda dengan petani binaan Koperasi Tani Makmur di lembah. "
        "Kalau ada bantuan bibit, petani lembah cepat beralih",
        "Budi Santoso",
        "tuturnya",
    )


def test_running_words_stop_at_a_person_named_between() -> None:
    text = (
        "Kata Budi Santoso, petani di lereng sulit beralih tanaman. "
        "Berbeda dengan kebun milik Andi Wijaya di lembah. "
        "Kalau ada bantuan bibit, petani lembah cepat beralih, tuturnya."
    )
    assert resolved("id", text)[-1][0] == "Kalau ada bantuan bibit, petani lembah cepat beralih"
