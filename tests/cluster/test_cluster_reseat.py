"""Reseating loosely held units after the agglomeration (reseat.py)."""

from __future__ import annotations

from dataclasses import replace

from cluster_records import LEXICONS, MATCH_EN, MATCH_EN_2, groups, item

from silang.cluster import DEFAULT_PARAMS, cluster_stories
from silang.cluster.agglomerate import Node
from silang.cluster.reseat import Bars, reseat
from silang.cluster.story import Vector
from silang.cluster.timing import TimeFactor

BARS = Bars(
    threshold=0.14,
    single=0.5,
    timing=TimeFactor(3.0, 21.0),
    query_terms=40,
    index_terms=12,
    candidates=12,
    recent=512,
)
ENGLISH = frozenset({"en"})
INDONESIAN = frozenset({"id"})

#: Two reports of one happening and one only loosely like them ("z" is its own word).
PAIR: list[Vector] = [{"x": 0.8, "y": 0.6}, {"x": 0.6, "y": 0.8}]
NEAR: Vector = {"x": 0.3, "z": 0.954}  # average similarity with PAIR 0.21
FAR: Vector = {"x": 0.05, "z": 0.999}  # 0.035: under the single-article bar (0.07)


def reseated(
    groups_: list[list[int]],
    vectors: list[Vector],
    languages: list[frozenset[str]] | None = None,
    days: list[int | None] | None = None,
) -> list[list[int]]:
    """reseat() over single-article units with the given vectors (and days, languages)."""
    dated = days or [None] * len(vectors)
    nodes = [Node(1, day, day) for day in dated]
    spoken = languages or [ENGLISH] * len(vectors)
    return reseat(groups_, nodes, dict(enumerate(vectors)), spoken, BARS)


def test_reseat_a_lone_unit_joins_the_group_it_is_close_to() -> None:
    assert reseated([[0, 1], [2]], [*PAIR, NEAR]) == [[0, 1, 2]]


def test_reseat_a_lone_unit_under_the_single_article_bar_stays_alone() -> None:
    assert reseated([[0, 1], [2]], [*PAIR, FAR]) == [[0, 1], [2]]


def test_reseat_a_lone_unit_far_apart_in_time_stays_alone() -> None:
    # Two months after the pair, its 0.21 decays to under the bar, as in a merge.
    assert reseated([[0, 1], [2]], [*PAIR, NEAR], days=[0, 0, 60]) == [[0, 1], [2]]


#: A unit let into a group it is barely like (average 0.1 with "p" and "p"), and the group it
#: is much closer to (0.9).
LOOSE: list[Vector] = [{"p": 1.0}, {"p": 1.0}, {"p": 0.1, "q": 0.995}, {"q": 1.0}, {"q": 1.0}]


def test_reseat_a_loosely_held_unit_moves_to_the_closer_group() -> None:
    assert reseated([[0, 1, 2], [3, 4]], LOOSE) == [[0, 1], [2, 3, 4]]


def test_reseat_a_well_held_unit_stays_though_another_group_is_closer() -> None:
    held = [*LOOSE[:2], {"p": 0.3, "q": 0.954}, *LOOSE[3:]]  # 0.3 with its group: over 0.14
    assert reseated([[0, 1, 2], [3, 4]], held) == [[0, 1, 2], [3, 4]]


def test_reseat_a_unit_in_a_group_of_other_languages_stays() -> None:
    # Its translation shares only names and figures with it: a low average says little.
    languages = [INDONESIAN, INDONESIAN, ENGLISH, ENGLISH, ENGLISH]
    assert reseated([[0, 1, 2], [3, 4]], LOOSE, languages) == [[0, 1, 2], [3, 4]]


def test_reseat_a_unit_with_an_existing_story_stays_and_the_story_never_moves() -> None:
    # Node 2 is an open story of 20 articles (nodes past the units are stories): its
    # languages are not known, so unit 0's average with it (0.1) is not weighed against the
    # lone unit 1 (0.995); unit 1's with the story (0.05) is under the bar.
    nodes = [Node(1, None, None), Node(1, None, None), Node(20, None, None)]
    vectors: dict[int, Vector] = {0: LOOSE[2], 1: LOOSE[3], 2: {"p": 20.0}}
    assert reseat([[0, 2], [1]], nodes, vectors, [ENGLISH, ENGLISH], BARS) == [[0, 2], [1]]


#: A box score of MATCH_EN's game: its heaviest terms (figures, the scorer's minutes) are its
#: own, so the graph, looking up one heaviest term, finds no report of the game for it.
BOX_SCORE = (
    "Persija Jakarta 3 Persib Bandung 1. Scorers: Simic 12, Simic 67, Ciro 80. Corners 7-4, "
    "shots 15-9, possession 54-46, yellow cards 2-3 at Gelora Bung Karno."
)


def test_cluster_an_article_the_graph_missed_is_reseated_into_its_story() -> None:
    articles = [
        item("m1", MATCH_EN, language="en"),
        item("m2", MATCH_EN_2, language="en"),
        item("m3", BOX_SCORE, language="en"),
    ]
    narrow = replace(DEFAULT_PARAMS, query_terms=1, reseat_terms=1)
    assert groups(cluster_stories(articles, (), LEXICONS, narrow)) == {
        frozenset({"m1", "m2"}),
        frozenset({"m3"}),
    }
    off = replace(narrow, reseat_terms=0)
    assert frozenset({"m3"}) in groups(cluster_stories(articles, (), LEXICONS, off))
    wide = replace(narrow, reseat_terms=DEFAULT_PARAMS.reseat_terms)
    assert groups(cluster_stories(articles, (), LEXICONS, wide)) == {frozenset({"m1", "m2", "m3"})}
