"""The attributions the quote finder reads in a text, for the quote tests (the sentences are
the tests' own): each with its content, its speaker and its cue."""

from __future__ import annotations

from entity_reads import attributions
from silang.model import Span


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
        for q, cue in attributions(code, text)
    ]


def resolved(code: str, text: str) -> list[tuple[str, str | None, str | None]]:
    """(content, speaker as resolved to a full name, cue) of each attribution."""
    return [(q.text, q.speaker, _cue(text, cue)) for q, cue in attributions(code, text)]
