"""Figures in date sentences (silang.compare.dates, silang.compare.dates_words): a telling
word between "a" and a figure hedges the figure and tells no statement ("sold for a reported
$12 million in 1988"), and two reports that give one happening the same figure on years one
slip apart dispute its year, unless the figure is common to the story; a year a figure
stands right beside ("reached 4,000 tons in 1995") is the figure's, no happening of its own;
months that meet ("December 2008", "January 2009") are one happening told two ways, unless
the reports name different people. A slip is one digit or one step ("1988" for "1978",
"2009" for "2010"), not forty years; a count with no unit tells no happening; a conjunction
parts a year from the next clause's figure; a sentence retelling another on dates one slip
apart disputes them; a series of readings ("4,000 tons in 2011, 5,200 tons in 2012") dates
no happening. Sentences written for these tests; their dates are read by the times stage
itself."""

from __future__ import annotations

from dataclasses import replace

import pytest

from dated_reports import date_event, dated_report, one_slot, slot_of, story_date_slots
from silang.extract.quantities import find_quantities
from silang.lang.figures import load_figures_lexicon
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


@pytest.mark.parametrize(
    ("first", "first_date", "second", "second_date"),
    [
        (
            "The family sold the ranch for $12 million in 1988.",
            "1988",
            "The ranch was sold for $12 million in 1978.",
            "1978",
        ),
        # 2009 for 2010: one year's step, a slip however many digits it changes.
        (
            "The family sold the ranch for $12 million in 2009.",
            "2009",
            "The ranch was sold for $12 million in 2010.",
            "2010",
        ),
    ],
)
def test_the_same_sum_on_dates_one_slip_apart_is_a_dispute(
    first: str, first_date: str, second: str, second_date: str
) -> None:
    slots = story_date_slots(_sold("a", first, 12), _sold("b", second, 12), *QUIET)
    slot = slot_of(slots, "a", first_date)
    assert slot is not None and slot.status == "disputed"
    assert slot is slot_of(slots, "b", second_date)


@pytest.mark.parametrize(
    ("first", "first_date", "second", "second_date", "millions"),
    [
        (
            "The family sold the ranch for $12 million in 1988.",
            "1988",
            "The ranch was sold for $3 million in 1978.",
            "1978",
            3,
        ),
        # Forty years is no slip of one digit or one year: two sales of one price.
        (
            "The family sold the ranch for $12 million in 1968.",
            "1968",
            "The ranch was sold for $12 million in 2008.",
            "2008",
            12,
        ),
        (
            "The family sold the ranch for $12 million on March 3, 1988.",
            "1988-03-03",
            "The ranch was sold for $12 million on March 25, 1988.",
            "1988-03-25",
            12,
        ),
    ],
)
def test_sums_that_tell_two_sales_stay_apart(
    first: str, first_date: str, second: str, second_date: str, millions: int
) -> None:
    slots = story_date_slots(_sold("a", first, 12), _sold("b", second, millions), *QUIET)
    assert slot_of(slots, "a", first_date) is not slot_of(slots, "b", second_date)
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
    # "three men" recurs across robberies of a kind: the years stay two happenings. (The
    # second sentence tells its robbery in words of its own: one retelling the first, "The
    # bank was robbed by three men in 1978", is one robbery misdated, ``_one_happening``.)
    slots = story_date_slots(
        _with_figure("a", "Three men robbed the bank in 1988.", "Three men", 3.0, ""),
        _with_figure(
            "b",
            "In 1978 three gunmen in masks robbed the post office beside the station.",
            "three gunmen",
            3.0,
            "",
        ),
        *QUIET,
    )
    assert all(s.status != "disputed" for s in slots)


def test_a_large_count_tells_no_happening() -> None:
    # A toll of ten recurs across attacks of a kind as a count of three does.
    slots = story_date_slots(
        _with_figure("a", "Gunmen killed 10 people in the market in 2009.", "10 people", 10, ""),
        _with_figure("b", "Rebels killed 10 people at a checkpoint in 2007.", "10 people", 10, ""),
        *QUIET,
    )
    assert all(s.status != "disputed" for s in slots)


def test_a_conjunction_parts_a_year_from_the_next_clauses_figure() -> None:
    # "12,000 families" is the fleeing's count, no reading taken in 1998.
    sentence = "The levee broke in 1998 and 12,000 families fled."
    report = _with_figure("a", sentence, "12,000 families", 12000.0, "")
    slot = slot_of(story_date_slots(report, *QUIET), "a", "1998")
    assert slot is not None and slot.status == "single-source"


def test_a_conjunction_parts_a_year_from_a_figure_in_indonesian() -> None:
    sentence = "Tanggul itu jebol pada 1998 dan 12.000 keluarga mengungsi."
    report = dated_report("a", [sentence], PUBLISHED, "id")
    at = sentence.index("12.000")
    figure = Quantity(at, at + len("12.000"), "12.000", 12000.0)
    quiet = [dated_report(q.article.id, [q.article.text], PUBLISHED, "id") for q in QUIET]
    slots = story_date_slots(replace(report, quantities=(figure,)), *quiet)
    slot = slot_of(slots, "a", "1998")
    assert slot is not None and slot.status == "single-source"


@pytest.mark.parametrize(
    ("first", "first_date", "second", "second_date", "one"),
    [
        # A happening near the turn of a month is told in either month.
        (
            "The family sold the ranch in December 2008.",
            "2008-12",
            "The ranch was sold in January 2009.",
            "2009-01",
            True,
        ),
        (
            "The family sold the ranch in October 2008.",
            "2008-10",
            "The ranch was sold in January 2009.",
            "2009-01",
            False,
        ),
        (
            "Police arrested Smith in December 2008.",
            "2008-12",
            "Smith was arrested in January 2009.",
            "2009-01",
            True,
        ),
        # Reports naming different people tell two arrests, a month's turn or not.
        (
            "Police arrested Smith in December 2008.",
            "2008-12",
            "Police arrested Jones in January 2009.",
            "2009-01",
            False,
        ),
        # No name and no figure in common, but one sentence retells the other's wording.
        (
            "Voters approved a bond to buy the old mill in 2009.",
            "2009",
            "In 2010, voters approved a bond to buy the old mill.",
            "2010",
            True,
        ),
        (
            "Voters approved a bond to buy the old mill in 2009.",
            "2009",
            "The council approved a levy for the school in 2010.",
            "2010",
            False,
        ),
        # A retelling of the same words names different people: a yearly contest's two
        # winners, two elections.
        (
            "In 2009, the city marathon was won by Smith.",
            "2009",
            "In 2010, the city marathon was won by Jones.",
            "2010",
            False,
        ),
        (
            "In 2004, voters elected Yudhoyono president of the country.",
            "2004",
            "In 2014, voters elected Widodo president of the country.",
            "2014",
            False,
        ),
        # A retelling lends its evidence to years only: two days ten days apart, two months
        # two apart, are two hearings, two raids.
        (
            "The court heard the appeal of the mayor on March 3, 2009.",
            "2009-03-03",
            "The court heard the appeal of the mayor on March 13, 2009.",
            "2009-03-13",
            False,
        ),
        (
            "Police raided the warehouse at the port in March 2009.",
            "2009-03",
            "Police raided the warehouse at the port in May 2009.",
            "2009-05",
            False,
        ),
    ],
)
def test_two_dates_of_an_event_are_one_happening_disputed_or_two(
    first: str, first_date: str, second: str, second_date: str, one: bool
) -> None:
    a, b = (dated_report(aid, [text], PUBLISHED) for aid, text in (("a", first), ("b", second)))
    slots = story_date_slots(a, b, *QUIET)
    slot = slot_of(slots, "a", first_date)
    assert (slot is slot_of(slots, "b", second_date)) is one
    assert any(s.status == "disputed" for s in slots) is one


def _read(aid: str, sentence: str, language: str = "en") -> Annotated:
    """A report of ``sentence`` with the times and figures the stages read in it."""
    report = dated_report(aid, [sentence], PUBLISHED, language)
    found = find_quantities(sentence, list(report.sentences), load_figures_lexicon(language))
    return replace(report, quantities=tuple(found))


@pytest.mark.parametrize(
    ("sentence", "language", "years"),
    [
        (
            "Output stood at 4,000 tons in 2011, climbed to 5,200 tons in 2012 and hit 6,100 "
            "tons in 2013.",
            "en",
            ("2011", "2012", "2013"),
        ),
        (
            "Pada 2019 tercatat panen sebesar 3.100 ton, naik pada 2020 menjadi 3.900 ton, "
            "sementara pada 2021 terus naik menjadi 4.400 ton.",
            "id",
            ("2019", "2020", "2021"),
        ),
    ],
)
def test_a_retold_series_of_readings_dates_no_happening(
    sentence: str, language: str, years: tuple[str, ...]
) -> None:
    # A figure at each of three or more years reads one measure at each: no happenings, however
    # many copies retell the sentence.
    quiet = [dated_report(q.article.id, [q.article.text], PUBLISHED, language) for q in QUIET]
    slots = story_date_slots(_read("a", sentence, language), _read("b", sentence, language), *quiet)
    assert all(slot_of(slots, "a", year) is None for year in years)


@pytest.mark.parametrize(
    ("sentence", "year"),
    [
        ("The striker ended his playing days in 1994 with 212 goals.", "1994"),
        # one figure in a clause of two dates reads no series
        ("The family left the valley in 1999 and came back in 2008 with 12 goats.", "2008"),
        # two years with a figure each are two happenings, no series of three
        ("Ford finished his career in 1978 with 2,290 points after he scored 40 in 1975.", "1978"),
    ],
)
def test_a_retold_year_with_a_figure_stays_a_happening(sentence: str, year: str) -> None:
    slots = story_date_slots(_read("a", sentence), _read("b", sentence), *QUIET)
    slot = slot_of(slots, "a", year)
    assert slot is not None and slot is slot_of(slots, "b", year)
