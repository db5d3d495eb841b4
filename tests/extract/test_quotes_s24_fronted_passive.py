"""A passive speech verb opening the sentence, its speaker and a comma, then what was said
("Dikatakan Slamet, CONTENT"), and "Menurut X CONTENT" with no comma after the speaker.
Sentences written for these tests; names and figures are made up."""

from __future__ import annotations

from quote_reads import resolved, written


def test_passive_verb_then_the_speaker_and_a_comma() -> None:
    text = "Harga gula naik lagi. Dikatakan Budi Santoso, stok gula di gudang masih cukup."
    assert written("id", text)[-1:] == [
        ("stok gula di gudang masih cukup", "Budi Santoso", "Dikatakan")
    ]


def test_the_passive_verb_is_no_part_of_the_speakers_name() -> None:
    text = (
        "Kepala Dinas Pangan Budi Santoso meninjau pasar. "
        "Dikatakan Budi, stok gula di gudang masih cukup untuk tiga bulan."
    )
    assert resolved("id", text)[-1:] == [
        ("stok gula di gudang masih cukup untuk tiga bulan", "Budi Santoso", "Dikatakan")
    ]


def test_passive_verb_with_agent_and_a_title_before_the_name() -> None:
    text = "Pasien dibawa ke klinik. Diterangkan oleh dr Rina Wulandari, kabar itu tidak benar."
    assert written("id", text)[-1:] == [("kabar itu tidak benar", "Rina Wulandari", "Diterangkan")]


def test_passive_verb_with_a_pronoun_suffix() -> None:
    text = (
        '"Kami masih mencari pelakunya," ujar Kapolres Budi Santoso. '
        "Dikatakannya, petugas sudah memeriksa tiga saksi."
    )
    assert resolved("id", text)[-1:] == [
        ("petugas sudah memeriksa tiga saksi", "Budi Santoso", "Dikatakannya")
    ]


def test_passive_verb_told_to_someone_names_no_speaker() -> None:
    text = "Harga gula naik lagi. Disampaikan kepada Budi Santoso, stok gula masih cukup."
    assert written("id", text)[1:] == []


def test_menurut_a_name_with_no_comma() -> None:
    text = "Menurut Budi Santoso jika harga gula naik pemerintah akan membuka impor."
    assert written("id", text) == [
        ("jika harga gula naik pemerintah akan membuka impor", "Budi Santoso", "Menurut")
    ]


def test_menurut_a_titled_name_with_no_comma_keeps_the_whole_statement() -> None:
    text = "Menurut dr Rina Wulandari memang tidak ada bahayanya, kecuali sedikit luka."
    assert written("id", text) == [
        ("memang tidak ada bahayanya, kecuali sedikit luka", "Rina Wulandari", "Menurut")
    ]


def test_menurut_a_name_then_a_description_is_no_content() -> None:
    text = "Menurut Budi Santoso yang juga ketua koperasi, harga gula akan turun."
    assert written("id", text) == [("harga gula akan turun", "Budi Santoso", "Menurut")]


def test_a_former_posts_place_misread_as_a_name_is_not_the_speaker() -> None:
    text = (
        "Budi Hartono menjabat Kapolsek Cilandak pada 2015. "
        '"Saya tidak tahu soal itu," kata mantan Kapolsek Cilandak itu.'
    )
    assert resolved("id", text) == [("Saya tidak tahu soal itu,", "Budi Hartono", "kata")]
