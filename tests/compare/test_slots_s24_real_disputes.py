"""Real disputes the span and bout rules must not hide. Two spans with a third figure merely
inside both ("200 to 300" and "250 to 500 killed" beside "260") still dispute: only a figure on
a bound both spans give makes them margins around it. Two undated counts told by two people
(the figure's sources: "Captain Ahmed Salah said") are one count disputed, and so are two in
sentences that name one "person" each, which the entities stage may have read from a place.
The entities are those the rule recogniser reads. Sentences written for the tests (made-up
people, places and numbers)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

import pytest

from entity_reads import entities
from silang.model import Annotated

from records import figured_report, id_report, one_disputed_sum, slot_holding, story_slots


def _read(item: Annotated) -> Annotated:
    """``item`` with the entities the rule recogniser reads in its text."""
    return replace(item, entities=entities(item.article.language, item.article.text))


def _en(aid: str, sentence: str) -> Annotated:
    """An English report with no day of publication (as an ECB+ document)."""
    return _read(figured_report(aid, [sentence]))


def _id(aid: str, sentence: str) -> Annotated:
    """An Indonesian report with no day of publication: its counts are undated."""
    item = id_report(aid, sentence)
    return _read(replace(item, article=replace(item.article, published=None)))


@pytest.mark.parametrize(
    ("read", "spans", "inside"),
    [
        (
            _en,
            (
                "The United Nations said 200 to 300 people were killed in the flooding.",
                "The Red Cross said 250 to 500 people were killed in the flooding.",
                "A local official said 260 people were killed in the flooding.",
            ),
            (200, 250, 260),
        ),
        (
            _id,
            (
                "BNPB menyebut antara 30 hingga 40 orang tewas akibat banjir bandang itu.",
                "Polisi menyebut 35 hingga 60 orang tewas akibat banjir bandang itu.",
                "Seorang warga mengatakan 38 orang tewas akibat banjir bandang itu.",
            ),
            (30, 35, 38),
        ),
    ],
)
def test_a_figure_inside_two_spans_on_no_bound_keeps_their_dispute(
    read: Callable[[str, str], Annotated],
    spans: tuple[str, str, str],
    inside: tuple[int, int, int],
) -> None:
    slots = story_slots(*(read(aid, s) for aid, s in zip(("a1", "b1", "c1"), spans, strict=True)))
    assert one_disputed_sum(slots, ("a1", inside[0]), ("b1", inside[1]))
    assert slot_holding(slots, "c1", inside[2]) is slot_holding(slots, "a1", inside[0])


@pytest.mark.parametrize(
    ("read", "first", "second"),
    [
        (
            _en,
            "The pirates, in three boats, opened fire on the freighter, Captain Ahmed Salah said.",
            "The vessel was chased by two boats, shipowner Peter Hansen told reporters.",
        ),
        (
            _en,
            "The pirates came in three boats and opened fire, according to navy spokesman "
            "Lt. John Harbour.",
            "Two boats chased the tanker for an hour, said Andrew Mwangura of the Seafarers "
            "Assistance Programme.",
        ),
        (
            _id,
            "Para perompak datang dengan tiga perahu dan melepaskan tembakan, kata Kapten "
            "Ahmad Salim.",
            "Kapal itu dikejar dua perahu, ujar pemilik kapal Budi Santoso.",
        ),
    ],
)
def test_two_sources_counts_of_one_attack_dispute(
    read: Callable[[str, str], Annotated], first: str, second: str
) -> None:
    slots = story_slots(read("a1", first), read("b1", second))
    assert one_disputed_sum(slots, ("a1", 3), ("b1", 2))


def test_sources_are_not_the_people_a_count_tells_of() -> None:
    """Each sentence names two people, but one of them is its source: one named person a
    side is no bout's two sides, and the two counts of boats still dispute."""
    slots = story_slots(
        _en(
            "a1",
            "The pirates, in three boats, fired on the freighter of Ole Berg, "
            "Captain Ahmed Salah said.",
        ),
        _en(
            "b1",
            "Two boats chased the ship of Jan Kowalski for an hour, "
            "shipowner Peter Hansen told reporters.",
        ),
    )
    assert one_disputed_sum(slots, ("a1", 3), ("b1", 2))


def test_counts_in_sentences_naming_one_misread_person_each_dispute() -> None:
    slots = story_slots(
        _en("a1", "Two gunmen opened fire on the party in Hawaiian Gardens."),
        _en("b1", "Three gunmen stormed the backyard celebration on Pioneer Boulevard."),
    )
    assert one_disputed_sum(slots, ("a1", 2), ("b1", 3))
