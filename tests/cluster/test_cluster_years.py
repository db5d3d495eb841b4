"""The years a story's articles name: two fires at one market years apart are two stories;
one fire and the days after it stay one; halves that name the same year are cut only where
each has terms of its own in all its articles."""

from __future__ import annotations

from cluster_records import LEXICONS, groups, item
from test_cluster_halves import ids, placed, two_happenings

from silang.cluster import assign, cluster_stories, empty_state
from silang.cluster.halves import halves, same_year
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


def test_cluster_same_year_is_the_share_both_halves_give_their_common_latest_year() -> None:
    first = [[placed("a", "#2007 #1998", "id")], [placed("b", "#2007", "id")]]
    second = [[placed("c", "#2007", "id")], [placed("d", "#2010", "id")]]
    assert same_year([first, second]) == 0.5
    assert same_year([first, [[placed("e", "#120", "id")]]]) == 0.0
