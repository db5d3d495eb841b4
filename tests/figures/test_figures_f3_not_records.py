"""What the English sport readings must leave alone (review R5): a pair set off by commas
in a list of ages, a bracket whose detail is no tally, a vote or odds after a copula, a round
of talks, and "will be N in <month>" of a thing. The sentences are written for these tests."""

from __future__ import annotations

import pytest

from silang.extract.figures_tokens import tokenize
from silang.extract.quantities import sentence_quantities
from silang.lang.figures import load_figures_lexicon

from records import quantities_by_text

EN = load_figures_lexicon("en")


def _classes(text: str) -> set[str | None]:
    tokens = tokenize(text, 0, len(text))
    return {q.counted_class for q in sentence_quantities(text, tokens, EN)}


@pytest.mark.parametrize(
    "text",
    [
        "Police said Smith, 45, and Jones, 20-25, were hurt in the crash.",
        "The Boeing (737-800, 12 years old) crashed short of the runway.",
        "The Supreme Court vote was 5-4 in favour of the state.",
        "The odds are 3-1 against him winning the seat.",
        "The jury was 7-5 for acquittal on the first day.",
        # A capitalised name ends a phrase qualifying the copula's subject.
        "The count in the Senate was 52-48 for the bill.",
        "The ruling by the Supreme Court was 5-4 against the state.",
    ],
)
def test_a_pair_that_is_no_win_loss_record_reads_no_wins(text: str) -> None:
    assert not _classes(text) & {"win", "defeat"}


@pytest.mark.parametrize(
    "text",
    ["The second round of talks ended without a deal.", "A fifth round of sanctions began."],
)
def test_a_round_of_a_process_counts_no_rounds(text: str) -> None:
    assert "round" not in _classes(text)


def test_a_round_of_a_bout_still_counts() -> None:
    assert "round" in _classes("The referee stopped the fight in the sixth round.")


@pytest.mark.parametrize(
    "text", ["The fund will be 29 in April.", "The bridge will be 50 on May 3 next year."]
)
def test_a_thing_that_will_be_n_in_a_month_has_no_age(text: str) -> None:
    assert all(q.unit != "year" for q in quantities_by_text(text, EN).values())
