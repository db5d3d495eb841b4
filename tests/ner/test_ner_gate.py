"""Evaluation gate: the shipped model's entity F1 (exact match, seqeval default) on held-out
splits it never trained on (silang.ner.datasets.shipped_training removes any sentence that also
occurs in them). Skipped when ../shared/data is absent.

Floors sit about one point below the figures measured when they were pinned
(bench/ner_eval.py --shipped); a floor is lowered only on purpose, in the open.
"""

from __future__ import annotations

import pytest

from silang.ner import datasets
from silang.ner.recognizer import load_tagger, shipped_folder
from silang.ner.scoring import score

from records import SHARED_DATA

#: Measured 2026-11 with the shipped model (bench/ner_eval.py --shipped): NERGrit valid F1 71.6
#: (209 sequences), NERP valid 79.4 on PER+LOC (840 sequences, lower-cased), idner-news-2k test
#: 80.1 (509 sentences).
FLOORS: dict[str, float] = {"nergrit-valid": 0.705, "nerp-valid": 0.785, "idner-test": 0.790}
#: NERP has no organisation type: it is scored on PER and LOC only.
KINDS = {"nerp-valid": frozenset({"PER", "LOC"})}

pytestmark = pytest.mark.skipif(
    not (SHARED_DATA / "idner-news-2k").is_dir() or not (SHARED_DATA / "indonlu-ner").is_dir(),
    reason="../shared/data NER sets absent",
)


@pytest.mark.parametrize("split", sorted(FLOORS))
def test_shipped_model_holds_its_floor(split: str) -> None:
    sentences = datasets.held_out(SHARED_DATA)[split]
    tagger = load_tagger(shipped_folder())
    result = score(
        [s.tags for s in sentences], [tagger.tag(s.tokens) for s in sentences], KINDS.get(split)
    )
    assert result.f1 >= FLOORS[split]
