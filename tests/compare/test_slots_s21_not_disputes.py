"""Figures of fresh stories that read as a dispute but are none: two bidders' offers each
told by several reports, two players' weights written as adjectives, and two polls' shares.
The sentences are written for these tests (made-up teams, players and papers), in the
shapes that ECB+ subtopics with no gold brief showed."""

from __future__ import annotations

from dataclasses import replace
from typing import Literal

from silang.model import Annotated, ClaimSlot, Entity

from records import figured_report, id_report, slot_holding, story_slots

#: The kinds of entity a test marks.
Kind = Literal["person", "organisation"]


def _report(
    aid: str, *sentences: str, bodies: tuple[str, ...] = (), kind: Kind = "organisation"
) -> Annotated:
    """An English report of ``sentences`` with ``bodies`` marked as entities of ``kind``
    where each first stands."""
    item = figured_report(aid, list(sentences))
    text = item.article.text
    entities = tuple(
        Entity(text.index(name), text.index(name) + len(name), name, kind, name) for name in bodies
    )
    return replace(item, entities=entities)


def _disputed(slots: tuple[ClaimSlot, ...]) -> list[ClaimSlot]:
    return [s for s in slots if s.status == "disputed"]


def test_offers_of_two_bidders_each_told_twice_are_two_things() -> None:
    # Each team's offer is tied to its team by two reports; the offers with no team named
    # join one of them, not both through themselves.
    slots = story_slots(
        _report("a1", "The Hawks have made an eight-year offer to the pitcher.", bodies=("Hawks",)),
        _report("a2", "The Hawks made an eight-year offer on Friday.", bodies=("Hawks",)),
        _report("a3", "The Owls have bid over seven years for the pitcher.", bodies=("Owls",)),
        _report("a4", "The Owls have bid over seven years, the paper said.", bodies=("Owls",)),
        _report("a5", "The seven-year offers for the pitcher were modest."),
        _report("a6", "An eight-year offer for the pitcher is the richest."),
    )
    assert slot_holding(slots, "a1", 8) is not slot_holding(slots, "a3", 7)
    assert not _disputed(slots)


def test_one_bidders_two_offers_still_dispute() -> None:
    slots = story_slots(
        _report("a1", "The Hawks have made an eight-year offer to the pitcher.", bodies=("Hawks",)),
        _report("a2", "The Hawks have made a seven-year offer to the pitcher.", bodies=("Hawks",)),
    )
    slot = slot_holding(slots, "a1", 8)
    assert slot is slot_holding(slots, "a2", 7)
    assert slot.status == "disputed"


def test_weights_of_two_players_are_two_things() -> None:
    slots = story_slots(
        _report("a1", "After the foul, the 6-foot-8, 225-pound forward turned up the intensity."),
        _report(
            "a2",
            "After the foul, the 260-pound Echenique turned up the intensity.",
            bodies=("Echenique",),
            kind="person",
        ),
    )
    assert slot_holding(slots, "a1", 225) is not slot_holding(slots, "a2", 260)
    assert not _disputed(slots)


def test_one_players_two_weights_still_dispute() -> None:
    slots = story_slots(
        _report(
            "a1",
            "After the foul, the 225-pound Echenique turned up the intensity.",
            bodies=("Echenique",),
            kind="person",
        ),
        _report(
            "a2",
            "After the foul, the 260-pound Echenique turned up the intensity.",
            bodies=("Echenique",),
            kind="person",
        ),
    )
    slot = slot_holding(slots, "a1", 225)
    assert slot is slot_holding(slots, "a2", 260)
    assert slot.status == "disputed"


def test_shares_of_two_polls_are_no_dispute() -> None:
    # Three papers' polls, each named: three samples, and questions worded alike may still
    # differ.
    slots = story_slots(
        _report(
            "a1",
            "An opinion poll for the Morning Bell found 62 percent of voters said the "
            "government mishandled the riots.",
        ),
        _report(
            "a2",
            "An opinion poll for the Daily Lantern found 68 percent of voters said the "
            "government mishandled the riots.",
        ),
        _report(
            "a3",
            "A survey by the Evening Star found 83.3 percent of voters said the government "
            "mishandled the riots.",
            bodies=("Evening Star",),
        ),
    )
    assert not _disputed(slots)


def test_shares_of_two_indonesian_surveys_are_no_dispute() -> None:
    slots = story_slots(
        id_report("b1", "Menurut survei Lembaga Arah, 62 persen warga menilai pemerintah gagal."),
        id_report(
            "b2", "Menurut jajak pendapat harian Fajar, 68 persen warga menilai pemerintah gagal."
        ),
    )
    assert not _disputed(slots)


def test_two_reports_of_one_share_outside_a_poll_still_dispute() -> None:
    slots = story_slots(
        _report("a1", "The river flooded 62 percent of the homes in the valley on Monday."),
        _report("a2", "The river flooded 68 percent of the homes in the valley on Monday."),
    )
    slot = slot_holding(slots, "a1", 62)
    assert slot is slot_holding(slots, "a2", 68)
    assert slot.status == "disputed"


def test_a_holder_and_its_initials_are_one_holder() -> None:
    # The story spells the initials out beside the name: "Internet Explorer (IE)".
    slots = story_slots(
        _report(
            "a1",
            "Internet Explorer (IE) holds nearly 70 percent of the browser market.",
            bodies=("Internet Explorer",),
        ),
        _report("a2", "IE holds nearly three-quarters of the browser market.", bodies=("IE",)),
    )
    slot = slot_holding(slots, "a1", 70)
    assert slot is slot_holding(slots, "a2", 75)
    assert slot.status == "disputed"


def test_holders_named_by_one_report_each_keep_a_dispute() -> None:
    # A holder one report alone names may be a misread place or source ("the Gulf"): it keeps
    # its own pair apart, but a count naming none still joins both.
    slots = story_slots(
        _report("a1", "The Gulf quake killed 10 people on the island.", bodies=("Gulf",)),
        _report("a2", "The quake killed 10 people on the island."),
        _report("a3", "The Harbour quake killed 3 people on the island.", bodies=("Harbour",)),
    )
    slot = slot_holding(slots, "a2", 10)
    assert slot is slot_holding(slots, "a3", 3)
    assert slot.status == "disputed"
