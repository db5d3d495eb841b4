"""Speakers of direct quotations named by a description after the quotation: the shape of ECB+
dev topic 19, where a barber's words follow a lawyer's and the attribution stands between
them ("…," a local barber told The Times. "…")."""

from __future__ import annotations

import re

from silang.extract.quotes import find_quotes
from silang.lang.quotes import load_quotes_lexicon
from silang.model import Entity, Quote, Span

EN = load_quotes_lexicon("en")


def _quotes(text: str, *names: str) -> tuple[Quote, ...]:
    """The quotes of ``text``, one paragraph of sentences, with ``names`` as person entities."""
    spans = tuple(Span(m.start(), m.end()) for m in re.finditer(r"[^.!?]+[.!?][\"”]?", text))
    entities = tuple(Entity(text.index(n), text.index(n) + len(n), n, "person", n) for n in names)
    return find_quotes(text, spans, entities, EN)


def _speaker_of(quotes: tuple[Quote, ...], opening: str) -> str | None:
    return next(q.speaker for q in quotes if q.text.startswith(opening))


LAWYER_THEN_BARBER = (
    'Kenneth Moore, a lawyer for the family, told reporters that the officers "patrol the '
    'streets like an army." "The police have a hard time because there is a lot of crime '
    'here," a local barber told The Times. "But when they play hardball, they go after '
    'innocent people too."'
)


def test_extract_quotes_a_described_speaker_after_a_quote_is_its_speaker() -> None:
    quotes = _quotes(LAWYER_THEN_BARBER, "Kenneth Moore")
    assert _speaker_of(quotes, "patrol") == "Kenneth Moore"
    assert _speaker_of(quotes, "The police have") == "a local barber"
    assert _speaker_of(quotes, "But when") == "a local barber"


def test_extract_quotes_a_named_speaker_before_a_quote_wins_over_a_description_after() -> None:
    text = (
        'Mayor Ellen Park said: "We will rebuild the bridge by spring," officials in the '
        "city hall said later."
    )
    quotes = _quotes(text, "Ellen Park")
    assert _speaker_of(quotes, "We will") == "Ellen Park"
