"""A story holding two happenings of one kind is cut in two; one told in other words is not."""

from __future__ import annotations

import re
from dataclasses import replace

from cluster_records import (
    LEXICONS,
    QUAKE_SARI,
    QUAKE_SARI_EN,
    QUAKE_SARI_RELIEF,
    QUAKE_TIGA,
    groups,
    item,
    link,
)

from silang.cluster import assign, cluster_stories, empty_state
from silang.cluster.halves import halves, quoted_units
from silang.cluster.vectorize import Placed

SARI = [item(f"s{number}", text) for number, text in enumerate(QUAKE_SARI)]
TIGA = [item(f"t{number}", text) for number, text in enumerate(QUAKE_TIGA)]
RELIEF = [item(f"r{number}", text) for number, text in enumerate(QUAKE_SARI_RELIEF)]


def test_cluster_two_quakes_share_their_words() -> None:
    # The premise of the cut: word similarity alone puts both quakes in one story.
    _, placed = assign(empty_state(), [*SARI, *TIGA], (), LEXICONS)
    assert len(placed) == 1


def test_cluster_two_quakes_of_one_morning_are_two_stories() -> None:
    stories = cluster_stories([*TIGA, *SARI], (), LEXICONS)
    assert groups(stories) == {frozenset({"s0", "s1", "s2"}), frozenset({"t0", "t1", "t2"})}


def test_cluster_cut_story_parts_keep_their_own_names_and_titles() -> None:
    stories = {story.id: story for story in cluster_stories([*SARI, *TIGA], (), LEXICONS)}
    assert set(stories) == {"s-s0", "s-t0"}
    assert "Lembah Sari" in stories["s-s0"].title
    assert "Pulau Tiga" in stories["s-t0"].title


def test_cluster_one_quake_in_other_words_stays_whole() -> None:
    stories = cluster_stories([*SARI, *RELIEF], (), LEXICONS)
    assert groups(stories) == {frozenset(item.article.id for item in [*SARI, *RELIEF])}


def test_cluster_cut_keeps_must_linked_articles_together() -> None:
    stories = cluster_stories([*SARI, *TIGA], [link("s0", "t0", "translation")], LEXICONS)
    assert any({"s0", "t0"} <= set(story.article_ids) for story in stories)


def test_cluster_halves_a_week_apart_are_a_development_and_stay_whole() -> None:
    week_later = [replace(t, article=replace(t.article, published="2024-03-20")) for t in TIGA]
    _, placed = assign(empty_state(), [*SARI, *week_later], (), LEXICONS)
    assert len(placed) == 1  # the premise: placing, with time, made them one story
    assert groups(cluster_stories([*SARI, *week_later], (), LEXICONS)) == groups(placed)


def test_cluster_one_quake_in_two_languages_stays_whole() -> None:
    english = [item(f"e{number}", text, language="en") for number, text in enumerate(QUAKE_SARI_EN)]
    stories = cluster_stories([*SARI, *english], (), LEXICONS)
    assert groups(stories) == {frozenset(item.article.id for item in [*SARI, *english])}


def placed(
    article_id: str, words: str, language: str, passages: frozenset[int] = frozenset()
) -> Placed:
    """An article whose every word is a signature term, with equal weights; a figure term
    of a year ("#2007") stands for the year written in its text."""
    terms = words.split()
    weight = len(terms) ** -0.5
    return Placed(
        id=article_id,
        day=None,
        vector=dict.fromkeys(terms, weight),
        title=article_id,
        headline=False,
        language=language,
        signature=frozenset(terms),
        passages=passages,
        years=frozenset(int(term[1:]) for term in terms if YEAR_TERM.fullmatch(term)),
    )


#: The figure term of a year, in these hand-made articles.
YEAR_TERM = re.compile(r"#(19|20)\d\d")


def two_happenings(
    first: str,
    second: str,
    *,
    own: tuple[str, str] = ("sari hendra #120 wiratama", "tiga dewi #45 lestari"),
    quoted: frozenset[int] = frozenset(),
) -> list[list[Placed]]:
    """Three articles on each of two quakes, each with signature terms of its own."""
    quake = "gempa rumah rusak"
    return [
        *([placed(f"a{n}", f"{quake} {own[0]}", first, quoted)] for n in range(3)),
        *([placed(f"b{n}", f"{quake} {own[1]}", second, quoted)] for n in range(3)),
    ]


def ids(parts: list[list[list[Placed]]]) -> list[list[str]]:
    return [[member.id for unit in part for member in unit] for part in parts]


def test_cluster_halves_cut_on_signatures_of_their_own() -> None:
    assert ids(halves(two_happenings("id", "id"))) == [["a0", "a1", "a2"], ["b0", "b1", "b2"]]


def test_cluster_halves_do_not_cut_along_language() -> None:
    assert len(halves(two_happenings("id", "en"))) == 1


def test_cluster_halves_with_few_terms_of_their_own_are_cut_only_years_apart() -> None:
    # Two own terms of five a side: a separation of 0.4, below the cut unless the halves
    # also name different years as their latest (undated reports of happenings years apart).
    alike = ("sari hendra", "tiga dewi")
    assert len(halves(two_happenings("id", "id", own=alike))) == 1
    apart = ("sari hendra #2013 #2005", "tiga dewi #2008 #1998")
    assert ids(halves(two_happenings("id", "id", own=apart))) == [
        ["a0", "a1", "a2"],
        ["b0", "b1", "b2"],
    ]


def test_cluster_halves_keep_articles_sharing_a_passage_together() -> None:
    # A claim and its debunking quote the same message: one happening, whatever else differs.
    assert len(halves(two_happenings("id", "id", quoted=frozenset({7})))) == 1


def test_cluster_units_sharing_a_passage_are_joined_in_order() -> None:
    units = [
        [placed("a", "x", "id", frozenset({1}))],
        [placed("b", "x", "id", frozenset({2}))],
        [placed("c", "x", "id", frozenset({3, 1}))],
        [placed("d", "x", "id", frozenset({2, 4}))],
        [placed("e", "x", "id")],
    ]
    assert [[member.id for member in unit] for unit in quoted_units(units)] == [
        ["a", "c"],
        ["b", "d"],
        ["e"],
    ]


def test_cluster_unit_sharing_passages_with_two_earlier_units_joins_all_three() -> None:
    units = [
        [placed("a", "x", "id", frozenset({1}))],
        [placed("b", "x", "id", frozenset({2}))],
        [placed("c", "x", "id", frozenset({1, 2, 5})), placed("c2", "x", "id", frozenset({2}))],
        [placed("d", "x", "id", frozenset({5}))],
        [placed("e", "x", "id", frozenset({6}))],
    ]
    assert [[member.id for member in unit] for unit in quoted_units(units)] == [
        ["a", "b", "c", "c2", "d"],
        ["e"],
    ]


def styled(article_id: str, style: str, own: str) -> Placed:
    """An article whose wording (``style``, weighing three times its other terms, none of
    them signature terms) says nothing of which happening it reports; ``own`` does."""
    weights = {"gempa": 1.0, "rumah": 1.0, **dict.fromkeys(style.split(), 3.0)}
    weights.update(dict.fromkeys(own.split(), 1.0))
    norm = sum(weight * weight for weight in weights.values()) ** 0.5
    return Placed(
        id=article_id,
        day=None,
        vector={term: weight / norm for term, weight in weights.items()},
        title=article_id,
        headline=False,
        language="id",
        signature=frozenset(own.split()),
    )


def test_cluster_halves_cut_on_signatures_where_the_wording_parts_neither() -> None:
    # Two outlets' house styles cut the wording in two across both quakes: that cut is
    # refused (each half holds both quakes' names), and the cut over signatures alone holds.
    own = {"a": "sari hendra #120 wiratama cianjur", "b": "tiga dewi #45 lestari garut"}
    units = [
        [styled(f"{quake}{number}", style, own[quake])]
        for quake in ("a", "b")
        for number, style in enumerate(("kata pertama", "kata pertama", "ujar kedua", "ujar kedua"))
    ]
    assert ids(halves(units)) == [["a0", "a1", "a2", "a3"], ["b0", "b1", "b2", "b3"]]


def quake_2013_and_a_stray(stray: Placed) -> list[list[Placed]]:
    """Three reports of a 2013 quake in words of their own, four alike of another quake
    without a year, and ``stray``, a lone sentence that echoes one 2013 report's words."""
    told = ("rusak jalan", "desa sekolah kota", "masjid pasar rumah")
    return [
        *(
            [placed(f"a{n}", f"tiga dewi lestari #2013 {words}", "id")]
            for n, words in enumerate(told)
        ),
        *([placed(f"b{n}", "sari hendra wiratama #120 gempa rusak warga", "id")] for n in range(4)),
        [stray],
    ]


def test_cluster_cut_moves_a_unit_not_naming_its_halfs_year_to_the_closer_half() -> None:
    # Two-means leaves the stray beside the one 2013 report it echoes; it names no year,
    # and its average similarity to the other quake's reports (0.27) is above that to the
    # rest of its half (0.19): it moves.
    stray = placed("x", "rusak jalan", "id")
    assert ids(halves(quake_2013_and_a_stray(stray))) == [
        ["a0", "a1", "a2"],
        ["b0", "b1", "b2", "b3", "x"],
    ]


def test_cluster_cut_keeps_a_unit_naming_its_halfs_year() -> None:
    # The same words, in a report that names 2013 (in its text, not weighed): it stays.
    stray = replace(placed("x", "rusak jalan", "id"), years=frozenset({2013}))
    assert ids(halves(quake_2013_and_a_stray(stray))) == [
        ["a0", "a1", "a2", "x"],
        ["b0", "b1", "b2", "b3"],
    ]
