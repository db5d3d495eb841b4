"""Date slots of happenings told by words the event list did not know, of a date whose own
sentence names no event, and of a page stamp scraped onto its headline's line; and the day an
undated report is read as of. The sentences are written for these tests; their dates are read
by the times stage itself."""

from __future__ import annotations

import datetime
from dataclasses import replace
from functools import cache

from silang.compare.dates import EventWords, date_slots, load_event_words
from silang.compare.glossary import Glossary, load_glossary
from silang.compare.timeline import anchored, timeline
from silang.extract.times import find_times
from silang.lang.figures import load_figures_lexicon
from silang.model import Annotated, DateSlot

from records import sentences_item


@cache
def _lexicons() -> tuple[Glossary, EventWords]:
    glossary = load_glossary()
    return glossary, load_event_words(glossary)


def _report(aid: str, sentences: list[str], published: str | None) -> Annotated:
    """An English report of ``sentences`` published on ``published`` (None: no day), with
    the times the times stage reads in it."""
    text = " ".join(sentences)
    item = sentences_item(aid, sentences, language="en")
    day = None if published is None else datetime.date.fromisoformat(published)
    times = find_times(text, item.sentences, day, load_figures_lexicon("en"))
    return replace(item, article=replace(item.article, published=published), times=times)


def _slots(*items: Annotated) -> tuple[DateSlot, ...]:
    glossary, events = _lexicons()
    return date_slots(anchored(items, glossary), {}, glossary, events)


def _slot_of(slots: tuple[DateSlot, ...], aid: str, date: str) -> DateSlot | None:
    return next(
        (s for s in slots for v in s.values if v.date == date and aid in v.article_ids), None
    )


def _one_slot(slots: tuple[DateSlot, ...], date: str, *aids: str) -> DateSlot:
    found = {id(_slot_of(slots, aid, date)) for aid in aids}
    slot = _slot_of(slots, aids[0], date)
    assert slot is not None and len(found) == 1, slots
    return slot


#: Filler reports, so that words two reports share are not words most of the story has.
FILLER = (
    _report("f1", ["The neighbourhood was calm at dawn."], "2013-03-15"),
    _report("f2", ["Shops reopened along the avenue."], "2013-03-15"),
)


def test_compare_the_finding_of_a_body_is_a_happening() -> None:
    # "discovered" and "the bodies ... were found" tell one finding, days after the death.
    one = _report("a", ["His body was discovered on Tuesday by a cleaner."], "2013-03-14")
    other = _report("b", ["The bodies were found in the flat on Tuesday."], "2013-03-14")
    slot = _one_slot(_slots(one, other), "2013-03-12", "a", "b")
    assert slot.event == "discovery" and slot.status == "agreed"


def test_compare_a_driver_pulled_over_is_the_arrest_of_that_stop() -> None:
    stopped = _report("a", ["The striker was pulled over for speeding early Sunday."], "2013-03-14")
    arrested = _report("b", ["The striker was arrested on Sunday."], "2013-03-14")
    slot = _one_slot(_slots(stopped, arrested), "2013-03-10", "a", "b")
    assert slot.event == "arrest"


def test_compare_a_conviction_told_by_its_noun_is_the_verdict() -> None:
    # "a July 1997 racketeering conviction": the date qualifies the noun of the verdict.
    noun = _report("a", ["His luck ended with a July 1997 racketeering conviction."], "2005-12-20")
    verb = _report("b", ["A jury convicted the boss in July 1997."], "2005-12-20")
    plea = _report("c", ["The boss pleaded guilty in April 2003."], "2005-12-20")
    slots = _slots(noun, verb, plea)
    assert _one_slot(slots, "1997-07", "a", "b").event == "verdict"
    slot = _slot_of(slots, "c", "2003-04")
    assert slot is not None and slot.event == "verdict"


def test_compare_an_arraignment_is_a_day_of_the_trial() -> None:
    set_for = _report("a", ["The receiver has an arraignment set for Feb. 17."], "2009-02-04")
    slot = _slot_of(_slots(set_for), "a", "2009-02-17")
    assert slot is not None and slot.event == "trial"


#: A page's stamp scraped onto its headline's line, then the body.
GLUED = ["Man held as mother and sister killed 10 Jun 2013 09:10\n", "They died on Saturday."]


def test_compare_a_stamp_glued_to_its_headline_dates_nothing() -> None:
    item = _report("a", GLUED, "2013-06-10")
    assert any(t.date == "2013-06-10" for t in item.times)  # the stamp is read as a date
    slots = _slots(item)
    assert _slot_of(slots, "a", "2013-06-10") is None
    assert _slot_of(slots, "a", "2013-06-08") is not None
    assert "2013-06-10" not in {e.date for e in timeline(anchored([item], _lexicons()[0]))}


def test_compare_a_headline_date_with_no_clock_still_dates_its_event() -> None:
    # A headline that tells its day in words is no stamp: "killed on 8 June 2013".
    headline = ["Mother and sister killed on 8 June 2013\n", "It shocked the town."]
    item = _report("a", headline, "2013-06-10")
    assert _slot_of(_slots(item), "a", "2013-06-08") is not None


ROBBED = ["Four men robbed a jewellery boutique near the old square on Monday."]
RAMMED = ["Four men rammed their car into a jewellery boutique near the old square on Monday."]


def test_compare_a_date_of_no_known_event_joins_the_one_happening_of_its_day() -> None:
    # "rammed" is no event word, but its sentence tells what another report's robbery does
    # on that very day: the date joins the robbery, as no dispute.
    slots = _slots(_report("a", ROBBED, "2013-09-10"), _report("b", RAMMED, "2013-09-10"), *FILLER)
    slot = _one_slot(slots, "2013-09-09", "a", "b")
    assert slot.event == "robbery" and slot.status == "agreed"


def test_compare_a_date_of_no_known_event_joins_nothing_on_a_day_of_two_happenings() -> None:
    # A protest dated the same Monday: which happening "rammed" tells is not known.
    protest = _report(
        "c", ["Hundreds joined a protest near the old square on Monday."], "2013-09-10"
    )
    robbed, rammed = _report("a", ROBBED, "2013-09-10"), _report("b", RAMMED, "2013-09-10")
    slots = _slots(robbed, rammed, protest, *FILLER)
    assert _slot_of(slots, "b", "2013-09-09") is None


def test_compare_a_date_of_no_known_event_needs_words_in_common() -> None:
    # A sentence that shares no words of its own with the robbery's is another happening.
    other = _report("b", ["A lorry blocked the ring road on Monday."], "2013-09-10")
    slots = _slots(_report("a", ROBBED, "2013-09-10"), other, *FILLER)
    assert _slot_of(slots, "b", "2013-09-09") is None


def test_compare_an_undated_report_is_read_as_of_the_latest_day_not_the_commonest() -> None:
    # Two reports of Tuesday 12 March and one of Thursday 14 March: a report with no day
    # of its own tells of Wednesday's vigil, which a day of Tuesday would place a week back.
    # In the ECB+ and Pratiwi dev stories, undated reports are as often the follow-ups as
    # the first ones, and every weekday they gave read against the latest day was the day
    # the gold gives (against the commonest day ten were lost and none gained).
    dated = [
        _report("d1", ["The protest on Monday drew thousands."], "2013-03-12"),
        _report("d2", ["The protest on Monday was calm."], "2013-03-12"),
        _report("d3", ["The vigil on Wednesday ended in arrests."], "2013-03-14"),
    ]
    undated = _report("u", ["The vigil on Wednesday ended in clashes."], None)
    items = anchored([*dated, undated], _lexicons()[0])
    assert [t.date for t in items[-1].times] == ["2013-03-13"]
