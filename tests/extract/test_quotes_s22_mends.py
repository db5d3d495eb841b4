"""Mends to session 22's quote rules. Only a quotation with neither a speaker's phrase nor a
cue is a mention: a pronoun or a description may say a word or two ('"No," he said'). A
Title Case headline's speech verb is cut out of a name only on a headline line, and never
as the name's last word: the surname "Said" in running text is the name's own. A sentence
opening with a description ("The mayor went after Lee, calling him …") has it, not a later
name, as its subject, and a name after the subject's verb is its object ("Police arrested
Lee, saying …"), no speaker. A headline's preposition after the verb ("Warns Of Floods")
opens no statement, and whom a hearer verb told ("Tells Voters …") is no part of it. A
fronted "Kata X," whose words open with "yang" describes the noun "kata" ("word"); "Kata
dia lagi," is reported speech. Sentences written for these tests; names are made up."""

from __future__ import annotations

import pytest
from test_quotes_s21_attribution_tails import _said

from silang.extract.coref import resolve_names
from silang.extract.entities import RuleEntityRecognizer
from silang.extract.quotes import find_attributions
from silang.extract.sentences import split_sentences
from silang.lang import load_pack
from silang.lang.quotes import load_quotes_lexicon


def _resolved(text: str, lang: str = "en") -> list[tuple[str, str | None]]:
    """(content, resolved speaker) of each attribution of ``text``."""
    pack, lexicon = load_pack(lang), load_quotes_lexicon(lang)
    sentences = split_sentences(text, pack)
    entities = resolve_names(
        text, RuleEntityRecognizer(lexicon).recognise(text, sentences), lexicon
    )
    return [(q.text, q.speaker) for q, _ in find_attributions(text, sentences, entities, lexicon)]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ('"Nope," the spokesman said after the hearing.', "en", ("Nope,", "the spokesman", "said")),
        ('"Nope," he said.', "en", ("Nope,", "he", "said")),
        ('"Betul," kata dia saat dihubungi, Rabu.', "id", ("Betul,", "dia", "kata")),
        ('"Siap," ujar sang kapten usai latihan, Selasa.', "id", ("Siap,", "sang kapten", "ujar")),
    ],
)
def test_a_word_or_two_said_by_a_pronoun_or_a_description_is_a_quote(
    text: str, lang: str, expected: tuple[str, str, str]
) -> None:
    # Before: dropped as a mention, as the speaker was not resolved to a name.
    assert _said(text, lang) == [expected]


def test_a_name_going_on_in_the_words_before_keeps_their_speaker() -> None:
    # A guard: no phrase or cue of its own, but it carries the speaker of the one before.
    text = 'Senator Tom Hale called the winner "Miss Piggy" and "Miss Housekeeping" in 1996.'
    assert _resolved(text) == [("Miss Piggy", "Tom Hale"), ("Miss Housekeeping", "Tom Hale")]


def test_a_surname_said_in_running_text_stays_in_the_name() -> None:
    # Before: "Said" was cut off as a Title Case headline's verb.
    text = '"We are not done," Yusuf Said told reporters in Leeds on Friday.'
    assert _said(text) == [("We are not done,", "Yusuf Said", "told")]
    text = "Professor Nadia Says argued that the law was unfair."
    assert _said(text) == [("the law was unfair", "Nadia Says", "argued")]


def test_a_name_ending_in_said_on_a_headline_line_says_nothing() -> None:
    text = "Omar Said Wins Award For Poetry\n\nOmar Said won the prize on Monday."
    assert _said(text) == []
    # A headline's speech verb inside the name still ends the speaker's name.
    text = "Rina Lee Says Budget Will Pass\n\nRina Lee spoke on Monday."
    assert _said(text) == [("Budget Will Pass", "Rina Lee", "Says")]


def test_a_description_opening_the_sentence_is_its_subject_not_the_object() -> None:
    # Before: Rossi, whom the coach attacked, was given the coach's words.
    text = 'The coach went after Rossi, calling him "a quitter" on the radio.'
    assert _said(text) == [('him "a quitter" on the radio', "The coach", "calling")]
    assert [speaker for _, speaker in _resolved(text)] == [None]
    # A title opening the name is no description apart from it.
    text = 'In Ohio, Mayor Ann Hale went after Tom Lee, calling him "a total stiff."'
    assert _resolved(text) == [('him "a total stiff."', "Ann Hale")]


def test_a_name_after_the_subjects_verb_is_no_speaker() -> None:
    # Before: the man detained was given what the officers said of him.
    text = 'Officers detained Mark Rossi on Friday, saying he had "no excuse" for the delay.'
    assert _said(text) == [("no excuse", None, None)]


def test_an_inverted_verbs_speaker_or_a_passives_agent_stays_the_subject() -> None:
    # Guards: a verb before the name does not make it an object here.
    text = (
        "''We will not budge,'' said Ann Lee, a pollster who worked with Tom Hale for years "
        "and called him a careful strategist."
    )
    assert _resolved(text)[1] == ("him a careful strategist", "Ann Lee")
    text = "The rules were issued by Tom Hale, saying schools must close early."
    assert _resolved(text) == [("schools must close early", "Tom Hale")]


def test_a_headline_preposition_after_the_verb_opens_no_statement() -> None:
    text = "Tom Hale Warns Of Floods\n\nSenator Tom Hale spoke in Ohio on Monday."
    assert _said(text) == []


def test_whom_a_headline_told_is_no_part_of_the_statement() -> None:
    text = "Rina Lee Tells Voters She Will Run Again\n\nRina Lee spoke on Monday."
    assert _said(text) == [("She Will Run Again", "Rina Lee", "Tells")]


def test_a_fronted_kata_described_by_yang_is_the_noun_word() -> None:
    text = "Kata Gubernur, yang sering diucapkan warga, berasal dari bahasa Jawa."
    assert _said(text, "id") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Kata dia lagi, harga beras akan turun pekan depan.",
            ("harga beras akan turun pekan depan", "dia", "Kata"),
        ),
        (
            "Kata Budi pula, harga beras akan turun pekan depan.",
            ("harga beras akan turun pekan depan", "Budi", "Kata"),
        ),
    ],
)
def test_a_fronted_kata_goes_on_past_lagi(text: str, expected: tuple[str, str, str]) -> None:
    assert _said(text, "id") == [expected]
