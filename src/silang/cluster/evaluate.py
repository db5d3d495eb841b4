"""Scores of a clustering against gold groups: B-cubed, V-measure and the adjusted Rand index.

Both sides are mappings from item to cluster label over the same items (an item missing from
the prediction is scored as a cluster of its own).
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Hashable, Iterable, Mapping
from dataclasses import dataclass


@dataclass(frozen=True)
class Scores:
    """Agreement of a predicted clustering with gold groups."""

    items: int
    predicted: int
    gold: int
    b3_precision: float
    b3_recall: float
    b3_f1: float
    homogeneity: float
    completeness: float
    v_measure: float
    ari: float


def labels_of(groups: Iterable[Iterable[str]]) -> dict[str, int]:
    """Item → number of the group holding it."""
    return {item: number for number, group in enumerate(groups) for item in group}


def score(predicted: Mapping[str, Hashable], gold: Mapping[str, Hashable]) -> Scores:
    """Score ``predicted`` against ``gold`` over gold's items."""
    items = sorted(gold)
    pred = {item: predicted.get(item, ("alone", item)) for item in items}
    pairs = Counter((pred[item], gold[item]) for item in items)
    pred_sizes = Counter(pred.values())
    gold_sizes = Counter(gold[item] for item in items)
    n = len(items)
    if n == 0:
        return Scores(0, 0, 0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0)
    # B-cubed: per item, the share of its predicted cluster in its gold group and vice versa;
    # summed over the cells of the contingency table.
    precision = sum(c * c / pred_sizes[p] for (p, _), c in pairs.items()) / n
    recall = sum(c * c / gold_sizes[g] for (_, g), c in pairs.items()) / n
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    homogeneity, completeness, v = _v_measure(pairs, pred_sizes, gold_sizes, n)
    return Scores(
        items=n,
        predicted=len(pred_sizes),
        gold=len(gold_sizes),
        b3_precision=precision,
        b3_recall=recall,
        b3_f1=f1,
        homogeneity=homogeneity,
        completeness=completeness,
        v_measure=v,
        ari=_ari(pairs, pred_sizes, gold_sizes, n),
    )


def _entropy(sizes: Counter[Hashable], n: int) -> float:
    return -sum(c / n * math.log(c / n) for c in sizes.values() if c)


def _v_measure(
    pairs: Counter[tuple[Hashable, Hashable]],
    pred_sizes: Counter[Hashable],
    gold_sizes: Counter[Hashable],
    n: int,
) -> tuple[float, float, float]:
    h_gold, h_pred = _entropy(gold_sizes, n), _entropy(pred_sizes, n)
    # Conditional entropies H(gold | pred) and H(pred | gold).
    h_gold_pred = -sum(c / n * math.log(c / pred_sizes[p]) for (p, _), c in pairs.items())
    h_pred_gold = -sum(c / n * math.log(c / gold_sizes[g]) for (_, g), c in pairs.items())
    homogeneity = 1.0 if h_gold == 0 else 1.0 - h_gold_pred / h_gold
    completeness = 1.0 if h_pred == 0 else 1.0 - h_pred_gold / h_pred
    total = homogeneity + completeness
    v = 2 * homogeneity * completeness / total if total else 0.0
    return homogeneity, completeness, v


def _ari(
    pairs: Counter[tuple[Hashable, Hashable]],
    pred_sizes: Counter[Hashable],
    gold_sizes: Counter[Hashable],
    n: int,
) -> float:
    def comb2(k: int) -> float:
        return k * (k - 1) / 2

    index = sum(comb2(c) for c in pairs.values())
    pred_pairs = sum(comb2(c) for c in pred_sizes.values())
    gold_pairs = sum(comb2(c) for c in gold_sizes.values())
    expected = pred_pairs * gold_pairs / comb2(n) if n > 1 else 0.0
    top = (pred_pairs + gold_pairs) / 2
    if top == expected:
        return 1.0
    return (index - expected) / (top - expected)
