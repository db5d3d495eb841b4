""" "Mereka" ("they") as a speech verb's subject stands for a body only where its sentence or
the one before opens with an organisation's name; in Indonesian it mostly stands for people,
and then it names no speaker. Hand-written sentences; entities as a recogniser gives them."""

from __future__ import annotations

from quotes_records import mention, quotes_of


def test_quotes_mereka_goes_on_with_the_body_that_opened_the_sentence_before() -> None:
    text = (
        "Sebelumnya, Samudra Motor juga sudah membuka pabriknya bagi wartawan melalui "
        "Dinas Perindustrian. Mereka juga telah menjelaskan bahwa rangka mobil itu "
        "terbuat dari baja tebal."
    )
    entities = (
        mention(text, "Samudra Motor", "organisation"),
        mention(text, "Dinas Perindustrian", "organisation"),
    )
    quotes = quotes_of("id", text, *entities)
    # Not "Mereka juga telah" as a description, nor the office named in passing.
    assert [q.speaker for q in quotes] == ["Samudra Motor"]


def test_quotes_mereka_after_a_described_subject_names_no_body() -> None:
    text = (
        "Merek kopi yang bekerja sama dengan Dinas Perindustrian ini mengunggah sebuah foto. "
        "Mereka juga menulis bahwa kopi mereka tidak pernah tumpah."
    )
    entities = (mention(text, "Dinas Perindustrian", "organisation"),)
    quotes = quotes_of("id", text, *entities)
    assert [q.speaker for q in quotes] in ([], [None])


def test_quotes_mereka_after_a_counted_group_is_that_group() -> None:
    # The youths the police arrested confess, not the police.
    text = (
        "Polres Tanjung Sari menangkap tiga pemuda pada Senin malam. "
        "Mereka mengaku mencuri sepeda motor di pasar."
    )
    entities = (mention(text, "Polres Tanjung Sari", "organisation"),)
    quotes = quotes_of("id", text, *entities)
    assert "Polres Tanjung Sari" not in [q.speaker for q in quotes]
