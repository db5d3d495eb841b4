"""Date slots and the timeline of reports with no day of their own (ECB+ documents carry no
publication day), of a death told beside the happening that caused it, and of places the
entity stage names in one report only. The sentences are written for these tests, in the
shapes ECB+ dev topics 19 and 20 showed; their dates are read by the times stage itself."""

from __future__ import annotations

from dated_reports import date_lexicons, dated_report, slot_of, story_date_slots
from silang.compare import cross_check
from silang.compare.dates import date_slots
from silang.compare.timeline import anchored, timeline
from silang.model import Annotated, Story


def _anchored(*items: Annotated) -> list[Annotated]:
    return anchored(items, date_lexicons()[0])


DATED = ["Thousands marched in protest on Wednesday against the new law."]
UNDATED = ["The protest on Wednesday drew thousands of people to the square."]


def test_compare_an_undated_report_names_the_weekday_of_the_story_week() -> None:
    # The dated report is of Thursday 14 March 2013: the undated one's "Wednesday" is the
    # 13th, and the two date one protest.
    dated = dated_report("d", DATED, "2013-03-14")
    undated = dated_report("u", UNDATED, None)
    slots = story_date_slots(dated, undated)
    slot = slot_of(slots, "u", "2013-03-13")
    assert slot is not None
    assert slot is slot_of(slots, "d", "2013-03-13")
    assert slot.status == "agreed"


def test_compare_an_undated_report_in_a_story_spread_over_weeks_stays_undated() -> None:
    # Dated reports three weeks apart: which Wednesday the undated one means is not known.
    early = dated_report("e", DATED, "2013-02-21")
    late = dated_report("l", DATED, "2013-03-14")
    undated = dated_report("u", UNDATED, None)
    items = _anchored(early, late, undated)
    assert all(t.date is None for t in items[2].times)


def test_compare_an_undated_reports_yesterday_stays_undated() -> None:
    # "Yesterday" moves with the report's own day, which is unknown.
    dated = dated_report("d", DATED, "2013-03-14")
    undated = dated_report("u", ["The protest yesterday drew thousands to the square."], None)
    items = _anchored(dated, undated)
    assert [t.date for t in items[1].times] == [None]


def test_compare_an_undated_reports_day_is_never_read_after_the_story_day() -> None:
    # With "planned" the times stage reads "Saturday" as a coming one; an undated report
    # cannot say which, and a day after every dated report is not taken.
    dated = dated_report("d", DATED, "2013-03-14")
    planned = ["The planned protest was held on Saturday night by the union."]
    undated = dated_report("u", planned, None)
    dates = [t.date for t in _anchored(dated, undated)[1].times]
    assert all(d is None or d <= "2013-03-14" for d in dates)


def test_compare_the_timeline_places_an_undated_reports_weekday() -> None:
    dated = dated_report("d", DATED, "2013-03-14")
    undated = dated_report("u", UNDATED, None)
    entry = next(e for e in timeline(_anchored(dated, undated)) if e.date == "2013-03-13")
    assert set(entry.article_ids) == {"d", "u"}


def test_compare_the_brief_reads_an_undated_report_as_of_the_story_day() -> None:
    # The brief anchors the story's reports once, for its timeline and its date slots alike.
    dated = dated_report("d", DATED, "2013-03-14")
    undated = dated_report("u", UNDATED, None)
    glossary, events = date_lexicons()
    brief = cross_check(Story("s1", "Protest", ("d", "u")), [dated, undated], {}, glossary, events)
    entry = next(e for e in brief.timeline if e.date == "2013-03-13")
    assert set(entry.article_ids) == {"d", "u"}
    assert any(
        {"d", "u"} <= {a for v in slot.values for a in v.article_ids} for slot in brief.dates
    )


def test_compare_a_death_joins_the_shooting_of_its_day() -> None:
    # "was shot on Saturday" and "was killed on Saturday" tell one shooting.
    shot = dated_report(
        "a", ["The teenager was shot by police on Saturday in Brooklyn."], "2013-03-11"
    )
    killed = dated_report("b", ["The teenager was killed on Saturday in Brooklyn."], "2013-03-11")
    slots = story_date_slots(shot, killed)
    slot = slot_of(slots, "a", "2013-03-09")
    assert slot is not None and slot is slot_of(slots, "b", "2013-03-09")
    assert slot.status == "agreed"


def test_compare_a_death_between_two_happenings_of_its_day_keeps_its_own_event() -> None:
    # A fire and a shooting on Saturday: which one the deaths of a third report are of is not
    # known, so they join neither.
    shot = dated_report(
        "a", ["The teenager was shot by police on Saturday in Brooklyn."], "2013-03-11"
    )
    fire = dated_report("b", ["A fire broke out on Saturday in Brooklyn."], "2013-03-11")
    deaths = dated_report("c", ["Two people were killed on Saturday in Brooklyn."], "2013-03-11")
    slots = story_date_slots(shot, fire, deaths)
    death = slot_of(slots, "c", "2013-03-09")
    assert death is not None
    assert death is not slot_of(slots, "a", "2013-03-09")
    assert death is not slot_of(slots, "b", "2013-03-09")


def test_compare_a_place_named_in_one_report_only_still_joins_its_date() -> None:
    # The entity stage named Zarand in one report and only Kerman in the other, whose
    # sentence writes Zarand too: one quake, one slot.
    one = dated_report(
        "a",
        ["A quake hit the town of Zarand in February, killing hundreds."],
        "2005-11-28",
        places=("Zarand",),
    )
    other = dated_report(
        "b",
        ["The last quake struck in February, when it rocked Zarand in Kerman."],
        "2005-11-28",
        places=("Kerman",),
    )
    slots = story_date_slots(one, other)
    slot = slot_of(slots, "a", "2005-02")
    assert slot is not None and slot is slot_of(slots, "b", "2005-02")


def test_compare_quakes_of_two_places_named_apart_keep_their_own_slots() -> None:
    one = dated_report("a", ["A quake hit Zarand in February."], "2005-11-28", places=("Zarand",))
    other = dated_report("b", ["A quake hit Bam in February."], "2005-11-28", places=("Bam",))
    slots = story_date_slots(one, other)
    assert slot_of(slots, "a", "2005-02") is not slot_of(slots, "b", "2005-02")


def test_compare_another_protest_on_another_night_disputes_none() -> None:
    # One report dates the protest Tuesday; another tells "another protest" on Wednesday
    # night: a story of protests night after night, not a protest told on two days.
    first = dated_report("a", ["The protest turned violent on Tuesday night."], "2013-03-14")
    again = dated_report("b", ["Another protest turned violent on Wednesday night."], "2013-03-14")
    slots = story_date_slots(first, again)
    assert slot_of(slots, "b", "2013-03-13") is not None
    assert all(s.status != "disputed" for s in slots)


def test_compare_a_date_after_another_in_its_clause_disputes_none() -> None:
    # "and another on Wednesday night": the clause's own word says one more protest.
    first = dated_report("a", ["The protest turned violent on Tuesday night."], "2013-03-14")
    again = dated_report(
        "b", ["The protest turned violent, and another on Wednesday night."], "2013-03-14"
    )
    slots = story_date_slots(first, again)
    assert slot_of(slots, "b", "2013-03-13") is not None
    assert all(s.status != "disputed" for s in slots)


def test_compare_one_protest_told_on_two_days_is_disputed() -> None:
    # Without "another" the two reports date one protest on two days: a dispute.
    first = dated_report("a", ["The protest turned violent on Tuesday night."], "2013-03-14")
    other = dated_report("b", ["The protest turned violent on Wednesday night."], "2013-03-14")
    slot = slot_of(story_date_slots(first, other), "a", "2013-03-12")
    assert slot is not None and slot.status == "disputed"


#: One report telling arrests on two nights of one week: the story's arrests recur.
TWO_NIGHTS = [
    "One man was arrested on Monday night near the store.",
    "Officers arrested dozens more on Wednesday night after the march.",
]
#: Filler reports, so that a name two reports share is not one most of the story names.
FILLER = (
    dated_report("f1", ["The neighbourhood was calm at dawn."], "2013-03-15"),
    dated_report("f2", ["Shops reopened along the avenue."], "2013-03-15"),
)


def test_compare_an_arrest_of_a_story_of_nightly_arrests_disputes_no_other_night() -> None:
    # The story tells arrests on Monday and on Wednesday: a report's Tuesday arrest is a
    # third night's, not a misdated Monday or Wednesday.
    nights = dated_report("a", TWO_NIGHTS, "2013-03-14")
    tuesday = dated_report("b", ["A teenager was arrested on Tuesday night."], "2013-03-14")
    slots = story_date_slots(nights, tuesday, *FILLER)
    assert slot_of(slots, "b", "2013-03-12") is not None
    assert all(s.status != "disputed" for s in slots)


def test_compare_an_arrest_of_one_person_named_on_two_nights_is_disputed() -> None:
    # A name the two sentences share, and few others of the story name, says one arrest.
    nights = dated_report("a", TWO_NIGHTS, "2013-03-14")
    named = dated_report("c", ["Darnell Okafor was arrested on Tuesday night."], "2013-03-14")
    also = dated_report("d", ["Darnell Okafor was arrested on Monday night."], "2013-03-14")
    slots = story_date_slots(nights, named, also, *FILLER)
    slot = slot_of(slots, "c", "2013-03-12")
    assert slot is not None and slot.status == "disputed"
    assert slot_of(slots, "d", "2013-03-11") is slot


def test_compare_a_protest_told_again_disputes_no_other_night() -> None:
    # "again" tells one more protest: the story's protests recur, and the Tuesday and
    # Wednesday of two reports may be two of them.
    first = dated_report("a", ["The protest turned violent on Tuesday night."], "2013-03-14")
    other = dated_report("b", ["The protest turned violent on Wednesday night."], "2013-03-14")
    again = dated_report("c", ["Protesters marched again on Thursday."], "2013-03-15")
    slots = story_date_slots(first, other, again, *FILLER)
    assert slot_of(slots, "c", "2013-03-14") is not None
    assert all(s.status != "disputed" for s in slots)


def test_compare_a_part_of_a_month_dates_the_happening_its_sentence_opens() -> None:
    # "At the end of July," opens the sentence: it dates the robbery of the clause it opens,
    # however many words stand between, by the days of that part of the month.
    end = dated_report(
        "a",
        ["At the end of July, an armed man carried out a daring robbery in broad daylight "
         "at a gem fair in the old town."],
        "2013-09-09",
    )  # fmt: skip
    month = dated_report("b", ["In July, a masked thief stole gems from the fair."], "2013-09-09")
    slot = slot_of(story_date_slots(end, month), "a", "2013-07-21/2013-07-31")
    assert slot is not None and slot.event == "robbery" and slot.status == "agreed"
    assert slot_of(story_date_slots(end, month), "b", "2013-07") is not None


def test_compare_two_parts_of_a_month_are_no_one_day() -> None:
    # Early July and the end of July hold no day in common: neither joins the other.
    early = dated_report("a", ["Early July, a thief stole gems from the fair."], "2013-09-09")
    end = dated_report("b", ["At the end of July, a thief stole gems from the fair."], "2013-09-09")
    slots = story_date_slots(early, end)
    first, second = (
        slot_of(slots, "a", "2013-07-01/2013-07-10"),
        slot_of(slots, "b", "2013-07-21/2013-07-31"),
    )
    assert first is not None and second is not None and first is not second


def test_compare_one_persons_arrests_months_apart_are_two_arrests() -> None:
    # A shared name on dates apart in day, month and year tells the same person arrested
    # twice; one field apart ("2001" for "2011") is a slip of one report.
    first = dated_report("a", ["Ilse Marwood was arrested on 25 October 2011."], "2013-04-11")
    second = dated_report("b", ["Ilse Marwood was arrested on 3 January 2012."], "2013-04-11")
    slots = story_date_slots(first, second, *FILLER)
    assert slot_of(slots, "a", "2011-10-25") is not slot_of(slots, "b", "2012-01-03")
    slip = dated_report("c", ["Ilse Marwood was arrested on 25 October 2001."], "2013-04-11")
    slot = slot_of(story_date_slots(first, slip, *FILLER), "a", "2011-10-25")
    assert slot is not None and slot.status == "disputed"


def test_compare_a_month_that_dates_a_happening_enters_the_timeline() -> None:
    # A month is too little for the timeline on its own; the month of "the March 2005
    # rampage" dates a happening of the story's date slots, and enters with them.
    told = dated_report(
        "a",
        ["He was sentenced on Friday for the March 2005 rampage.",
         "Prices had risen since March 2005, the report added."],
        "2008-12-13",
    )  # fmt: skip
    items = _anchored(told)
    glossary, events = date_lexicons()
    assert "2005-03" not in {e.date for e in timeline(items)}
    entries = timeline(items, date_slots(items, {}, glossary, events))
    dated = [e for e in entries if e.date == "2005-03"]
    assert len(dated) == 1 and "rampage" in dated[0].text
