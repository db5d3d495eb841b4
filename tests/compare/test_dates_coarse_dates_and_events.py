"""Date slots: a coarse date that fits two happenings' days, decades, a month parted from its
year by a comma, a crime's date in a verdict's clause, the charge, and a date whose comma
parted its clause. The sentences are written for these tests; their dates are read by the
times stage itself."""

from __future__ import annotations

import datetime

from dated_reports import dated_report, slot_of, story_date_slots
from silang.compare.timeline import timeline, when
from silang.extract.times import find_times
from silang.lang.figures import load_figures_lexicon
from silang.model import DateSlot, Span, TimeExpression


def _times(text: str, published: str) -> tuple[TimeExpression, ...]:
    day = datetime.date.fromisoformat(published)
    return find_times(text, [Span(0, len(text))], day, load_figures_lexicon("en"))


def _disputed(slots: tuple[DateSlot, ...]) -> list[DateSlot]:
    return [slot for slot in slots if slot.status == "disputed"]


def test_compare_a_year_that_fits_two_far_days_joins_neither_to_the_other() -> None:
    # "Earlier this year" fits the arrest of 6 January and the one of 4 February; the two
    # days are four weeks apart and no report tells them as one arrest: no dispute.
    slots = story_date_slots(
        dated_report("a", ["Jackson was arrested on Jan. 6 near the highway."], "2009-02-05"),
        dated_report("b", ["Williams was arrested on Feb. 4 outside the club."], "2009-02-05"),
        dated_report("c", ["Earlier this year, Jackson was arrested as well."], "2009-02-05"),
    )
    assert not _disputed(slots), slots
    assert slot_of(slots, "a", "2009-01-06") is not slot_of(slots, "b", "2009-02-04"), slots


def test_compare_a_month_that_fits_two_days_of_a_recurring_happening_joins_neither() -> None:
    # Report "a" tells two shootings four days apart: "June 2005" fits both, and says
    # nothing of which it is; the two days stay two happenings.
    slots = story_date_slots(
        dated_report("b", ["A man was shot on June 20, 2005 in the park."], "2005-06-26"),
        dated_report("c", ["The deputy was shot in June 2005."], "2007-03-20"),
        dated_report("d", ["The deputy was shot on June 24, 2005 at a door."], "2005-06-26"),
        dated_report(
            "a",
            [
                "The deputy was shot on June 24, 2005 at the door.",
                "He was looking into a shooting on June 20, 2005 in the park.",
            ],
            "2005-06-26",
        ),
    )
    assert not _disputed(slots), slots
    assert slot_of(slots, "b", "2005-06-20") is not slot_of(slots, "d", "2005-06-24"), slots


def test_compare_a_year_still_joins_two_near_days_of_one_happening_as_a_dispute() -> None:
    # A month and a day four days from it, both in the year a third report gives: one plea
    # told two ways.
    slots = story_date_slots(
        dated_report("a", ["LaRue pleaded guilty to obstruction in July 1973."], "2004-07-28"),
        dated_report("b", ["On June 27, 1973, LaRue pleaded guilty to one charge."], "2004-07-28"),
        dated_report("c", ["LaRue pleaded guilty in 1973 and served his sentence."], "2004-07-28"),
    )
    slot = slot_of(slots, "a", "1973-07")
    assert slot is not None and slot is slot_of(slots, "b", "1973-06-27"), slots
    assert slot.status == "disputed"


def test_extract_a_decade_written_with_an_apostrophe_is_a_decade() -> None:
    found = _times("The gang was founded in the 1930's and grew in the 1950’s.", "2005-12-20")
    assert [(t.text, t.interval) for t in found] == [
        ("1930's", "1930/1939"),
        ("1950’s", "1950/1959"),
    ]
    # A quote mark closing on the year, then a word of its own, marks no decade: the song
    # 'Berlin 1930' is of the year, and "s" a stray letter after it.
    found = _times("She sang 'Berlin 1930' s twice in 2005.", "2005-12-20")
    assert [(t.text, t.interval) for t in found] == [("1930", None), ("2005", None)]


def test_compare_a_decade_disputes_no_year_inside_it_and_enters_the_timeline() -> None:
    items = (
        dated_report("a", ["The gang was founded in the 1930's by Luciano."], "2005-12-20"),
        dated_report("b", ["The family was founded in 1931 by Luciano."], "2005-12-20"),
    )
    slots = story_date_slots(*items)
    assert not _disputed(slots), slots
    assert not [v for s in slots for v in s.values if v.date == "1930/1939"], slots
    assert "1930/1939" in [entry.date for entry in timeline(items, slots)]


def test_extract_a_month_and_its_year_parted_by_a_comma_are_one_date() -> None:
    found = _times("He murdered the deputy in June, 2005.", "2007-03-20")
    assert [(t.text, t.date) for t in found] == [("June, 2005", "2005-06")]
    # A count after the comma is no year.
    found = _times("In March, 2000 people marched.", "2007-03-20")
    assert [(t.text, t.date) for t in found] == [("March", "2007-03")]


def test_compare_a_date_after_the_murder_a_verdict_names_dates_the_death() -> None:
    sentence = "A jury today convicted a gang member of murdering the young deputy in June 2005."
    slots = story_date_slots(dated_report("a", [sentence], "2007-03-20"))
    death = slot_of(slots, "a", "2005-06")
    assert death is not None and death.event == "death", slots
    verdict = slot_of(slots, "a", "2007-03-20")
    assert verdict is not None and verdict.event == "verdict", slots


def test_compare_an_indictment_dates_the_charge() -> None:
    sentence = "Gigante was indicted in 1990 with 14 others on federal charges."
    slots = story_date_slots(dated_report("a", [sentence], "2005-12-20"))
    slot = slot_of(slots, "a", "1990")
    assert slot is not None and slot.event == "charge", slots


def test_compare_a_comma_inside_a_date_parts_no_clause() -> None:
    # "the June 20, 2005 shooting": the comma is the date's, and the date qualifies the
    # shooting after it.
    sentence = "That task stemmed from the June 20, 2005 shooting of a man in the park."
    slots = story_date_slots(dated_report("a", [sentence], "2007-03-20"))
    slot = slot_of(slots, "a", "2005-06-20")
    assert slot is not None and slot.event == "attack", slots


def test_extract_a_weekday_inside_a_name_is_no_day() -> None:
    found = _times("He told it to The Sun Herald, and to the Biloxi Sun Herald too.", "2004-07-28")
    assert not found, found
    # A weekday after the sentence's first word, or before a part of the day, is a day.
    found = _times("On Monday Smith said it, and Police Arrest Suspect Sunday Night.", "2004-07-28")
    assert [t.text for t in found] == ["Monday", "Sunday Night"]


def test_extract_a_full_weekday_between_names_is_a_day() -> None:
    # Only a shortened weekday ("Sun") can be part of a name: a full one next to a name a
    # reporting verb puts there is the day, and an opening quote mark or dash is no word.
    for sentence in (
        "The senator told Reuters Monday Obama would sign the bill.",
        "He told CNN Sunday Republicans had lost.",
        '"On Monday Obama told us to wait," she said.',
        "- On Friday Police found the car.",
    ):
        found = _times(sentence, "2009-03-04")
        assert len(found) == 1 and found[0].date, (sentence, found)


def test_compare_two_places_of_one_rare_name_are_no_other_places() -> None:
    # A state in one sentence, a county in the other, both naming the same small town: the
    # two years of one indictment are a dispute.
    slots = story_date_slots(
        dated_report(
            "a",
            ["In 1969, he was indicted in New Jersey for bribing the Old Tappan police."],
            "2005-12-20",
            places=("New Jersey",),
        ),
        dated_report(
            "b",
            ["In 1970, he was indicted for bribing the police of Old Tappan in Bergen County."],
            "2005-12-20",
            places=("Bergen County",),
        ),
        # Two more reports of the story, that name no town: "Old Tappan" is rare in it.
        dated_report("c", ["The mobster died in prison on Monday."], "2005-12-20"),
        dated_report("d", ["The mobster died on Monday at 77."], "2005-12-20"),
    )
    slot = slot_of(slots, "a", "1969")
    assert slot is not None and slot is slot_of(slots, "b", "1970"), slots
    assert slot.event == "charge" and slot.status == "disputed"


def test_compare_days_told_alike_join_before_a_coarser_date() -> None:
    # "June 20" of a report from March 2005 reads as June 20, 2004, its year inferred: it
    # agrees with "June 20, 2005" (one day of the year, one side's year guessed, and the slot
    # gives it the written year), while "June 2005" fits the written day only. Joined in the
    # order of the reports, "June 2005" would take the written day first and leave the other
    # June 20 out of its slot; dates of one length join first.
    slots = story_date_slots(
        dated_report("a", ["The deputy was killed in June 2005."], "2007-03-20"),
        dated_report("b", ["The deputy was killed on June 20, 2005."], "2007-03-20"),
        dated_report("c", ["The deputy was killed on June 20."], "2005-03-01"),
    )
    slot = slot_of(slots, "b", "2005-06-20")
    assert slot is not None and slot is slot_of(slots, "c", "2005-06-20"), slots


def test_compare_a_span_of_years_enters_the_timeline_as_a_decade_does() -> None:
    # A run of whole years marks its years, as a year does: a span ("from 2003 to 2007")
    # and a decade alike (the ECB+ dev timelines give such spans).
    found = _times("He ran the firm from 2003 to 2007 and joined it in the 1990s.", "2009-01-05")
    assert [(t.interval, when(t)) for t in found] == [
        ("2003/2007", "2003/2007"),
        ("1990/1999", "1990/1999"),
    ]
