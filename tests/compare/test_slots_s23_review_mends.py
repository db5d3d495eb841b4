"""Mends of session 23's slot rules after review: a record's figure is its total only after a
word of reaching ("rose to 120", not "from 90", "rose by 300"); a holder one report alone
names hides no dispute of the reports naming none; a run so far is only of a sequence's steps
in the figure's own clause ("three straight games", not "tiga gempa beruntun"); a pollster
past three words only after "for"/"by"; "the thousands evacuated" still count; "jumlah korban
meninggal" counts the dead; a part taken from a record is no total; the side a player played
against holds nothing of his count. Sentences written for the tests (made-up people and
numbers)."""

from __future__ import annotations

from dataclasses import replace

from silang.compare.figures import read_figures
from silang.compare.glossary import load_glossary
from silang.model import Annotated, Entity, EntityKind

from records import figured_report, id_report, one_disputed_sum, slot_holding, story_slots


def _report(aid: str, sentence: str, *names: str, kind: EntityKind = "person") -> Annotated:
    item = figured_report(aid, [sentence])
    text = item.article.text
    entities = tuple(
        Entity(text.index(n), text.index(n) + len(n), n, kind, n) for n in names if n in text
    )
    return replace(item, entities=entities)


def _values(slots: tuple[object, ...], aid: str) -> set[float]:
    return {v.value for s in slots for v in getattr(s, "values", ()) if aid in v.article_ids}


def test_a_records_past_figure_is_no_total() -> None:
    slots = story_slots(
        figured_report("a1", ["The number of victims rose to 120 from 90."]),
        figured_report("b1", ["Police said there were 150 victims."]),
    )
    assert _values(slots, "a1") == {120}
    assert one_disputed_sum(slots, ("a1", 120), ("b1", 150))


def test_a_records_change_is_no_total() -> None:
    for first in (
        figured_report("a1", ["The number of evacuees rose by 300."]),
        figured_report("a1", ["The number of evacuees has nearly doubled from 600."]),
        id_report("a1", "Jumlah pengungsi kembali bertambah 300."),
    ):
        second = (
            id_report("b1", "Sebanyak 1.200 pengungsi tinggal di tenda.")
            if first.article.language == "id"
            else figured_report("b1", ["Some 1,200 evacuees were housed in schools."])
        )
        slots = story_slots(first, second)
        assert not _values(slots, "a1"), first.article.text


def test_a_records_total_before_its_date_counts() -> None:
    slots = story_slots(
        _report(
            "a1", "BNPB's count of the dead rose to 120 on Monday.", "BNPB", kind="organisation"
        ),
        _report(
            "b1", "BPBD's count of the dead rose to 150 on Monday.", "BPBD", kind="organisation"
        ),
    )
    assert one_disputed_sum(slots, ("a1", 120), ("b1", 150))


def test_a_record_of_victims_who_died_counts_the_dead() -> None:
    slots = story_slots(
        id_report("a1", "Jumlah korban meninggal mencapai 120."),
        id_report("b1", "Sebanyak 150 orang meninggal dalam banjir itu."),
    )
    assert slot_holding(slots, "a1", 120).subject == "person:dead"
    assert one_disputed_sum(slots, ("a1", 120), ("b1", 150))


def test_a_source_one_report_names_hides_no_dispute() -> None:
    # "ESPN" is the player's listener, no holder: the report naming no one still disputes
    # the player's count, and so does ESPN's own report where two reports give the player's
    # and one naming no one agrees with them.
    first = _report("a1", "Dale Brook missed four games after knee surgery.", "Dale Brook")
    told = _report(
        "c1", "He told ESPN he missed five games after the surgery.", "ESPN", kind="organisation"
    )
    slots = story_slots(
        first, figured_report("b1", ["He missed five games after the surgery."]), told
    )
    assert one_disputed_sum(slots, ("a1", 4), ("b1", 5))
    twice = story_slots(
        first,
        _report("a2", "Brook missed four games with a knee injury.", "Brook"),
        figured_report("b1", ["He was out for four games in October."]),
        told,
    )
    assert one_disputed_sum(twice, ("a1", 4), ("c1", 5))


def test_a_run_word_beside_a_total_of_things_is_no_run() -> None:
    for first, second in [
        (
            "Tiga gempa beruntun mengguncang Lombok pada Minggu.",
            "Dua gempa mengguncang Lombok pada Minggu.",
        ),
        (
            "Sebanyak 5 mobil tabrakan beruntun di tol Cipularang.",
            "Sebanyak 7 mobil tabrakan di tol Cipularang.",
        ),
    ]:
        slots = story_slots(id_report("a1", first), id_report("b1", second))
        assert any(s.status == "disputed" for s in slots), first


def test_a_run_word_of_another_clause_is_no_run() -> None:
    for first in (
        ["The Colts have played 9 games.", "Straight after the bye they face the Jets."],
        ["The Colts have played 9 games, consecutive losses having ended their hopes."],
    ):
        slots = story_slots(
            figured_report("a1", first),
            figured_report("b1", ["The Colts have played 8 games this season."]),
        )
        assert one_disputed_sum(slots, ("a1", 9), ("b1", 8)), first[0]


def test_a_place_or_a_name_past_a_poll_is_no_pollster() -> None:
    glossary = load_glossary()
    for sentence, names in [
        ("A poll of voters across Greece found 52 percent back the deal.", ("Greece",)),
        ("A poll taken after the Obama speech showed 40 percent back the plan.", ("Obama",)),
        ("A poll of voters in Ohio found 52 percent back the plan.", ("Ohio",)),
    ]:
        figures = read_figures(_report("a1", sentence, *names), glossary)
        assert [f.pollster for f in figures if f.poll] == [frozenset()], sentence


def test_guard_a_pollster_past_three_words_after_for_still_named() -> None:
    item = figured_report("a1", ["A poll for the respected Harian Pagi found 68 percent back it."])
    figures = read_figures(item, load_glossary())
    assert [f.pollster for f in figures if f.poll] == [frozenset({"harian", "pagi"})]


def test_the_thousands_whom_something_befell_still_count() -> None:
    slots = story_slots(
        figured_report("a1", ["The thousands evacuated from the coast returned home on Monday."]),
        figured_report("b1", ["Some 500 people evacuated from the coast returned home on Monday."]),
    )
    assert slot_holding(slots, "a1", 2000).subject == "person:evacuee"


def test_a_part_of_a_record_is_no_total() -> None:
    slots = story_slots(
        id_report("a1", "Dari jumlah pengungsi itu anak-anak mencapai 400."),
        id_report("b1", "Sebanyak 1.200 pengungsi tinggal di tenda."),
    )
    assert not any(s.status == "disputed" for s in slots)


def test_the_side_played_against_holds_no_players_count() -> None:
    # Two reports name the player's four games (one through "against the Jets and missed"):
    # the reports naming no one take his holder, apart from another player's five.
    slots = story_slots(
        _report(
            "a1",
            "Dale Brook hurt his knee against the Jets and missed four games.",
            "Dale Brook",
            "Jets",
        ),
        _report("a2", "Brook missed four games after knee surgery.", "Brook"),
        figured_report("a3", ["He missed four games while he recovered from surgery."]),
        _report("b1", "The club signed Tom Hale, who spent five games with the Colts.", "Tom Hale"),
    )
    assert slot_holding(slots, "a3", 4) is not slot_holding(slots, "b1", 5)
    assert not any(s.status == "disputed" for s in slots)
