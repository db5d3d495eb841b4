"""A surname alone names one person only where the story names one person by it
(speakers.StoryNames, same_person): "Wiratama" is Hendra Wiratama in a story of his, but
not where its own article names Budi Wiratama, nor where the story names both. Sentences and
names written for these tests."""

from __future__ import annotations

import re

import pytest

from silang.compare.quotes import quote_groups
from silang.compare.speakers import (
    SpeakerLexicon,
    StoryNames,
    load_speaker_lexicon,
    same_person,
)
from silang.model import Annotated, Entity, Quote, Span

from records import make_article

#: The regent's statement, and a second one that shares its figure and a third of its words:
#: one person's two versions of it match at the lower bar for one speaker and a number
#: (quotes.SAME_SPEAKER_AND_NUMBER), two people's do not.
CLOSED = "Jembatan gantung itu kami tutup selama 14 hari sampai kabelnya diganti"
CRITICISED = "Penutupan 14 hari itu merugikan pedagang pasar di seberang sungai"


@pytest.fixture(scope="module")
def lexicon() -> SpeakerLexicon:
    return load_speaker_lexicon(("id",))


def _sentences(text: str) -> tuple[Span, ...]:
    return tuple(Span(m.start(), m.end()) for m in re.finditer(r"[^.\n]+\.?", text))


def _article(aid: str, opening: str, said: str | None, speaker: str) -> Annotated:
    """An article whose opening sentence names people in full (each a person entity), then
    quotes ``said`` (if any) as ``speaker``'s, named by the words "kata {speaker}"."""
    text = opening if said is None else f'{opening} "{said}," kata {speaker}.'
    people = re.findall(r"(?:Hendra|Budi) Wiratama", opening)
    entities = [Entity(text.index(p), text.index(p) + len(p), p, "person", p) for p in people]
    quotes: tuple[Quote, ...] = ()
    if said is not None:
        at, named = text.index(said), text.rindex(speaker)
        entities.append(Entity(named, named + len(speaker), speaker, "person", speaker))
        quotes = (Quote(at, at + len(said), said, True, speaker, named, named + len(speaker)),)
    return Annotated(
        article=make_article(text, article_id=aid),
        sentences=_sentences(text),
        quotes=quotes,
        entities=tuple(entities),
    )


def _grouped(*items: Annotated) -> set[frozenset[str]]:
    return {frozenset(v.article_id for v in g.versions) for g in quote_groups(list(items))}


REGENT = _article("a1", "Bupati Hendra Wiratama menutup jembatan.", CLOSED, "Hendra Wiratama")


def test_quotes_q6_a_surname_is_the_one_person_the_story_names_by_it() -> None:
    later = _article("a2", "Pedagang mengeluh.", CRITICISED, "Wiratama")
    assert _grouped(REGENT, later) == {frozenset({"a1", "a2"})}


def test_quotes_q6_a_surname_is_the_person_its_own_article_names_by_it() -> None:
    # The council member's article names him in full before it shortens his name.
    member = _article("a2", "Anggota DPRD Budi Wiratama mengkritik.", CRITICISED, "Wiratama")
    assert _grouped(REGENT, member) == set()


def test_quotes_q6_a_surname_the_story_gives_two_people_names_neither() -> None:
    both = _article("a3", "Hendra Wiratama ditegur Budi Wiratama.", None, "")
    bare = _article("a2", "Pedagang mengeluh.", CRITICISED, "Wiratama")
    assert _grouped(REGENT, bare, both) == set()


def test_quotes_q6_its_own_article_tells_which_of_two_people_a_surname_is() -> None:
    member = _article("a3", "Anggota DPRD Budi Wiratama hadir.", None, "")
    regent = _article("a2", "Hendra Wiratama datang.", CRITICISED, "Wiratama")
    assert _grouped(REGENT, regent, member) == {frozenset({"a1", "a2"})}


def test_quotes_q6_story_names_read_a_short_form(lexicon: SpeakerLexicon) -> None:
    names = StoryNames(
        {"a1": ["Hendra Wiratama"], "a2": ["Budi Wiratama"], "a3": [], "a4": ["Rina Kartika"]},
        lexicon,
    )
    hendra, budi = names.read("Hendra Wiratama", "a1"), names.read("Budi Wiratama", "a2")
    assert not same_person(hendra, budi)
    # Its own article names Budi Wiratama: its "Wiratama" is he, not the regent.
    assert same_person(names.read("Wiratama", "a2"), budi)
    assert not same_person(names.read("Wiratama", "a2"), hendra)
    # An article that names neither: the story names both, and the surname is no evidence.
    assert not same_person(names.read("Pak Wiratama", "a3"), hendra)
    assert not same_person(names.read("Wiratama", "a3"), budi)
    # Written alike with the same reading, a bare surname is still one speaker.
    assert same_person(names.read("Wiratama", "a3"), names.read("Wiratama", "a3"))
    # A given name the story gives one person stands for that person.
    assert same_person(names.read("Bu Rina", "a3"), names.read("Rina Kartika", "a4"))


def test_quotes_q6_a_name_cut_with_its_body_is_still_the_person(lexicon: SpeakerLexicon) -> None:
    # The entity reader cut "Kepala BPBD Lembah Rina" after the title: the body's letters
    # stand before the name, and "Rina" is still Rina Kartika.
    names = StoryNames({"a1": ["BPBD Lembah Rina"], "a2": ["Rina Kartika"]}, lexicon)
    assert same_person(names.read("Rina", "a1"), names.read("Rina Kartika", "a2"))


def test_quotes_q6_a_middle_name_is_the_same_person(lexicon: SpeakerLexicon) -> None:
    # One outlet writes the middle name, the other does not: both surnames are one person.
    names = StoryNames({"a1": ["Mary Smith"], "a2": ["Mary Ann Smith"]}, lexicon)
    assert same_person(names.read("Smith", "a1"), names.read("Smith", "a2"))


def test_quotes_q6_two_people_sharing_one_name_are_not_one_longer_name(
    lexicon: SpeakerLexicon,
) -> None:
    # "Budi Hendra" and "Hendra Wiratama" share "Hendra": two people, so a bare "Hendra" of
    # an article naming neither is no evidence of either.
    names = StoryNames({"a1": ["Budi Hendra"], "a2": ["Hendra Wiratama"], "a3": []}, lexicon)
    hendra = names.read("Hendra", "a3")
    assert not same_person(hendra, names.read("Budi Hendra", "a1"))
    assert not same_person(hendra, names.read("Hendra Wiratama", "a2"))
