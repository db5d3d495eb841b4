"""A quotation that opens its paragraph and ends in a word, with no comma before its closing
mark ('"… di Surabaya" ujar Saiful Ikhsan.'), is attributed by a speech verb right after the
mark that names its speaker; a pronoun there ('…" katanya') or words before the verb ('"…"
for Lee, said Kunin') attribute nothing. A post written as a name before the speaker's name
("ujar Kasi Pengawasan Satpol PP, Saiful Ikhsan") is not the speaker. Sentences written for
these tests; names and figures are made up."""

from __future__ import annotations

from quote_reads import resolved


def test_a_paragraph_quotation_without_its_comma_takes_the_verb_after_it() -> None:
    text = (
        "Razia digelar di Kota Baru.\n"
        '"Hasil uji laboratorium kami untuk permen berbentuk dot itu negatif" ujar Ratna '
        "Dewi saat rapat dengan dewan, Kamis."
    )
    assert resolved("id", text)[-1] == (
        "Hasil uji laboratorium kami untuk permen berbentuk dot itu negatif",
        "Ratna Dewi",
        "ujar",
    )


def test_the_name_after_a_post_written_as_a_name_is_the_speaker() -> None:
    text = (
        "Razia digelar di Kota Baru.\n"
        '"Selama tiga hari kami menyita sekitar 900 permen di sekolah" ujar Kasi '
        "Pengawasan Satpol PP Kota Baru, Saiful Ikhsan."
    )
    assert resolved("id", text)[-1][1:] == ("Saiful Ikhsan", "ujar")
    with_comma = text.replace('sekolah" ujar', 'sekolah," ujar')
    assert resolved("id", with_comma)[-1][1:] == ("Saiful Ikhsan", "ujar")


def test_a_pronoun_after_a_quotation_without_its_comma_names_no_speaker() -> None:
    text = (
        "Rumini berjualan di depan sekolah.\n"
        '"Saya tidak menjualnya lagi sejak ada kabar soal permen itu" katanya.'
    )
    assert resolved("id", text)[-1][1:] == (None, None)


def test_words_between_the_quotation_and_the_verb_continue_the_sentence() -> None:
    text = (
        "The race went on.\n\n"
        '"This will be a hard month for the campaign" for Lee, said Ann Kunin, a former '
        "governor."
    )
    assert all(speaker != "Lee" for _, speaker, _ in resolved("en", text))
