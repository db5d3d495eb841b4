"""Our entity scorer gives seqeval's default (conlleval-style) F1, also on ill-formed tags."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from seqeval.metrics import f1_score  # type: ignore[import-untyped]

from silang.ner.scoring import score

TAGS = ["O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC"]
sentence_lengths = st.lists(st.integers(min_value=1, max_value=8), min_size=1, max_size=4)


# With no entity on either side both give 0.0; seqeval warns about it.
@pytest.mark.filterwarnings("ignore:F-score is ill-defined")
@settings(max_examples=300, deadline=None)
@given(data=st.data(), lengths=sentence_lengths)
def test_ner_score_agrees_with_seqeval(data: st.DataObject, lengths: list[int]) -> None:
    tag = st.sampled_from(TAGS)
    gold = [data.draw(st.lists(tag, min_size=n, max_size=n)) for n in lengths]
    predicted = [data.draw(st.lists(tag, min_size=n, max_size=n)) for n in lengths]
    assert abs(score(gold, predicted).f1 - f1_score(gold, predicted)) < 1e-9
