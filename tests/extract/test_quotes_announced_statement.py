"""A sentence that opens with a word pointing forward ("Berikut", "Begini", "Here") and names
a statement ("penjelasannya", "klarifikasi … oleh X", "the explanation given by X")
announces the statement: the words after its colon, else the next sentence, are the
speaker's."""

from __future__ import annotations

import re
from typing import Literal

from silang.extract.quotes import find_quotes
from silang.lang.quotes import load_quotes_lexicon
from silang.model import Entity, Quote, Span

ID = load_quotes_lexicon("id")
EN = load_quotes_lexicon("en")


def _quotes(
    text: str, name: str, kind: Literal["person", "organisation"], lang: str = "id"
) -> list[Quote]:
    spans = tuple(Span(m.start(), m.end()) for m in re.finditer(r"[^.!?\n]+[.!?]", text))
    entities = (Entity(text.index(name), text.index(name) + len(name), name, kind, name),)
    return list(find_quotes(text, spans, entities, ID if lang == "id" else EN))


def test_the_words_after_the_colon_of_an_announced_explanation_are_its_owners() -> None:
    text = (
        "Andi Wijaya menggelar jumpa pers. Berikut penjelasannya: jembatan itu sejak 2019 "
        "ditutup pada malam hari."
    )
    quotes = _quotes(text, "Andi Wijaya", "person")
    assert [(q.speaker, q.text) for q in quotes] == [
        ("Andi Wijaya", "jembatan itu sejak 2019 ditutup pada malam hari")
    ]


def test_an_announcement_without_a_colon_tells_the_next_sentence() -> None:
    text = (
        "Begini klarifikasi yang disampaikan secara resmi oleh Dinas Pekerjaan Umum.\n\n"
        "Jembatan itu sejak 2019 ditutup pada malam hari. Warga bisa memakai jalan lain."
    )
    quotes = _quotes(text, "Dinas Pekerjaan Umum", "organisation")
    assert [(q.speaker, q.text) for q in quotes] == [
        ("Dinas Pekerjaan Umum", "Jembatan itu sejak 2019 ditutup pada malam hari")
    ]


def test_an_english_announcement_names_its_speaker_after_by() -> None:
    text = (
        "Here is the explanation given by the Highways Agency: the bridge has been closed "
        "at night since 2019."
    )
    quotes = _quotes(text, "Highways Agency", "organisation", "en")
    assert [(q.speaker, q.text) for q in quotes] == [
        ("Highways Agency", "the bridge has been closed at night since 2019")
    ]


def test_a_list_announced_without_a_statement_noun_is_nobodys_word() -> None:
    text = "Berikut daftar jembatan yang ditutup oleh Dinas Pekerjaan Umum: Jembatan Merah."
    assert _quotes(text, "Dinas Pekerjaan Umum", "organisation") == []


def test_a_clock_time_s_colon_is_no_announcing_colon() -> None:
    text = (
        "Berikut penjelasan yang disampaikan oleh Dinas Pekerjaan Umum pada pukul 10:30 WIB. "
        "Jembatan itu ditutup sampai akhir bulan."
    )
    quotes = _quotes(text, "Dinas Pekerjaan Umum", "organisation")
    assert all(q.text != "30 WIB" for q in quotes)
