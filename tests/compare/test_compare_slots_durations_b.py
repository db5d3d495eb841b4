"""Two reports' lengths of one span: "deliberated for 40 hours" and "after 30 hours of
deliberation" measure one span and dispute, while a second span of another order in the
first report stays apart. Sentences written for these tests."""

from __future__ import annotations

from silang.compare.slots import claim_slots
from silang.model import Annotated

from records import figured_report as _report
from records import slot_holding

#: Reports that give no length of time, so that the words of the two that do stand in few
#: of the story's articles (the words of most articles tell no figure from another).
_OTHERS = [
    ["The judge thanked the jurors on Friday."],
    ["The defendant said nothing as he left the court."],
    ["Relatives of the victims gathered outside."],
]


def _story(first: list[str], second: list[str]) -> list[Annotated]:
    reports = [_report("a1", first), _report("a2", second)]
    return reports + [_report(f"o{n}", s) for n, s in enumerate(_OTHERS)]


def test_compare_two_lengths_of_one_span_named_by_one_word_dispute() -> None:
    first = [
        "The panel deliberated for 40 hours before it deadlocked on the sentence.",
        "In the spring it convicted him after 12 hours of deliberation over two days.",
    ]
    second = ["The jury was unable to agree after 30 hours of deliberation."]
    slots = claim_slots(_story(first, second), {})
    span = slot_holding(slots, "a1", 40)
    assert span is slot_holding(slots, "a2", 30)
    assert span.status == "disputed"
    assert slot_holding(slots, "a1", 12) is not span


def test_compare_two_lengths_of_time_in_clauses_sharing_no_word_stay_apart() -> None:
    first = ["The panel deliberated for 40 hours before it deadlocked."]
    second = ["The power was out for 30 hours across the county."]
    slots = claim_slots(_story(first, second), {})
    assert slot_holding(slots, "a1", 40) is not slot_holding(slots, "a2", 30)


def test_compare_lengths_of_time_share_a_word_every_report_uses() -> None:
    # "served" stands in every report of the story, so it tells no count from another, but
    # two lone lengths of one order served are the one term.
    first = ["He served four months in a federal prison."]
    second = ["He served five months in prison for his part."]
    others = [[f"He served the party for years, report {n} said."] for n in range(3)]
    items = [_report("a1", first), _report("a2", second)]
    items += [_report(f"o{n}", s) for n, s in enumerate(others)]
    slots = claim_slots(items, {})
    term = slot_holding(slots, "a1", 4)
    assert term is slot_holding(slots, "a2", 5) and term.status == "disputed"
