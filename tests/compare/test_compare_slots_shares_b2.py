"""Shares kept apart by the place they are a share of, and two reports retelling one
sentence with their own counts set against each other whatever their days. Sentences written
for these tests."""

from __future__ import annotations

import re
from dataclasses import replace

from silang.compare.figures import Figure
from silang.compare.slots import _retold_on_one_day, claim_slots
from silang.model import Annotated, Entity, Quantity, Span

from records import figured_report, slot_holding

#: The places the entities stage would know in these sentences.
_PLACES = ("Kenya", "Peru")
#: Reports that give no figure, so that the words of the others stand in few articles.
_OTHERS = [
    ["Engineers were sent out on Tuesday."],
    ["The company apologised to its customers."],
    ["Repairs may take until the end of the month."],
]


def _report(aid: str, sentences: list[str], published: str | None = None) -> Annotated:
    item = figured_report(aid, sentences, published)
    text = item.article.text
    places = tuple(
        Entity(m.start(), m.end(), m.group(), "place", m.group())
        for name in _PLACES
        for m in re.finditer(name, text)
    )
    return replace(item, entities=places)


def _story(*reports: Annotated) -> list[Annotated]:
    return [*reports, *(_report(f"o{n}", s) for n, s in enumerate(_OTHERS))]


def test_compare_one_share_of_two_places_is_two_slots() -> None:
    slots = claim_slots(
        _story(
            _report("a1", ["The outage cut 60 percent of traffic to Kenya on Monday."]),
            _report("a2", ["The outage cut 60 percent of traffic to Peru, the operator said."]),
        ),
        {},
    )
    assert slot_holding(slots, "a1", 60) is not slot_holding(slots, "a2", 60)


def test_compare_two_shares_of_one_place_dispute() -> None:
    slots = claim_slots(
        _story(
            _report("a1", ["The operator said 65 percent of traffic to Kenya was down."]),
            _report("a2", ["Engineers reported 82 percent of calls to Kenya failing."]),
        ),
        {},
    )
    share = slot_holding(slots, "a1", 65)
    assert share is slot_holding(slots, "a2", 82)
    assert share.status == "disputed"


def test_compare_share_of_no_place_joins_only_one_place() -> None:
    slots = claim_slots(
        _story(
            _report("a1", ["The outage cut 60 percent of traffic to Kenya on Monday."]),
            _report("a2", ["The outage cut 60 percent of traffic to Peru, the operator said."]),
            _report("a3", ["Two small islands lost 60 percent of their traffic."]),
        ),
        {},
    )
    assert slot_holding(slots, "a1", 60) is not slot_holding(slots, "a2", 60)


def test_compare_retold_count_of_reports_days_apart_disputes() -> None:
    # One sentence told by two reports, each with its own count, in reports dated two weeks
    # apart: one scene, two counts, not a count that moved.
    first = ["After a long wait, 5 members of the troupe were received by its director."]
    second = ["After a long wait, 6 members of the troupe were received by its adviser."]
    slots = claim_slots(
        _story(_report("a1", first, "2015-10-20"), _report("a2", second, "2015-11-02")), {}
    )
    received = slot_holding(slots, "a1", 5)
    assert received is slot_holding(slots, "a2", 6)
    assert received.status == "disputed"
    assert not received.changed_over_time


def test_a_sentence_retold_in_a_chain_is_one_scene_on_its_earliest_day() -> None:
    # a retells b's sentence and b retells c's, though a and c alone are too unlike to pair:
    # the three tell one scene, and all take the earliest of their days (not only a pair).
    frames = {
        "a": "pada hari itu tercatat _ orang perwakilan krp diterima oleh pejabat kemlu di ruang"
        " rapat lantai dua gedung pancasila",
        "b": "pada hari itu tercatat _ orang perwakilan krp diterima oleh pejabat kemlu di"
        " jakarta pusat",
        "c": "kemudian sore harinya _ orang perwakilan krp diterima oleh pejabat kemlu di jakarta"
        " pusat saja",
    }
    days = {"a": "2015-11-16", "b": "2015-11-09", "c": "2015-11-02"}
    numbers = {"a": 5.0, "b": 6.0, "c": 7.0}
    group = [
        Figure(
            article_id=aid,
            quantity=Quantity(0, 1, str(int(numbers[aid])), numbers[aid]),
            subject="person",
            refined=False,
            date=days[aid],
            dated=False,
            later=False,
            sentence=Span(0, 1),
            context=frozenset(),
            places=frozenset(),
            frame=frames[aid],
            frame_numbers=frozenset(),
        )
        for aid in ("a", "b", "c")
    ]
    assert {f.date for f in _retold_on_one_day(group)} == {"2015-11-02"}
