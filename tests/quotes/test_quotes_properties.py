"""Invariants of quotes and entities on arbitrary text: no crash, spans inside the text,
every record's text equal to the text it spans, results in order."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from quotes_records import LEXICONS, sentences

from silang.extract.coref import resolve_names
from silang.extract.entities import RuleEntityRecognizer
from silang.extract.quotes import find_quotes

_PIECES = st.sampled_from(
    [
        "Andi Wijaya",
        " kata ",
        "katanya",
        " said ",
        "he",
        "Menteri ",
        "Presiden ",
        "Mr. ",
        "mengatakan",
        " bahwa ",
        "that ",
        "Menurut ",
        "According to ",
        ", ",
        ". ",
        "\n\n",
        '"',
        "“",
        "”",
        "'",
        "‘",
        "’",
        "«",
        "»",
        "(",
        ")",
        "BIN",
        "Badan Intelijen Negara",
        "kepada wartawan",
        "told reporters",
        "Senin",
        "Jakarta",
        "-nya",
        "’s",
        " ",
    ]
)
_TEXTS = st.one_of(
    st.lists(_PIECES, max_size=40).map("".join),
    st.text(max_size=200),
)


@settings(max_examples=150, deadline=None)
@given(text=_TEXTS, code=st.sampled_from(["id", "en"]))
def test_quotes_spans_hold_their_text_on_any_input(text: str, code: str) -> None:
    lexicon = LEXICONS[code]
    spans = sentences(text)
    entities = resolve_names(text, RuleEntityRecognizer(lexicon).recognise(text, spans), lexicon)
    for entity in entities:
        assert 0 <= entity.start < entity.end <= len(text)
        assert text[entity.start : entity.end] == entity.text
    assert [e.start for e in entities] == sorted(e.start for e in entities)
    quotes = find_quotes(text, spans, entities, lexicon)
    for quote in quotes:
        assert 0 <= quote.start < quote.end <= len(text)
        assert text[quote.start : quote.end] == quote.text
        if quote.speaker_start is not None and quote.speaker_end is not None:
            assert 0 <= quote.speaker_start <= quote.speaker_end <= len(text)
    assert [q.start for q in quotes] == sorted(q.start for q in quotes)


@settings(max_examples=60, deadline=None)
@given(text=_TEXTS, code=st.sampled_from(["id", "en"]))
def test_quotes_are_the_same_on_a_second_run(text: str, code: str) -> None:
    lexicon = LEXICONS[code]
    spans = sentences(text)
    entities = RuleEntityRecognizer(lexicon).recognise(text, spans)
    assert find_quotes(text, spans, entities, lexicon) == find_quotes(
        text, spans, entities, lexicon
    )
