"""Figures of one noun that two reports give for two things, with no day between them: an old
record against the new one, counts tied to different other counts, lengths of time whose
clauses share only a name. Sentences written for these tests, in the shapes the ECB+ sports
dev stories (topics 7 and 29) showed."""

from __future__ import annotations

import pytest

from silang.compare.figures import read_figures
from silang.compare.glossary import load_glossary
from silang.compare.scope import Period
from silang.compare.slots import claim_slots

from records import figured_report, slot_holding

_DAY = "2015-11-02"


def _periods(sentence: str) -> dict[float, Period | None]:
    item = figured_report("a1", [sentence], published=_DAY)
    return {f.quantity.value: f.period for f in read_figures(item, load_glossary())}


def test_compare_scope_a_previous_record_is_of_an_earlier_period() -> None:
    assert _periods("The veteran held the previous record at 4,051 yards.") == {4051: Period()}
    assert _periods("The former mark stood at 120 yards.") == {120: Period()}


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("The former president said 12 people were killed.", 12),
        ("The former champion ran for 120 yards.", 120),
    ],
)
def test_compare_scope_a_former_person_tells_no_earlier_figure(sentence: str, value: float) -> None:
    assert _periods(sentence) == {value: None}


def test_compare_scope_a_number_between_binds_the_earlier_word_to_itself() -> None:
    # "previous" tells the 4,051 of the old mark, not the 4,183 given after it.
    periods = _periods("The rookie broke the previous mark of 4,051 with 4,183 yards.")
    assert periods[4183] is None


@pytest.mark.parametrize(
    ("first", "first_day", "second", "values"),
    [
        # An old record against the new one: without the rule the two reports' single counts
        # of yards, one of no day, join as one count told two ways.
        (
            "The veteran held the previous record at 4,051 yards.",
            None,
            "The rookie finished the season with 4,183 yards.",
            (4051, 4183),
        ),
        # "3 passes for 37 yards" and "73 yards in 13 plays": each count is told beside
        # another number the other report does not give, so each is tied to another thing.
        (
            "The receiver caught 3 passes for 37 yards on the last drive.",
            None,
            "The team went 73 yards in 13 plays.",
            (37, 73),
        ),
        # Both clauses name Smith, as every report of his fight does; the name says whose
        # spans these are, not that "four years since their first bout" and "his unbeaten run
        # to eight years" are one span.
        (
            "Since their first bout, the challenger Smith had waited four years.",
            _DAY,
            "The champion Smith extended his unbeaten run to eight years.",
            (4, 8),
        ),
    ],
)
def test_compare_slots_two_things_of_one_noun_stay_apart(
    first: str, first_day: str | None, second: str, values: tuple[float, float]
) -> None:
    slots = claim_slots(
        [figured_report("a1", [first], first_day), figured_report("a2", [second], _DAY)], {}
    )
    assert slot_holding(slots, "a1", values[0]) != slot_holding(slots, "a2", values[1])
    assert not any(s.status == "disputed" for s in slots)


def test_compare_slots_counts_with_one_companion_number_still_join() -> None:
    # The same companion number ("in 13 plays") in both reports: one drive told two ways.
    first = figured_report("a1", ["The team went 73 yards in 13 plays."])
    second = figured_report("a2", ["The team drove 75 yards in 13 plays."], _DAY)
    slots = claim_slots([first, second], {})
    assert slot_holding(slots, "a1", 73) == slot_holding(slots, "a2", 75)
