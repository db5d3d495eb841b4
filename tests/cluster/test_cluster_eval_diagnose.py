"""What bench/cluster_eval.py --diagnose says of a story left holding two gold subtopics: how
alike the two are across against within, and how many pairs across share a passage."""

from __future__ import annotations

from cluster_eval import passage_welds, subtopic_likeness
from silang.cluster.vectorize import Placed


def article(article_id: str, term: str, passages: frozenset[int] = frozenset()) -> Placed:
    return Placed(article_id, None, {term: 1.0}, "", headline=False, passages=passages)


GOLD = {"a1": "a", "a2": "a", "b1": "b", "b2": "b"}


def test_cluster_diagnose_tells_subtopics_told_in_other_words_apart() -> None:
    part = [[article("a1", "quake")], [article("a2", "quake")], [article("b1", "flood")]]
    part.append([article("b2", "flood")])
    assert subtopic_likeness(part, GOLD) == "similarity across / within subtopics 0.000 / 1.000"


def test_cluster_diagnose_has_no_within_mean_for_lone_articles() -> None:
    part = [[article("a1", "quake")], [article("b1", "quake")]]
    assert subtopic_likeness(part, GOLD) == "similarity across / within subtopics 1.000 / -"


def test_cluster_diagnose_counts_pairs_across_sharing_a_passage() -> None:
    shared = frozenset({7})
    part = [
        [article("a1", "quake", shared)],
        [article("a2", "quake", shared)],  # a pair within: not counted
        [article("b1", "quake", shared)],
        [article("b2", "quake")],
    ]
    assert passage_welds(part, GOLD) == 2
