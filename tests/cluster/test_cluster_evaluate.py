"""Clustering scores: B-cubed, V-measure and the adjusted Rand index."""

from __future__ import annotations

import math

import pytest

from silang.cluster.evaluate import labels_of, score

GOLD = {"a": 1, "b": 1, "c": 1, "d": 2, "e": 2}


def test_cluster_scores_of_a_perfect_clustering_are_one() -> None:
    scores = score(labels_of([["a", "b", "c"], ["d", "e"]]), GOLD)
    assert (scores.b3_f1, scores.v_measure, scores.ari) == (1.0, 1.0, 1.0)


def test_cluster_scores_of_one_big_cluster() -> None:
    scores = score(labels_of([["a", "b", "c", "d", "e"]]), GOLD)
    assert scores.b3_recall == 1.0
    assert scores.b3_precision == pytest.approx((3 * 3 / 5 + 2 * 2 / 5) / 5)
    assert scores.homogeneity == 0.0
    assert scores.ari == 0.0


def test_cluster_scores_match_known_values() -> None:
    # Worked by hand: agreeing pairs 2 of 4 predicted and 4 gold among 10, expected 1.6, so
    # ARI = (2 - 1.6) / (4 - 1.6); H(gold | pred) = -(1/5 ln 1/3 + 2/5 ln 2/3), and the
    # clustering is symmetric, so homogeneity = completeness = V.
    scores = score(labels_of([["a", "b"], ["c", "d", "e"]]), GOLD)
    assert scores.ari == pytest.approx(0.4 / 2.4)
    h_gold = -(0.6 * math.log(0.6) + 0.4 * math.log(0.4))
    h_given = -(0.2 * math.log(1 / 3) + 0.4 * math.log(2 / 3))
    assert scores.v_measure == pytest.approx(1 - h_given / h_gold)
    assert scores.b3_f1 == pytest.approx(11 / 15)


def test_cluster_items_missing_from_the_prediction_stand_alone() -> None:
    scores = score(labels_of([["a", "b", "c"]]), GOLD)
    assert scores.predicted == 3
    assert scores.b3_recall < 1.0
