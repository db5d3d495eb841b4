"""Speakers misread on articles nobody had tuned on (ECB+ subtopics and Pratiwi articles with no
gold brief): an adverbial phrase or clause before the verb taken for its subject, an adverb
or a preposition kept in a described speaker, a name ending in a word that is also a pronoun,
a role after "selaku" read as the speaker, a common word closing a "name", and a noun-form
speech verb whose "that" is left out."""

from __future__ import annotations

import re

import pytest

from silang.extract.entities import RuleEntityRecognizer
from silang.extract.quotes import find_quotes
from silang.lang.quotes import QuotesLexicon, load_quotes_lexicon
from silang.model import Entity, EntityKind, Quote, Span

EN = load_quotes_lexicon("en")
ID = load_quotes_lexicon("id")


def _quotes(text: str, lang: str, *named: tuple[str, EntityKind]) -> tuple[Quote, ...]:
    """The quotes of ``text`` with each (name, kind) of ``named`` as an entity at every place
    the name stands."""
    spans = tuple(Span(m.start(), m.end()) for m in re.finditer(r"[^.!?]+[.!?][\"”]?", text))
    entities = sorted(
        (
            Entity(m.start(), m.end(), name, kind, name)
            for name, kind in named
            for m in re.finditer(re.escape(name), text)
        ),
        key=lambda e: e.start,
    )
    return find_quotes(text, spans, tuple(entities), EN if lang == "en" else ID)


def _speakers(quotes: tuple[Quote, ...]) -> list[str | None]:
    return [q.speaker for q in quotes]


@pytest.mark.parametrize(
    ("text", "lang", "wrong"),
    [
        # a negated passive: the figures are not confirmed by anyone, nor do they say anything
        (
            "While the figures aren't confirmed, the deal is believed to be worth ten million "
            "dollars over four years.",
            "en",
            "the figures aren't",
        ),
        # a subordinator right before the verb: "asked" has no subject of its own
        (
            "When asked about the fire, the tenant said nothing more to the officers.",
            "en",
            "When",
        ),
        # a purpose clause: "memastikan" ("to make sure") has no subject of its own
        (
            "Untuk memastikan apakah bulu itu dari hewan, warga dapat membakar sedikit bulunya.",
            "id",
            "Untuk",
        ),
        # a place right after the inverted verb: the outlet dropped the name, no one is named
        (
            'Dinas akan memeriksa produk itu. "Kami akan memeriksa produk itu lebih dulu," '
            "kata di Jalan Merdeka, Selasa.",
            "id",
            "di Jalan Merdeka",
        ),
    ],
)
def test_an_adverbial_before_or_after_the_verb_is_no_speaker(
    text: str, lang: str, wrong: str
) -> None:
    assert wrong not in _speakers(_quotes(text, lang))


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # an additive adverb between the subject and its verb belongs to the predicate
        (
            "Badan pengawas pangan juga menyatakan ikan itu aman untuk dimakan.",
            "Badan pengawas pangan",
        ),
        # a fronted adverbial with no comma: the preposition and its adverb go together
        ("Untuk sementara kementerian menyatakan rencana itu tetap berlaku.", "kementerian"),
    ],
)
def test_a_described_speaker_without_the_adverbs_around_it(text: str, speaker: str) -> None:
    assert _speakers(_quotes(text, "id")) == [speaker]


@pytest.mark.parametrize(
    "text",
    [
        "The talks ended on Friday. Vice Premier Liu He said the talks had gone well.",
        'The talks ended on Friday. "We have made progress," said Vice Premier Liu He.',
    ],
)
def test_a_name_ending_in_a_word_that_is_a_pronoun(text: str) -> None:
    assert _speakers(_quotes(text, "en", ("Liu He", "person"))) == ["Liu He"]


def test_a_title_of_two_words_before_a_two_part_name() -> None:
    text = 'The talks ended on Friday. "We have made progress," said Vice Premier Liu He.'
    found = RuleEntityRecognizer(EN).recognise(text, (Span(0, 26), Span(27, len(text))))
    assert [(e.text, e.kind) for e in found] == [("Liu He", "person")]


def test_the_person_before_selaku_speaks_not_a_name_in_the_role() -> None:
    # the recogniser reads the role's capitalised tail ("Informasi Arab") as a person
    text = (
        "Abdul Rahman selaku perwakilan dari Kementerian Budaya dan Informasi Arab memastikan "
        "bahwa tidak ada fatwa itu."
    )
    quotes = _quotes(text, "id", ("Abdul Rahman", "person"), ("Informasi Arab", "person"))
    assert _speakers(quotes) == ["Abdul Rahman"]


def test_a_common_word_closes_no_person_name() -> None:
    text = "Lele Tahun lalu dijual murah di pasar, kata Budi Santoso kepada wartawan."
    found = RuleEntityRecognizer(ID).recognise(text, (Span(0, len(text)),))
    assert "Lele Tahun" not in [e.text for e in found]
    assert ("Budi Santoso", "person") in [(e.text, e.kind) for e in found]


def test_a_noun_form_verb_with_that_left_out() -> None:
    text = (
        "One witness said the car was red. Another witness claims the car drove off towards "
        "the bridge."
    )
    assert _speakers(_quotes(text, "en")) == ["One witness", "Another witness"]


def test_a_noun_form_before_a_colon_heads_a_list() -> None:
    text = "A couple of notes: The patch only works on older versions of the browser."
    assert _quotes(text, "en") == ()


def test_it_points_to_a_body_not_to_a_name_holding_it() -> None:
    text = (
        "Harbour Soft released a patch on Tuesday. Attacks had already been reported, it said. "
        "Users can run the Fix It tool first. The Fix It tool is free."
    )
    quotes = _quotes(text, "en", ("Harbour Soft", "organisation"), ("Fix It", "organisation"))
    assert _speakers(quotes) == ["Harbour Soft"]


def test_a_title_word_closing_a_name_is_its_surname() -> None:
    # a title stands before the name it gives: "King" after "Billy" ends the name, and
    # "King said" later is that person, not a king nor the nearest person named (Cheeks)
    text = (
        "Team president Billy King hired Mo Cheeks on Monday. Cheeks played here for years. "
        '"Mo is family," King said.'
    )
    found = RuleEntityRecognizer(EN).recognise(
        text, tuple(Span(m.start(), m.end()) for m in re.finditer(r"[^.]+\.\"?", text))
    )
    assert ("Billy King", "person") in [(e.text, e.kind) for e in found]
    # the recogniser's persons: the full names, and "Cheeks" alone where it stands so
    entities = tuple(
        Entity(at, at + len(name), name, "person", name)
        for at, name in ((15, "Billy King"), (32, "Mo Cheeks"), (53, "Cheeks"))
    )
    assert [text[e.start : e.end] for e in entities] == ["Billy King", "Mo Cheeks", "Cheeks"]
    spans = tuple(Span(m.start(), m.end()) for m in re.finditer(r"[^.!?]+[.!?][\"”]?", text))
    assert [q.speaker for q in find_quotes(text, spans, entities, EN)] == ["Billy King"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Pemain Mohamed Salah mencetak dua gol, kata pelatih.", "Mohamed Salah"),
        ("Kata Budi Untung kepada wartawan, harga cabai naik.", "Budi Untung"),
    ],
)
def test_a_name_word_that_is_also_a_common_word_closes_a_name(text: str, name: str) -> None:
    # Only a word that follows common nouns ("lalu", "itu") after it makes the last word
    # common: "Salah" and "Untung" are surnames here.
    found = RuleEntityRecognizer(ID).recognise(text, (Span(0, len(text)),))
    assert name in [e.text for e in found]


def _recognised_speakers(text: str, lexicon: QuotesLexicon) -> list[str | None]:
    spans = (Span(0, len(text)),)
    entities = RuleEntityRecognizer(lexicon).recognise(text, spans)
    return _speakers(find_quotes(text, spans, tuple(entities), lexicon))


def test_a_role_after_a_name_is_no_surname() -> None:
    # "Manager" closes no name where no title stands before the run: the role is Jane
    # Doe's, and "Manager said" is no person called Manager.
    text = 'Jane Doe, Project Manager, spoke first. "It is fair," Manager said.'
    assert "Project Manager" not in _recognised_speakers(text, EN)


def test_a_title_and_one_name_then_a_pronoun_is_a_lost_full_stop() -> None:
    text = "Rapat dipimpin Gubernur Khofifah Dia mengatakan warga harus tenang."
    assert "Khofifah Dia" not in _recognised_speakers(text, ID)


def test_a_role_closed_by_a_comma_leaves_the_name_after_it_speaking() -> None:
    text = "Pengacara Budi Santoso selaku terdakwa, Ani Lestari mengatakan bahwa sidang ditunda."
    quotes = _quotes(text, "id", ("Budi Santoso", "person"), ("Ani Lestari", "person"))
    assert _speakers(quotes) == ["Ani Lestari"]
