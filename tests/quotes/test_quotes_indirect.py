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
