"""Real disputes that the grouping of fresh-story false disputes (two bidders' offers, two
players' weights, two polls, a holder and its initials) must not hide: two agencies' tolls
of one disaster, one poll quoted two ways, the weights of a tiger or a bomb, an offer no
bidder's number explains, and initials that are no one's. Sentences written for the tests
(made-up agencies, polls and people)."""

from __future__ import annotations

import itertools
from dataclasses import replace
from typing import Literal

from silang.model import Annotated, ClaimSlot, Entity

from records import figured_report, id_report, slot_holding, story_slots

#: The kinds of entity a test marks.
Kind = Literal["person", "organisation"]


def _named(item: Annotated, bodies: tuple[str, ...], kind: Kind = "organisation") -> Annotated:
    text = item.article.text
    entities = tuple(
        Entity(text.index(name), text.index(name) + len(name), name, kind, name) for name in bodies
    )
    return replace(item, entities=entities)


def _en(aid: str, text: str, *bodies: str) -> Annotated:
    return _named(figured_report(aid, [text]), bodies)


def _id(aid: str, text: str, *bodies: str, kind: Kind = "organisation") -> Annotated:
    return _named(id_report(aid, text), bodies, kind)


def _one_dispute(
    slots: tuple[ClaimSlot, ...], first: tuple[str, float], second: tuple[str, float]
) -> None:
    slot = slot_holding(slots, *first)
    assert slot is slot_holding(slots, *second)
    assert slot.status == "disputed"


def _tolls() -> list[Annotated]:
    return [
        _id(f"a{n}", f"Korban tewas versi {body} mencapai {toll} orang.", body)
        for n, (body, toll) in enumerate(
            [("BNPB", 120), ("BNPB", 120), ("BPBD", 150), ("BPBD", 150)]
        )
    ]


def test_two_agencies_tolls_each_told_twice_are_one_disputed_toll() -> None:
    _one_dispute(story_slots(*_tolls()), ("a0", 120), ("a2", 150))


def test_two_agencies_tolls_dispute_beside_unattributed_tolls() -> None:
    slots = story_slots(
        *_tolls(),
        _id("b1", "Korban tewas mencapai 120 orang."),
        _id("b2", "Korban tewas mencapai 150 orang."),
    )
    _one_dispute(slots, ("a0", 120), ("a2", 150))
    _one_dispute(slots, ("b1", 120), ("b2", 150))


_HOAX = "Menurut survei LSI, 80 persen warga mendukung kenaikan harga BBM."


def test_one_poll_quoted_two_ways_disputes() -> None:
    slots = story_slots(
        _id("h1", _HOAX, "LSI"),
        _id(
            "d1",
            "Padahal survei LSI yang sama mencatat hanya 40 persen warga mendukung kenaikan "
            "harga BBM.",
            "LSI",
        ),
    )
    _one_dispute(slots, ("h1", 80), ("d1", 40))


def test_a_poll_named_by_one_report_alone_disputes() -> None:
    slots = story_slots(
        _id("h1", _HOAX, "LSI"),
        _id(
            "d1",
            "Faktanya, survei yang sama hanya menunjukkan 40 persen warga mendukung kenaikan "
            "harga BBM.",
        ),
    )
    _one_dispute(slots, ("h1", 80), ("d1", 40))


def test_shares_of_no_opinion_poll_dispute() -> None:
    for shape, first, second in [
        ("Turnout at the polls was {} percent.", 60, 45),
        ("A damage survey found {} percent of the homes destroyed.", 40, 70),
    ]:
        slots = story_slots(_en("a1", shape.format(first)), _en("a2", shape.format(second)))
        _one_dispute(slots, ("a1", first), ("a2", second))
    slots = story_slots(
        _id("a1", "Hasil survei BPBD, 40 persen rumah rusak berat."),
        _id("a2", "Hasil survei BPBD, 70 persen rumah rusak berat."),
    )
    _one_dispute(slots, ("a1", 40), ("a2", 70))


def test_weights_of_no_person_dispute() -> None:
    _one_dispute(
        story_slots(
            _en("a1", "Rangers caught the 150-kg Sumatran tiger near the village."),
            _en("a2", "Rangers caught the 120-kg tiger near the village."),
        ),
        ("a1", 150),
        ("a2", 120),
    )
    _one_dispute(
        story_slots(
            _en("a1", "The strike used a 2,000-pound bomb Israel bought from the US."),
            _en("a2", "The strike used a 500-pound bomb bought from the US."),
        ),
        ("a1", 2000),
        ("a2", 500),
    )


def _offers() -> list[Annotated]:
    return [
        _en("a1", "The Hawks have made an eight-year offer to the pitcher.", "Hawks"),
        _en("a2", "The Hawks made an eight-year offer on Friday.", "Hawks"),
        _en("a3", "The Owls have bid over seven years for the pitcher.", "Owls"),
        _en("a4", "The Owls have bid over seven years, the paper said.", "Owls"),
        _en("a5", "The seven-year offers for the pitcher were modest."),
        _en("a6", "An eight-year offer for the pitcher is the richest."),
        _en("a7", "A nine-year offer for the pitcher is the richest."),
    ]


def _shape(slots: tuple[ClaimSlot, ...]) -> list[tuple[str, tuple[float, ...]]]:
    return sorted((s.status, tuple(sorted(v.value for v in s.values))) for s in slots)


def test_an_offer_no_bidders_number_explains_disputes_in_any_order() -> None:
    items = _offers()
    orders = [items, items[::-1]] + [items[k:] + items[:k] for k in range(1, len(items))]
    orders += [list(p) for p in itertools.islice(itertools.permutations(items), 0, 720, 97)]
    shapes = set()
    for order in orders:
        slots = story_slots(*order)
        assert slot_holding(slots, "a7", 9).status == "disputed"
        shapes.add(tuple(_shape(slots)))
    assert len(shapes) == 1


def test_initials_the_story_does_not_spell_out_keep_a_dispute() -> None:
    # "AS" may be Amerika Serikat: unproven initials part no counts (a false dispute is the
    # lesser harm).
    slots = story_slots(
        _id("a1", "AS mengirim 12 kapal perang ke Laut China Selatan.", "AS"),
        _id(
            "a2",
            "Amerika Serikat mengirim 30 kapal perang ke Laut China Selatan.",
            "Amerika Serikat",
        ),
    )
    slot = slot_holding(slots, "a1", 12)
    assert slot is slot_holding(slots, "a2", 30)
    assert slot.status == "disputed"


def test_a_poll_quoted_by_two_speakers_is_one_poll() -> None:
    # The pollster is who ran the poll, named beside the poll word, never who quotes it.
    _one_dispute(
        story_slots(
            _id(
                "a1",
                "Menurut Kapolres, hasil survei menunjukkan 80 persen warga menolak tambang itu.",
                "Kapolres",
            ),
            _id(
                "a2",
                "Menurut Bupati, hasil survei menunjukkan 40 persen warga menolak tambang itu.",
                "Bupati",
            ),
        ),
        ("a1", 80),
        ("a2", 40),
    )


def test_an_abbreviation_spelled_out_two_ways_names_neither_in_any_order() -> None:
    reports = [
        _id("r1", "Polisi Militer (PM) menahan 12 tersangka kerusuhan di pangkalan.", "PM"),
        _id("r2", "Perdana Menteri (PM) Anwar mengunjungi pangkalan itu.", "PM"),
        _id("r3", "PM menahan 20 tersangka kerusuhan di pangkalan.", "PM"),
    ]
    statuses = {
        slot_holding(story_slots(*order), "r3", 20).status
        for order in itertools.permutations(reports)
    }
    assert statuses == {"disputed"}
