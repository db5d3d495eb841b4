"""A clause joined by a bare comma to "X juga menambahkan bahwa …" / "X also said that …" is
not taken for a statement of X's: it may be X's earlier words ("Retakan itu sangat jarang
terjadi, Dinas juga menambahkan bahwa …"), but as often it places or times the attribution
("Kemarin sore di Jakarta, Pertamina juga menyatakan …"), and no rule here tells the two
apart. The name of an organisation stays the speaker with the additive word between it and
the verb."""

from __future__ import annotations

import re
from typing import Literal

from silang.extract.quotes import find_quotes
from silang.lang.quotes import load_quotes_lexicon
from silang.model import Entity, Quote, Span

ID = load_quotes_lexicon("id")
EN = load_quotes_lexicon("en")


def _quotes(
    text: str, body: str, lang: str = "id", kind: Literal["person", "organisation"] = "organisation"
) -> list[Quote]:
    spans = tuple(Span(m.start(), m.end()) for m in re.finditer(r"[^.!?]+[.!?]", text))
    entities = (Entity(text.index(body), text.index(body) + len(body), body, kind, body),)
    return list(find_quotes(text, spans, entities, ID if lang == "id" else EN))


def test_without_an_additive_word_the_clause_before_is_not_said() -> None:
    text = (
        "Retakan pada jembatan itu jarang terjadi, Andi Wijaya menambahkan bahwa tiang "
        "jembatan memakai baja tahan karat."
    )
    quotes = _quotes(text, "Andi Wijaya", kind="person")
    assert [q.text for q in quotes] == ["tiang jembatan memakai baja tahan karat"]


def test_a_framing_phrase_before_the_added_statement_is_not_said() -> None:
    for opening in ("Selain memeriksa tiang jembatan", "Setelah memeriksa tiang jembatan"):
        text = f"{opening}, Andi Wijaya juga menambahkan bahwa tiang itu memakai baja."
        quotes = _quotes(text, "Andi Wijaya", kind="person")
        assert [q.text for q in quotes] == ["tiang itu memakai baja"]


def test_an_organisation_before_an_additive_word_is_the_speaker_not_a_description() -> None:
    text = "Setelah rapat, Pertamina juga menyatakan bahwa harga solar tidak naik."
    quotes = _quotes(text, "Pertamina")
    assert [(q.speaker, q.text) for q in quotes] == [("Pertamina", "harga solar tidak naik")]


def test_a_time_and_place_before_an_added_statement_are_not_said() -> None:
    text = "Kemarin sore di Jakarta, Pertamina juga menyatakan bahwa stok solar aman."
    quotes = _quotes(text, "Pertamina")
    assert [(q.speaker, q.text) for q in quotes] == [("Pertamina", "stok solar aman")]
