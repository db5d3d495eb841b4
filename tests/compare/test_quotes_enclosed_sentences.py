"""Sentences that two statements of one speaker enclose are told on the speaker's word
(quotes._enclosed): an outlet names the speaker at the first and at a later statement, not at
each sentence between, and another outlet may tell such a sentence too. Hand-made records in
the shape of Pratiwi dev topic 7."""

from __future__ import annotations

import re

from silang.compare.quotes import quote_groups
from silang.model import Annotated, Entity, Quote, Span

from records import make_article

SPEAKER = "Wayan Sudarma"


def _sentences(text: str) -> tuple[Span, ...]:
    return tuple(Span(m.start(), m.end()) for m in re.finditer(r"[^.?\n]+[.?]?", text))


def _article(
    aid: str, text: str, said: tuple[str, ...], persons: tuple[str, ...] = ()
) -> Annotated:
    """``text`` with a reported statement of SPEAKER at each of ``said`` and a person entity
    at the last place of each of ``persons``."""
    quotes = tuple(
        Quote(text.index(s), text.index(s) + len(s), s, False, speaker=SPEAKER) for s in said
    )
    entities = tuple(
        Entity(text.rindex(p), text.rindex(p) + len(p), p, "person", SPEAKER) for p in persons
    )
    return Annotated(
        article=make_article(text, article_id=aid),
        sentences=_sentences(text),
        quotes=quotes,
        entities=entities,
    )


def _grouped(*items: Annotated) -> list[list[tuple[str, str]]]:
    return [[(v.article_id, v.text) for v in g.versions] for g in quote_groups(list(items))]


FIRST = "Jembatan itu aman karena sudah diuji dua kali oleh tim dari kampus"
LATER = "warga tidak perlu khawatir melintas pada malam hari"


def _outlets(
    one: str, two: str, said: tuple[str, str], persons: tuple[str, ...] = (SPEAKER,)
) -> tuple[Annotated, Annotated]:
    """Two outlets that open with SPEAKER's FIRST and go on with ``one`` and ``two``, where
    ``said`` holds each one's later statement of SPEAKER."""
    return (
        _article("a1", f"{SPEAKER} mengatakan, {FIRST}. {one}", (FIRST, said[0]), persons),
        _article("a2", f"{SPEAKER} menegaskan {FIRST}. {two}", (FIRST, said[1]), persons),
    )


def test_a_sentence_between_two_statements_of_one_speaker_is_a_version() -> None:
    between = "Uji pertama dilakukan tim kampus saat musim hujan dengan truk pasir."
    one, two = _outlets(
        f"{between} Menurut dia, {LATER}.", f"{between} Ia menambahkan, {LATER}.", (LATER, LATER)
    )
    assert [("a1", between), ("a2", between)] in _grouped(one, two)


def test_a_sentence_that_names_a_person_is_the_reporters() -> None:
    between = "Wayan juga meninjau jembatan itu saat musim hujan dengan truk pasir."
    one, two = _outlets(
        f"{between} Menurut dia, {LATER}.",
        f"{between} Ia menambahkan, {LATER}.",
        (LATER, LATER),
        (SPEAKER, "Wayan"),
    )
    texts = {text for group in _grouped(one, two) for _, text in group}
    assert between not in texts


def test_a_sentence_joins_no_statement_whose_figure_it_does_not_tell() -> None:
    # One outlet tells both tests in sentences of its own, the other quotes the second: the
    # first test's sentence does not join the second's group, whose figure it does not tell.
    first = "Uji pertama membuktikan jembatan itu menahan beban truk pasir yang penuh."
    second = "uji kedua membuktikan jembatan itu menahan beban truk pasir 16 ton"
    told = f"U{second[1:]}."
    one, two = _outlets(
        f"{first} {told} Menurut dia, {LATER}.", f"{first} Menurut dia, {second}.", (LATER, second)
    )
    groups = _grouped(one, two)
    assert [("a1", first), ("a2", first)] in groups or [("a2", first), ("a1", first)] in groups
    assert any(("a2", second) in group and ("a1", told) in group for group in groups)
