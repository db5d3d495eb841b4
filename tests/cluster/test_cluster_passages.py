"""Passages shared word for word: a quoted claim found again whatever its punctuation."""

from __future__ import annotations

from silang.cluster.passages import passages

CLAIM = (
    "Pesan berantai menyebut gaji presiden naik menjadi 500 juta rupiah per bulan mulai "
    "tahun depan dan sudah disetujui oleh dewan"
)


def test_cluster_a_quoted_claim_is_a_shared_passage() -> None:
    hoax = f"{CLAIM}. Sebarkan!"
    debunk = f'Kementerian membantah kabar itu. "{CLAIM.upper()}," bunyi pesan yang beredar.'
    assert passages(hoax) & passages(debunk)


def test_cluster_a_few_common_words_are_no_shared_passage() -> None:
    first = "Gaji presiden naik menjadi 500 juta rupiah, kata sumber di istana kemarin sore."
    second = "Harga beras naik menjadi 15 ribu rupiah, kata pedagang di pasar kemarin sore."
    assert not passages(first) & passages(second)


def test_cluster_a_text_shorter_than_a_passage_has_none() -> None:
    assert passages("Gaji presiden naik.") == frozenset()
