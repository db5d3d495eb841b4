"""The shared union-find: groups, representatives, unseen items."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from silang.disjoint import DisjointSets


def test_disjoint_join_keeps_the_target_representative() -> None:
    sets: DisjointSets[str] = DisjointSets()
    sets.join("b", "a")
    sets.join("c", "b")
    assert {sets.find(x) for x in "abc"} == {"a"}
    assert sets.find("z") == "z"


@given(st.lists(st.tuples(st.integers(0, 9), st.integers(0, 9)), max_size=30))
def test_disjoint_groups_are_the_connected_components(pairs: list[tuple[int, int]]) -> None:
    sets: DisjointSets[int] = DisjointSets()
    for a, b in pairs:
        sets.join(a, b)
    # Reference: grow each component by repeated relaxation over the pairs.
    component = {n: {n} for n in range(10)}
    changed = True
    while changed:
        changed = False
        for a, b in pairs:
            merged = component[a] | component[b]
            for n in merged:
                if component[n] != merged:
                    component[n], changed = merged, True
    for a in range(10):
        for b in range(10):
            assert (sets.find(a) == sets.find(b)) == (b in component[a])
