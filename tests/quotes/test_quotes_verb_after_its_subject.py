"""A speech verb before a quotation that follows its own subject ("Mia Kurz said Paul
Brandt was “a fine mayor”") is not inverted: the name after it opens the clause said, and
the quoted words inside that clause are the subject's report. Only a verb opening its
clause takes the name after it as its subject ("Said Paul Brandt: “…”"), and only a name
set off before the quotation ("said Mia Kurz, “…”"). A "that" closing the sentence is an
object, not a complementiser. Hand-written sentences; entities as a recogniser gives them."""

from __future__ import annotations

import pytest
from quotes_records import mention, quotes_of


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("Mia Kurz said Paul Brandt was “a fine mayor” for twenty years.", "said"),
        ("Mia Kurz says they were “a fine team” for twenty years.", "says"),
        ("At the town hall on Friday, Mia Kurz said it was “a fine plan” for the river.", "said"),
    ],
)
def test_quotes_a_quotation_inside_a_reported_clause_is_the_subjects(text: str, cue: str) -> None:
    entities = [mention(text, "Mia Kurz")]
    if "Paul Brandt" in text:
        entities.append(mention(text, "Paul Brandt"))
    quotes = quotes_of("en", text, *entities)
    assert [(q.speaker, q.cue) for q in quotes if q.direct] == [("Mia Kurz", cue)]


def test_quotes_a_pronoun_subject_keeps_the_quotation_from_the_name_after_the_verb() -> None:
    text = "Mia Kurz chairs the council. She said Paul Brandt was “a fine mayor” for years."
    quotes = quotes_of("en", text, mention(text, "Mia Kurz"), mention(text, "Paul Brandt"))
    assert [q.speaker for q in quotes if q.direct] == ["Mia Kurz"]


def test_quotes_a_verb_opening_its_clause_takes_the_name_after_it() -> None:
    text = "“We are done,” Mia Kurz said. Then said Paul Brandt: “We are not.”"
    quotes = quotes_of("en", text, mention(text, "Mia Kurz"), mention(text, "Paul Brandt"))
    assert [q.speaker for q in quotes if q.direct] == ["Mia Kurz", "Paul Brandt"]


def test_quotes_a_name_that_words_go_on_from_is_no_inverted_speaker() -> None:
    # The verb follows an apposition's comma, but "Mia Kurz was" opens the clause said.
    text = "Tom Ruiz, the county's lawyer, said Mia Kurz was “a fair judge” of the case."
    quotes = quotes_of("en", text, mention(text, "Tom Ruiz"), mention(text, "Mia Kurz"))
    assert [q.speaker for q in quotes if q.direct] == ["Tom Ruiz"]


def test_quotes_an_inverted_speaker_set_off_before_the_quotation_says_it() -> None:
    text = "In the end, said Mia Kurz, “we voted against the plan.”"
    quotes = quotes_of("en", text, mention(text, "Mia Kurz"))
    assert [q.speaker for q in quotes if q.direct] == ["Mia Kurz"]


def test_quotes_a_that_closing_the_sentence_is_no_complementiser() -> None:
    text = "Officials said the new levy could change that."
    quotes = quotes_of("en", text)
    assert [(q.speaker, q.text) for q in quotes] == [
        ("Officials", "the new levy could change that")
    ]


@pytest.mark.parametrize(
    ("language", "text", "name"),
    [
        # a quotation opening after a mark starts a clause of its own: the name before the
        # mark is set off, whatever words stand between them
        ("en", "The bridge is shut, said Mia Kurz on Monday: “we will act.”", "Mia Kurz"),
        ("id", "Jembatan ditutup, ujar Budi Santoso kepada wartawan, “kami siap.”", "Budi Santoso"),
    ],
)
def test_quotes_a_speaker_set_off_by_a_mark_before_the_quotation(
    language: str, text: str, name: str
) -> None:
    quotes = quotes_of(language, text, mention(text, name))
    assert name in [q.speaker for q in quotes if q.direct]
