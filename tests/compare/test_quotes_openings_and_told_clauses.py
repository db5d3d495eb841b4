"""Indonesian reported speech that opens its sentence after a connective ("Masih menurut X,
…") or with a fronted speech verb ("Kata X, …"), and a rumour told in a "bahwa" clause
around a few quoted words, grouped with another outlet's quotation of the same words.
Sentences written for these tests."""

from __future__ import annotations

import re

import pytest

from silang.compare.quotes import quote_groups
from silang.compare.speakers import load_speaker_lexicon, same_speaker
from silang.extract.quotes import find_quotes, reported_around
from silang.lang.quotes import load_quotes_lexicon
from silang.model import Annotated, Entity, Quote, Span

from records import make_article

LEXICON = load_quotes_lexicon("id")
_SENTENCE = re.compile(r"[^\s].*?(?:[.!?][\"”’]?(?=\s|$)|$)")


def _sentences(text: str) -> tuple[Span, ...]:
    return tuple(Span(m.start(), m.end()) for m in _SENTENCE.finditer(text))


def _person(text: str, name: str) -> Entity:
    start = text.index(name)
    return Entity(start, start + len(name), name, "person", name)


def _quotes(text: str, *names: str) -> tuple[Quote, ...]:
    entities = [_person(text, name) for name in names]
    return find_quotes(text, _sentences(text), entities, LEXICON)


@pytest.mark.parametrize(
    ("text", "names", "speaker", "content"),
    [
        (
            "Masih menurut pesan berantai itu, warga harus menyimpan air bersih selama tiga hari.",
            (),
            "pesan berantai itu",
            "warga harus menyimpan air bersih selama tiga hari",
        ),
        (
            "Namun menurut Andi Wijaya, jembatan itu akan dibuka kembali pekan depan.",
            ("Andi Wijaya",),
            "Andi Wijaya",
            "jembatan itu akan dibuka kembali pekan depan",
        ),
        (
            "Sementara itu menurut Andi Wijaya, harga gabah naik sejak bulan lalu.",
            ("Andi Wijaya",),
            "Andi Wijaya",
            "harga gabah naik sejak bulan lalu",
        ),
        (
            "Kata Andi Wijaya, harga beras akan turun pekan depan.",
            ("Andi Wijaya",),
            "Andi Wijaya",
            "harga beras akan turun pekan depan",
        ),
    ],
)
def test_quotes_reported_speech_opened_by_a_source_after_a_connective_or_a_fronted_verb(
    text: str, names: tuple[str, ...], speaker: str, content: str
) -> None:
    (quote,) = _quotes(text, *names)
    assert (quote.direct, quote.speaker, quote.text) == (False, speaker, content)


@pytest.mark.parametrize("opening", ["Kata dia", "Namun kata dia"])
def test_quotes_fronted_kata_with_a_pronoun_takes_the_person_before(opening: str) -> None:
    text = f"Andi Wijaya datang ke balai desa. {opening}, sumur warga sudah kering sejak Mei."
    quotes = _quotes(text, "Andi Wijaya")
    assert [(q.speaker, q.text) for q in quotes] == [
        ("Andi Wijaya", "sumur warga sudah kering sejak Mei")
    ]


@pytest.mark.parametrize(
    "text",
    [
        # a subject before the source word: the sentence is the reporter's, not the source's
        "Hal itu menurut Andi Wijaya, tidak benar sama sekali.",
        # sentence-initial "Kata" as the noun "word", with no person after it
        "Kata Bristle, yang tertulis pada kemasan, berarti bulu yang kaku.",
        # "kata" as the object of a verb, even before a name
        "Mendengar kata Andi Wijaya, warga langsung berkumpul di balai desa.",
    ],
)
def test_quotes_no_reported_speech_without_a_source_opening_the_sentence(text: str) -> None:
    assert _quotes(text, *(["Andi Wijaya"] if "Andi" in text else [])) == ()


def _around(text: str) -> list[Quote | None]:
    quotes = _quotes(text)
    return list(reported_around(text, _sentences(text), [], quotes, LEXICON))


def test_quotes_a_rumour_told_in_a_bahwa_clause_around_a_few_quoted_words() -> None:
    text = (
        "Banyak beredar di media sosial bahwa nama permainan itu dalam bahasa kuno "
        'mempunyai arti "Raja Naga".'
    )
    (told,) = _around(text)
    assert told is not None
    assert (told.speaker, told.direct, told.cue) == (None, False, "bahwa")
    assert told.text == 'nama permainan itu dalam bahasa kuno mempunyai arti "Raja Naga"'


@pytest.mark.parametrize(
    "text",
    [
        # "bahwa" completes a noun inside a long subject; the sentence goes on past the clause
        "Salah satu tanda yang bisa dilihat pembeli sebagai penanda bahwa sikat itu berbulu "
        'babi adalah tulisan "Boar Bristle".',
        # an opening phrase closed by a comma before the frame
        'Sejak pagi, banyak beredar di media sosial bahwa nama permainan itu berarti "Raja Naga".',
    ],
)
def test_quotes_no_told_clause_after_a_long_or_broken_frame(text: str) -> None:
    assert _around(text) == [None]


@pytest.mark.parametrize(
    "text",
    [
        'The company that makes the "Dragon" cards said nothing on Monday.',
        'The shop that sold the "Naga" figurines closed its doors last year.',
    ],
)
def test_quotes_english_that_opens_no_told_clause(text: str) -> None:
    # English "that" is also a relative pronoun: only a clause opener of the lexicon
    # ("bahwa") opens a proposition with no speech verb before it.
    english = load_quotes_lexicon("en")
    quotes = find_quotes(text, _sentences(text), [], english)
    assert list(reported_around(text, _sentences(text), [], quotes, english)) == [None]


def _article(aid: str, text: str) -> Annotated:
    article = make_article(text, article_id=aid, language="id", raw_prefix="")
    sentences = _sentences(text)
    quotes = find_quotes(text, sentences, [], LEXICON)
    return Annotated(article=article, sentences=sentences, quotes=quotes)


_QUOTED = (
    "Pesan berantai itu ramai dibagikan. “Dalam bahasa kuno, nama permainan itu memiliki "
    "arti Raja Naga, sedangkan tokoh utamanya berarti Pemakan Bulan.” Itulah isi pesan yang "
    "beredar."
)


@pytest.mark.parametrize(
    ("frame", "grouped"),
    [
        ("Banyak beredar di media sosial bahwa", [{"a1", "a2"}]),
        # the debunk denies the proposition: its clause is no version of the rumour
        ("Tidak ada bukti valid bahwa", []),
    ],
)
def test_compare_quotes_a_rumour_told_in_a_bahwa_clause_joins_its_quotation(
    frame: str, grouped: list[set[str]]
) -> None:
    told = _article(
        "a2",
        f'{frame} nama permainan itu dalam bahasa kuno mempunyai arti "Raja Naga". Pengembang '
        "permainan membantahnya.",
    )
    groups = quote_groups([_article("a1", _QUOTED), told])
    assert [{v.article_id for v in g.versions} for g in groups] == grouped


@pytest.mark.parametrize(
    ("first", "second", "same"),
    [
        ("Rusli Efendi", "Sekretaris Rusli Effendi", True),
        ("Peny", "Kepala BPOM Penny Kusumastuti Lukito", True),
        ("Hasan Basri", "Hassan Basri", True),
        # a letter added that doubles none is another word
        ("India", "Indian", False),
        # a short name doubled may be another name
        ("Ana", "Anna", False),
    ],
)
def test_compare_speakers_one_name_spelt_with_a_letter_doubled_or_not(
    first: str, second: str, same: bool
) -> None:
    assert same_speaker(first, second, load_speaker_lexicon()) is same


def test_quotes_a_fronted_verb_takes_a_name_only_when_it_names_a_person() -> None:
    # The recogniser read "Garuda" as an organisation: "Kata Garuda" is the noun "word" and
    # its name, not a speaker, whereas a person's name after "Kata" is one.
    text = "Kata Garuda, bagi warga desa itu, punya arti yang dalam."
    start = text.index("Garuda")
    garuda = Entity(start, start + len("Garuda"), "Garuda", "organisation", "Garuda")
    assert find_quotes(text, _sentences(text), [garuda], LEXICON) == ()
    person = text.replace("Garuda", "Heru Santoso")
    (quote,) = _quotes(person, "Heru Santoso")
    assert (quote.speaker, quote.direct) == ("Heru Santoso", False)
    assert quote.text.startswith("bagi warga desa itu")
