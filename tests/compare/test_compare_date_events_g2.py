"""Date slots of the happenings of a life and of a firm (a divorce, a withdrawal, a building
put up, a film), of a heart attack (an illness, not an assault), of a day told relative to the
report beside a written day of another happening, and of a story none of whose reports is
dated but one names a day by its weekday. The sentences are written for these tests; their
dates are read by the times stage itself."""

from __future__ import annotations

from dated_reports import date_lexicons, dated_report, one_slot, slot_of, story_date_slots
from silang.compare.timeline import anchored, date_of


def test_compare_the_happenings_of_a_life_are_events() -> None:
    one = dated_report(
        "a",
        ["The singer divorced her first husband in 1947.", "She quit the stage in 1957."],
        "2008-12-12",
    )
    other = dated_report(
        "b",
        ["Her divorce from the sailor came in 1947.", "She retired from the stage in 1957."],
        "2008-12-12",
    )
    slots = story_date_slots(one, other)
    assert one_slot(slots, "1947", "a", "b").event == "divorce"
    assert one_slot(slots, "1957", "a", "b").event == "withdrawal"


def test_compare_a_funeral_is_its_own_happening_after_the_death() -> None:
    one = dated_report(
        "a", ["The actress died on Thursday.", "Her funeral was held on Tuesday."], "2008-12-17"
    )
    other = dated_report("b", ["The actress was buried on Tuesday."], "2008-12-17")
    slots = story_date_slots(one, other)
    assert one_slot(slots, "2008-12-16", "a", "b").event == "funeral"
    death = slot_of(slots, "a", "2008-12-11")
    assert death is not None and death.event == "death"


def test_compare_a_slaying_is_a_death_and_a_murder_charge_is_not() -> None:
    one = dated_report(
        "a", ["The ambush slaying of the deputy in June 2005 shocked the town."], "2007-05-04"
    )
    other = dated_report("b", ["The deputy was slain in June 2005."], "2007-05-04")
    assert one_slot(story_date_slots(one, other), "2005-06", "a", "b").event == "death"
    charged = dated_report("c", ["The son was charged with two murders on Monday."], "2013-06-11")
    assert all(s.event != "death" for s in story_date_slots(charged))


def test_compare_a_building_put_up_and_a_film_are_dated_by_their_year() -> None:
    one = dated_report(
        "a", ["The creamery was built in 1935.", "A 2006 film told her life."], "2012-08-07"
    )
    other = dated_report(
        "b",
        ["The creamery was constructed in 1935.", "Her life was told in a movie in 2006."],
        "2012-08-07",
    )
    slots = story_date_slots(one, other)
    assert one_slot(slots, "1935", "a", "b").event == "construction"
    assert one_slot(slots, "2006", "a", "b").event == "publication"


def test_compare_a_building_as_a_noun_dates_no_construction() -> None:
    # "Building" is read through the concept "built" is: only the passive is the event.
    item = dated_report("a", ["He was taken to the court building on Monday."], "2013-06-12")
    assert all(s.event != "construction" for s in story_date_slots(item))


def test_compare_a_heart_attack_is_an_illness_not_an_attack() -> None:
    one = dated_report("a", ["The actress suffered a heart attack on Tuesday."], "2008-12-04")
    other = dated_report("b", ["The actress had a heart attack on December 2."], "2008-12-04")
    assert one_slot(story_date_slots(one, other), "2008-12-02", "a", "b").event == "illness"


def test_compare_a_relative_day_far_from_a_written_one_is_its_own_date() -> None:
    # "Dec. 2" dates the heart attack; "Thursday evening", far off in the clause, the death:
    # it repeats no written day.
    item = dated_report(
        "a",
        ["The actress died Thursday evening in a hospital after a heart attack on Dec. 2."],
        "2008-12-12",
    )
    slots = story_date_slots(item)
    death = slot_of(slots, "a", "2008-12-11")
    assert death is not None and death.event == "death"
    illness = slot_of(slots, "a", "2008-12-02")
    assert illness is not None and illness.event == "illness"


#: Reports with no day of their own: one names the day of the death with its weekday, and
#: the story writes 2006 as its latest year; December 11 was a Thursday in 2003 and 2008.
UNDATED = (
    dated_report("a", ["The actress died on Thursday, December 11, in a hospital."], None),
    dated_report(
        "b", ["The actress died Thursday in Los Angeles.", "A 2006 film told her life."], None
    ),
    dated_report("c", ["She had fallen ill last week."], None),
)


def test_compare_a_weekday_with_its_date_dates_an_undated_story() -> None:
    slot = one_slot(story_date_slots(*UNDATED), "2008-12-11", "a", "b")
    assert slot.event == "death" and slot.status == "agreed"


def test_compare_an_undated_story_is_read_as_of_its_earliest_named_day() -> None:
    # A coming day named the same way ("set for Tuesday, Dec. 16") is no day the reports
    # were written on: "last week" is read from the day of the death.
    funeral = dated_report("d", ["The funeral is set for Tuesday, Dec. 16."], None)
    items = anchored((*UNDATED, funeral), date_lexicons()[0])
    ill = next(t for t in items[2].times if t.text == "last week")
    assert date_of(ill) == "2008-12-01/2008-12-07"


def test_compare_a_story_that_writes_no_year_stays_undated() -> None:
    items = [
        dated_report("a", ["The actress died on Thursday, December 11, in a hospital."], None),
        dated_report("b", ["The actress died Thursday in Los Angeles."], None),
    ]
    read = anchored(items, date_lexicons()[0])
    assert all(t.date is None for item in read for t in item.times)
