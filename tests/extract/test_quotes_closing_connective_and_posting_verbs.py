"""Indonesian attributions in three shapes: a connective before a speech verb after the
quotation ("…," demikian kata Andi), a noun of a statement with no verb ("…," demikian
keterangan Dinas X) and a verb of posting on a social network ("Akun itu berkicau, "…"")."""

from __future__ import annotations

import re

from silang.extract.quotes import find_quotes
from silang.lang.quotes import load_quotes_lexicon
from silang.model import Entity, Quote, Span

ID = load_quotes_lexicon("id")


def _quotes(text: str, *names: str) -> tuple[Quote, ...]:
    spans = tuple(Span(m.start(), m.end()) for m in re.finditer(r"[^.!?]+[.!?][\"”]?", text))
    entities = tuple(Entity(text.index(n), text.index(n) + len(n), n, "person", n) for n in names)
    return find_quotes(text, spans, entities, ID)


def test_a_connective_before_the_verb_after_a_quotation_is_not_its_speaker() -> None:
    quotes = _quotes(
        '"Jembatan itu dibuka kembali bulan depan," demikian kata Andi Wijaya.', "Andi Wijaya"
    )
    assert [(q.speaker, q.cue) for q in quotes] == [("Andi Wijaya", "kata")]


def test_a_verb_of_posting_attributes_the_post_to_its_subject() -> None:
    quotes = _quotes('Rina Sari juga berkicau, "Kami tidak bengkok, kami patah."', "Rina Sari")
    assert [(q.speaker, q.cue) for q in quotes] == [("Rina Sari", "berkicau")]


def test_a_noun_of_a_statement_with_no_verb_names_the_source() -> None:
    text = '"Jembatan itu dibuka kembali bulan depan," demikian keterangan Dinas Pekerjaan Umum.'
    body = "Dinas Pekerjaan Umum"
    entities = (Entity(text.index(body), text.index(body) + len(body), body, "organisation", body),)
    spans = (Span(0, len(text)),)
    quotes = find_quotes(text, spans, entities, ID)
    assert [(q.speaker, q.cue) for q in quotes] == [(body, "keterangan")]
