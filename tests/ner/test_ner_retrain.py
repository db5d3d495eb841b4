"""Slow: the training recipe itself, retrained on IndoLEM NER-UI fold 1 (train.01) and scored
on its test file. Run with ``pytest -m slow tests/ner``."""

from __future__ import annotations

from pathlib import Path

import pytest

from silang.ner import datasets
from silang.ner.scoring import score
from silang.ner.tagger import Tagger
from silang.ner.train import build_resources, fit

from records import SHARED_DATA

#: Measured 2026-11 (bench/ner_eval.py): NER-UI fold 1 test F1 87.0.
FLOOR = 0.86


@pytest.mark.slow
@pytest.mark.skipif(
    not (SHARED_DATA / "indolem-ner").is_dir() or not (SHARED_DATA / "bppt-panl-en-id").is_dir(),
    reason="../shared/data NER sets absent",
)
def test_nerui_fold_one_retrains_to_its_figure(tmp_path: Path) -> None:
    train = datasets.read_conll(datasets.indolem(SHARED_DATA, "nerui", "train", 1))
    test = datasets.read_conll(datasets.indolem(SHARED_DATA, "nerui", "test", 1))
    fit(train, build_resources(SHARED_DATA), tmp_path)
    tagger = Tagger(tmp_path)
    result = score([s.tags for s in test], [tagger.tag(s.tokens) for s in test])
    assert result.f1 >= FLOOR
