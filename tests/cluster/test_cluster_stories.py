"""Batch story clustering on hand-made articles: what goes together and what stays apart."""

from __future__ import annotations

from cluster_records import (
    BRIDGE_ID,
    BRIDGE_ID_2,
    FLOOD_EN,
    FLOOD_ID,
    FLOOD_ID_2,
    LEXICONS,
    MATCH_EN,
    MATCH_EN_2,
    groups,
    item,
    link,
)

from silang.cluster import cluster_stories
from silang.model import Annotated

FLOOD = [
    item("f1", FLOOD_ID, title="Banjir Bandang Landa Lembah Sari, 2.300 Warga Mengungsi"),
    item("f2", FLOOD_ID_2, published="2024-03-14"),
]
BRIDGE = [item("b1", BRIDGE_ID), item("b2", BRIDGE_ID_2)]
MATCH = [
    item("m1", MATCH_EN, language="en", published="2024-03-17"),
    item("m2", MATCH_EN_2, language="en", published="2024-03-18"),
]


def test_cluster_same_happening_in_other_words_is_one_story() -> None:
    stories = cluster_stories([*FLOOD, *BRIDGE, *MATCH], (), LEXICONS)
    assert groups(stories) == {
        frozenset({"f1", "f2"}),
        frozenset({"b1", "b2"}),
        frozenset({"m1", "m2"}),
    }


def test_cluster_english_original_and_indonesian_translation_are_one_story() -> None:
    english = item("e1", FLOOD_EN, language="en", published="2024-03-14")
    stories = cluster_stories([*FLOOD, english, *BRIDGE], (), LEXICONS)
    assert frozenset({"f1", "f2", "e1"}) in groups(stories)


def test_cluster_same_words_two_months_later_are_the_story_again() -> None:
    # A repost is the story recirculating, however late (ClusterParams.same_similarity); a
    # different happening in the same town months later is not (test_cluster_recall.py).
    later = item("f9", FLOOD_ID_2, published="2024-05-20")
    stories = cluster_stories([*FLOOD, later], (), LEXICONS)
    assert groups(stories) == {frozenset({"f1", "f2", "f9"})}


def test_cluster_a_follow_up_a_week_later_stays_in_the_story() -> None:
    later = item("f8", FLOOD_ID, published="2024-03-21")
    stories = cluster_stories([*FLOOD, later], (), LEXICONS)
    assert groups(stories) == {frozenset({"f1", "f2", "f8"})}


def test_cluster_must_link_joins_articles_whatever_their_words() -> None:
    stories = cluster_stories([*FLOOD, *BRIDGE], [link("f1", "b1", "translation")], LEXICONS)
    assert groups(stories) == {frozenset({"f1", "f2", "b1", "b2"})}


def test_cluster_shared_quote_is_not_a_must_link() -> None:
    stories = cluster_stories([*FLOOD, *BRIDGE], [link("f1", "b1", "shares-quote")], LEXICONS)
    assert groups(stories) == {frozenset({"f1", "f2"}), frozenset({"b1", "b2"})}


def test_cluster_story_id_comes_from_its_earliest_article() -> None:
    stories = cluster_stories([*MATCH, *FLOOD], (), LEXICONS)
    assert {story.id for story in stories} == {"s-f1", "s-m1"}


def test_cluster_story_title_is_a_headline_where_there_is_one() -> None:
    (story,) = cluster_stories(FLOOD, (), LEXICONS)
    assert story.title == "Banjir Bandang Landa Lembah Sari, 2.300 Warga Mengungsi"


def test_cluster_story_title_falls_back_to_a_first_sentence() -> None:
    (story,) = cluster_stories(BRIDGE, (), LEXICONS)
    assert story.title in {BRIDGE_ID.split(". ")[0] + ".", BRIDGE_ID_2.split(". ")[0] + "."}


def test_cluster_story_dates_span_its_articles() -> None:
    (story,) = cluster_stories(
        [*FLOOD, item("f3", FLOOD_ID, published="2024-03-16T09:00:00+07:00")], (), LEXICONS
    )
    assert (story.first, story.last) == ("2024-03-13", "2024-03-16")


def test_cluster_undated_articles_are_compared_on_content() -> None:
    undated = [item("u1", FLOOD_ID, published=None), item("u2", FLOOD_ID_2, published=None)]
    (story,) = cluster_stories(undated, (), LEXICONS)
    assert set(story.article_ids) == {"u1", "u2"}
    assert (story.first, story.last) == (None, None)


def test_cluster_language_without_lexicon_is_still_clustered() -> None:
    malay = [item("x1", FLOOD_ID, language="ms"), item("x2", FLOOD_ID_2, language="ms")]
    assert groups(cluster_stories(malay, (), LEXICONS)) == {frozenset({"x1", "x2"})}


def test_cluster_repeated_article_counts_once() -> None:
    stories = cluster_stories([*FLOOD, FLOOD[0]], (), LEXICONS)
    assert [story.article_ids for story in stories] == [("f1", "f2")]


def test_cluster_no_articles_no_stories() -> None:
    assert cluster_stories([], (), LEXICONS) == ()


def test_cluster_empty_article_is_a_story_of_its_own() -> None:
    empty: list[Annotated] = [item("z", "", published=None), *FLOOD]
    assert frozenset({"z"}) in groups(cluster_stories(empty, (), LEXICONS))
