"""The fade a story's cut weighs its articles' days by is placing's own (timing.Fade): it
reaches as far as placing's decay, spares a near repeat, and a grown story's new sub-event
goes to its part by it as the batch cut would send it."""

from __future__ import annotations

from cluster_records import LEXICONS, QUAKE_SARI, QUAKE_TIGA, item
from test_cluster_halves import ids, placed, two_happenings
from test_cluster_s21_fade import FADE, dated

from silang.cluster import assign, empty_state, story_records
from silang.cluster.halves import halves
from silang.cluster.vectorize import Placed
from silang.model import Annotated, Story, SubEvent


def test_cluster_halves_a_month_apart_are_a_development_and_stay_whole() -> None:
    # Within the some 44 days placing's decay reaches, placing could have joined them for
    # their time.
    month_later = dated(two_happenings("id", "id"), {"a": 0, "b": 30})
    assert len(halves(month_later, fade=FADE)) == 1


def test_cluster_halves_seven_weeks_apart_are_cut() -> None:
    # Past that reach placing could join them only as a near repeat.
    weeks_later = dated(two_happenings("id", "id"), {"a": 0, "b": 50})
    assert ids(halves(weeks_later, fade=FADE)) == [["a0", "a1", "a2"], ["b0", "b1", "b2"]]


def quakes_with(stray: str, days: dict[str, int]) -> list[list[Placed]]:
    """Three reports of a 2013 quake in words of their own, four alike of another quake,
    and a lone report in ``stray``'s words, dated by ``days`` (keyed "a", "b", "x")."""
    told = ("rusak jalan", "desa sekolah kota", "masjid pasar rumah")
    units = [
        *(
            [placed(f"a{n}", f"tiga dewi lestari #2013 {words}", "id")]
            for n, words in enumerate(told)
        ),
        *([placed(f"b{n}", "sari hendra wiratama #120 gempa rusak warga", "id")] for n in range(4)),
        [placed("x", stray, "id")],
    ]
    return dated(units, days)


def test_cluster_cut_keeps_a_repost_with_what_it_repeats_months_on() -> None:
    # The repost (closeness 0.75 with the 2013 reports' sum; it does not name the year) is
    # dated with the other quake, 200 days after what it repeats: placing does not fade a
    # near repeat, nor does the cut.
    repost = quakes_with("tiga dewi lestari rusak jalan", {"a": 0, "b": 200, "x": 200})
    assert ids(halves(repost, fade=FADE)) == [
        ["a0", "a1", "a2", "x"],
        ["b0", "b1", "b2", "b3"],
    ]


#: A short report a month after the Pulau Tiga quake, with the Lembah Sari quake's
#: regent and toll in its words (not a near repeat of either quake's reports), not naming
#: the year the Lembah Sari reports name.
STRAY = "Bupati Hendra Wiratama menyebut 120 rumah rusak. Warga membangun kembali."


def test_cluster_grown_cut_story_sends_a_new_sub_event_where_a_batch_cut_sends_it() -> None:
    # The Lembah Sari quake of 2024, then the Pulau Tiga quake 200 days on, stored cut; the
    # stray opens a sub-event of its own. Faded by days as the batch cut fades it, it goes
    # with the Pulau Tiga part a month before it, not with the words of 230 days before.
    told = " Gempa itu terjadi pada Januari 2024."
    sari = [item(f"q{n}", QUAKE_SARI[n % 3] + told, published="2024-01-10") for n in range(4)]
    tiga = [item(f"t{n}", QUAKE_TIGA[n % 3], published="2024-07-28") for n in range(4)]
    everything = [*sari, *tiga, item("n1", STRAY, published="2024-08-27")]
    state, _ = assign(empty_state(), everything, (), LEXICONS)

    def part(named: str, members: list[Annotated]) -> Story:
        held = tuple(member.article.id for member in members)
        day = members[0].article.published
        event = SubEvent("kept", held, day, day)
        return Story(named, "kept", held, day, day, (event,))

    stored = (part("s-q0", sari), part("s-t0", tiga))
    story = Story("s-q0", "", tuple(member.article.id for member in everything))
    first, second = story_records(state, [story], everything, (), LEXICONS, previous=stored)
    assert first == stored[0]
    assert second.article_ids == (*stored[1].article_ids, "n1")
    assert [event.article_ids for event in second.sub_events] == [stored[1].article_ids, ("n1",)]
    batch = story_records(state, [story], everything, (), LEXICONS)
    assert [record.article_ids for record in batch] == [first.article_ids, second.article_ids]
