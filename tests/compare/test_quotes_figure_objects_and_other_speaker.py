"""A speech verb that takes a figure as its object ("added 87 yards on the ground") says no
words, and the other-speaker flag is an accusation only between two quotations in quote
marks. Sentences written for these tests."""

from __future__ import annotations

import re

import pytest

from silang.compare.quotes import quote_groups
from silang.extract.quotes import find_quotes
from silang.lang.quotes import QuotesLexicon, load_quotes_lexicon
from silang.model import Annotated, Entity, Quote, Span

from records import make_article

EN = load_quotes_lexicon("en")
ID = load_quotes_lexicon("id")
_SENTENCE = re.compile(r"[^\s].*?(?:[.!?][\"”’]?(?=\s|$)|$)")


def _quotes(text: str, *names: str, lexicon: QuotesLexicon = EN) -> tuple[Quote, ...]:
    spans = tuple(Span(m.start(), m.end()) for m in _SENTENCE.finditer(text))
    entities = [Entity(text.index(n), text.index(n) + len(n), n, "person", n) for n in names]
    return find_quotes(text, spans, entities, lexicon)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Marcus Bell added 87 yards on the ground for the Hawks.", "Marcus Bell"),
        ("Coach Dana Reyes added 10 years to her career in Leeds.", "Dana Reyes"),
        ("Ortega reported $40 million in 1998 from the sale.", "Ortega"),
        ("The judge sentenced Tom Hale, adding 5 years to his term.", "Tom Hale"),
    ],
)
def test_quotes_a_figure_object_of_a_speech_verb_is_no_reported_speech(
    text: str, name: str
) -> None:
    assert not [q for q in _quotes(text, name) if not q.direct and q.text[0].isdigit()]


@pytest.mark.parametrize(
    ("text", "name", "content"),
    [
        ("Dana Reyes said 40 were injured in the crash.", "Dana Reyes", "40 were injured"),
        (
            "Dana Reyes said 30 of the 80 passengers stayed in hospital.",
            "Dana Reyes",
            "30 of the 80 passengers",
        ),
        (
            "Dana Reyes said on Monday she would hire 2,400 workers at the site.",
            "Dana Reyes",
            "she would hire 2,400 workers at the site",
        ),
        (
            "Marcus Bell added that 12 yards on the ground is not enough.",
            "Marcus Bell",
            "12 yards on the ground",
        ),
        # "said" takes no figure as its object: a figure, a noun and a preposition after it
        # open the clause said
        (
            "Dana Reyes said 40 people in the building were evacuated.",
            "Dana Reyes",
            "40 people in the building were evacuated",
        ),
        (
            "Dana Reyes said three officers at the scene were hurt.",
            "Dana Reyes",
            "three officers at the scene were hurt",
        ),
    ],
)
def test_quotes_a_clause_opening_with_a_figure_is_still_reported_speech(
    text: str, name: str, content: str
) -> None:
    (quote,) = _quotes(text, name)
    assert (quote.speaker, quote.direct) == (name, False)
    assert content in quote.text


@pytest.mark.parametrize(
    ("text", "name", "lexicon"),
    [
        # a spelled figure is a figure ("three", "dua" from the figures pack)
        ("The judge sentenced Tom Hale, adding three years to his term.", "Tom Hale", EN),
        ("Kompol Rina Sari menambahkan dua tersangka ke daftar buronan.", "Rina Sari", ID),
        ("Kompol Rina Sari menambahkan dua puluh nama ke daftar buronan.", "Rina Sari", ID),
        # after a figure and its counted noun "for" ends the object
        ("Marcus Bell added 16 points for the Hawks in the first half.", "Marcus Bell", EN),
        ("Marcus Bell added nine rebounds for the Hawks.", "Marcus Bell", EN),
    ],
)
def test_quotes_a_spelled_figure_or_one_before_for_is_a_speech_verbs_object(
    text: str, name: str, lexicon: QuotesLexicon
) -> None:
    assert _quotes(text, name, lexicon=lexicon) == ()


@pytest.mark.parametrize(
    ("text", "name", "lexicon", "content"),
    [
        # a length of time dated from an event opens a time phrase, not an object
        (
            "Dr Sari Dewi menegaskan empat jam setelah serangan terjadi adalah waktu terpenting.",
            "Sari Dewi",
            ID,
            "empat jam setelah serangan",
        ),
        (
            "Dr Lee Park said two hours after the blast was the crucial window.",
            "Lee Park",
            EN,
            "two hours after the blast",
        ),
        ("Dana Reyes said three men were hurt in the crash.", "Dana Reyes", EN, "three men"),
    ],
)
def test_quotes_a_time_phrase_or_spelled_subject_after_a_speech_verb_is_reported(
    text: str, name: str, lexicon: QuotesLexicon, content: str
) -> None:
    (quote,) = _quotes(text, name, lexicon=lexicon)
    assert (quote.speaker, quote.direct) == (name, False)
    assert content in quote.text


def test_quotes_for_still_belongs_to_a_speaker_phrase() -> None:
    # "for" ends a figure object only: after a speaker it names whom the speaker speaks for.
    text = '"The road is closed," said a spokesman for the harbour board on Monday.'
    (quote,) = _quotes(text)
    assert quote.direct
    assert quote.speaker is not None and "harbour board" in quote.speaker


def _item(aid: str, said: str, speaker: str, direct: bool) -> Annotated:
    text = f'"{said}," kata {speaker}.' if direct else f"{speaker} mengatakan {said}."
    start = 1 if direct else len(speaker) + len(" mengatakan ")
    article = make_article(text, article_id=aid)
    quote = Quote(start, start + len(said), said, direct, speaker=speaker)
    return Annotated(article=article, sentences=(Span(0, len(text)),), quotes=(quote,))


SAID = "Jembatan Kali Ranu akan dibuka kembali untuk kendaraan roda empat pekan depan"


def _flags(andi: str, budi: str, budi_direct: bool) -> list[bool]:
    """The other-speaker flags of a group in which two outlets quote ``andi`` as Andi
    Wijaya's and a third gives ``budi`` to Budi Santoso."""
    items = [
        _item("a1", andi, "Andi Wijaya", direct=True),
        _item("a2", andi, "Andi Wijaya", direct=True),
        _item("a3", budi, "Budi Santoso", direct=budi_direct),
    ]
    (group,) = quote_groups(items)
    assert group.speaker == "Andi Wijaya"
    return [v.other_speaker for v in group.versions]


def test_quotes_reported_speech_given_to_another_person_is_not_flagged() -> None:
    # The reporter retells the words as Budi's account; only a quotation of them would be
    # an outlet giving Andi's words to Budi.
    assert not any(_flags(SAID, SAID, budi_direct=False))
    assert _flags(SAID, SAID, budi_direct=True) == [False, False, True]


def test_quotes_a_quotation_that_names_the_other_speaker_is_not_flagged() -> None:
    # Budi tells what Andi decided: the words are Budi's telling, not Andi's words misgiven.
    decided = "sudah memutuskan " + SAID[0].lower() + SAID[1:]
    assert not any(_flags("Kami " + decided, "Pak Andi " + decided, budi_direct=True))


def test_quotes_mengatakan_takes_no_figure_as_its_object() -> None:
    text = "Budi Santoso mengatakan 40 orang di lokasi itu terluka."
    (quote,) = _quotes(text, "Budi Santoso", lexicon=ID)
    assert (quote.speaker, quote.direct) == ("Budi Santoso", False)
    assert "40 orang di lokasi itu terluka" in quote.text
