"""Date slots of happenings told by words the event list did not know, of a date whose own
sentence names no event, and of a page stamp scraped onto its headline's line; and the day an
undated report is read as of. The sentences are written for these tests; their dates are read
by the times stage itself."""

from __future__ import annotations

from dated_reports import date_lexicons, dated_report, one_slot, slot_of, story_date_slots
from silang.compare.timeline import anchored, timeline

#: Filler reports, so that words two reports share are not words most of the story has.
FILLER = (
    dated_report("f1", ["The neighbourhood was calm at dawn."], "2013-03-15"),
    dated_report("f2", ["Shops reopened along the avenue."], "2013-03-15"),
)


def test_compare_the_finding_of_a_body_is_a_happening() -> None:
    # "discovered" and "the bodies ... were found" tell one finding, days after the death.
    one = dated_report("a", ["His body was discovered on Tuesday by a cleaner."], "2013-03-14")
    other = dated_report("b", ["The bodies were found in the flat on Tuesday."], "2013-03-14")
    slot = one_slot(story_date_slots(one, other), "2013-03-12", "a", "b")
    assert slot.event == "discovery" and slot.status == "agreed"


def test_compare_a_driver_pulled_over_is_the_arrest_of_that_stop() -> None:
    stopped = dated_report(
        "a", ["The striker was pulled over for speeding early Sunday."], "2013-03-14"
    )
    arrested = dated_report("b", ["The striker was arrested on Sunday."], "2013-03-14")
    slot = one_slot(story_date_slots(stopped, arrested), "2013-03-10", "a", "b")
    assert slot.event == "arrest"


def test_compare_a_conviction_told_by_its_noun_is_the_verdict() -> None:
    # "a July 1997 racketeering conviction": the date qualifies the noun of the verdict.
    noun = dated_report(
        "a", ["His luck ended with a July 1997 racketeering conviction."], "2005-12-20"
    )
    verb = dated_report("b", ["A jury convicted the boss in July 1997."], "2005-12-20")
    plea = dated_report("c", ["The boss pleaded guilty in April 2003."], "2005-12-20")
    slots = story_date_slots(noun, verb, plea)
    assert one_slot(slots, "1997-07", "a", "b").event == "verdict"
    slot = slot_of(slots, "c", "2003-04")
    assert slot is not None and slot.event == "verdict"


def test_compare_an_arraignment_is_a_day_of_the_trial() -> None:
    set_for = dated_report("a", ["The receiver has an arraignment set for Feb. 17."], "2009-02-04")
    slot = slot_of(story_date_slots(set_for), "a", "2009-02-17")
    assert slot is not None and slot.event == "trial"


#: A page's stamp scraped onto its headline's line, then the body.
GLUED = ["Man held as mother and sister killed 10 Jun 2013 09:10\n", "They died on Saturday."]


def test_compare_a_stamp_glued_to_its_headline_dates_nothing() -> None:
    item = dated_report("a", GLUED, "2013-06-10")
    assert any(t.date == "2013-06-10" for t in item.times)  # the stamp is read as a date
    slots = story_date_slots(item)
    assert slot_of(slots, "a", "2013-06-10") is None
    assert slot_of(slots, "a", "2013-06-08") is not None
    assert "2013-06-10" not in {e.date for e in timeline(anchored([item], date_lexicons()[0]))}


def test_compare_a_headline_date_with_no_clock_still_dates_its_event() -> None:
    # A headline that tells its day in words is no stamp: "killed on 8 June 2013".
    headline = ["Mother and sister killed on 8 June 2013\n", "It shocked the town."]
    item = dated_report("a", headline, "2013-06-10")
    assert slot_of(story_date_slots(item), "a", "2013-06-08") is not None


ROBBED = ["Four men robbed a jewellery boutique near the old square on Monday."]
RAMMED = ["Four men rammed their car into a jewellery boutique near the old square on Monday."]


def test_compare_a_date_of_no_known_event_joins_the_one_happening_of_its_day() -> None:
    # "rammed" is no event word, but its sentence tells what another report's robbery does
    # on that very day: the date joins the robbery, as no dispute.
    slots = story_date_slots(
        dated_report("a", ROBBED, "2013-09-10"), dated_report("b", RAMMED, "2013-09-10"), *FILLER
    )
    slot = one_slot(slots, "2013-09-09", "a", "b")
    assert slot.event == "robbery" and slot.status == "agreed"


def test_compare_a_date_of_no_known_event_joins_nothing_on_a_day_of_two_happenings() -> None:
    # A protest dated the same Monday: which happening "rammed" tells is not known.
    protest = dated_report(
        "c", ["Hundreds joined a protest near the old square on Monday."], "2013-09-10"
    )
    robbed, rammed = (
        dated_report("a", ROBBED, "2013-09-10"),
        dated_report("b", RAMMED, "2013-09-10"),
    )
    slots = story_date_slots(robbed, rammed, protest, *FILLER)
    assert slot_of(slots, "b", "2013-09-09") is None


def test_compare_a_date_of_no_known_event_needs_words_in_common() -> None:
    # A sentence that shares no words of its own with the robbery's is another happening.
    other = dated_report("b", ["A lorry blocked the ring road on Monday."], "2013-09-10")
    slots = story_date_slots(dated_report("a", ROBBED, "2013-09-10"), other, *FILLER)
    assert slot_of(slots, "b", "2013-09-09") is None


def test_compare_an_undated_report_is_read_as_of_the_latest_day_not_the_commonest() -> None:
    # Two reports of Tuesday 12 March and one of Thursday 14 March: a report with no day
    # of its own tells of Wednesday's vigil, which a day of Tuesday would place a week back.
    # In the ECB+ and Pratiwi dev stories, undated reports are as often the follow-ups as
    # the first ones, and every weekday they gave read against the latest day was the day
    # the gold gives (against the commonest day ten were lost and none gained).
    dated = [
        dated_report("d1", ["The protest on Monday drew thousands."], "2013-03-12"),
        dated_report("d2", ["The protest on Monday was calm."], "2013-03-12"),
        dated_report("d3", ["The vigil on Wednesday ended in arrests."], "2013-03-14"),
    ]
    undated = dated_report("u", ["The vigil on Wednesday ended in clashes."], None)
    items = anchored([*dated, undated], date_lexicons()[0])
    assert [t.date for t in items[-1].times] == ["2013-03-13"]
