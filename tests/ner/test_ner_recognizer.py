"""The shipped model behind the EntityRecognizer protocol, on sentences written here."""

from __future__ import annotations

import itertools
from collections.abc import Sequence

from silang.extract.entities import EntityRecognizer, RuleEntityRecognizer
from silang.lang.quotes import load_quotes_lexicon
from silang.model import Entity, Span
from silang.ner.recognizer import (
    CaseRoutedEntityRecognizer,
    CombinedEntityRecognizer,
    ModelEntityRecognizer,
    lower_cased,
)

TEXT = (
    "Menteri Kesehatan Budi Gunadi Sadikin meninjau RSUD Dr. Soetomo di Surabaya, Jawa Timur. "
    '"Stok vaksin cukup," kata Budi kepada wartawan.'
)
SENTENCES = (Span(0, 88), Span(89, len(TEXT)))


def _found(recognizer: EntityRecognizer) -> dict[str, str]:
    return {e.text: e.kind for e in recognizer.recognise(TEXT, SENTENCES)}


def test_model_finds_people_and_places_with_their_offsets() -> None:
    entities = ModelEntityRecognizer().recognise(TEXT, SENTENCES)
    assert all(TEXT[e.start : e.end] == e.text == e.name for e in entities)
    found = {e.text: e.kind for e in entities}
    assert found.get("Budi Gunadi Sadikin") == "person"
    assert found.get("Budi") == "person"
    assert found.get("Surabaya") == "place"
    assert "Menteri" not in " ".join(found)  # the title is not part of the name


def test_entities_are_in_order_without_overlaps() -> None:
    rules = RuleEntityRecognizer(load_quotes_lexicon("id"))
    entities = CombinedEntityRecognizer(ModelEntityRecognizer(), rules).recognise(TEXT, SENTENCES)
    assert all(a.end <= b.start for a, b in itertools.pairwise(entities))


def test_fallback_only_adds_what_the_model_missed() -> None:
    rules = RuleEntityRecognizer(load_quotes_lexicon("id"))
    alone = _found(ModelEntityRecognizer())
    combined = _found(CombinedEntityRecognizer(ModelEntityRecognizer(), rules))
    assert alone.items() <= combined.items()


def test_lower_cased_text_still_yields_names() -> None:
    text = "presiden joko widodo berkunjung ke bandung kemarin."
    found = {e.text: e.kind for e in ModelEntityRecognizer().recognise(text, (Span(0, len(text)),))}
    assert found.get("joko widodo") == "person"
    assert found.get("bandung") == "place"


class _Fixed:
    """A recogniser that finds one fixed mention."""

    def __init__(self, start: int, end: int) -> None:
        self.span = (start, end)

    def recognise(self, text: str, sentences: Sequence[Span]) -> tuple[Entity, ...]:
        start, end = self.span
        return (Entity(start, end, text[start:end], "person", text[start:end]),)


def test_lower_cased_text_is_told_from_cased_text() -> None:
    assert not lower_cased(TEXT, SENTENCES)
    assert lower_cased(TEXT.lower(), SENTENCES)


def test_routing_sends_lower_cased_text_to_the_uncased_recogniser() -> None:
    routed = CaseRoutedEntityRecognizer(_Fixed(0, 7), _Fixed(8, 17))
    assert routed.recognise(TEXT, SENTENCES)[0].text == "Menteri"
    assert routed.recognise(TEXT.lower(), SENTENCES)[0].text == "kesehatan"


def test_combining_keeps_the_first_recogniser_on_overlaps() -> None:
    combined = CombinedEntityRecognizer(_Fixed(8, 17), _Fixed(0, 10), _Fixed(0, 7))
    assert [e.text for e in combined.recognise(TEXT, SENTENCES)] == ["Menteri", "Kesehatan"]
