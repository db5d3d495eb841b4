"""False disputes of fresh ECB+ stories, and tolls that hid: two holders' counts chained through
reports naming no one ("missed four games" of one player, "spent five games" of another), a
report's bound beside its own value ("an eight-year offer ... no other offer was more than
seven years"), two polls whose pollster stands past an adjective, "tied the scores" read as
an amount, a run so far against a season's games; and two bodies' possessive tolls ("BNPB's
count", "BPBD's toll of the dead rose to 150"). Guards keep the real disputes of each kind.
Sentences written for the tests (made-up people, bodies and numbers)."""

from __future__ import annotations

from dataclasses import replace

from silang.model import Annotated, Entity, EntityKind

from records import figured_report, id_report, one_disputed_sum, slot_holding, story_slots


def _named(item: Annotated, *names: str, kind: EntityKind = "person") -> Annotated:
    text = item.article.text
    entities = tuple(
        Entity(text.index(n), text.index(n) + len(n), n, kind, n) for n in names if n in text
    )
    return replace(item, entities=entities)


def _report(aid: str, sentence: str, *names: str, kind: EntityKind = "person") -> Annotated:
    return _named(figured_report(aid, [sentence]), *names, kind=kind)


def _disputes(slots: tuple[object, ...]) -> list[object]:
    return [s for s in slots if getattr(s, "status", None) == "disputed"]


def test_two_holders_counts_do_not_chain_through_reports_naming_no_one() -> None:
    slots = story_slots(
        _report("a1", "Dale Brook missed four games after knee surgery.", "Dale Brook"),
        _report("a2", "Brook missed four games with the knee injury.", "Brook"),
        _report("a3", "He missed four games while he recovered from surgery."),
        _report("b1", "The club signed Tom Hale, who spent five games with the Jets.", "Tom Hale"),
    )
    assert slot_holding(slots, "a3", 4) is not slot_holding(slots, "b1", 5)
    assert not _disputes(slots)


def test_one_players_counts_told_two_ways_still_dispute() -> None:
    # The same holder, or none named: one count, two numbers.
    for second in ("Dale Brook missed five games after knee surgery.", "He missed five games."):
        slots = story_slots(
            _report("a1", "Dale Brook missed four games after knee surgery.", "Dale Brook"),
            _report("b1", second, "Dale Brook"),
        )
        assert one_disputed_sum(slots, ("a1", 4), ("b1", 5)), second


def test_a_reports_bound_beside_its_own_value_joins_nothing() -> None:
    slots = story_slots(
        figured_report(
            "a1",
            [
                "The Hawks made an eight-year offer to Cole.",
                "No other offer was thought to be more than seven years.",
            ],
        ),
        figured_report("b1", ["The Lions gave Cole a seven-year deal."]),
        figured_report("b2", ["The Lions handed Cole a seven-year deal."]),
    )
    assert slot_holding(slots, "a1", 8) is not slot_holding(slots, "b1", 7)
    assert not _disputes(slots)


def test_a_hedged_count_of_another_report_still_agrees() -> None:
    slots = story_slots(
        figured_report("a1", ["Police filed more than 50 charges against the pair."]),
        figured_report("b1", ["Police filed 54 charges against the pair."]),
    )
    slot = slot_holding(slots, "a1", 50)
    assert slot is slot_holding(slots, "b1", 54) and slot.status == "agreed"


def test_two_named_polls_are_two_polls_past_an_adjective() -> None:
    slots = story_slots(
        _report(
            "a1",
            "A poll for the respected Harian Pagi newspaper found 68 percent of people in "
            "Freedonia back the plan.",
            "Freedonia",
            kind="place",
        ),
        _report(
            "b1",
            "A poll published by the Morning Star said 83 percent of people in Freedonia back it.",
            "Freedonia",
            kind="place",
        ),
    )
    assert slot_holding(slots, "a1", 68) is not slot_holding(slots, "b1", 83)
    assert not _disputes(slots)


def test_one_polls_share_misquoted_still_disputes() -> None:
    slots = story_slots(
        _report(
            "a1",
            "A poll for the respected Morning Star found 68 percent of people in Freedonia "
            "back it.",
            "Freedonia",
            kind="place",
        ),
        _report(
            "b1",
            "A poll by the Morning Star found 83 percent of people in Freedonia back it.",
            "Freedonia",
            kind="place",
        ),
    )
    assert one_disputed_sum(slots, ("a1", 68), ("b1", 83))


def test_tied_the_scores_is_no_amount() -> None:
    slots = story_slots(
        figured_report("a1", ["Carl Dunn's 45-yard field goal tied the scores."]),
        figured_report("b1", ["Ray Cole caught five passes for 68 yards."]),
    )
    assert not any(m.text == "scores" for s in slots for v in s.values for m in v.mentions)
    assert not _disputes(slots)


def test_word_amounts_of_a_noun_still_count() -> None:
    slots = story_slots(
        figured_report("a1", ["Scores of people were hurt in the blast."]),
        figured_report("b1", ["The hundreds of fans waited outside."]),
    )
    read = {m.text for s in slots for v in s.values for m in v.mentions}
    assert {"Scores of people", "hundreds of fans"} <= read


def test_guard_a_kicks_length_stays_apart_from_receivers_yards() -> None:
    # Passes before and after session 23: a guard that the "tied the scores" rule keeps it.
    slots = story_slots(
        figured_report("a1", ["Carl Dunn's 45-yard field goal tied the game."]),
        figured_report("b1", ["Ray Cole caught five passes for 68 yards."]),
    )
    assert slot_holding(slots, "a1", 45) is not slot_holding(slots, "b1", 68)


def test_two_reports_yards_of_one_catch_still_dispute() -> None:
    slots = story_slots(
        figured_report("a1", ["Ray Cole caught five passes for 68 yards."]),
        figured_report("b1", ["Ray Cole caught five passes for 86 yards."]),
    )
    assert one_disputed_sum(slots, ("a1", 68), ("b1", 86))


def test_a_run_so_far_is_no_count_of_a_seasons_games() -> None:
    for run in (
        "The Colts, winners of eight straight games, clinched a playoff spot.",
        "The Colts, on an eight-game winning streak, clinched a playoff spot.",
    ):
        slots = story_slots(
            figured_report("a1", [run]),
            figured_report("b1", ["Manning has 26 touchdowns in 15 games."]),
        )
        assert not _disputes(slots), run


def test_a_run_so_far_is_no_count_of_a_seasons_games_in_indonesian() -> None:
    for run in (
        "Persib menang 5 laga beruntun di kandang.",
        "Persib menang 5 pertandingan berturut-turut di kandang.",
    ):
        slots = story_slots(
            id_report("a1", run),
            id_report("b1", "Persib sudah tampil dalam 9 pertandingan di kandang."),
            id_report("c1", "Persib sudah tampil dalam 9 laga di kandang."),
        )
        assert not _disputes(slots), run


def test_two_bodies_possessive_counts_of_victims_dispute() -> None:
    for first, second in [
        ("BNPB's count rose to 120 victims.", "BPBD's count rose to 150 victims."),
        ("BNPB's count rose to 120 victims.", "BPBD's count of the victims rose to 150."),
        ("BNPB's toll of the dead rose to 120.", "BPBD's toll of the dead rose to 150."),
    ]:
        slots = story_slots(
            _report("a1", first, "BNPB", kind="organisation"),
            _report("b1", second, "BPBD", kind="organisation"),
        )
        assert one_disputed_sum(slots, ("a1", 120), ("b1", 150)), first


def test_a_record_names_its_noun_as_the_figures_stage_reads_it() -> None:
    # "buses" is the table's bus and "people" its person, as "15 buses" and "150 people" are.
    for first, second, values in [
        ("The count of buses rose to 12.", "Police said 15 buses were parked outside.", (12, 15)),
        ("The number of people killed rose to 120.", "Police said 150 people died.", (120, 150)),
    ]:
        slots = story_slots(figured_report("a1", [first]), figured_report("b1", [second]))
        assert one_disputed_sum(slots, ("a1", values[0]), ("b1", values[1])), first


def test_a_teams_own_tally_stays_its_own() -> None:
    slots = story_slots(
        _report("a1", "Arsenal's tally rose to 30 goals.", "Arsenal", kind="organisation"),
        _report("b1", "Chelsea's tally rose to 35 goals.", "Chelsea", kind="organisation"),
    )
    assert not _disputes(slots)


def test_a_record_names_what_a_bare_number_counts_in_indonesian() -> None:
    slots = story_slots(
        id_report("a1", "Jumlah pengungsi naik menjadi 150."),
        id_report("b1", "Sebanyak 120 pengungsi tinggal di tenda."),
    )
    assert slot_holding(slots, "a1", 150).subject == slot_holding(slots, "b1", 120).subject
