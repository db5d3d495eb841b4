"""A quotation that opens its paragraph and ends in a word, with no comma before its closing
mark ('"… di Surabaya" ujar Saiful Ikhsan.'), is attributed by a speech verb right after the
mark that names its speaker; a pronoun there ('…" katanya') or words before the verb ('"…"
for Lee, said Kunin') attribute nothing. A post written as a name before the speaker's name
("ujar Kasi Pengawasan Satpol PP, Saiful Ikhsan") is not the speaker. Sentences written for
these tests; names and figures are made up."""

from __future__ import annotations

from silang.extract.coref import resolve_names
from silang.extract.entities import RuleEntityRecognizer
from silang.extract.quotes import find_attributions
from silang.extract.sentences import split_sentences
from silang.lang import load_pack


def _said(text: str, lang: str = "id") -> list[tuple[str, str | None, str | None]]:
    """(content, resolved speaker, cue) of each attribution of ``text``."""
    pack = load_pack(lang)
    sentences = split_sentences(text, pack)
    entities = RuleEntityRecognizer(pack.quotes).recognise(text, sentences)
    entities = resolve_names(text, entities, pack.quotes)
    return [
        (q.text, q.speaker, text[cue.start : cue.end] if cue is not None else None)
        for q, cue in find_attributions(text, sentences, entities, pack.quotes)
    ]


def test_a_paragraph_quotation_without_its_comma_takes_the_verb_after_it() -> None:
    text = (
        "Razia digelar di Kota Baru.\n"
        '"Hasil uji laboratorium kami untuk permen berbentuk dot itu negatif" ujar Ratna '
        "Dewi saat rapat dengan dewan, Kamis."
    )
    assert _said(text)[-1] == (
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
    assert _said(text)[-1][1:] == ("Saiful Ikhsan", "ujar")
    with_comma = text.replace('sekolah" ujar', 'sekolah," ujar')
    assert _said(with_comma)[-1][1:] == ("Saiful Ikhsan", "ujar")


def test_a_pronoun_after_a_quotation_without_its_comma_names_no_speaker() -> None:
    text = (
        "Rumini berjualan di depan sekolah.\n"
        '"Saya tidak menjualnya lagi sejak ada kabar soal permen itu" katanya.'
    )
    assert _said(text)[-1][1:] == (None, None)


def test_words_between_the_quotation_and_the_verb_continue_the_sentence() -> None:
    text = (
        "The race went on.\n\n"
        '"This will be a hard month for the campaign" for Lee, said Ann Kunin, a former '
        "governor."
    )
    assert all(speaker != "Lee" for _, speaker, _ in _said(text, "en"))
