"""Entity-level exact-match precision, recall and F1 (seqeval's default, micro-averaged)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from silang.ner.tags import spans


@dataclass(frozen=True)
class Score:
    gold: int
    predicted: int
    correct: int

    @property
    def precision(self) -> float:
        return self.correct / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.correct / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        total = self.gold + self.predicted
        return 2 * self.correct / total if total else 0.0


def score(
    gold: Sequence[Sequence[str]],
    predicted: Sequence[Sequence[str]],
    kinds: frozenset[str] | None = None,
) -> Score:
    """Exact (type, start, end) matches over all sentences; only ``kinds`` when given."""
    n_gold = n_predicted = n_correct = 0
    for gold_tags, predicted_tags in zip(gold, predicted, strict=True):
        wanted = {s for s in spans(gold_tags) if kinds is None or s[0] in kinds}
        found = {s for s in spans(predicted_tags) if kinds is None or s[0] in kinds}
        n_gold += len(wanted)
        n_predicted += len(found)
        n_correct += len(wanted & found)
    return Score(n_gold, n_predicted, n_correct)
