"""A Title Case headline on a line of its own reports speech with its verb ("Trump Says He
Never Pledged …"): the capitalised words before the verb are the speaker, though the
recogniser ran the name on into the verb. Elsewhere a capitalised "Said" is a surname, and a
preposition after the verb ("Warns Of Floods") or a content of two words ("Simon Says Game
Returns") says nothing. Sentences written for these tests; names are made up."""

from __future__ import annotations

from silang.extract.coref import resolve_names
from silang.extract.entities import RuleEntityRecognizer
from silang.extract.quotes import find_attributions
from silang.extract.sentences import split_sentences
from silang.lang import load_pack


def _said(text: str) -> list[tuple[str, str | None, str | None]]:
    """(content, speaker's words in the text, cue) of each attribution of an English text."""
    pack = load_pack("en")
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


def test_a_title_case_headline_says_what_follows_its_verb() -> None:
    text = "Hale Says He Will Campaign Across The State\n\nThe governor spoke on Monday."
    assert _said(text) == [("He Will Campaign Across The State", "Hale", "Says")]


def test_a_headline_speaker_that_is_no_name_is_the_words_before_the_verb() -> None:
    text = "Former Hale Pollster Says Hale Is In Trouble In Ohio\n\nThe poll came out."
    assert _said(text) == [("Hale Is In Trouble In Ohio", "Former Hale Pollster", "Says")]


def test_no_headline_speech_after_a_preposition_or_with_two_words_said() -> None:
    assert _said("Tom Hale Warns Of Floods In The Valley\n\nRain fell.") == []
    assert _said("Simon Says Game Returns\n\nChildren played.") == []


def test_a_capitalised_said_in_running_text_stays_a_surname() -> None:
    text = '"We will not stop," Ahmed Said told reporters in Cairo on Monday.'
    assert _said(text) == [("We will not stop,", "Ahmed Said", "told")]
