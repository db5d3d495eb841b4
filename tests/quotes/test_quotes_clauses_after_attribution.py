"""What follows a mid-sentence attribution, and a sentence opening with a named subject in
apposition (silang.extract.quotes_indirect._inserted), and a listed place the recogniser took
for a person (silang.extract.quotes_speaker.speaker_candidates). Sentences written for these
tests; entities as a recogniser gives them."""

from __future__ import annotations

import pytest
from quotes_records import mention, quotes_of

from silang.model import Quote


def _reported(quotes: tuple[Quote, ...]) -> list[tuple[str | None, str]]:
    return [(q.speaker, q.text) for q in quotes if not q.direct]


@pytest.mark.parametrize(
    "after",
    [
        "sekaligus menanggapi pesan berantai yang beredar di grup percakapan warga",
        "sambil menunjukkan hasil pemeriksaan yang baru keluar dari laboratorium kota",
        "seraya meminta warga tidak mudah percaya pada kabar yang belum jelas sumbernya",
    ],
)
def test_another_act_after_the_attribution_is_no_content(after: str) -> None:
    # However long the clause after "terangnya," runs, "sekaligus"/"sambil"/"seraya" open
    # another act of the speaker: what was said is the clause before.
    text = (
        "Dokter Budi Santoso meminta warga tetap tenang. Tidak benar pasien harus menunggu "
        f"sampai pagi untuk dibawa ke rumah sakit, terangnya, {after}."
    )
    quotes = quotes_of("id", text, mention(text, "Budi Santoso"))
    assert _reported(quotes) == [
        (
            "Budi Santoso",
            "Tidak benar pasien harus menunggu sampai pagi untuk dibawa ke rumah sakit",
        )
    ]


@pytest.mark.parametrize(
    ("code", "text", "name", "content"),
    [
        (
            "en",
            "The river had risen two metres by midnight, said Ann Lee, a hydrologist at the "
            "county office.",
            "Ann Lee",
            "The river had risen two metres by midnight",
        ),
        (
            "en",
            "The river had risen two metres by midnight, said Ann Lee, director of the county "
            "flood office.",
            "Ann Lee",
            "The river had risen two metres by midnight",
        ),
        (
            "id",
            "Harga cabai sudah turun sejak pekan lalu, kata Budi Santoso, seorang pedagang di "
            "pasar itu.",
            "Budi Santoso",
            "Harga cabai sudah turun sejak pekan lalu",
        ),
    ],
)
def test_a_phrase_describing_the_named_speaker_is_no_content(
    code: str, text: str, name: str, content: str
) -> None:
    quotes = quotes_of(code, text, mention(text, name))
    assert _reported(quotes) == [(name, content)]


def test_a_pronoun_speaker_lets_the_statement_go_on() -> None:
    # After "he said," the words go on with the statement: only a named speaker takes an
    # apposition.
    text = "Tom Reed left early. The water rose overnight, he said, the bridge was shut by noon."
    quotes = quotes_of("en", text, mention(text, "Tom Reed"))
    assert _reported(quotes) == [("Tom Reed", "the bridge was shut by noon")]


def test_a_named_subject_in_apposition_says_what_follows_the_verb() -> None:
    # "said" after the apposition is the subject's own verb, not an inverted "said X" whose
    # speaker would be the first name after it (the agency named in the content).
    text = (
        "Ann Lee, a professor of law at the state university, said the suing states were "
        "overstating the reach of the Environmental Agency."
    )
    quotes = quotes_of(
        "en",
        text,
        mention(text, "Ann Lee"),
        mention(text, "Environmental Agency", "organisation"),
    )
    assert _reported(quotes) == [
        ("Ann Lee", "the suing states were overstating the reach of the Environmental Agency")
    ]


def test_a_listed_place_taken_for_a_person_is_no_speaker() -> None:
    # The recogniser reads the province closing an office's name as a person; the gazetteer
    # lists it as a place, so neither the attribution nor "dia" after it is the province's.
    text = (
        '"Stok ikan di pasar masih aman," kata Kepala Dinas Perikanan Jawa Timur. '
        '"Harga tidak akan naik," ujar dia.'
    )
    quotes = quotes_of(
        "id",
        text,
        mention(text, "Dinas Perikanan", "organisation"),
        mention(text, "Jawa Timur"),
    )
    assert [q.speaker for q in quotes] == ["Dinas Perikanan", None]


def test_a_name_run_on_into_a_pronoun_is_no_one() -> None:
    # A full stop lost after the office's name: the recogniser reads "Selatan Dia" as a
    # person, who would say both quotations; the title stands for the person named before.
    text = (
        'Rudi Hartono memimpin rapat itu. "Harga beras stabil," kata Kepala Dinas Pangan Jawa '
        'Selatan Dia khawatir harga naik lagi. "Stok beras kita cukup sampai akhir tahun," '
        "ujar dia."
    )
    quotes = quotes_of("id", text, mention(text, "Rudi Hartono"), mention(text, "Selatan Dia"))
    assert [q.speaker for q in quotes] == ["Rudi Hartono", "Rudi Hartono"]


def test_a_comparison_opening_a_sentence_is_no_name() -> None:
    # "Ketimbang" (rather than) opening a sentence, capitalised, is read as a name by the
    # recogniser; the pronoun after it cannot stand for it.
    text = (
        "Ketimbang memberi obat sendiri, warga diminta segera membawa pasien ke rumah sakit. "
        "Jadi tidak ada gunanya menusuk jari pasien, tutur dia."
    )
    quotes = quotes_of("id", text, mention(text, "Ketimbang"))
    assert [q.speaker for q in quotes] == [None]


def test_a_person_in_the_possessive_is_no_speaker() -> None:
    # "Tom Reed's" determines the quoted phrase; the speaker is the subject of "says".
    text = "Ann Lee says Tom Reed\u2019s \u201clatest plan is a gift to the developers.\u201d"
    quotes = quotes_of("en", text, mention(text, "Ann Lee"), mention(text, "Tom Reed"))
    assert [(q.speaker, q.text) for q in quotes] == [
        ("Ann Lee", "latest plan is a gift to the developers.")
    ]
