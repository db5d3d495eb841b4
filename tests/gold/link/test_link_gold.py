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


#: (corpus, metric, field, floor) on the held-out split, about one error below what
#: `bench/link_eval.py --split test --only example,pratiwi,synthetic,stripped` measured when
#: pinned. Pratiwi topics 9-12: 138 labelled pairs since round 5 of bench/link_labels/README.md
#: (107 before it), 39 derivations found with a known original (11 before). Synthetic: 780
#: articles, 716 pairs, 521 derivations with a known original. Stripped: the labelled copies
#: and duplicates (63; 46 before round 5) with the second article's punctuation stripped.
#: Measured, precision / recall, on the final code of round 5 (scored once):
#: Pratiwi duplicate+copy 0.938 / 0.952 (on the 107 pairs before round 5 0.978 / 0.957, as
#: when first pinned; issue target 0.98 / 0.95). The precision floor was 0.97 and is LOWERED
#: to 0.93 on purpose: round 5 added three pairs labelled rewrite by its bins (5-gram
#: containment of the smaller side 0.71-0.74, under the labels' 0.75) that silang, whose copy
#: rule starts at 0.7 (``Thresholds.copy_verbatim``), calls copies; the pairs scored before
#: round 5 are scored as they were. Rewrite 0.773 / 0.548 (17 of 22 found, 17 of 31
#: labelled); shares-quote recall 0.8 (5); direction 30 of 39 (0.769; target 0.95: not
#: reached; 8 of the 11 labelled before round 5 as before, 22 of the 28 round-5 pairs found as
#: derivations: 5 unknown, 1 wrong: a spin whose spinner is named the original, by
#: the rarer-word vote). Synthetic copy 1.0 / 0.992, spin 1.0 / 1.0, translation 1.0 / 0.883,
#: direction 0.998 (520 of 521; per signal in ``SIGNAL_FLOORS``). Stripped: 58 of 63 still
#: copies with sentence marks stripped, 59 with every mark stripped (43 and 43 of 46 before
#: round 5). A floor is lowered only on purpose, in the open.
#: Round 6 (outlet names matched by ``outlets.name_keys``, a year written into a date as a
#: tie-breaker; bench/link_eval.py --split test --only example,pratiwi,synthetic,stripped,
#: scored once on its final code): Pratiwi direction 33 of 39 (0.846; 4 unknown, 2 wrong:
#: the spin above and one copy), the direction floor RAISED from 0.74 to 0.82 (one error
#: below); every other figure as in round 5.
FLOORS = [
    ("synthetic", "duplicate+copy", "precision", 0.99),
    ("synthetic", "duplicate+copy", "recall", 0.98),
    ("synthetic", "spin", "precision", 0.99),
    ("synthetic", "spin", "recall", 0.98),
    ("synthetic", "translation", "precision", 0.98),
    ("synthetic", "translation", "recall", 0.85),
    ("synthetic", "direction", "accuracy", 0.98),
    ("synthetic", "direction", "pairs", 500),
    ("pratiwi", "duplicate+copy", "precision", 0.93),
    ("pratiwi", "duplicate+copy", "recall", 0.93),
    ("pratiwi", "rewrite", "precision", 0.72),
    ("pratiwi", "rewrite", "recall", 0.51),
    ("pratiwi", "shares-quote", "recall", 0.6),
    ("pratiwi", "direction", "accuracy", 0.82),
    ("pratiwi", "direction", "pairs", 38),
    ("stripped", "sentence-marks", "copy", 57),
    ("stripped", "all-marks", "copy", 58),
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
