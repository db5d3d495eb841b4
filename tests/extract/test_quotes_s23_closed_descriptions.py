"""A speaker described after the speech verb by a long pointing phrase, closed by its
determiner ("kata dokter saraf dari Universitas Indonesia tersebut", "kata bapak yang sudah
20 tahun berkesenian reog itu"), is the person named before, not a body named inside the
phrase; a name written with a title's short form ("dr Andi") is the one the full title
("dokter itu") points to. Sentences written for these tests, modelled on Indonesian news
patterns; names are made up."""

from __future__ import annotations

from quote_reads import resolved


def test_a_long_pointing_phrase_after_the_verb_is_the_person_named_before() -> None:
    text = (
        "Dokter Andi Wijaya memeriksa pasien itu kemarin. Sejauh ini tidak ada penelitian "
        "seperti itu, kata dokter saraf dari Universitas Indonesia tersebut kepada wartawan."
    )
    assert resolved("id", text)[-1] == (
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
    assert [speaker for _, speaker, _ in resolved("id", text)] == ["Andi Wijaya"]


def test_a_pointing_phrase_with_a_relative_clause_is_the_person_named_before() -> None:
    text = (
        "Senada disampaikan Wahyu Santoso, sesepuh grup kesenian reog di Magelang.\n\n"
        '"Kami siap menerima dan merawatnya dengan baik," kata bapak yang sudah 20 tahun '
        "berkesenian reog itu."
    )
    assert resolved("id", text)[-1][1] == "Wahyu Santoso"


def test_a_name_written_with_dr_is_the_one_dokter_itu_points_to() -> None:
    text = (
        "Jika pasien jatuh di kamar mandi, Anda diimbau untuk tidak memindahkannya. "
        "Masih menurut pesan tersebut, jarum harus "
        "disterilkan dulu. Dikonfirmasi mengenai kabar tersebut pada Senin kemarin, dr Andi "
        "Wijaya menepis kebenarannya. Tidak ada penelitian seperti itu, kata dokter saraf "
        "dari Universitas Indonesia tersebut."
    )
    assert resolved("id", text)[-1] == ("Tidak ada penelitian seperti itu", "Andi Wijaya", "kata")
