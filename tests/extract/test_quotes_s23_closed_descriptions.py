"""A speaker described after the speech verb by a long pointing phrase, closed by its
determiner ("kata dokter saraf dari Universitas Indonesia tersebut", "kata bapak yang sudah
20 tahun berkesenian reog itu"), is the person named before, not a body named inside the
phrase; a name written with a title's short form ("dr Andi") is the one the full title
("dokter itu") points to. Sentences written for these tests, modelled on Indonesian news
patterns; names are made up."""

from __future__ import annotations

from silang.extract.coref import resolve_names
from silang.extract.entities import RuleEntityRecognizer
from silang.extract.quotes import find_attributions
from silang.extract.sentences import split_sentences
from silang.lang import load_pack


def _said(text: str) -> list[tuple[str, str | None, str | None]]:
    """(content, resolved speaker, cue) of each attribution of an Indonesian ``text``."""
    pack = load_pack("id")
    sentences = split_sentences(text, pack)
    entities = RuleEntityRecognizer(pack.quotes).recognise(text, sentences)
    entities = resolve_names(text, entities, pack.quotes)
    return [
        (q.text, q.speaker, text[cue.start : cue.end] if cue is not None else None)
        for q, cue in find_attributions(text, sentences, entities, pack.quotes)
    ]


def test_a_long_pointing_phrase_after_the_verb_is_the_person_named_before() -> None:
    text = (
        "Dokter Andi Wijaya memeriksa pasien itu kemarin. Sejauh ini tidak ada penelitian "
        "seperti itu, kata dokter saraf dari Universitas Indonesia tersebut kepada wartawan."
    )
    assert _said(text)[-1] == (
        "Sejauh ini tidak ada penelitian seperti itu",
        "Andi Wijaya",
        "kata",
    )


def test_the_body_inside_a_pointing_phrase_is_not_the_speaker_of_a_quotation() -> None:
    text = (
        "Dokter Andi Wijaya memeriksa pasien itu kemarin. "
        '"Pasien harus segera dibawa ke rumah sakit," kata dokter saraf dari Universitas '
        "Indonesia tersebut."
    )
    assert [speaker for _, speaker, _ in _said(text)] == ["Andi Wijaya"]


def test_a_pointing_phrase_with_a_relative_clause_is_the_person_named_before() -> None:
    text = (
        "Senada disampaikan Wahyu Santoso, sesepuh grup kesenian reog di Magelang.\n\n"
        '"Kami siap menerima dan merawatnya dengan baik," kata bapak yang sudah 20 tahun '
        "berkesenian reog itu."
    )
    assert _said(text)[-1][1] == "Wahyu Santoso"


def test_a_name_written_with_dr_is_the_one_dokter_itu_points_to() -> None:
    text = (
        "Jika pasien jatuh di kamar mandi, Anda diimbau untuk tidak memindahkannya. "
        "Masih menurut pesan tersebut, jarum harus "
        "disterilkan dulu. Dikonfirmasi mengenai kabar tersebut pada Senin kemarin, dr Andi "
        "Wijaya menepis kebenarannya. Tidak ada penelitian seperti itu, kata dokter saraf "
        "dari Universitas Indonesia tersebut."
    )
    assert _said(text)[-1] == ("Tidak ada penelitian seperti itu", "Andi Wijaya", "kata")
