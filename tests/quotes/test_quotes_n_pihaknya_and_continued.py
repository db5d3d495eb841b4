""" "Pihaknya" ("his/her side") as a speech verb's subject stands for the last speaker; a
quotation with no verb of its own right after reported speech opened by its speaker goes on
in that speaker's words. Hand-written sentences; entities as a recogniser gives them."""

from __future__ import annotations

import pytest
from quotes_records import mention, quotes_of

from silang.model import EntityKind


def test_quotes_pihaknya_speaks_for_the_speaker_before_it() -> None:
    text = (
        "Ketua Paguyuban Tani Makmur Joko Susilo menemui Bupati Sleman pada Selasa. "
        "Menurut dia, harga pupuk di desa itu naik dua kali lipat sejak Maret. "
        "Pihaknya berpendapat, pemerintah daerah harus segera menurunkan harga pupuk tersebut. "
        '"Petani sudah tidak sanggup membeli pupuk," ungkapnya.'
    )
    entities = (
        mention(text, "Paguyuban Tani Makmur", "organisation"),
        mention(text, "Joko Susilo"),
        mention(text, "Bupati Sleman"),
    )
    quotes = quotes_of("id", text, *entities)
    # Not "Pihaknya" described as a speaker of its own, nor the one "ungkapnya" then takes.
    assert [q.speaker for q in quotes] == ["Joko Susilo"] * 3
    assert [q.cue for q in quotes] == ["Menurut", "berpendapat", "ungkapnya"]


def test_quotes_pihaknya_is_the_last_speaker_though_a_person_is_named_between() -> None:
    # The recogniser takes the capitalised "Pihaknya" for a name, and the regent named in
    # between opens his sentence; "Pihaknya", and "ungkapnya" after it, are still the
    # farmers' chairman who spoke.
    text = (
        "Ketua Paguyuban Tani Makmur Joko Susilo menemui Bupati Sleman pada Selasa. "
        "Menurut dia, harga pupuk di desa itu naik dua kali lipat sejak Maret. "
        "Keputusan Bupati Sleman sangat ditunggu para petani. "
        "Pihaknya berpendapat, pemerintah daerah harus segera menurunkan harga pupuk tersebut. "
        '"Petani sudah tidak sanggup membeli pupuk," ungkapnya.'
    )
    entities = (
        mention(text, "Joko Susilo"),
        mention(text, "Bupati Sleman"),
        mention(text, "Bupati Sleman", nth=1),
        mention(text, "Pihaknya"),
    )
    quotes = quotes_of("id", text, *entities)
    assert [q.speaker for q in quotes] == ["Joko Susilo"] * 3


@pytest.mark.parametrize(
    ("code", "text", "speaker"),
    [
        # The speaker set inside the sentence, the quotation right after it.
        (
            "id",
            "Tim sudah memeriksa gudang itu. Namun, kata Rudi Hartono, bahan berbahaya belum "
            'ditemukan di sana. "Sampai hari ini kami sudah menguji dua puluh sampel."',
            "Rudi Hartono",
        ),
        # "X mengatakan bahwa …", then a paragraph of the speaker's own words.
        (
            "id",
            "Rudi Hartono mengatakan bahwa bahan berbahaya belum ditemukan di gudang itu.\n\n"
            '"Sampai hari ini kami sudah menguji dua puluh sampel."',
            "Rudi Hartono",
        ),
        (
            "en",
            "Rudi Hartono said no dangerous substance had been found in the warehouse.\n\n"
            '"We have tested twenty samples so far."',
            "Rudi Hartono",
        ),
        # Something else told in between: the statement ended there.
        (
            "id",
            "Rudi Hartono mengatakan bahwa bahan berbahaya belum ditemukan di gudang itu. "
            "Petugas lalu menutup gudang.\n\n"
            '"Sampai hari ini kami sudah menguji dua puluh sampel."',
            None,
        ),
        # Words after the quotation: an attribution of its own, misspelt, not read.
        (
            "id",
            "Rudi Hartono mengatakan bahwa bahan berbahaya belum ditemukan di gudang itu.\n\n"
            '"Sampai hari ini kami sudah menguji dua puluh sampel," uajr petugas lain.',
            None,
        ),
    ],
)
def test_quotes_a_quotation_right_after_reported_speech_opened_by_its_speaker_goes_on(
    code: str, text: str, speaker: str | None
) -> None:
    quotes = quotes_of(code, text, mention(text, "Rudi Hartono"))
    assert [(q.direct, q.speaker) for q in quotes] == [(False, "Rudi Hartono"), (True, speaker)]


def test_quotes_a_speaker_only_described_is_not_carried_into_the_quotation_after() -> None:
    # "According to a 1997 article, Benjamin said …": the description is the source, the
    # quotation after it may be the words of the person it speaks of.
    text = (
        "According to a 1997 article in a local paper, Maya Benton said she applied to law "
        'school first.\n\n"They told me I needed my degree first."'
    )
    quotes = quotes_of("en", text, mention(text, "Maya Benton"))
    assert [(q.direct, q.speaker) for q in quotes][-1] == (True, None)


@pytest.mark.parametrize(
    ("text", "named", "side"),
    [
        # A body opens the sentence after the last speaker: "Pihaknya" is that body's side.
        (
            'Andi Wijaya mengatakan kliennya masih trauma. "Klien kami takut keluar rumah," '
            "kata Andi.\n\nSementara itu, Polres Kota Baru sudah menerima laporan tersebut. "
            "Pihaknya menyatakan akan segera memanggil terlapor pekan depan.",
            (("Andi Wijaya", "person"), ("Polres Kota Baru", "organisation")),
            "Polres Kota Baru",
        ),
        # A person with his post opens the sentence: he, not the earlier speaker.
        (
            "Kepala Dinas Kesehatan Sri Lestari mengatakan vaksin sudah tiba di gudang.\n\n"
            "Bupati Kota Baru Hartono meninjau gudang itu pada Senin. "
            "Pihaknya menyatakan distribusi dimulai pekan depan.",
            (("Sri Lestari", "person"), ("Hartono", "person")),
            "Hartono",
        ),
    ],
)
def test_quotes_pihaknya_is_the_side_that_opens_a_sentence_after_the_last_speaker(
    text: str, named: tuple[tuple[str, EntityKind], ...], side: str
) -> None:
    entities = [mention(text, name, kind) for name, kind in named]
    quotes = quotes_of("id", text, *entities)
    assert quotes[-1].cue == "menyatakan"
    assert quotes[-1].speaker == side


def test_quotes_a_quotation_whose_attribution_follows_is_not_carried() -> None:
    # "Hal itu disampaikan Menteri …" opening the next paragraph names who said it.
    text = (
        "Menurut Budi Santoso, harga beras di pasar naik sejak awal bulan. "
        '"Kami akan menurunkan harga beras pekan depan."\n\n'
        "Hal itu disampaikan Menteri Perdagangan Sutarno di Jakarta, Senin."
    )
    quotes = quotes_of("id", text, mention(text, "Budi Santoso"), mention(text, "Sutarno"))
    direct = [q for q in quotes if q.direct]
    assert len(direct) == 1
    assert direct[0].speaker != "Budi Santoso"
