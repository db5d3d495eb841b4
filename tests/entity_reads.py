"""The rule recogniser's entities of a text and the speakers they give, for the entity tests
(the sentences are the tests' own)."""

from __future__ import annotations

from silang.extract.coref import resolve_names
from silang.extract.entities import RuleEntityRecognizer
from silang.extract.quotes import find_attributions
from silang.extract.sentences import split_sentences
from silang.lang import load_pack
from silang.lang.quotes import load_quotes_lexicon
from silang.model import Entity, Quote, Span

LEXICONS = {code: load_quotes_lexicon(code) for code in ("id", "en")}
PACKS = {code: load_pack(code) for code in ("id", "en")}


def entities(code: str, text: str) -> tuple[Entity, ...]:
    """The entities the rule recogniser of language ``code`` finds in ``text``."""
    recognizer = RuleEntityRecognizer(LEXICONS[code])
    return recognizer.recognise(text, split_sentences(text, PACKS[code]))


def found(code: str, text: str) -> list[tuple[str, str]]:
    """Each entity's text and kind, in text order."""
    return [(e.text, e.kind) for e in entities(code, text)]


def kinds(code: str, text: str) -> dict[str, str]:
    """The kind of each entity's text (the last one read where a text repeats)."""
    return dict(found(code, text))


def attributions(code: str, text: str) -> list[tuple[Quote, Span | None]]:
    """Each attribution of ``text`` in language ``code`` and its cue, names resolved."""
    lexicon, sentences = LEXICONS[code], split_sentences(text, PACKS[code])
    named = resolve_names(text, entities(code, text), lexicon)
    return list(find_attributions(text, sentences, named, lexicon))


def speakers(code: str, text: str) -> list[str]:
    """The speaker of each attribution, as written."""
    return [
        text[q.speaker_start : q.speaker_end]
        for q, _ in attributions(code, text)
        if q.speaker_start is not None and q.speaker_end is not None
    ]
