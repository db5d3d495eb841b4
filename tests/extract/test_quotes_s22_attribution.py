"""A word or two in quote marks that nobody is found to have said only mentions its words:
a name, a nickname, a title, a movement ("the "Never Trump" movement"), or a markup
attribute's value ('author="@handle"'). It is no quote. A lowercase word or phrase set in a
sentence ('is a "bully"') is someone's word and stays; so does a whole sentence in marks, a
question or a cry. A few quoted words inside a sentence's reported speech are its wording:
the statement is the reported speech, with its speaker.

A fronted "Kata X," opens reported speech when X is a person's name, a pronoun or an
office title, also a title opening the name ("Kata Kapolres Bogor AKBP Hendra,") or whom
the speaker told closing it ("Kata Hendra kepada wartawan,"); sentence-initial "Kata" is
also the noun "word", which no title follows. A Title Case headline "X Says …" is X's
statement, though the recogniser reads the whole line as one name, and a name inside a
programme's title ('on "Meet the Press"') is no speaker. Sentences written for these tests,
modelled on news patterns; names are made up."""

from __future__ import annotations

import pytest
from test_quotes_s21_attribution_tails import _said

from silang.extract.coref import resolve_names
from silang.extract.entities import RuleEntityRecognizer
from silang.extract.quotes import find_attributions
from silang.extract.sentences import split_sentences
from silang.lang import load_pack
from silang.lang.quotes import load_quotes_lexicon


def _resolved(text: str) -> list[tuple[str, str | None]]:
    """(content, resolved speaker) of each attribution of English ``text``."""
    pack, lexicon = load_pack("en"), load_quotes_lexicon("en")
    sentences = split_sentences(text, pack)
    entities = resolve_names(
        text, RuleEntityRecognizer(lexicon).recognise(text, sentences), lexicon
    )
    return [(q.text, q.speaker) for q, _ in find_attributions(text, sentences, entities, lexicon)]


def test_a_title_case_name_in_marks_is_no_quote() -> None:
    assert _said('As the "Never Trump" movement grew, the delegates met in a hotel.') == []
    assert _said('The senator, known as "Buzz" to his friends, retired in May.') == []
    assert _said('Pria yang akrab disapa "Cak Nun" itu tiba di Surabaya pada Senin.', "id") == []
    assert _said('Para pendukung "Garuda Muda" memenuhi stadion sejak siang.', "id") == []
    # A scare quote in the reporter's sentence: PolNeAR reads it as someone's word.
    assert _said('He lost his temper and was a "bully" to the staff all year.') == [
        ("bully", None, None)
    ]
    assert _said('Ia dikenal sebagai tokoh yang "keras kepala" di partainya.', "id") == [
        ("keras kepala", None, None)
    ]


def test_a_markup_attribute_value_is_no_quote() -> None:
    text = '<tweet id="7711546530" author="@jdoe_news">The vote is close.</tweet>'
    assert _said(text) == []


def test_a_whole_sentence_question_or_cry_stays() -> None:
    # Inside a longer sentence the same word is a name mentioned.
    assert _said('The "Never" campaign went quiet in the spring.') == []
    assert _said('The crowd went quiet.\n\n"Why?"\n\nNobody answered.') == [("Why?", None, None)]
    assert _said('The crowd went quiet.\n\n"Never."\n\nNobody answered.') == [
        ("Never.", None, None)
    ]
    assert _said('Warga terdiam.\n\n"Kenapa?"\n\nTidak ada yang menjawab.', "id") == [
        ("Kenapa?", None, None)
    ]


def test_a_fragment_of_reported_speech_is_that_speech() -> None:
    # Before: the quoted words alone, with no speaker.
    text = 'In Ohio, Tom Hale went after the governor, calling him "a total stiff."'
    assert _said(text) == [('him "a total stiff."', "Tom Hale", "calling")]
    # One attributed on its own tells the wording itself; the others go on in its words.
    text = 'Tom Hale has described the governor as "a cold fish" and "a bore" for years.'
    assert _said(text) == [("a cold fish", "Tom Hale", "described"), ("a bore", None, None)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kata Kapolres, korban tewas 12 orang.", ("korban tewas 12 orang", "Kapolres", "Kata")),
        (
            "Kata Kapolres Bogor AKBP Hendra, korban tewas 12 orang.",
            ("korban tewas 12 orang", "Hendra", "Kata"),
        ),
        (
            "Kata Hendra kepada wartawan, korban tewas 12 orang.",
            ("korban tewas 12 orang", "Hendra", "Kata"),
        ),
        (
            "Kata Kapolres Bogor, korban tewas 12 orang.",
            ("korban tewas 12 orang", "Kapolres", "Kata"),
        ),
    ],
)
def test_a_fronted_kata_with_a_title_or_a_tail_opens_reported_speech(
    text: str, expected: tuple[str, str, str]
) -> None:
    assert _said(text, "id") == [expected]


def test_a_fronted_kata_as_the_noun_word_stays_unread() -> None:
    assert _said("Kata sambutan di acara itu, yang dibacakan ketua, sangat panjang.", "id") == []
    assert _said("Kata Sambutan, yang dibacakan ketua panitia, sangat panjang.", "id") == []


def test_a_title_case_headline_says() -> None:
    # The body names him: a Title Case headline's words are names only where the body
    # writes them so (extract.entities_headlines).
    text = "Tom Hale Says Tax Plan Will Cut Deficit\n\nSenator Tom Hale spoke in Ohio on Monday."
    assert _said(text) == [("Tax Plan Will Cut Deficit", "Tom Hale", "Says")]
    # "States" is a speech verb's form too: in a name it is the plural noun.
    text = "United States Trade Office Opens In Jakarta\n\nThe office opened on Monday."
    assert _said(text) == []


def test_a_name_inside_a_programme_title_is_no_speaker() -> None:
    # Before: "she" stood for "Jimmy Kimmel Live", the nearest name, not for Rina Lee.
    text = (
        'Rina Lee spoke for an hour.\n\nShe appeared on "Jimmy Kimmel Live" on Monday. '
        '"We will win," she said.'
    )
    assert _resolved(text) == [("We will win,", "Rina Lee")]
    text = (
        'Senator Tom Hale spoke for an hour.\n\n"The bill will pass," he said on NBC\'s '
        '"Meet the Press." "We have the votes."'
    )
    assert _resolved(text) == [
        ("The bill will pass,", "Tom Hale"),
        ("We have the votes.", "Tom Hale"),
    ]
