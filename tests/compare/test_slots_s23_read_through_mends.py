"""Mends of session 23's slot rules after a second read-through: the outlet a speaker tells
("told ESPN", "kepada Kompas") holds nothing of his count; "untuk" and "oleh" after an
Indonesian poll word take no pollster's name; a day or month is no pollster, and "by" a few
words on names one ("a poll published Monday by Reuters"); a toll counts people, not its
happening ("the toll of the quake"); a record's noun counts no figure past a conjunction or
"because" ("the number of evacuees grew and the injured rose to 40"); initials ("AS") part no
holder's counts however many reports tie them. Sentences written for the tests (made-up
people and numbers)."""

from __future__ import annotations

from dataclasses import replace

from silang.compare.figures import read_figures
from silang.compare.glossary import load_glossary
from silang.model import Annotated, Entity, EntityKind

from records import figured_report, id_report, one_disputed_sum, story_slots


def _named(item: Annotated, *names: tuple[str, EntityKind]) -> Annotated:
    text = item.article.text
    entities = tuple(Entity(text.index(n), text.index(n) + len(n), n, kind, n) for n, kind in names)
    return replace(item, entities=entities)


def _values(slots: tuple[object, ...], aid: str) -> set[float]:
    return {v.value for s in slots for v in getattr(s, "values", ()) if aid in v.article_ids}


def test_the_outlet_a_player_tells_holds_nothing_of_his_count() -> None:
    # Two reports give Brook's four: "ESPN" is the outlet, and his five disputes them.
    slots = story_slots(
        _named(
            figured_report("a1", ["Dale Brook missed four games last season."]),
            ("Dale Brook", "person"),
        ),
        _named(
            figured_report("a2", ["Brook missed four games with a knee injury."]),
            ("Brook", "person"),
        ),
        figured_report("b1", ["He was out for four games in October."]),
        _named(
            figured_report("c1", ["He told ESPN he sat out five games."]),
            ("ESPN", "organisation"),
        ),
    )
    assert one_disputed_sum(slots, ("a1", 4), ("c1", 5))


def test_the_outlet_told_in_indonesian_holds_nothing_either() -> None:
    (figure,) = read_figures(
        _named(
            id_report("c1", "Ia mengatakan kepada Kompas bahwa ia absen lima pertandingan."),
            ("Kompas", "organisation"),
        ),
        load_glossary(),
    )
    assert not figure.holder


def test_untuk_and_oleh_after_a_poll_word_name_no_pollster() -> None:
    other = id_report("b1", "Survei LSI menunjukkan 45 persen warga mendukung Anies.")
    for sentence in (
        "Survei untuk pemilihan gubernur DKI menunjukkan 40 persen warga mendukung Anies.",
        "Hasil survei oleh lembaga di Jakarta menunjukkan 40 persen warga mendukung Anies.",
    ):
        slots = story_slots(id_report("a1", sentence), other)
        assert one_disputed_sum(slots, ("a1", 40), ("b1", 45)), sentence


def test_a_newspaper_two_words_after_an_indonesian_poll_word_is_its_pollster() -> None:
    (figure,) = read_figures(
        id_report("a1", "Survei oleh harian Fajar menunjukkan 40 persen warga mendukung Anies."),
        load_glossary(),
    )
    assert figure.pollster == {"fajar"}


def test_a_day_or_month_is_no_pollster_and_by_names_one_further_on() -> None:
    glossary = load_glossary()
    for sentence, pollster in (
        ("A poll published Monday by Reuters showed 40 percent back the plan.", "reuters"),
        ("A poll conducted in January by Gallup showed 40 percent back the plan.", "gallup"),
        ("A poll released Monday showed 40 percent back the plan.", None),
    ):
        (figure,) = read_figures(figured_report("a1", [sentence]), glossary)
        assert figure.pollster == ({pollster} if pollster else set()), sentence


def test_the_toll_of_a_happening_counts_no_happenings() -> None:
    slots = story_slots(
        figured_report("a1", ["The toll of the quake rose to 120."]),
        figured_report("b1", ["The toll of the quake stood at 95."]),
    )
    assert not any(s.status == "disputed" and s.subject == "earthquake" for s in slots)
    floods = story_slots(figured_report("a1", ["The toll of the floods rose to 120."]))
    assert not any(s.subject == "flood" for s in floods)


def test_the_toll_of_people_still_counts_them() -> None:
    slots = story_slots(
        figured_report("a1", ["The toll of the victims rose to 120."]),
        figured_report("b1", ["Police said there were 150 victims."]),
    )
    assert one_disputed_sum(slots, ("a1", 120), ("b1", 150))


def test_a_record_reaches_no_figure_past_a_conjunction_or_because() -> None:
    english = story_slots(
        figured_report("a1", ["The number of evacuees grew and the injured rose to 40."])
    )
    assert not any(s.subject == "person:evacuee" for s in english)
    grown = story_slots(
        id_report("a1", "Jumlah pengungsi terus bertambah dan korban luka mencapai 40.")
    )
    assert not any(s.subject == "person:evacuee" for s in grown)
    slots = story_slots(
        id_report("a1", "Jumlah pengungsi bertambah karena banyak rumah yang rusak mencapai 300."),
        id_report("b1", "Sebanyak 500 pengungsi tinggal di tenda."),
    )
    assert _values(slots, "a1") == set()


def test_a_record_with_no_conjunction_still_counts_its_noun() -> None:
    slots = story_slots(
        id_report("a1", "Jumlah pengungsi terus bertambah hingga mencapai 300 orang."),
        id_report("b1", "Sebanyak 500 pengungsi tinggal di tenda."),
    )
    assert one_disputed_sum(slots, ("a1", 300), ("b1", 500))


def test_initials_part_no_counts_that_two_reports_each_tie_to_them() -> None:
    # "AS" may be Agus Salim's initials: each count told twice, they still dispute.
    slots = story_slots(
        _named(
            figured_report("a1", ["Agus Salim had eight assists in the game."]),
            ("Agus Salim", "person"),
        ),
        _named(figured_report("a2", ["Agus Salim had eight assists."]), ("Agus Salim", "person")),
        _named(figured_report("b1", ["AS had nine assists in the game."]), ("AS", "person")),
        _named(figured_report("b2", ["AS had nine assists."]), ("AS", "person")),
    )
    assert one_disputed_sum(slots, ("a1", 8), ("b1", 9))
