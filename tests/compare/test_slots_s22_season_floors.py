"""A count glued to its noun that classes a season ("the fifth straight 30-homer season") is a
floor, not the season's count: it does not dispute the season's own count above it, and a
count below it still disputes. Sentences written for the tests (made-up players)."""

from __future__ import annotations

from records import figured_report, one_disputed_sum, slot_holding, story_slots


def test_a_season_of_at_least_so_many_agrees_with_its_count_above() -> None:
    slots = story_slots(
        figured_report("a1", ["It marked the fifth straight 30-homer, 100-RBI season for Diaz."]),
        figured_report("a2", ["Diaz finished the year with 33 homers and 121 RBI."]),
        figured_report("a3", ["Diaz had 33 homers this year."]),
    )
    assert not any(s.status == "disputed" for s in slots)
    assert slot_holding(slots, "a1", 30) is slot_holding(slots, "a2", 33)


def test_a_season_floor_above_the_count_still_disputes() -> None:
    slots = story_slots(
        figured_report("a1", ["It was his first 20-win season."]),
        figured_report("a2", ["He finished the year with 19 wins."]),
    )
    slot = slot_holding(slots, "a1", 20)
    assert slot is slot_holding(slots, "a2", 19) and slot.status == "disputed"


def _two_lengths_dispute(first: str, second: str, values: tuple[int, int]) -> bool:
    """Whether report a1 of ``first`` and a2 of ``second`` give their values in one slot, and
    it is disputed."""
    slots = story_slots(figured_report("a1", [first]), figured_report("a2", [second]))
    return one_disputed_sum(slots, ("a1", values[0]), ("a2", values[1]))


def test_a_count_glued_to_another_noun_keeps_its_value() -> None:
    # "a 45-yard field goal" is one kick's length and "a 300-page report" one report's: no
    # floor, so two lengths dispute.
    for first, second, values in [
        (
            "Vinatieri kicked a 45-yard field goal to tie the game.",
            "Vinatieri kicked a 48-yard field goal to tie the game.",
            (45, 48),
        ),
        (
            "The panel released a 300-page report on the crash.",
            "The panel released a 350-page report on the crash.",
            (300, 350),
        ),
    ]:
        assert _two_lengths_dispute(first, second, values), first


def test_a_seasons_own_length_is_no_floor() -> None:
    # "a 16-game season" is that long: another length of it disputes.
    for first, second, values in [
        (
            "The league will play a 16-game season next year.",
            "The league will play a 17-game season next year.",
            (16, 17),
        ),
        (
            "The owners approved a 60-game season on Monday.",
            "The owners approved a 70-game season on Monday.",
            (60, 70),
        ),
    ]:
        assert _two_lengths_dispute(first, second, values), first
