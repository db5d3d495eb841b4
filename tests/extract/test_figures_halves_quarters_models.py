"""Review cases of the share words and the model rule: a game's "second half" is one of two
periods, not a share; "a quarter of" the residents is a 25% share beside their count, not a
count of a quarter of a resident; a model number of several parts ("Boeing 737 MAX 8") holds
no count of its own. Sentences written for these tests."""

from __future__ import annotations

import pytest

from records import quantities_in


@pytest.mark.parametrize(
    "text",
    [
        "The visitors pulled away in the second half of the match.",
        "In the second half the Lakers pulled away.",
        "Sales fell in the first half of the season.",
    ],
)
def test_a_half_named_by_an_ordinal_is_a_period_not_a_share(text: str) -> None:
    assert quantities_in("en", text) == []


def test_a_quarter_of_a_counted_whole_is_a_share_beside_the_count() -> None:
    found = quantities_in("en", "A quarter of the 200 residents fled.")
    assert sorted((q.value, q.unit) for q in found) == [(25.0, "%"), (200.0, None)]


def test_a_model_of_several_parts_holds_no_count_of_its_own() -> None:
    (found,) = quantities_in("en", "The airline grounded the 2 Boeing 737 MAX 8 jets.")
    assert found.value == 2
