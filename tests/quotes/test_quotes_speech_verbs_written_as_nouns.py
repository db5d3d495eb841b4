"""An English speech verb written like a plural noun ("states", "calls", "tweets",
"claims") is a verb only right after its subject's last word: a name, a pronoun, a
document noun, a title or a relative pronoun. After a determiner, a number, a possessive or
another noun it closes a noun phrase, and the sentence reports no one.
Hand-written sentences; entities as a recogniser gives them."""

from __future__ import annotations

import pytest
from quotes_records import mention, quotes_of


@pytest.mark.parametrize(
    "text",
    [
        "Turnout in several border states could decide the vote in November.",
        "Mia Kurz answered too many calls from angry voters last week.",
        "Mia Kurz deleted her early tweets about the flood after a day.",
        "Many of the Democratic claims turned out to be true after all.",
        "Twelve states are suing the agency over the new rule.",
    ],
)
def test_quotes_a_plural_noun_is_no_speech_verb(text: str) -> None:
    entities = [mention(text, "Mia Kurz")] if "Mia Kurz" in text else []
    assert quotes_of("en", text, *entities) == ()


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Mia Kurz tweets that the bridge will reopen on Friday.", "Mia Kurz"),
        ("Mia Kurz spoke on Monday. She claims the bridge will reopen on Friday.", "Mia Kurz"),
        ("The former chairman calls the plan a waste of money.", "The former chairman"),
    ],
)
def test_quotes_a_noun_form_verb_after_its_subject_reports(text: str, speaker: str) -> None:
    entities = [mention(text, "Mia Kurz")] if "Mia Kurz" in text else []
    quotes = quotes_of("en", text, *entities)
    assert [q.speaker for q in quotes] == [speaker]


def test_quotes_a_noun_form_is_passed_over_for_the_clauses_own_verb() -> None:
    text = "Though it is hard to weigh the claims, experts say the dam will hold."
    quotes = quotes_of("en", text)
    assert [(q.speaker, q.text) for q in quotes] == [("experts", "the dam will hold")]


@pytest.mark.parametrize(
    "text",
    [
        # "that" opens what is said, and an article opens the subject's clause
        "The lawsuit claims that the council broke its own rules.",
        # an adverb between the subject and its verb
        "He also claims that the council broke its own rules.",
    ],
)
def test_quotes_a_noun_form_verb_before_that_reports(text: str) -> None:
    assert len(quotes_of("en", text)) == 1


def test_quotes_a_plural_noun_before_a_relative_that_is_no_speech_verb() -> None:
    text = "Turnout fell in areas of those states that the senator won in the spring."
    assert quotes_of("en", text) == ()
