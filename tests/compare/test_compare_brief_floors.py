"""Evaluation gate for the cross-checked brief on the corpora written for silang: the example
corpus (examples/banjir-lembah-sari against its expected.json) and the two money fixtures
(tests/compare/fixtures/money-hoax and money-aid against their gold.json). See
bench/brief_eval.py; the Pratiwi gold stories have their own gate in tests/gold/brief.

Floors sit a little below the figures measured with `.venv/bin/python bench/brief_eval.py
example|money|money-aid` (listed at FLOORS); lower one only on purpose, in the open.
"""

from __future__ import annotations

from functools import cache
from typing import Any

import pytest

import brief_eval


@cache
def scores(corpus: str) -> dict[str, Any]:
    if corpus == "example":
        result: dict[str, Any] = brief_eval.evaluate_example()
    else:
        folder = brief_eval.MONEY if corpus == "money" else brief_eval.MONEY_AID
        result = brief_eval.evaluate_fixture(folder)
    return result


#: (corpus, category, precision floor, recall floor). Measured: example: slot grouping
#: 1.000/0.993, disputed, agreed and changed-over-time 1.000/1.000, single-source 0.500/1.000,
#: quotes 1.000/1.000, other-speaker 1.000/1.000. money (money-hoax): slot grouping
#: 1.000/1.000, disputed 1.000/1.000, agreed 0.667/1.000 (the "12.000 kali" share count is
#: agreed where the gold counts one source), single-source 1.000/0.667, quotes 1.000/1.000;
#: before the money slots of silang.compare.money it scored grouping 1.000/0.345 and no
#: dispute. money-aid: slot grouping 1.000/0.964 (the 312 houses, counted as "rumah" and as
#: "pemilik", stay apart), disputed 1.000/1.000, agreed 1.000/0.800, single-source
#: 0.714/1.000, changed over time 1.000/1.000, quotes 1.000/0.333
#: (the English translation of the regent's statement shares no name or number with it).
#: Copy groups and other-speaker flags on money-aid are left out: they measure the link
#: stage's origins (0.500/1.000) and one false flag that predates the money slots.
FLOORS = [
    ("example", "slots grouping", 0.95, 0.97),
    ("example", "slots disputed", 0.95, 0.95),
    ("example", "slots agreed", 0.95, 0.95),
    ("example", "slots single-source", 0.45, 0.95),
    ("example", "slots changed-over-time", 0.95, 0.95),
    ("example", "quotes grouping", 0.95, 0.95),
    ("example", "quotes other-speaker", 0.95, 0.95),
    ("money", "slots grouping", 0.95, 0.95),
    ("money", "slots disputed", 0.95, 0.95),
    ("money", "slots agreed", 0.6, 0.95),
    ("money", "slots single-source", 0.95, 0.6),
    ("money", "quotes grouping", 0.95, 0.95),
    ("money-aid", "slots grouping", 0.95, 0.93),
    ("money-aid", "slots disputed", 0.95, 0.95),
    ("money-aid", "slots agreed", 0.95, 0.75),
    ("money-aid", "slots single-source", 0.65, 0.95),
    ("money-aid", "slots changed-over-time", 0.95, 0.95),
    ("money-aid", "quotes grouping", 0.95, 0.3),
]


@pytest.mark.parametrize(("corpus", "category", "precision", "recall"), FLOORS)
def test_compare_brief_meets_its_floor(
    corpus: str, category: str, precision: float, recall: float
) -> None:
    found = scores(corpus)[category]
    assert found["precision"] >= precision
    assert found["recall"] >= recall
