"""Reported speech that closes with a reason clause after its speaker, and reported speech
around a few quoted words: hand-written sentences, per language."""

from __future__ import annotations

import pytest
from quotes_records import LEXICONS, mention, quotes_of, sentences

from silang.extract.quotes import reported_around
from silang.model import EntityKind


@pytest.mark.parametrize(
    ("code", "text", "speaker", "kind", "content"),
    [
        (
            "id",
            "Gedung itu dibongkar karena sudah rapuh dan dimakan rayap, tulis Dinas Pekerjaan "
            "Umum mengingat usia gedung sudah lebih dari empat puluh tahun.",
            "Dinas Pekerjaan Umum",
            "organisation",
            "Gedung itu dibongkar karena sudah rapuh dan dimakan rayap",
        ),
        (
            "id",
            "Jembatan ditutup sampai akhir bulan, kata Andi Wijaya karena kabel penahannya "
            "sudah berkarat di banyak tempat.",
            "Andi Wijaya",
            "person",
            "Jembatan ditutup sampai akhir bulan",
        ),
        (
            "en",
            "The depot will stay shut until spring, said Linda Carver as the last trucks left "
            "the yard behind her.",
            "Linda Carver",
            "person",
            "The depot will stay shut until spring",
        ),
    ],
)
def test_quotes_a_clause_after_an_inverted_attribution_is_not_its_content(
    code: str, text: str, speaker: str, kind: EntityKind, content: str
) -> None:
    (quote,) = quotes_of(code, text, mention(text, speaker, kind))
    assert (quote.direct, quote.speaker, quote.text) == (False, speaker, content)


def _around(code: str, text: str) -> list[tuple[str | None, str]]:
    """What reported_around makes of each quotation of ``text``."""
    entities = [mention(text, "Andi Wijaya")]
    quotes = quotes_of(code, text, *entities)
    found = reported_around(text, sentences(text), entities, quotes, LEXICONS[code])
    return [(q.speaker, q.text) for q in found if q is not None]


@pytest.mark.parametrize(
    ("code", "text", "content"),
    [
        (
            "id",
            'Andi Wijaya menegaskan pabrik itu menguji mesin baru selama "ribuan jam".',
            'pabrik itu menguji mesin baru selama "ribuan jam"',
        ),
        (
            "en",
            'Andi Wijaya said the old depot was "a total loss" by morning.',
            'the old depot was "a total loss" by morning',
        ),
    ],
)
def test_quotes_reported_speech_around_a_few_quoted_words(
    code: str, text: str, content: str
) -> None:
    assert _around(code, text) == [("Andi Wijaya", content)]
    # find_quotes keeps one quote per quotation: the quoted words alone.
    assert [q.direct for q in quotes_of(code, text, mention(text, "Andi Wijaya"))] == [True]


@pytest.mark.parametrize(
    "text",
    [
        'Andi Wijaya said the bridge would reopen, adding: "We are ready."',
        'Andi Wijaya said the bridge would reopen, "and we are ready".',
        '"We are ready," Andi Wijaya said of the bridge.',
    ],
)
def test_quotes_a_quotation_of_its_own_is_no_fragment(text: str) -> None:
    assert _around("en", text) == []
