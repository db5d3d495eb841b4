"""The cut of a story holding two happenings of one kind (halves.py), session 23: a unit
naming the other half's year as its latest, and not its own half's, and a name the other
half's articles mostly hold and none of its own half's, goes there whatever its wording; a
year alone, or with a name of the other happening beside its own, is often a past one
recalled and moves nothing. Clock times are no years."""

from __future__ import annotations

from dataclasses import replace

import pytest
from cluster_records import item
from test_cluster_halves import ids, placed

from silang.cluster.halves import halves
from silang.cluster.terms import named_years
from silang.cluster.vectorize import Placed


def report(article_id: str, words: str, names: str) -> Placed:
    """A hand-made article of ``words`` and ``names`` (who, where, when: its signature),
    with equal weights; a figure term of a year ("#2013") stands for the year in its text."""
    return replace(placed(article_id, f"{words} {names}", "id"), signature=frozenset(names.split()))


def cut(story: list[list[Placed]]) -> list[list[str]]:
    """The articles of each part of the cut story, in order."""
    return sorted(ids(halves(story)))


#: Four reports of a 2013 fire in Ciputat, naming the year, and four of an earlier fire in
#: Depok, told in other words, naming none.
FIRES = [
    *(
        [report(f"a{n}", "kebakaran toko warga mengungsi", "ciputat tangsel ramayana #2013")]
        for n in range(4)
    ),
    *(
        [report(f"b{n}", "kebakaran toko api padam damkar", "depok margonda idris #80 #12")]
        for n in range(4)
    ),
]
#: Four reports remembering the 2004 Aceh tsunami, and four of the 2018 Palu tsunami, each
#: naming its year.
TSUNAMIS = [
    *(
        [report(f"a{n}", "tsunami gelombang korban peringatan doa", "aceh banda meulaboh #2004")]
        for n in range(4)
    ),
    *(
        [report(f"p{n}", "tsunami gelombang korban evakuasi pengungsi", "palu donggala sigi #2018")]
        for n in range(4)
    ),
]


def test_cluster_cut_moves_a_unit_naming_the_other_halfs_year_and_town_there() -> None:
    # Worded as the earlier fire's reports are, but naming 2013 and Ciputat: two-means
    # leaves it with them, and their half names no year of its own.
    stray = report("x", "kebakaran toko api padam damkar", "ciputat #2013")
    assert cut([*FIRES, [stray]]) == [
        ["a0", "a1", "a2", "a3", "x"],
        ["b0", "b1", "b2", "b3"],
    ]


def test_cluster_cut_leaves_a_unit_naming_no_year_to_its_wording() -> None:
    stray = report("x", "kebakaran toko api padam damkar", "ciputat")
    assert cut([*FIRES, [stray]]) == [
        ["a0", "a1", "a2", "a3"],
        ["b0", "b1", "b2", "b3", "x"],
    ]


def test_cluster_cut_keeps_a_follow_up_recalling_the_other_halfs_year() -> None:
    # "Setahun setelah kebakaran ... Januari 2013": a report of the Depok fire written a
    # year on names 2013, but nothing of the Ciputat fire's own.
    stray = report("x", "kebakaran toko api padam damkar pedagang", "depok margonda #80 #2013")
    assert cut([*FIRES, [stray]]) == [
        ["a0", "a1", "a2", "a3"],
        ["b0", "b1", "b2", "b3", "x"],
    ]


@pytest.mark.parametrize(
    "names",
    [
        # "Terburuk sejak tsunami 2004": a Palu report names 2004 as its latest year, and
        # not 2018, but nothing of the Aceh reports' own.
        "palu donggala #2004",
        # "... sejak tsunami Aceh 2004": Aceh too, but also Palu, its own happening's.
        "palu donggala aceh #2004",
    ],
)
def test_cluster_cut_keeps_a_report_recalling_a_past_happening_in_its_half(names: str) -> None:
    stray = report("x", "tsunami gelombang korban evakuasi pengungsi", names)
    assert cut([*TSUNAMIS, [stray]]) == [
        ["a0", "a1", "a2", "a3"],
        ["p0", "p1", "p2", "p3", "x"],
    ]


def test_cluster_cut_moves_a_unit_from_a_dated_half_naming_the_other_year_and_place() -> None:
    # Worded as the Palu reports are, but naming 2004 and Aceh, and not Palu: its wording
    # would keep it with them, in a half whose year it does not name.
    stray = report("x", "tsunami gelombang korban evakuasi pengungsi likuefaksi", "aceh #2004")
    assert cut([*TSUNAMIS, [stray]]) == [
        ["a0", "a1", "a2", "a3", "x"],
        ["p0", "p1", "p2", "p3"],
    ]


@pytest.mark.parametrize(
    ("text", "years"),
    [
        ("The quake struck at 2015 GMT on Tuesday, the strongest since 2013.", {2013}),
        ("The quake struck at about 2045 GMT, 40 km off the coast.", set()),
        ("Gempa terjadi pukul 2015 WIB dan dirasakan hingga Padang.", set()),
        ("Kapal tenggelam sekitar pukul 1930 WITA, Sabtu (12/3/2016).", {2016}),
        ("It was the worst since 2013. EST officials said so.", {2013}),
        ("The quake struck at 2015 local time (1315 GMT), the worst since 2013.", {2013}),
        ("Gempa terjadi pukul 2015 waktu setempat, terkuat sejak 2013.", {2013}),
        ("The quake struck at 2015 gmt, the worst since 2013.", {2013}),
        ("Turnout in the 2015 local elections was low.", {2015}),
    ],
)
def test_cluster_named_years_leave_out_clock_times(text: str, years: set[int]) -> None:
    assert named_years(item("a", text)) == years
