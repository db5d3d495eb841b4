"""Spans around one shared figure are no dispute: "30 to 40" and "35 to 40 firefighters" beside
"about 40", or two money spans beside the one figure both hold. Two spans with no figure
inside both still dispute ("between 40 and 80 percent" and "40 to 70 percent"), in English
and Indonesian. Two undated counts tied by their noun alone, in sentences naming two sets of
people, are two things (two bouts' rounds); naming one person, still one count disputed.
The entities are those the rule recogniser reads. Sentences written for the tests (made-up
people, places and numbers)."""

from __future__ import annotations

from dataclasses import replace

from entity_reads import entities
from silang.model import Annotated

from records import figured_report, id_report, one_disputed_sum, slot_holding, story_slots


def _report(aid: str, sentence: str) -> Annotated:
    """A report with the entities the rule recogniser reads in it."""
    item = figured_report(aid, [sentence])
    return replace(item, entities=entities("en", item.article.text))


def test_two_spans_around_a_figure_one_number_gives_agree() -> None:
    slots = story_slots(
        figured_report("a1", ["As many as 30 to 40 volunteer firefighters fought the blaze."]),
        figured_report("b1", ["The chief said 35 to 40 volunteer firefighters came."]),
        figured_report("c1", ["It took about 40 volunteer firefighters to put out the fire."]),
    )
    slot = slot_holding(slots, "a1", 30)
    assert slot is slot_holding(slots, "b1", 35) is slot_holding(slots, "c1", 40)
    assert slot.status == "agreed"


def test_two_money_spans_around_one_figure_agree() -> None:
    slots = story_slots(
        figured_report("a1", ["The Hawks offered between $140 million and $150 million."]),
        figured_report("b1", ["The Hawks offer was in the $140 million to $160 million range."]),
        figured_report("c1", ["The Hawks offered $140 million."]),
    )
    slot = slot_holding(slots, "a1", 140_000_000)
    assert slot is slot_holding(slots, "b1", 140_000_000)
    assert slot.status == "agreed"


def test_two_spans_with_no_shared_figure_still_dispute() -> None:
    slots = story_slots(
        figured_report("a1", ["Between 40 and 80 percent of the buildings were destroyed."]),
        figured_report("b1", ["Officials said 40 percent to 70 percent of them were destroyed."]),
    )
    assert one_disputed_sum(slots, ("a1", 40), ("b1", 40))


def test_a_figure_outside_one_span_keeps_the_dispute() -> None:
    slots = story_slots(
        figured_report("a1", ["Between 40 and 80 percent of the buildings were destroyed."]),
        figured_report("b1", ["Officials said 40 percent to 70 percent of them were destroyed."]),
        figured_report("c1", ["About 75 percent of the buildings were destroyed."]),
    )
    assert one_disputed_sum(slots, ("a1", 40), ("b1", 40))


def test_indonesian_spans_around_one_figure_agree() -> None:
    slots = story_slots(
        id_report("a1", "Sebanyak 30 hingga 40 petugas pemadam kebakaran dikerahkan ke lokasi."),
        id_report("b1", "Sekitar 35 hingga 40 petugas pemadam kebakaran dikerahkan."),
        id_report("c1", "Sebanyak 40 petugas pemadam kebakaran dikerahkan ke lokasi."),
    )
    slot = slot_holding(slots, "a1", 30)
    assert slot is slot_holding(slots, "b1", 35) is slot_holding(slots, "c1", 40)
    assert slot.status == "agreed"


def test_two_bouts_rounds_in_sentences_of_other_people_do_not_dispute() -> None:
    slots = story_slots(
        _report(
            "a1",
            "Dale Brook set aside the challenge of Tom Hale, stopping him in seven rounds.",
        ),
        _report(
            "b1",
            "Former champion, Sam Cole, 40-2, returned with an eight round win over Ray Lund.",
        ),
    )
    assert slot_holding(slots, "a1", 7) is not slot_holding(slots, "b1", 8)
    assert not [s for s in slots if s.status == "disputed"]


def test_one_bouts_rounds_told_two_ways_still_dispute() -> None:
    for second in (
        "Dale Brook won by a stoppage in eight rounds.",
        "The bout was stopped in eight rounds.",
    ):
        slots = story_slots(
            _report(
                "a1",
                "Dale Brook set aside the challenge of Tom Hale, stopping him in seven rounds.",
            ),
            _report("b1", second),
        )
        assert one_disputed_sum(slots, ("a1", 7), ("b1", 8)), second
