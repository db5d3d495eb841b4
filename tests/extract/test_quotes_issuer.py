"""A document a body issues speaks for the body: "a statement from the county engineers
said" is the engineers speaking (quotes_resolve.Resolver._issuer). Sentences written for
these tests."""

from __future__ import annotations

import re

import pytest

from silang.extract.quotes import find_quotes
from silang.lang.quotes import load_quotes_lexicon
from silang.model import Entity, EntityKind, Quote, Span

EN = load_quotes_lexicon("en")
ID = load_quotes_lexicon("id")


def _quotes(text: str, lang: str, *named: tuple[str, EntityKind]) -> tuple[Quote, ...]:
    spans = tuple(Span(m.start(), m.end()) for m in re.finditer(r"[^.!?]+[.!?][\"”]?", text))
    entities = tuple(
        Entity(m.start(), m.end(), name, kind, name)
        for name, kind in named
        for m in re.finditer(re.escape(name), text)
    )
    return find_quotes(text, spans, entities, EN if lang == "en" else ID)


def test_document_from_a_body_is_the_body_speaking() -> None:
    text = (
        '"The roads are closed," a statement from the county engineers said. '
        '"We are ready," a spokesman for the harbour board said. '
        '"No one was hurt," the statement said.'
    )
    quotes = _quotes(text, "en")
    # A spokesman is a person described, and stays one.
    assert [q.speaker for q in quotes] == [
        "county engineers",
        "a spokesman for the harbour board",
        "the statement",
    ]


def test_a_possessive_document_names_no_issuer() -> None:
    text = '"We are ready," his statement from the harbour said.'
    assert [q.speaker for q in _quotes(text, "en")] == ["his statement from the harbour"]


@pytest.mark.parametrize(
    ("said_by", "speaker"),
    [
        ("a statement in Jakarta", "a statement in Jakarta"),
        ("a statement from last week", "a statement from last week"),
        ("a statement of intent", "a statement of intent"),
        ("a statement of the organisers", "organisers"),
    ],
)
def test_a_place_a_time_or_a_content_is_no_issuer(said_by: str, speaker: str) -> None:
    text = f'"We are ready," {said_by} said.'
    assert [q.speaker for q in _quotes(text, "en")] == [speaker]
