"""Reported speech: the content span, the speaker and the cue, per language."""

from __future__ import annotations

import pytest
from quotes_records import mention, quotes_of

from silang.model import EntityKind


@pytest.mark.parametrize(
    ("code", "text", "speaker", "content", "cue"),
    [
        (
            "id",
            "Andi Wijaya mengatakan bahwa jembatan akan dibuka Jumat.",
            "Andi Wijaya",
            "jembatan akan dibuka Jumat",
            "mengatakan",
        ),
        (
            "id",
            "Andi Wijaya mengatakan, jembatan akan dibuka Jumat.",
            "Andi Wijaya",
            "jembatan akan dibuka Jumat",
            "mengatakan",
        ),
        (
            "id",
            "Andi Wijaya menegaskan jembatan akan dibuka Jumat.",
            "Andi Wijaya",
            "jembatan akan dibuka Jumat",
            "menegaskan",
        ),
        (
            "id",
            "Andi Wijaya mengatakan kepada wartawan, jembatan akan dibuka Jumat.",
            "Andi Wijaya",
            "jembatan akan dibuka Jumat",
            "mengatakan",
        ),
        (
            "en",
            "Linda Carver said the bridge would reopen on Friday.",
            "Linda Carver",
            "the bridge would reopen on Friday",
            "said",
        ),
        (
            "en",
            "Linda Carver said on Monday that the bridge would reopen.",
            "Linda Carver",
            "the bridge would reopen",
            "said",
        ),
        (
            "en",
            "Linda Carver told the Daily Ledger that the bridge would reopen.",
            "Linda Carver",
            "the bridge would reopen",
            "told",
        ),
    ],
)
def test_quotes_reported_speech_after_subject_and_verb(
    code: str, text: str, speaker: str, content: str, cue: str
) -> None:
    (quote,) = quotes_of(code, text, mention(text, speaker))
    assert (quote.direct, quote.speaker, quote.text, quote.cue) == (False, speaker, content, cue)


@pytest.mark.parametrize(
    ("code", "text", "speaker", "kind", "content"),
    [
        (
            "id",
            "Menurut Andi Wijaya, jembatan akan dibuka Jumat.",
            "Andi Wijaya",
            "person",
            "jembatan akan dibuka Jumat",
        ),
        (
            "en",
            "According to the Coastguard, the boat sank off the cape.",
            "Coastguard",
            "organisation",
            "the boat sank off the cape",
        ),
        (
            "en",
            "The boat sank off the cape, according to the Coastguard.",
            "Coastguard",
            "organisation",
            "The boat sank off the cape",
        ),
    ],
)
def test_quotes_reported_speech_after_a_source_word(
    code: str, text: str, speaker: str, kind: EntityKind, content: str
) -> None:
    (quote,) = quotes_of(code, text, mention(text, speaker, kind))
    assert (quote.speaker, quote.text) == (speaker, content)


@pytest.mark.parametrize(
    ("code", "text", "speaker", "content"),
    [
        (
            "id",
            "Harga cabai naik dua kali lipat, kata pedagang, Wati Handayani.",
            "Wati Handayani",
            "Harga cabai naik dua kali lipat",
        ),
        (
            "id",
            "Penurunan itu, kata Amalia, didorong oleh bantuan sosial.",
            "Amalia",
            "didorong oleh bantuan sosial",
        ),
        (
            "en",
            "Three crew members were rescued, the Coastguard said.",
            "Coastguard",
            "Three crew members were rescued",
        ),
        (
            "en",
            "Three crew members were rescued, said Tom Reddick.",
            "Tom Reddick",
            "Three crew members were rescued",
        ),
        (
            # The speaker opens the clause after the last comma, not the first.
            "en",
            "Within a minute or two, the barn was in flames, Reddick said.",
            "Reddick",
            "Within a minute or two, the barn was in flames",
        ),
    ],
)
def test_quotes_reported_speech_with_the_attribution_after_a_comma(
    code: str, text: str, speaker: str, content: str
) -> None:
    (quote,) = quotes_of(code, text, mention(text, speaker))
    assert (quote.speaker, quote.text) == (speaker, content)


@pytest.mark.parametrize(
    ("code", "text"),
    [
        ("id", "Menurut data BPS, angka kemiskinan turun."),
        ("id", "Andi Wijaya meminta warga segera mengungsi."),
        ("id", "Bupati Andi Wijaya mengingatkan warga agar tidak panik."),
        ("en", "The United States sent troops to the border."),
        ("en", "Andi Wijaya asked to see the minister."),
    ],
)
def test_quotes_no_reported_speech_without_something_said(code: str, text: str) -> None:
    entities = [mention(text, "Andi Wijaya")] if "Andi" in text else []
    assert quotes_of(code, text, *entities) == ()


def test_quotes_attribution_that_does_not_close_the_sentence_is_not_taken() -> None:
    text = "Cook said Carter stopped the practice, but Cook did not say when."
    entities = [mention(text, "Cook"), mention(text, "Carter"), mention(text, "Cook", nth=1)]
    (quote,) = quotes_of("en", text, *entities)
    assert (quote.cue, quote.speaker) == ("said", "Cook")
    assert quote.text.startswith("Carter stopped the practice")


@pytest.mark.parametrize(
    ("code", "text", "speaker"),
    [
        ("id", "Menteri Ratna Kusuma tiba. Ia mengatakan stok vaksin masih cukup.", "Ratna Kusuma"),
        ("id", "Menteri Ratna Kusuma tiba. Menurutnya, stok vaksin masih cukup.", "Ratna Kusuma"),
        ("en", "Mayor Linda Carver arrived. She said the bridge would reopen.", "Linda Carver"),
    ],
)
def test_quotes_reported_speech_by_a_pronoun(code: str, text: str, speaker: str) -> None:
    (quote,) = quotes_of(code, text, mention(text, speaker))
    assert (quote.direct, quote.speaker) == (False, speaker)


@pytest.mark.parametrize(
    ("code", "text", "speaker"),
    [
        ("id", "Warga menyebut jalan itu rusak parah.", "Warga"),
        ("en", "In Nairobi, traders said prices had risen.", "traders"),
        (
            "en",
            "Teachers at Greenhill Academy say they were not consulted.",
            "Teachers at Greenhill Academy",
        ),
    ],
)
def test_quotes_reported_speech_by_a_described_speaker(code: str, text: str, speaker: str) -> None:
    entities = [mention(text, "Greenhill Academy", "organisation")] if "Green" in text else []
    (quote,) = quotes_of(code, text, *entities)
    assert quote.speaker == speaker


def test_quotes_reported_speech_with_a_participle() -> None:
    text = "Linda Carver rejected the claim, saying the funds had been released."
    (quote,) = quotes_of("en", text, mention(text, "Linda Carver"))
    assert (quote.speaker, quote.text, quote.cue) == (
        "Linda Carver",
        "the funds had been released",
        "saying",
    )


@pytest.mark.parametrize(
    ("code", "text", "channel"),
    [
        (
            "id",
            "Dalam keterangan tertulis, Andi mengatakan stok beras cukup.",
            "Dalam keterangan tertulis",
        ),
        ("id", "Mengutip Reuters, Andi mengatakan stok beras cukup.", "Mengutip Reuters"),
        ("en", "Andi said in a statement that rice stocks were sufficient.", "in a statement"),
    ],
)
def test_quotes_reported_speech_channel(code: str, text: str, channel: str) -> None:
    (quote,) = quotes_of(code, text, mention(text, "Andi"))
    assert quote.channel == channel


@pytest.mark.parametrize(
    ("code", "text", "content", "channel"),
    [
        (
            "id",
            "Jembatan itu dibuka pekan depan, ujar Andi Wijaya, seperti Warta Sari kutip dari"
            " Antara, Jumat (26/9/2014).",
            "Jembatan itu dibuka pekan depan",
            "seperti Warta Sari kutip dari Antara",
        ),
        (
            "id",
            "Harga beras turun bulan depan, kata Andi Wijaya, dilansir dari Antara, Senin.",
            "Harga beras turun bulan depan",
            "dilansir dari Antara",
        ),
        (
            "id",
            "Pasien harus segera dibawa ke rumah sakit, tutur Andi Wijaya, dari RS Sehat.",
            "Pasien harus segera dibawa ke rumah sakit",
            None,
        ),
        (
            "id",
            "Pasien harus segera dibawa ke rumah sakit, ujar Andi Wijaya, di tempat yang sama.",
            "Pasien harus segera dibawa ke rumah sakit",
            None,
        ),
        (
            "en",
            "The bridge will reopen next week, said Andi Wijaya, as reported by the Daily Ledger"
            " on Monday.",
            "The bridge will reopen next week",
            "as reported by the Daily Ledger",
        ),
        (
            "en",
            "The bridge will reopen next week, Andi Wijaya said, according to the Daily Ledger.",
            "The bridge will reopen next week",
            None,
        ),
    ],
)
def test_quotes_asides_after_a_closing_attribution_are_not_the_content(
    code: str, text: str, content: str, channel: str | None
) -> None:
    (quote,) = quotes_of(code, text, mention(text, "Andi Wijaya"))
    assert (quote.speaker, quote.text, quote.channel) == ("Andi Wijaya", content, channel)


@pytest.mark.parametrize(
    ("code", "text", "content"),
    [
        (
            "id",
            "Harga, kata Andi Wijaya, seperti dikutip dari Antara, akan naik tahun ini.",
            "akan naik tahun ini",
        ),
        (
            "id",
            "Coba pikir, kata Andi Wijaya, ketika orang memakai produk, apakah dia berubah.",
            "ketika orang memakai produk, apakah dia berubah",
        ),
        (
            "en",
            "Prices, said Andi Wijaya, as reported by the Daily Ledger, will rise this year.",
            "will rise this year",
        ),
    ],
)
def test_quotes_content_after_an_inserted_attribution_and_its_asides(
    code: str, text: str, content: str
) -> None:
    (quote,) = quotes_of(code, text, mention(text, "Andi Wijaya"))
    assert (quote.speaker, quote.text) == ("Andi Wijaya", content)


@pytest.mark.parametrize(
    ("code", "text", "content"),
    [
        (
            "id",
            "Jembatan baru itu kuat. Jembatan ini juga tahan gempa. Termasuk, dibangun dengan"
            " baja terbaik, ujar Andi Wijaya, Jumat (26/9/2014).",
            "Jembatan baru itu kuat. Jembatan ini juga tahan gempa. Termasuk, dibangun dengan"
            " baja terbaik",
        ),
        (
            "id",
            "Warga mengeluh jalan rusak. Jalan itu diperbaiki tahun ini, kata Andi Wijaya.",
            "Jalan itu diperbaiki tahun ini",
        ),
        (
            "id",
            "Jembatan baru itu kuat.\nTermasuk, dibangun dengan baja terbaik, ujar Andi Wijaya.",
            "Termasuk, dibangun dengan baja terbaik",
        ),
        (
            "en",
            "The bridge is strong. It will also survive floods, said Andi Wijaya.",
            "The bridge is strong. It will also survive floods",
        ),
    ],
)
def test_quotes_statement_closed_by_an_attribution_goes_back_over_its_continuations(
    code: str, text: str, content: str
) -> None:
    (quote,) = quotes_of(code, text, mention(text, "Andi Wijaya"))
    assert (quote.speaker, quote.text) == ("Andi Wijaya", content)


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Andi Wijaya menyatakan, jembatan akan dibuka Jumat, (Warta Sari, 23/10/2015).",
            "jembatan akan dibuka Jumat",
        ),
        (
            "Andi Wijaya mengatakan kepada sebuah stasiun televisi dan beberapa media lainnya"
            " bahwa jembatan akan dibuka Jumat.",
            "jembatan akan dibuka Jumat",
        ),
    ],
)
def test_quotes_reported_content_leaves_out_the_verb_object_and_a_cited_source(
    text: str, content: str
) -> None:
    (quote,) = quotes_of("id", text, mention(text, "Andi Wijaya"))
    assert quote.text == content


@pytest.mark.parametrize(
    "text",
    [
        "Dalam siaran pers Dinas Perhubungan, dijelaskan bahwa jembatan ditutup sejak Senin.",
        # The source named in the sentence before, pointed back to by the opening phrase.
        "Dinas Perhubungan menutup jembatan itu. Dalam keterangan lembaga tersebut, "
        "dijelaskan bahwa jembatan ditutup sejak Senin.",
    ],
)
def test_quotes_reported_speech_after_a_passive_verb_and_that(text: str) -> None:
    quotes = quotes_of("id", text, mention(text, "Dinas Perhubungan", "organisation"))
    assert [(q.direct, q.speaker, q.text, q.cue) for q in quotes] == [
        (False, "Dinas Perhubungan", "jembatan ditutup sejak Senin", "dijelaskan")
    ]


@pytest.mark.parametrize(
    "text",
    [
        # Nobody named in the opening phrase: a document's content, no one's words.
        "Dalam surat itu, dijelaskan bahwa jembatan ditutup sejak Senin.",
        # Who was told, and who relayed it, are not who said it.
        "Kepada Andi Wijaya, dijelaskan bahwa jembatan ditutup sejak Senin.",
        "Dilansir dari Harian Andi Wijaya, dijelaskan bahwa jembatan ditutup sejak Senin.",
        # No comma closes an opening phrase.
        "Dalam rapat bersama Andi Wijaya dijelaskan bahwa jembatan ditutup sejak Senin.",
    ],
)
def test_quotes_no_reported_speech_after_a_passive_verb_without_its_source(text: str) -> None:
    entities = [mention(text, "Andi Wijaya")] if "Andi" in text else []
    assert quotes_of("id", text, *entities) == ()


def test_quotes_a_short_phrase_opening_with_a_preposition_is_no_speaker() -> None:
    # A few words after a preposition are an adverbial: who speaks is not said.
    assert quotes_of("id", "Di dalam laporannya menyebutkan bahwa jembatan itu retak.") == ()
    # A longer subject holds one after its adverbial: the claim is still reported.
    text = "Di grup percakapan beredar pesan yang menyebutkan bahwa jembatan itu retak."
    (quote,) = quotes_of("id", text)
    assert (quote.text, quote.cue) == ("jembatan itu retak", "menyebutkan")


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Dijelaskan oleh Andi Wijaya bahwa jembatan akan dibuka Jumat depan.", True),
        ("Disampaikan Andi Wijaya bahwa jembatan akan dibuka Jumat depan.", True),
        ("Disampaikan kepada Andi Wijaya bahwa jembatan akan dibuka Jumat depan.", False),
        ("Dijelaskan dalam surat itu bahwa jembatan akan dibuka Jumat depan.", False),
        ("Dikatakan bahwa jembatan akan dibuka Jumat depan.", False),
    ],
)
def test_quotes_reported_speech_after_a_passive_verb_opening_the_sentence(
    text: str, found: bool
) -> None:
    entities = [mention(text, "Andi Wijaya")] if "Andi" in text else []
    quotes = quotes_of("id", text, *entities)
    expected = [("Andi Wijaya", "jembatan akan dibuka Jumat depan")] if found else []
    assert [(q.speaker, q.text) for q in quotes] == expected


def test_quotes_an_inserted_attribution_before_a_participle_closes_its_content() -> None:
    text = "The ship would be towed to port, the coastguard said, adding that the crew was safe."
    (quote,) = quotes_of("en", text)
    assert (quote.text, quote.cue) == ("The ship would be towed to port", "said")
