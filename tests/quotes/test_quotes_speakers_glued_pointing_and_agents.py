"""Speakers read from Indonesian press prose: a name with the next sentence's connective glued
to it, a pointing phrase whose post names a body, the agent of a passive speech verb that a
pronoun later stands for, and a pronoun's clause before a rumour's speech verb. Hand-written
sentences; entities as a recogniser gives them, mistakes included."""

from __future__ import annotations

from typing import Literal

import pytest
from quotes_records import mention, quotes_of


def test_quotes_a_connective_glued_to_a_name_is_not_the_speakers() -> None:
    # The full stop after the attribution is lost, and the recogniser reads the next
    # sentence's opening connective as the name's last word; the article names her without
    # it elsewhere ("Wulandari tiba").
    text = (
        '"Jalan itu ditutup sampai Senin," tegas Wulandari Sedangkan soal jembatan belum ada. '
        "Wulandari tiba di lokasi itu pagi tadi."
    )
    (quote,) = quotes_of("id", text, mention(text, "Wulandari Sedangkan"))
    assert quote.speaker == "Wulandari"
    assert text[quote.speaker_start or 0 : quote.speaker_end] == "Wulandari"


@pytest.mark.parametrize(
    ("lang", "text", "name", "kind"),
    [
        (
            "en",
            '"We launch in May," said astronaut Susan Still on Monday.',
            "Susan Still",
            "person",
        ),
        ("en", '"The settlements must stop," said Peace Now.', "Peace Now", "organisation"),
        (
            "id",
            '"Kami menolak rencana itu," kata Ketua Gerakan Indonesia Kini.',
            "Gerakan Indonesia Kini",
            "organisation",
        ),
    ],
)
def test_quotes_a_name_ending_in_a_connective_word_stays_whole(
    lang: str, text: str, name: str, kind: Literal["person", "organisation"]
) -> None:
    # "Still", "Now", "Kini" are connectives and names' words: with no shorter name standing
    # alone elsewhere in the article, nothing says the name ends before them.
    (quote,) = quotes_of(lang, text, mention(text, name, kind))
    assert quote.speaker == name


def test_quotes_a_closed_pointing_phrase_names_the_person_before_not_its_body() -> None:
    text = (
        "Budi Santoso datang ke gedung itu pada Senin pagi. "
        '"Kami tidak pernah membahas kenaikan tarif itu," kata mantan Direktur Bank Sentosa '
        "tersebut."
    )
    entities = (mention(text, "Budi Santoso"), mention(text, "Bank Sentosa", "organisation"))
    (quote,) = quotes_of("id", text, *entities)
    assert quote.speaker == "Budi Santoso"


def test_quotes_a_body_named_after_the_verb_without_a_pointing_word_still_speaks() -> None:
    # No determiner closes the phrase: the body is the speaker, as before.
    text = '"Kami tidak pernah membahas kenaikan tarif itu," kata juru bicara Bank Sentosa.'
    (quote,) = quotes_of("id", text, mention(text, "Bank Sentosa", "organisation"))
    assert quote.speaker == "Bank Sentosa"


@pytest.mark.parametrize(
    ("verb", "speaker"),
    [
        # Andi Wirawan gave the statement, deep in his sentence, and "Dia" is he, though
        # "Napi" (a recogniser's person) opens the first sentence.
        ("disampaikan", "Andi Wirawan"),
        # With a verb that is no speech verb he is no speaker there, and "Dia" stands for the
        # person who opens a sentence, as before.
        ("dibantah", "Napi"),
    ],
)
def test_quotes_a_pronoun_stands_for_the_agent_of_a_passive_speech_verb(
    verb: str, speaker: str
) -> None:
    text = (
        "Napi di rutan itu mengamuk pada Jumat sore. "
        f"Pernyataan tersebut {verb} Kepala Biro Penerangan Brigjen Andi Wirawan dalam "
        "keterangannya. "
        "Dia menjelaskan, petugas langsung menguasai keadaan di dalam blok."
    )
    entities = (mention(text, "Napi"), mention(text, "Andi Wirawan"))
    (quote,) = quotes_of("id", text, *entities)
    assert quote.speaker == speaker


def test_quotes_a_pronouns_clause_before_a_rumours_verb_describes_no_speaker() -> None:
    # "Dia juga membantah isu yang menyebut …": the rumour speaks, not a person described as
    # "Dia juga membantah isu yang"; the quotation after it is the spokesman's.
    text = (
        '"Keadaan di rutan sudah tenang," ujar Martin Sihombing. '
        "Dia juga membantah isu yang menyebut kerusuhan itu dipicu oleh petugas jaga. "
        '"Tidak benar ada petugas yang memicu kerusuhan itu," tuturnya.'
    )
    quotes = quotes_of("id", text, mention(text, "Martin Sihombing"))
    assert [q.speaker for q in quotes if q.direct] == ["Martin Sihombing", "Martin Sihombing"]
    assert all(q.speaker == "Martin Sihombing" for q in quotes)
