"""Pages pasted from the web put two spaces after a comma ("tidak benar,  ujar X"); the
attribution after it still closes the statement before it. Sentences written for these
tests; names and figures are made up."""

from __future__ import annotations

from silang.extract.coref import resolve_names
from silang.extract.entities import RuleEntityRecognizer
from silang.extract.quotes import find_attributions
from silang.extract.sentences import split_sentences
from silang.lang import load_pack


def _said(text: str, lang: str) -> list[tuple[str, str | None, str | None]]:
    """(content, speaker's words in the text, cue) of each attribution of ``text``."""
    pack = load_pack(lang)
    sentences = split_sentences(text, pack)
    entities = RuleEntityRecognizer(pack.quotes).recognise(text, sentences)
    entities = resolve_names(text, entities, pack.quotes)
    return [
        (
            q.text,
            text[q.speaker_start : q.speaker_end] if q.speaker_start is not None else None,
            text[cue.start : cue.end] if cue is not None else None,
        )
        for q, cue in find_attributions(text, sentences, entities, pack.quotes)
    ]


def test_two_spaces_after_the_comma_before_an_indonesian_attribution() -> None:
    assert _said("Kabar soal banjir itu tidak benar,  ujar Budi Santoso.", "id") == [
        ("Kabar soal banjir itu tidak benar", "Budi Santoso", "ujar")
    ]


def test_two_spaces_after_the_comma_before_according_to() -> None:
    text = "The group has spent about $9 million in the state,  according to media trackers."
    assert _said(text, "en") == [
        ("The group has spent about $9 million in the state", "media trackers", "according to")
    ]
