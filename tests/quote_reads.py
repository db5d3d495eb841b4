"""The attributions the quote finder reads in a text, for the quote tests (the sentences are
the tests' own): each with its content, its speaker and its cue."""

from __future__ import annotations

from silang.extract.coref import resolve_names
from silang.extract.entities import RuleEntityRecognizer
from silang.extract.quotes import find_attributions
from silang.extract.sentences import split_sentences
from silang.lang import load_pack
from silang.model import Quote, Span


def _attributions(code: str, text: str) -> list[tuple[Quote, Span | None]]:
    """Each attribution of ``text`` in language ``code`` and its cue, names resolved."""
    pack = load_pack(code)
    sentences = split_sentences(text, pack)
    entities = RuleEntityRecognizer(pack.quotes).recognise(text, sentences)
    entities = resolve_names(text, entities, pack.quotes)
    return list(find_attributions(text, sentences, entities, pack.quotes))


def _cue(text: str, cue: Span | None) -> str | None:
    return text[cue.start : cue.end] if cue is not None else None


def written(code: str, text: str) -> list[tuple[str, str | None, str | None]]:
    """(content, speaker's words as the text writes them, cue) of each attribution."""
    return [
        (
            q.text,
            text[q.speaker_start : q.speaker_end] if q.speaker_start is not None else None,
            _cue(text, cue),
        )
        for q, cue in _attributions(code, text)
    ]


def resolved(code: str, text: str) -> list[tuple[str, str | None, str | None]]:
    """(content, speaker as resolved to a full name, cue) of each attribution."""
    return [(q.text, q.speaker, _cue(text, cue)) for q, cue in _attributions(code, text)]
