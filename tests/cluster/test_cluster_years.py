"""The years a story's articles name: two fires at one market years apart are two stories;
one fire and the days after it stay one; halves that name the same year are cut only where
each has terms of its own in all its articles."""

from __future__ import annotations

import pytest
from cluster_records import LEXICONS, groups, item
from test_cluster_halves import ids, placed, two_happenings

from silang.cluster import assign, cluster_stories, empty_state
from silang.cluster.halves import halves, same_year, year_lead
from silang.cluster.terms import named_years
from silang.cluster.vectorize import Placed
from silang.model import Annotated

#: Two fires at one market five years apart, told in the same words, undated: only the
#: year, the officials and the figures tell them apart.
FIRE_2016 = (
    "Kebakaran hebat melanda Pasar Mawar di Kota Sungai Biru pada Minggu dini hari, 14 Agustus "
    "2016. Sebanyak 210 kios ludes terbakar. Kepala Dinas Pemadam Kebakaran Budi Santoso "
    "mengatakan api diduga berasal dari korsleting listrik.",
    "Api menghanguskan 210 kios di Pasar Mawar, Kota Sungai Biru, Minggu (14/8/2016). Budi "
    "Santoso dari Dinas Pemadam Kebakaran menyebut 12 mobil pemadam dikerahkan dan api padam "
    "setelah empat jam.",
    "Pedagang Pasar Mawar di Kota Sungai Biru kehilangan barang dagangan setelah kebakaran pada "
    "Agustus 2016 menghanguskan 210 kios. Budi Santoso memastikan tidak ada korban jiwa.",
)
FIRE_2021 = (
    "Kebakaran hebat melanda Pasar Mawar di Kota Sungai Biru pada Kamis malam, 3 Juni 2021. "
    "Sebanyak 85 kios hangus terbakar. Kepala Dinas Pemadam Kebakaran Rina Marlina mengatakan "
    "api diduga berasal dari tungku pedagang.",
    "Api menghanguskan 85 kios di Pasar Mawar, Kota Sungai Biru, Kamis (3/6/2021). Rina Marlina "
    "dari Dinas Pemadam Kebakaran menyebut 7 mobil pemadam dikerahkan dan api padam setelah "
    "dua jam.",
    "Pedagang Pasar Mawar di Kota Sungai Biru kembali kehilangan barang dagangan setelah "
    "kebakaran pada Juni 2021 menghanguskan 85 kios. Rina Marlina memastikan tidak ada korban "
    "jiwa.",
)
#: The 2016 fire in the days after it, with names and words of their own: the cause found,
#: the traders moved.
FIRE_2016_AFTER = (
    "Polisi Kota Sungai Biru menyelidiki penyebab kebakaran Pasar Mawar pada Senin, 15 Agustus "
    "2016. Kapolres Agus Hermawan menyebut korsleting listrik di kios 210 pedagang sebagai "
    "dugaan awal.",
    "Wali Kota Sungai Biru Sri Wahyuni menyiapkan pasar darurat bagi pedagang Pasar Mawar yang "
    "kiosnya terbakar, Selasa (16/8/2016). Sebanyak 210 pedagang akan dipindahkan.",
    "Pedagang Pasar Mawar mulai berjualan di pasar darurat Kota Sungai Biru pada Agustus 2016, "
    "kata Wali Kota Sri Wahyuni. Kapolres Agus Hermawan memastikan kebakaran akibat korsleting.",
)


def undated(prefix: str, texts: tuple[str, ...]) -> list[Annotated]:
    return [item(f"{prefix}{number}", text, published=None) for number, text in enumerate(texts)]


FIRST, SECOND, AFTER = (
    undated("a", FIRE_2016),
    undated("b", FIRE_2021),
    undated("c", FIRE_2016_AFTER),
)


def test_cluster_two_fires_years_apart_are_placed_together_then_cut() -> None:
    _, placed_stories = assign(empty_state(), [*FIRST, *SECOND], (), LEXICONS)
    assert len(placed_stories) == 1  # the premise: their words put them in one story
    assert groups(cluster_stories([*SECOND, *FIRST], (), LEXICONS)) == {
        frozenset({"a0", "a1", "a2"}),
        frozenset({"b0", "b1", "b2"}),
    }


def test_cluster_one_fire_and_the_days_after_it_stay_one_story() -> None:
    stories = cluster_stories([*FIRST, *AFTER], (), LEXICONS)
    assert groups(stories) == {frozenset({"a0", "a1", "a2", "c0", "c1", "c2"})}


def test_cluster_halves_naming_the_same_year_are_not_cut() -> None:
    # Four signature terms of its own a side (a separation of 0.8, a cut otherwise), but
    # both halves place themselves in 2007: one happening told by two sets of sources.
    same = ("sari hendra #120 wiratama #2007", "tiga dewi #45 lestari #2007")
    assert len(halves(two_happenings("id", "id", own=same))) == 1
    apart = ("sari hendra #120 wiratama #2007", "tiga dewi #45 lestari #2008")
    assert len(halves(two_happenings("id", "id", own=apart))) == 2


def test_cluster_halves_of_one_year_wholly_their_own_are_cut() -> None:
    # Five terms of its own a side, in every article of the half and none of the other's
    # (separation 1.0): two happenings of one year, other people at another place.
    distinct = ("sari hendra #120 wiratama bandung #2007", "tiga dewi #45 lestari medan #2007")
    parts = halves(two_happenings("id", "id", own=distinct))
    assert ids(parts) == [["a0", "a1", "a2"], ["b0", "b1", "b2"]]


def sparse_and_named(later: str, earlier: str) -> list[list[Placed]]:
    """Three reports of a heist that all name its place, its shop and ``later``; three of
    another, a line each, that share no name (``earlier`` is the year each names, if any)."""
    named = "heist paris vendome casty #2600000 " + later
    lone = ("heist drag", "heist montaigne", "heist women")
    return [
        *([placed(f"n{number}", named, "en")] for number in range(3)),
        *([placed(f"s{number}", f"{words} {earlier}", "en")] for number, words in enumerate(lone)),
    ]


def test_cluster_halves_where_one_has_names_of_its_own_are_cut_years_apart() -> None:
    # The short reports lead by a third on three terms (separation 0.2): the cut is made
    # only because the named half leads on all of its own and names another year.
    parts = halves(sparse_and_named("#2013", ""))
    assert sorted(ids(parts)) == [["n0", "n1", "n2"], ["s0", "s1", "s2"]]
    assert len(halves(sparse_and_named("", ""))) == 1
    assert len(halves(sparse_and_named("#2013", "#2013"))) == 1


def quakes_naming_a_year(naming: int) -> list[list[Placed]]:
    """Two quakes with two signature terms of their own a side (a separation of 0.4, the
    dated bar's), ``naming`` of the first quake's three reports writing 2013 as well."""
    quake = "gempa rumah rusak"
    return [
        *(
            [placed(f"a{n}", f"{quake} sari hendra {'#2013' * (n < naming)}", "id")]
            for n in range(3)
        ),
        *([placed(f"b{n}", f"{quake} tiga dewi", "id")] for n in range(3)),
    ]


def test_cluster_a_year_two_reports_name_in_passing_does_not_cut() -> None:
    # Two of three reports naming 2013 give a year lead of 0.67, but a share of two
    # articles is chance (an earlier case, a date ahead): the lower bar needs a year that
    # as many articles name as a half may hold.
    assert len(halves(quakes_naming_a_year(2))) == 1
    assert ids(halves(quakes_naming_a_year(3))) == [["a0", "a1", "a2"], ["b0", "b1", "b2"]]


def test_cluster_year_lead_counts_years_named_by_enough_articles() -> None:
    small = [[placed("a", "#2009", "id")], [placed("b", "#2009", "id")]]
    rest = [[placed(name, "gempa", "id")] for name in ("c", "d", "e")]
    assert year_lead([small, rest]) == 0.0
    assert year_lead([small, rest], least=2) == 1.0


def test_cluster_same_year_is_the_share_both_halves_give_their_common_latest_year() -> None:
    first = [[placed("a", "#2007 #1998", "id")], [placed("b", "#2007", "id")]]
    second = [[placed("c", "#2007", "id")], [placed("d", "#2010", "id")]]
    assert same_year([first, second]) == 0.5
    assert same_year([first, [[placed("e", "#120", "id")]]]) == 0.0


@pytest.mark.parametrize(
    ("text", "years"),
    [
        ("Gempa mengguncang Kota Sungai Biru pada 14 Agustus 2016.", {2016}),
        ("Banjir merendam desa itu, Minggu (14/8/2016), seperti pada 2013.", {2013, 2016}),
        ("The 2013 robbery came after the 2012 one, police said on 2013-07-22.", {2012, 2013}),
        # Counts and measures written with their separators or units are no years.
        ("Some 2,000 people fled and 1,950 homes were lost.", set()),
        ("Sebanyak 2.013 rumah rusak dan 1.500.000 warga terdampak.", set()),
        ("The climber fell 2000ft, a record since the 1950s, at 20.45 and 20:45.", set()),
        ("Nomor 12345 dan 2150 bukan tahun, 1899 juga bukan.", set()),
    ],
)
def test_cluster_named_years_are_years_as_written(text: str, years: set[int]) -> None:
    assert named_years(item("a", text)) == years


def test_cluster_named_years_read_the_title_too() -> None:
    assert named_years(item("a", "Pasar terbakar lagi.", title="Kebakaran 2021")) == {2021}


#: One flood told by two sets of outlets in the same words: the agency's reports name its
#: officer and its 2,013 flooded homes (the year 2013 where every figure was read as one),
#: the volunteers' reports their own. Names of its own in every article of each half, but
#: fewer than a cut asks where no years part the halves (HalvingParams.separation).
FLOOD_AGENCY = tuple(
    f"Banjir merendam Desa Tirta Wangi di Kabupaten Lembah Sari. {text}"
    for text in (
        "Menurut petugas Rudi Hartono, 2.013 rumah terendam dan perahu karet dikirim ke desa.",
        "Petugas Rudi Hartono mencatat 2.013 rumah terendam; perahu karet dikirim ke desa.",
        "Sebanyak 2.013 rumah terendam, kata petugas Rudi Hartono yang mengirim perahu karet.",
    )
)
FLOOD_VOLUNTEERS = tuple(
    f"Banjir merendam Desa Tirta Wangi di Kabupaten Lembah Sari. {text}"
    for text in (
        "Menurut relawan Siti Aminah, dapur umum Palang Merah dibuka bagi warga yang mengungsi.",
        "Relawan Siti Aminah membuka dapur umum Palang Merah bagi warga yang mengungsi.",
        "Dapur umum dibuka bagi pengungsi, kata relawan Palang Merah Siti Aminah.",
    )
)


def test_cluster_a_count_is_no_year_that_parts_one_happening() -> None:
    agency = undated("g", FLOOD_AGENCY)
    volunteers = undated("v", FLOOD_VOLUNTEERS)
    _, placed_stories = assign(empty_state(), [*agency, *volunteers], (), LEXICONS)
    assert len(placed_stories) == 1  # the premise: their words put them in one story
    stories = cluster_stories([*agency, *volunteers], (), LEXICONS)
    assert groups(stories) == {frozenset({"g0", "g1", "g2", "v0", "v1", "v2"})}
