"""Figures and dates against the gold set, and span detection against IndoLEM NER-UGM.

    .venv/bin/python bench/figures_eval.py [--split dev|test] [--errors] [--indolem]

Gold: tests/gold/figures/<lang>-<split>.jsonl (written for silang; tune on dev only).
IndoLEM: ../shared/data/indolem-ner/nerugm/test.0k.tsv, k = 1..5: QUANTITY and TIME spans,
exact and overlap F1, mean over the folds (bench/figures_indolem.py).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from figures_indolem import FOLDS, indolem_scores
from silang.extract.figures_gold import METRICS, load_gold, score
from silang.lang.figures import load_figures_lexicon

GOLD = Path(__file__).resolve().parents[1] / "tests" / "gold" / "figures"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--split", default="dev", choices=("dev", "test"))
    parser.add_argument("--errors", action="store_true", help="list every error")
    parser.add_argument("--indolem", action="store_true", help="also score IndoLEM NER-UGM")
    args = parser.parse_args()
    print(f"{'lang':5}" + "".join(f"{m:>13}" for m in METRICS))
    for lang in ("id", "en"):
        sentences = load_gold(GOLD / f"{lang}-{args.split}.jsonl")
        scores = score(sentences, load_figures_lexicon(lang))
        cells = "".join(f"{100 * scores.rate(m):8.1f}/{scores.total[m]:<4}" for m in METRICS)
        print(f"{lang:5}{cells}")
        if args.errors:
            for error in scores.errors:
                print("   ", error)
    if args.indolem:
        if not FOLDS.is_dir():
            print(f"IndoLEM not found at {FOLDS}; skipped", file=sys.stderr)
            return 0
        indolem_scores(load_figures_lexicon("id"), verbose=args.errors)
    return 0


if __name__ == "__main__":
    sys.exit(main())
