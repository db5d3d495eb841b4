"""What a sentence between two statements of one speaker is NOT told on that speaker's word
(quotes._enclosed): one that names its own source ("Menurut data BPBD, ..."), one that opens
with a connective turning to background ("Sebelumnya, ..."), one whose figures only partly
match the speaker's statement, and one that would join only another speaker's statement.
Hand-made records; every sentence is written for these tests."""

from __future__ import annotations

import re

from silang.compare.quotes import quote_groups
from silang.model import Annotated, Entity, Quote, Span

from records import make_article

SPEAKER = "Rini Hartati"
OTHER = "Dedi Kurniawan"
FIRST = "Bantuan beras dan selimut sudah dikirim ke semua posko di kecamatan itu"
LATER = "bantuan akan ditambah lagi pada pekan ini untuk semua pengungsi"


def _sentences(text: str) -> tuple[Span, ...]:
    # A dot between digits is a thousands separator ("1.200"), not a sentence's end.
    found = re.finditer(r"(?:[^.?\n]|(?<=\d)\.(?=\d))+[.?]?", text)
    return tuple(Span(m.start(), m.end()) for m in found)


def _article(aid: str, text: str, said: tuple[tuple[str, str], ...]) -> Annotated:
    """``text`` with a reported statement of each (speaker, words) of ``said`` and a person
    entity at the speaker's first name."""
    quotes = tuple(
        Quote(text.index(s), text.index(s) + len(s), s, False, speaker=who) for who, s in said
    )
    entities = tuple(
        Entity(text.index(who), text.index(who) + len(who), who, "person", who)
        for who in {who for who, _ in said}
        if who in text
    )
    return Annotated(
        article=make_article(text, article_id=aid),
        sentences=_sentences(text),
        quotes=quotes,
        entities=entities,
    )


def _between(aid: str, between: str) -> Annotated:
    """An outlet that gives SPEAKER's FIRST and LATER with ``between`` told between them."""
    text = f"{SPEAKER} mengatakan, {FIRST}. {between} Ia menambahkan, {LATER}."
    return _article(aid, text, ((SPEAKER, FIRST), (SPEAKER, LATER)))


def _texts_grouped(*items: Annotated) -> set[tuple[str, str]]:
    return {(v.article_id, v.text) for g in quote_groups(list(items)) for v in g.versions}


def test_a_sentence_naming_its_own_source_is_not_the_speakers() -> None:
    between = "Menurut data BPBD, banjir merendam tiga desa di kecamatan itu sejak Senin."
    found = _texts_grouped(_between("a1", between), _between("a2", between))
    assert ("a1", between) not in found


def test_a_sentence_opening_with_a_connective_is_background() -> None:
    between = "Sebelumnya, banjir bandang juga melanda desa di lereng gunung itu."
    found = _texts_grouped(_between("a1", between), _between("a2", between))
    assert ("a1", between) not in found


def test_a_sentence_sharing_only_some_figures_is_no_version_of_the_statement() -> None:
    # The reporter's 1,200 evacuees in 14 shelters is not the minister's 1,500 in 14.
    between = "Sebanyak 1.200 warga mengungsi di 14 posko sejak Senin malam."
    quoted = "ada 1.500 warga yang kini mengungsi di 14 posko pengungsian sejak hari Senin"
    other = _article("a2", f"{SPEAKER} menegaskan, {quoted}.", ((SPEAKER, quoted),))
    groups = [
        {(v.article_id, v.text) for v in g.versions}
        for g in quote_groups([_between("a1", between), other])
    ]
    assert not any(("a2", quoted) in g and any(aid == "a1" for aid, _ in g) for g in groups)


def test_a_sentence_joins_no_other_speakers_statement() -> None:
    # Between the minister's statements, a sentence like what another official said in
    # another outlet: it is not the minister's version of his statement.
    between = "Jalan menuju desa itu masih tertutup lumpur setinggi satu meter sejak Senin."
    said = "jalan menuju desa itu masih tertutup lumpur setinggi satu meter sejak Senin"
    other = _article("a2", f"{OTHER} mengatakan, {said}.", ((OTHER, said),))
    groups = quote_groups([_between("a1", between), other])
    assert not any(("a1", between) in {(v.article_id, v.text) for v in g.versions} for g in groups)
