"""Entity-level exact-match F1 (seqeval's default) of the Indonesian NER model (issue #5).

    python bench/ner_eval.py              # full table: IndoLEM 5-fold means + shipped model
    python bench/ner_eval.py --folds 1    # quicker: IndoLEM fold 1 only
    python bench/ner_eval.py --shipped    # only the shipped model on its held-out splits

IndoLEM rows follow the protocol: one model per fold, trained on train.0k, scored on test.0k
(NER-UGM with all five types, QUANTITY and TIME included, as published). The other rows score
the shipped model (trained by bench/ner_train.py) on splits it never saw: NERGrit valid, NERP
valid (PER and LOC only: NERP has no organisation type) and idner-news-2k test.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
from collections.abc import Sequence
from pathlib import Path

from shared_data import SHARED_DATA
from silang.ner import datasets
from silang.ner.datasets import Sentence
from silang.ner.features import Resources
from silang.ner.recognizer import shipped_folder
from silang.ner.scoring import Score, score
from silang.ner.tagger import Tagger
from silang.ner.train import build_resources, fit

PUBLISHED = {"nerui": "BiLSTM-CRF 82.2, mBERT 82.2, IndoBERT 90.1", "nerugm": "70.9, 71.6, 74.9"}
#: Types scored per held-out split (NERP has no ORG).
SCORED = {"nerp-valid": frozenset({"PER", "LOC"})}


def evaluate(tagger: Tagger, sentences: Sequence[Sentence], kinds: frozenset[str] | None) -> Score:
    return score([s.tags for s in sentences], [tagger.tag(s.tokens) for s in sentences], kinds)


def indolem_fold(corpus: str, fold: int, resources: Resources, workdir: Path) -> Score:
    """Train on the fold's train file, score its test file."""
    root = SHARED_DATA
    folder = workdir / f"{corpus}{fold}"
    fit(datasets.read_conll(datasets.indolem(root, corpus, "train", fold)), resources, folder)
    test = datasets.read_conll(datasets.indolem(root, corpus, "test", fold))
    return evaluate(Tagger(folder), test, None)


def shipped(folder: Path) -> dict[str, Score]:
    tagger = Tagger(folder)
    return {
        name: evaluate(tagger, split, SCORED.get(name))
        for name, split in datasets.held_out(SHARED_DATA).items()
    }


def _row(name: str, s: Score, note: str = "") -> None:
    figures = f"F1 {100 * s.f1:5.1f}  P {100 * s.precision:5.1f}  R {100 * s.recall:5.1f}"
    print(f"{name:16} {figures}  {note}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--folds", type=int, default=5, help="IndoLEM folds 1..N")
    parser.add_argument("--shipped", action="store_true", help="only the shipped model")
    parser.add_argument("--model", type=Path, default=shipped_folder())
    args = parser.parse_args()
    if not args.shipped:
        resources = build_resources(SHARED_DATA)
        with tempfile.TemporaryDirectory() as workdir:
            for corpus in ("nerui", "nerugm"):
                f1s = []
                for fold in range(1, args.folds + 1):
                    s = indolem_fold(corpus, fold, resources, Path(workdir))
                    f1s.append(100 * s.f1)
                    _row(f"{corpus} fold {fold}", s)
                print(
                    f"{corpus} mean over {args.folds} folds: F1 {statistics.mean(f1s):.1f}"
                    f"  (published {PUBLISHED[corpus]})"
                )
    for name, s in shipped(args.model).items():
        _row(name, s, "shipped model, never trained on this split")


if __name__ == "__main__":
    main()
