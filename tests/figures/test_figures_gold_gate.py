"""Evaluation gate: the held-out gold (tests/gold/figures/*-test.jsonl) must keep every metric
at or above its pinned floor. A floor is lowered only on purpose, in the open.

Measured when pinned (bench/figures_eval.py --split test), right/total:
  id  value 100/101, qualifier 100/101, unit 101/101, counted 40/40, attribution 18/18,
      time 43/43, quantity span F1 99.5%, time span F1 100%
  en  value 56/56, qualifier 56/56, unit 56/56, counted 29/30, attribution 11/11,
      time 25/25, quantity span F1 100%, time span F1 100%
Each floor sits about one error below the measure, and never below the issue's targets
(value 98%, qualifier 95%, counted lemma 90%, attribution 85%, time 95%).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from silang.extract.figures_gold import Scores, load_gold, score
from silang.lang.figures import load_figures_lexicon

GOLD = Path(__file__).resolve().parents[1] / "gold" / "figures"

FLOORS = {
    "id": {
        "value": 0.98,
        "qualifier": 0.98,
        "unit": 0.99,
        "counted": 0.975,
        "attribution": 0.94,
        "time": 0.97,
        "quantity_f1": 0.98,
        "time_f1": 0.98,
    },
    "en": {
        "value": 0.98,
        "qualifier": 0.98,
        "unit": 0.98,
        "counted": 0.93,
        "attribution": 0.90,
        "time": 0.96,
        "quantity_f1": 0.98,
        "time_f1": 0.98,
    },
}


@pytest.fixture(scope="module")
def scores() -> dict[str, Scores]:
    return {
        language: score(load_gold(GOLD / f"{language}-test.jsonl"), load_figures_lexicon(language))
        for language in FLOORS
    }


@pytest.mark.parametrize(
    ("language", "metric", "floor"),
    [
        (language, metric, floor)
        for language, floors in FLOORS.items()
        for metric, floor in floors.items()
    ],
)
def test_figures_gold_gate_holds_every_floor(
    scores: dict[str, Scores], language: str, metric: str, floor: float
) -> None:
    measured = scores[language]
    errors = "\n".join(e for e in measured.errors if e.startswith(metric))
    assert measured.rate(metric) >= floor, f"{language} {metric} below {floor}:\n{errors}"
