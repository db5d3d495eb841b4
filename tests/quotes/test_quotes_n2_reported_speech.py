"""Reported speech without quote marks: a "dari" phrase after the speech verb is said; a
fronted verb after a connective and its comma, with a pointing phrase for its speaker; a
source's phrase that ends at its comma; and a statement closed by "…, tuturnya." that runs
back to the same speaker's opening attribution. Hand-written sentences; entities as a
recogniser gives them."""

from __future__ import annotations

import pytest
from quotes_records import mention, quotes_of

from silang.model import Quote


def _reported(quotes: tuple[Quote, ...]) -> list[tuple[str | None, str]]:
    return [(q.speaker, q.text) for q in quotes if not q.direct]


@pytest.mark.parametrize(
    ("sentence", "content"),
    [
        # What the statement is drawn from is said too.
        (
            "Budi Santoso mengatakan dari 20 sampel yang diperiksa, semuanya bebas pengawet.",
            "dari 20 sampel yang diperiksa, semuanya bebas pengawet",
        ),
        (
            "Budi Santoso menerangkan, dari hasil pemeriksaan laboratorium, beras itu aman.",
            "dari hasil pemeriksaan laboratorium, beras itu aman",
        ),
        # Where and when it was said, and the outlet it went to, frame the saying.
        (
            "Budi Santoso mengatakan di Bandung, Senin (4/3/2024), harga beras akan turun.",
            "harga beras akan turun",
        ),
        # "dari" before a place it was said from, not a record or a count, frames it too.
        (
            "Budi Santoso mengatakan dari rumah sakit, kondisi korban terus membaik.",
            "kondisi korban terus membaik",
        ),
        (
            "Budi Santoso menjawab ke Kompas, bahwa harga beras akan turun pekan depan.",
            "harga beras akan turun pekan depan",
        ),
    ],
)
def test_quotes_a_dari_phrase_after_the_verb_is_said(sentence: str, content: str) -> None:
    quotes = quotes_of("id", sentence, mention(sentence, "Budi Santoso"))
    assert _reported(quotes) == [("Budi Santoso", content)]


def test_quotes_a_fronted_verb_after_a_connective_and_comma_with_a_pointing_speaker() -> None:
    # The recogniser took the company for a person and missed its lower-case repetition; the
    # pointing phrase names it again, and the name in the content is not the speaker.
    text = (
        "Sinar Jaya menarik biskuit itu dari pasar pekan lalu. "
        "Namun, ujar pihak sinar jaya tersebut, kemasan baru buatan Maju Makmur sudah disiapkan."
    )
    entities = (
        mention(text, "Sinar Jaya"),
        mention(text, "Maju Makmur", "organisation"),
    )
    quotes = quotes_of("id", text, *entities)
    assert _reported(quotes) == [("Sinar Jaya", "kemasan baru buatan Maju Makmur sudah disiapkan")]


def test_quotes_a_source_word_after_a_connective_and_comma() -> None:
    text = "Namun, menurut Budi Santoso, harga beras akan turun pekan depan."
    quotes = quotes_of("id", text, mention(text, "Budi Santoso"))
    assert _reported(quotes) == [("Budi Santoso", "harga beras akan turun pekan depan")]


def test_quotes_a_source_phrase_ends_at_its_comma() -> None:
    # The person after the comma is the content's subject, not the source.
    text = (
        "Meanwhile, according to the Daily Ledger, Tom Harris still has an offer on the "
        "table from the Hawks."
    )
    entities = (mention(text, "Daily Ledger", "organisation"), mention(text, "Tom Harris"))
    quotes = quotes_of("en", text, *entities)
    assert _reported(quotes) == [
        ("Daily Ledger", "Tom Harris still has an offer on the table from the Hawks")
    ]
    assert quotes[0].cue == "according to"  # the whole source phrase


def test_quotes_a_name_set_off_after_the_source_phrase_is_the_source() -> None:
    text = "Menurut juru bicara kepolisian, Kombes Andi Wijaya, pelaku sudah ditangkap kemarin."
    quotes = quotes_of("id", text, mention(text, "Andi Wijaya"))
    assert _reported(quotes) == [("Andi Wijaya", "pelaku sudah ditangkap kemarin")]


_OPENED = "Kata Rudi Hartono, harga cabai di pasar induk naik tajam pekan ini. "
_CLOSED = "Kalau cuaca membaik, harga cabai akan turun lagi, tuturnya."


@pytest.mark.parametrize(
    ("between", "runs_on"),
    [
        # Verbless and broken sentences between the speaker's opening and closing attribution.
        ("Berbeda dengan harga bawang. pasokan bawang dari Brebes masih lancar. ", True),
        # The reporter telling of the speaker: the statement starts at its own sentence.
        ("Ia lalu meninjau gudang beras di Brebes. ", False),
        # Another person named between: "tuturnya" is theirs.
        ("Pedagang Siti Aminah menjual cabai di los timur. ", False),
        # A body named between: the reporter telling of what it did.
        ("Bulog kemudian menambah stok beras di pasar. ", False),
        # More sentences between than a running statement holds.
        ("Pasokan bawang lancar. Harga gula stabil. Harga telur naik. Harga minyak turun. ", False),
    ],
)
def test_quotes_a_closing_attribution_runs_back_to_the_same_speakers_opening(
    between: str, runs_on: bool
) -> None:
    text = _OPENED + between + _CLOSED
    entities = [mention(text, "Rudi Hartono")]
    if "Siti Aminah" in text:
        entities.append(mention(text, "Siti Aminah"))
    if "Bulog" in text:
        entities.append(mention(text, "Bulog", "organisation"))
    quotes = quotes_of("id", text, *entities)
    last = quotes[-1]
    assert last.cue == "tuturnya"
    assert last.speaker == ("Siti Aminah" if "Siti Aminah" in text else "Rudi Hartono")
    expected = between + _CLOSED if runs_on else _CLOSED
    assert last.text == expected.removesuffix(", tuturnya.")


def test_quotes_a_sentence_adverb_between_a_body_and_its_verb() -> None:
    # "kemudian" ("then") belongs to the predicate: the body is the subject, not "Apple
    # kemudian" described.
    text = "Untuk meredam isu itu, Apple kemudian mengatakan bahwa layar ponsel itu sangat kuat."
    quotes = quotes_of("id", text, mention(text, "Apple", "organisation"))
    assert _reported(quotes) == [("Apple", "layar ponsel itu sangat kuat")]


@pytest.mark.parametrize(
    ("code", "sentence", "said"),
    [
        # A negation or a refusal right before the speech verb: nothing was said.
        ("id", "Budi Santoso tidak pernah mengatakan bahwa beras impor itu aman.", False),
        ("id", "Budi Santoso menolak memberikan keterangan bahwa beras impor itu aman.", False),
        ("en", "Budi Santoso never said that the imported rice was safe.", False),
        ("en", "Budi Santoso declined to say whether the imported rice was safe.", False),
        # A negation elsewhere in the subject's phrase denies something else.
        ("id", "Budi Santoso yang tidak hadir mengatakan bahwa beras impor itu aman.", True),
    ],
)
def test_quotes_a_statement_denied_or_refused_is_not_made(
    code: str, sentence: str, said: bool
) -> None:
    quotes = quotes_of(code, sentence, mention(sentence, "Budi Santoso"))
    assert bool(_reported(quotes)) is said
