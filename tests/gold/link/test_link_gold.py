"""Evaluation gate for silang.link: pinned floors per metric (see bench/link_eval.py).

A change that drops below a floor fails; lower a floor only on purpose, in the open. The
example corpus always runs; the Pratiwi hand labels and the synthetic set need
../shared/data and are skipped with a message when it is absent. Floors on Pratiwi and the
synthetic set are the held-out split (topics 9-12; BPPT stretches drawn with seed 8).
"""

from __future__ import annotations

from functools import cache
from typing import Any

import pytest

import link_eval
from shared_data import PRATIWI
from silang.pipeline import Toolkit
from silang.settings import Settings


def _needs_data() -> None:
    if not PRATIWI.is_file():
        pytest.skip(f"needs ../shared/data ({link_eval.DATA}); absent here")


@cache
def example() -> dict[str, Any]:
    result: dict[str, Any] = link_eval.evaluate_example()
    return result


@cache
def held_out() -> dict[str, Any]:
    toolkit = Toolkit.build(Settings())
    return {
        "pratiwi": link_eval.evaluate_pratiwi("test", toolkit),
        "synthetic": link_eval.evaluate_synthetic("test", toolkit),
        "stripped": link_eval.evaluate_stripped("test", toolkit),
    }


def test_link_gold_example_origins_match_expected() -> None:
    origins = example()["origins"]
    assert origins["exact"] == origins["groups"] == 9


@pytest.mark.parametrize("relation", ["spin", "translation", "shares-quote"])
def test_link_gold_example_relation_found(relation: str) -> None:
    assert example()[relation]["recall"] == 1.0
    assert example()[relation]["precision"] == 1.0


def test_link_gold_example_copies_found() -> None:
    assert example()["duplicate+copy"]["recall"] == 1.0
    assert example()["duplicate+copy"]["precision"] == 1.0


def test_link_gold_example_direction() -> None:
    assert example()["direction"]["accuracy"] == 1.0


def test_link_gold_example_no_copy_link_on_shared_quotes() -> None:
    assert example()["copy_links_on_shares_quote_pairs"] == 0


#: (corpus, metric, field, floor) on the held-out split (Pratiwi topics 9-12: 107 labelled
#: pairs, 11 derivations found with a known original; synthetic: 780 articles, 716 pairs, 521
#: derivations with a known original; stripped: the 46 labelled copies and duplicates with
#: the second article's punctuation stripped), about one error below what
#: `bench/link_eval.py --split test --only example,pratiwi,synthetic,stripped` measured when
#: pinned, precision / recall: Pratiwi duplicate+copy 0.978 / 0.957 (issue target 0.98 /
#: 0.95: precision not reached; the precision floor stays at 0.97, less than one error
#: below), rewrite 0.714 / 0.556 (10 of 14 found, 10 of 18 labelled), shares-quote recall
#: 0.8 (5), direction 8 of 11 (target 0.95: not reached; the 3 misses name no original; 6 of
#: the 9 labelled before round 3 of bench/link_labels/README.md, and both round-3 pairs);
#: synthetic copy 1.0 / 0.992, spin 1.0 / 1.0, translation 1.0 / 0.883, direction 0.998 (520
#: of 521; per signal in ``SIGNAL_FLOORS``); stripped: 43 of 46 still copies with sentence
#: marks stripped, 43 with every mark stripped (40 before words were compared without inner
#: marks). A floor is lowered only on purpose, in the open.
FLOORS = [
    ("synthetic", "duplicate+copy", "precision", 0.99),
    ("synthetic", "duplicate+copy", "recall", 0.98),
    ("synthetic", "spin", "precision", 0.99),
    ("synthetic", "spin", "recall", 0.98),
    ("synthetic", "translation", "precision", 0.98),
    ("synthetic", "translation", "recall", 0.85),
    ("synthetic", "direction", "accuracy", 0.98),
    ("synthetic", "direction", "pairs", 500),
    ("pratiwi", "duplicate+copy", "precision", 0.97),
    ("pratiwi", "duplicate+copy", "recall", 0.93),
    ("pratiwi", "rewrite", "precision", 0.66),
    ("pratiwi", "rewrite", "recall", 0.5),
    ("pratiwi", "shares-quote", "recall", 0.6),
    ("pratiwi", "direction", "accuracy", 0.63),
    ("stripped", "sentence-marks", "copy", 42),
    ("stripped", "all-marks", "copy", 42),
]
#: Direction accuracy per synthetic direction signal (bench/link_eval.py ``SIGNALS``), held
#: out, when pinned: 1.0 for each (72-108 pairs) but "own" (a truncation or a spin with no
#: date or credit) 0.986 (71 of 72).
SIGNAL_FLOORS = [
    ("later", 0.98),
    ("credit", 0.98),
    ("later+credit", 0.98),
    ("aggregator", 0.96),
    ("own", 0.95),
]


@pytest.mark.parametrize(("signal", "floor"), SIGNAL_FLOORS)
def test_link_gold_held_out_direction_per_signal(signal: str, floor: float) -> None:
    _needs_data()
    assert held_out()["synthetic"]["direction_by_signal"][signal]["accuracy"] >= floor


@pytest.mark.parametrize(("corpus", "metric", "field", "floor"), FLOORS)
def test_link_gold_held_out_floor(corpus: str, metric: str, field: str, floor: float) -> None:
    _needs_data()
    assert held_out()[corpus][metric][field] >= floor


def test_link_gold_held_out_no_copy_links_on_shared_quotes() -> None:
    _needs_data()
    assert held_out()["pratiwi"]["copy_links_on_shares_quote_pairs"] == 0
    assert held_out()["synthetic"]["copy_links_on_shares_quote_pairs"] == 0
