"""A story holding two happenings of one kind is cut in two; one told in other words is not."""

from __future__ import annotations

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
from silang.cluster.halves import halves
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


def placed(article_id: str, words: str, language: str) -> Placed:
    """An article whose every word is a signature term, with equal weights."""
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
    )


def two_happenings(first: str, second: str) -> list[list[Placed]]:
    quake = "gempa rumah rusak"
    return [
        *([placed(f"a{n}", f"{quake} sari hendra #120", first)] for n in range(3)),
        *([placed(f"b{n}", f"{quake} tiga dewi #45", second)] for n in range(3)),
    ]


def test_cluster_halves_cut_on_signatures_of_their_own() -> None:
    parts = halves(two_happenings("id", "id"))
    assert [[unit[0].id for unit in part] for part in parts] == [
        ["a0", "a1", "a2"],
        ["b0", "b1", "b2"],
    ]


def test_cluster_halves_do_not_cut_along_language() -> None:
    assert len(halves(two_happenings("id", "en"))) == 1
