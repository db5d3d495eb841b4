"""Invariants: symmetric similarity, results independent of input order."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from link_records import INDEPENDENT, SPUN, UNRELATED, WIRE, item, lexicons, mixed

from silang.link import find_links
from silang.link.align import align_sentences
from silang.link.features import build_features
from silang.link.text import Normaliser

POOL = mixed()


@settings(max_examples=15, deadline=None)
@given(st.permutations(POOL))
def test_link_find_links_independent_of_input_order(order: list[object]) -> None:
    assert find_links(order, lexicons()) == find_links(POOL, lexicons())  # type: ignore[arg-type]


@settings(max_examples=15, deadline=None)
@given(
    st.sampled_from([WIRE, SPUN, INDEPENDENT, UNRELATED]),
    st.sampled_from([WIRE, SPUN, INDEPENDENT, UNRELATED]),
)
def test_link_sentence_similarity_is_symmetric(left: str, right: str) -> None:
    normalise = Normaliser(lexicons()["id"])
    a, b = build_features(item("a", left), normalise), build_features(item("b", right), normalise)
    forward = sorted((p.i, p.j, p.score) for p in align_sentences(a, b, 0.6))
    backward = sorted((p.j, p.i, p.score) for p in align_sentences(b, a, 0.6))
    assert forward == backward
