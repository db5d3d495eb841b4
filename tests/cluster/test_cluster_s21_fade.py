"""A story's cut weighs its articles' days as placing weighed them (timing.Fade).

Two happenings of one kind months apart join at placing only as a near repeat (their
wording alike: ClusterParams.same_similarity); the cut then parts them like two happenings
of one day, and a short report goes with the happening of its day, whatever its words
(unless it repeats the other's: test_cluster_s21_fade_rules.py).
"""

from __future__ import annotations

from dataclasses import replace

from cluster_records import LEXICONS, QUAKE_SARI, QUAKE_TIGA, groups, item
from test_cluster_halves import ids, placed, two_happenings

from silang.cluster import DEFAULT_PARAMS, assign, cluster_stories, empty_state
from silang.cluster.halves import halves
from silang.cluster.timing import Fade
from silang.cluster.vectorize import Placed

#: Placing's fade at the default settings: decay after 3 days by e every 21, none left at
#: the threshold of 0.14 after some 44 days, none at all for a near repeat (closeness 0.6).
FADE = Fade.of(
    DEFAULT_PARAMS.grace_days,
    DEFAULT_PARAMS.decay_days,
    DEFAULT_PARAMS.threshold,
    DEFAULT_PARAMS.same_similarity,
    DEFAULT_PARAMS.recall_days,
)


def dated(units: list[list[Placed]], days: dict[str, int]) -> list[list[Placed]]:
    """The units with each article dated by the first letter of its id."""
    return [[replace(member, day=days[member.id[0]]) for member in unit] for unit in units]


def test_cluster_halves_past_the_fades_reach_are_cut() -> None:
    apart = dated(two_happenings("id", "id"), {"a": 0, "b": 200})
    assert ids(halves(apart, fade=FADE)) == [["a0", "a1", "a2"], ["b0", "b1", "b2"]]


def test_cluster_halves_within_the_fades_reach_are_a_development_and_stay_whole() -> None:
    week_later = dated(two_happenings("id", "id"), {"a": 0, "b": 7})
    assert len(halves(week_later, fade=FADE)) == 1
    # Without a fade to follow, halves apart in time are never cut.
    assert len(halves(dated(two_happenings("id", "id"), {"a": 0, "b": 200}))) == 1


def quakes_with_a_stray() -> list[list[Placed]]:
    """Three reports of a 2013 quake in words of their own, dated day 200; four alike of
    another quake, day 0; and a lone sentence of day 0 echoing one 2013 report's words."""
    told = ("rusak jalan", "desa sekolah kota", "masjid pasar rumah")
    units = [
        *(
            [placed(f"a{n}", f"tiga dewi lestari #2013 {words}", "id")]
            for n, words in enumerate(told)
        ),
        *([placed(f"b{n}", "sari hendra wiratama #120 gempa rusak warga", "id")] for n in range(4)),
        [placed("x", "tiga rusak jalan", "id")],
    ]
    return dated(units, {"a": 200, "b": 0, "x": 0})


def test_cluster_cut_moves_a_short_report_to_the_happening_of_its_day() -> None:
    # By its words the stray is closer to the 2013 reports (0.38 on average against 0.22);
    # faded by the 200 days between, they leave it nearly nothing.
    assert ids(halves(quakes_with_a_stray())) == [
        ["a0", "a1", "a2", "x"],
        ["b0", "b1", "b2", "b3"],
    ]
    assert ids(halves(quakes_with_a_stray(), fade=FADE)) == [
        ["a0", "a1", "a2"],
        ["b0", "b1", "b2", "b3", "x"],
    ]


def test_cluster_two_quakes_joined_as_a_near_repeat_months_apart_are_two_stories() -> None:
    # Every closeness a near repeat: placing joins the two quakes 200 days apart as one
    # story; its records cut it, as they do the two quakes of one morning.
    params = replace(DEFAULT_PARAMS, same_similarity=0.0)
    sari = [item(f"s{n}", text, published="2024-01-10") for n, text in enumerate(QUAKE_SARI)]
    tiga = [item(f"t{n}", text, published="2024-07-28") for n, text in enumerate(QUAKE_TIGA)]
    _, placed_stories = assign(empty_state(), [*sari, *tiga], (), LEXICONS, params)
    assert len(placed_stories) == 1  # the premise
    assert groups(cluster_stories([*sari, *tiga], (), LEXICONS, params)) == {
        frozenset({"s0", "s1", "s2"}),
        frozenset({"t0", "t1", "t2"}),
    }
