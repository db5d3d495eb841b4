"""Figures in date sentences (silang.compare.dates, silang.compare.dates_words): a telling
word between "a" and a figure hedges the figure and tells no statement ("sold for a reported
$12 million in 1988"), and two reports that give one happening the same figure on years one
slip apart dispute its year, unless the figure is common to the story; a year a figure
stands right beside ("reached 4,000 tons in 1995") is the figure's, no happening of its own;
months that meet ("December 2008", "January 2009") are one happening told two ways.
Sentences written for these tests; their dates are read by the times stage itself."""

from __future__ import annotations

from dataclasses import replace

from dated_reports import date_event, dated_report, one_slot, slot_of, story_date_slots
from silang.model import Annotated, Quantity

PUBLISHED = "2024-03-14"
#: Reports of the story that give no figure: the sum stays rare in the story.
QUIET = [
    dated_report(aid, [text], PUBLISHED)
    for aid, text in (
        ("c", "Nothing else is told here."),
        ("d", "The valley is dry this spring."),
        ("e", "Neighbours remember the old barn."),
    )
]


def test_a_reported_figure_is_no_telling() -> None:
    sentence = "The family sold the ranch for a reported $12 million in 1988."
    assert date_event(sentence, "1988", PUBLISHED) == date_event(
        "The family sold the ranch for $12 million in 1988.", "1988", PUBLISHED
    )
    assert date_event(sentence, "1988", PUBLISHED) not in (None, "statement")


def test_a_reporting_verb_still_tells() -> None:
    # "reported" as the verb of its clause, after no noun-phrase opener, stays a telling.
    sentence = "The paper reported on Tuesday, March 12, that 300 homes were flooded."
    assert date_event(sentence, "Tuesday, March 12", PUBLISHED) == "statement"


def _with_figure(aid: str, sentence: str, written: str, value: float, unit: str) -> Annotated:
    """A report of ``sentence`` with its figure ``written`` as the figures stage reads it."""
    report = dated_report(aid, [sentence], PUBLISHED)
    at = sentence.index(written)
    figure = Quantity(at, at + len(written), written, value, unit=unit)
    return replace(report, quantities=(*report.quantities, figure))


def _sold(aid: str, sentence: str, millions: int) -> Annotated:
    return _with_figure(aid, sentence, f"${millions} million", millions * 1e6, "USD")


def test_the_same_sum_on_years_one_slip_apart_is_a_dispute() -> None:
    slots = story_date_slots(
        _sold("a", "The family sold the ranch for $12 million in 1988.", 12),
        _sold("b", "The ranch was sold for $12 million in 1978.", 12),
        *QUIET,
    )
    slot = slot_of(slots, "a", "1988")
    assert slot is not None and slot.status == "disputed"
    assert slot is slot_of(slots, "b", "1978")


def test_other_sums_years_apart_are_two_happenings() -> None:
    slots = story_date_slots(
        _sold("a", "The family sold the ranch for $12 million in 1988.", 12),
        _sold("b", "The ranch was sold for $3 million in 1978.", 3),
        *QUIET,
    )
    assert slot_of(slots, "a", "1988") is not slot_of(slots, "b", "1978")
    assert all(s.status != "disputed" for s in slots)


def test_a_figure_common_to_the_story_tells_no_happening() -> None:
    # Every report gives the ranch's "$12 million": it tells which story, not which sale.
    slots = story_date_slots(
        _sold("a", "The family sold the ranch for $12 million in 1988.", 12),
        _sold("b", "The ranch was sold for $12 million in 1978.", 12),
    )
    assert all(s.status != "disputed" for s in slots)
    assert one_slot(slots, "1988", "a").event == one_slot(slots, "1978", "b").event


def _harvest(sentence: str) -> Annotated:
    """A report of ``sentence`` with its figure "4,000 tons" as the figures stage reads it."""
    return _with_figure("a", sentence, "4,000 tons", 4000.0, "t")


def test_a_year_a_figure_stands_beside_is_no_happening() -> None:
    # The year is the harvest figure's, a reading of a measure (the figure slots carry it).
    report = _harvest("The orchard's harvest reached 4,000 tons in 1995.")
    assert slot_of(story_date_slots(report, *QUIET), "a", "1995") is None


def test_a_year_a_comma_parts_from_the_figure_is_a_happening() -> None:
    report = _harvest("In 1995, the orchard's harvest reached 4,000 tons.")
    slot = slot_of(story_date_slots(report, *QUIET), "a", "1995")
    assert slot is not None and slot.status == "single-source"


def test_a_count_of_a_few_tells_no_happening() -> None:
    # "three men" recurs across robberies of a kind: the years stay two happenings.
    slots = story_date_slots(
        _with_figure("a", "Three men robbed the bank in 1988.", "Three men", 3.0, ""),
        _with_figure("b", "The bank was robbed by three men in 1978.", "three men", 3.0, ""),
        *QUIET,
    )
    assert all(s.status != "disputed" for s in slots)


def test_months_that_meet_are_one_happening_disputed() -> None:
    # A happening near the turn of a month is told in either month.
    slots = story_date_slots(
        dated_report("a", ["The family sold the ranch in December 2008."], PUBLISHED),
        dated_report("b", ["The ranch was sold in January 2009."], PUBLISHED),
        *QUIET,
    )
    slot = slot_of(slots, "a", "2008-12")
    assert slot is not None and slot is slot_of(slots, "b", "2009-01")
    assert slot.status == "disputed"


def test_months_apart_are_two_happenings() -> None:
    slots = story_date_slots(
        dated_report("a", ["The family sold the ranch in October 2008."], PUBLISHED),
        dated_report("b", ["The ranch was sold in January 2009."], PUBLISHED),
        *QUIET,
    )
    assert slot_of(slots, "a", "2008-10") is not slot_of(slots, "b", "2009-01")
