"""Train the shipped Indonesian NER model (issue #5) into src/silang/ner/model/.

    python bench/ner_train.py                 # the shipped model (6-8 min here, 3.5 min CPU)
    python bench/ner_train.py --out /tmp/ner  # somewhere else

Fixed seed (silang.ner.train.SEED) for the word clusters; L-BFGS is deterministic, so a run on
the same data reproduces the model. Training data: silang.ner.datasets.shipped_training.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from shared_data import SHARED_DATA
from silang.ner.datasets import shipped_training
from silang.ner.recognizer import shipped_folder
from silang.ner.train import build_resources, fit


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=shipped_folder())
    args = parser.parse_args()
    started = time.perf_counter()
    resources = build_resources(SHARED_DATA)
    sentences = shipped_training(SHARED_DATA)
    print(f"{len(resources.clusters)} clustered words, {len(sentences)} training sentences")
    fit(sentences, resources, args.out)
    print(f"model in {args.out}, {time.perf_counter() - started:.0f} s")


if __name__ == "__main__":
    main()
