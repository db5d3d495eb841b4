"""A grown story's record: grouped again in full only when it crosses a rung of the regrouping
ladder (subevents.regroups), else its new articles placed into its existing sub-events
(subevents.place_units); and a run reads from the archive only the stories must-linked to its
new articles."""

from __future__ import annotations

from dataclasses import replace

from cluster_records import (
    FLOOD_ID,
    FLOOD_ID_2,
    LEXICONS,
    QUAKE_SARI,
    QUAKE_TIGA,
    RETURN_ID,
    RETURN_ID_2,
    item,
    link,
)

from silang.cluster import assign, empty_state, refresh_records, story_records
from silang.cluster.subevents import Regrouping, place_units, regroups
from silang.cluster.vectorize import Placed
from silang.corpus import add_stories, update_stories
from silang.lang import load_pack
from silang.model import Annotated, Story, SubEvent
from silang.store import Store

PACKS = {code: load_pack(code) for code in ("id", "en")}

#: One story of eight reports: six of the flood (two wordings), then two of the return home
#: a week on, its second sub-event.
FIRST = [
    *(item(f"f{n}", (FLOOD_ID, FLOOD_ID_2)[n % 2], published="2024-03-13") for n in range(6)),
    item("r0", RETURN_ID, published="2024-03-20"),
    item("r1", RETURN_ID_2, published="2024-03-21"),
]


def later(count: int) -> list[Annotated]:
    """``count`` more reports of the return home."""
    texts = (RETURN_ID, RETURN_ID_2)
    return [item(f"r{n}", texts[n % 2], published="2024-03-22") for n in range(2, 2 + count)]


def grown(count: int) -> tuple[Story, Story]:
    """The story's record after ``count`` more reports, grown from records whose every
    sub-event label reads "kept" (so that what was not made again shows), and the record a
    batch over all its articles makes."""
    state, placed = assign(empty_state(), FIRST, (), LEXICONS)
    records = story_records(state, placed, FIRST, (), LEXICONS)
    marked = [
        replace(s, sub_events=tuple(replace(e, label="kept") for e in s.sub_events))
        for s in records
    ]
    more = later(count)
    after, changed = assign(state, more, (), LEXICONS)
    (record,) = refresh_records(after, changed, marked, [*FIRST, *more], (), LEXICONS)
    (batch,) = story_records(after, changed, [*FIRST, *more], (), LEXICONS)
    return record, batch


def ids(story: Story) -> list[tuple[str, ...]]:
    return [event.article_ids for event in story.sub_events]


def test_cluster_regrouping_ladder_rungs() -> None:
    ladder = Regrouping(growth=0.25, least=8)
    # Below the least size every run groups in full.
    assert regroups(3, 4, ladder) and regroups(7, 9, ladder)
    # Rungs 8, 10, 13, 17: growing inside one is placing, crossing one is grouping in full.
    assert not regroups(8, 9, ladder)
    assert regroups(8, 10, ladder) and regroups(9, 10, ladder)
    assert not regroups(10, 12, ladder) and regroups(12, 13, ladder)
    assert not regroups(13, 16, ladder) and regroups(16, 17, ladder)
    # A story never grows past (1 + growth) times its last full grouping unregrouped.
    for before in range(8, 400):
        after = before + 1
        while not regroups(before, after, ladder):
            after += 1
        assert after - 1 < 1.25 * before


def test_cluster_grown_story_below_the_rung_places_its_new_article() -> None:
    record, batch = grown(1)
    assert len(record.article_ids) == 9
    flood, back = record.sub_events
    # The flood was not grouped again; the return home took the new report and was labelled
    # afresh, as the batch labels it.
    assert flood.label == "kept" and back.label != "kept"
    assert back.article_ids == ("r0", "r1", "r2")
    assert ids(record) == ids(batch) and back == batch.sub_events[1]
    assert (record.id, record.title, record.article_ids) == (
        batch.id,
        batch.title,
        batch.article_ids,
    )


def test_cluster_grown_story_at_the_rung_is_grouped_in_full() -> None:
    record, batch = grown(2)
    assert len(record.article_ids) == 10
    assert record == batch


def test_cluster_must_link_across_sub_events_groups_in_full() -> None:
    state, placed = assign(empty_state(), FIRST, (), LEXICONS)
    records = story_records(state, placed, FIRST, (), LEXICONS)
    marked = [replace(s, title="kept") for s in records]
    more = later(1)
    # A copy link found since between the flood and the return home: they are one sub-event.
    links = (link("f0", "r0", "copy"),)
    after, changed = assign(state, more, links, LEXICONS)
    (record,) = refresh_records(after, changed, marked, [*FIRST, *more], links, LEXICONS)
    assert any({"f0", "r0"} <= set(event.article_ids) for event in record.sub_events)


def vector_article(article_id: str, day: int, **weights: float) -> Placed:
    norm = sum(w * w for w in weights.values()) ** 0.5
    vector = {term: weight / norm for term, weight in weights.items()}
    return Placed(article_id, day, vector, article_id, False)


def test_cluster_placed_units_join_the_nearest_sub_event_or_open_one() -> None:
    flood = [
        vector_article("f1", 100, banjir=1.0, sungai=1.0),
        vector_article("f2", 100, banjir=1.0),
    ]
    back = [
        vector_article("r1", 107, pulang=1.0, lumpur=1.0),
        vector_article("r2", 108, pulang=1.0),
    ]
    units = [
        [vector_article("n1", 108, pulang=1.0, lumpur=0.5)],  # the return home
        [vector_article("n2", 100, banjir=1.0, sungai=0.2)],  # the flood
        [vector_article("n3", 108, jembatan=1.0)],  # shares no word: a sub-event of its own
        [vector_article("n4", 108, jembatan=1.0, pulang=0.1)],  # joins the one n3 opened
        [vector_article("n5", 100, banjir=1.0)],  # forced by a must-link to the return home
    ]
    assert place_units([flood, back], units, [None, None, None, None, 1]) == [1, 0, 2, 2, 1]


def test_cluster_placed_unit_far_in_time_opens_a_sub_event() -> None:
    flood = [
        vector_article("f1", 100, banjir=1.0, sungai=1.0),
        vector_article("f2", 100, banjir=1.0),
    ]
    # The flood's words a month on, not a near repeat: decayed below the bar.
    units = [[vector_article("n1", 130, banjir=1.0, warga=2.0, lumpur=1.0)]]
    assert place_units([flood], units) == [1]
    # The same words the next day join it.
    units = [[vector_article("n1", 101, banjir=1.0, warga=2.0, lumpur=1.0)]]
    assert place_units([flood], units) == [0]


def test_cluster_run_reads_no_archived_story_for_links_among_earlier_articles() -> None:
    first = [
        item("f1", FLOOD_ID, published="2024-03-13"),
        item("f2", FLOOD_ID_2, published="2024-03-14"),
    ]
    second = [item("m1", RETURN_ID, published="2026-06-01")]
    third = [item("m2", RETURN_ID_2, published="2026-06-02")]

    def archived(store: Store) -> None:
        """All three runs' articles stored and the first two runs clustered, so that the
        flood story is archived behind the later return."""
        for annotated in [*first, *second, *third]:
            store.add_article(annotated, document_key=annotated.article.id, run_id="r", version=0)
        update_stories(store, first, PACKS)
        update_stories(store, [*first, *second], PACKS)

    with Store(":memory:") as store:
        archived(store)
        # A link between the two archived flood reports alone: no new article is linked.
        store.replace_links([link("f1", "f2")])
        run = add_stories(store, [*first, *second, *third], PACKS)
        assert run is not None and not run.full
        assert run.before.archive.ids == ()
    with Store(":memory:") as store:
        archived(store)
        store.replace_links([link("f1", "m2")])
        run = add_stories(store, [*first, *second, *third], PACKS)
        assert run is not None and run.before.archive.ids == ("s-f1",)
        assert any({"f1", "m2"} <= set(s.article_ids) for s in store.stories())


#: The Pulau Tiga quake a month on: its names, in other words (the rebuilding), so a sub-event
#: of its own, not a near repeat of the quake's reports.
TIGA_REBUILT = (
    "Sebulan setelah gempa, Camat Dewi Anggraini meresmikan 45 rumah baru di Desa Karangjati, "
    "Pulau Tiga. Warga Karangjati membangun kembali sekolah dan pasar bersama relawan."
)


def cut_story(new: Annotated) -> tuple[Story, Story, Story, Story]:
    """A story of eight quake reports stored cut in two parts (Lembah Sari, then Pulau Tiga,
    one sub-event each), grown by ``new``: the stored parts, then the grown story's records
    (a story at eight articles grown by one is placed, not grouped again)."""
    sari = [item(f"q{n}", QUAKE_SARI[n % 3], published="2024-03-12") for n in range(4)]
    tiga = [item(f"t{n}", QUAKE_TIGA[n % 3], published="2024-03-12") for n in range(4)]
    everything = [*sari, *tiga, new]
    state, _ = assign(empty_state(), everything, (), LEXICONS)

    def part(named: str, members: list[Annotated]) -> Story:
        held = tuple(member.article.id for member in members)
        event = SubEvent("kept", held, "2024-03-12", "2024-03-12")
        return Story(named, "kept", held, "2024-03-12", "2024-03-12", (event,))

    stored = (part("s-q0", sari), part("s-t0", tiga))
    story = Story("s-q0", "", tuple(member.article.id for member in everything))
    first, second = story_records(state, [story], everything, (), LEXICONS, previous=stored)
    return (*stored, first, second)


def test_cluster_grown_cut_story_places_a_report_into_its_own_part() -> None:
    sari, tiga, first, second = cut_story(item("n1", QUAKE_TIGA[1], published="2024-03-12"))
    # The Pulau Tiga report joins the Pulau Tiga part's sub-event; the Lembah Sari part,
    # untouched, is its stored record.
    assert first == sari
    assert second.id == "s-t0" and second.article_ids == (*tiga.article_ids, "n1")
    (event,) = second.sub_events
    assert sorted(event.article_ids) == sorted(second.article_ids)


def test_cluster_grown_cut_story_opens_a_sub_event_in_the_nearest_part() -> None:
    sari, tiga, first, second = cut_story(item("n1", TIGA_REBUILT, published="2024-04-15"))
    # A month on, the rebuilding opens a sub-event of its own, in the part whose articles
    # share its names (the second part, not the first).
    assert first == sari
    assert second.article_ids == (*tiga.article_ids, "n1")
    assert [event.article_ids for event in second.sub_events] == [tiga.article_ids, ("n1",)]
