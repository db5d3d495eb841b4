"""Date slots of tellings whose report names no speaker: the day is matched by the one
happening the sentence names. The sentences are written for these tests; their dates are
read by the times stage itself."""

from __future__ import annotations

from dated_reports import dated_report, slot_of, story_date_slots

DAY = "2011-06-07"
#: A report that dates the autopsy itself on the Tuesday.
AUTOPSY = "The autopsy of the boy took place on Tuesday."
#: A telling of no named speaker on that Tuesday, about the autopsy.
RELEASED = "By the time the results of the autopsy were released on Tuesday, the street was calm."


def test_compare_a_telling_of_no_named_speaker_dates_the_happening_it_names() -> None:
    # No one is named for the release: it cannot be a statement matched by its speaker, but
    # its sentence names one happening, which another report dates on that very day.
    slots = story_date_slots(
        dated_report("a", [AUTOPSY], "2011-06-08"), dated_report("b", [RELEASED], "2011-06-08")
    )
    slot = slot_of(slots, "b", DAY)
    assert slot is not None and slot is slot_of(slots, "a", DAY), slots
    assert slot.event == "autopsy" and slot.status == "agreed"


def test_compare_a_telling_of_no_named_speaker_whose_happening_no_one_dates_is_left_out() -> None:
    fire = "A fire broke out at the depot on Tuesday."
    slots = story_date_slots(
        dated_report("a", [fire], "2011-06-08"), dated_report("b", [RELEASED], "2011-06-08")
    )
    assert slot_of(slots, "b", DAY) is None


def test_compare_a_telling_of_no_named_speaker_naming_two_happenings_is_left_out() -> None:
    # The sentence names the autopsy and the protest, both dated that day: which the day is
    # of, nothing says.
    both = "By the time the autopsy was released on Tuesday, the protest had ended."
    slots = story_date_slots(
        dated_report("a", [AUTOPSY], "2011-06-08"),
        dated_report("c", ["The protest took place on Tuesday."], "2011-06-08"),
        dated_report("b", [both], "2011-06-08"),
    )
    assert slot_of(slots, "b", DAY) is None


ARRESTED = "Police arrested the two brothers at a farm near the river on Tuesday."


def test_compare_a_retold_sentence_that_names_another_event_is_one_happening() -> None:
    # An editor's copy of one sentence tells the capture as an arrest: same day, same words
    # around it. Two reports tell a capture that day; the one arrest is that capture.
    captured = ARRESTED.replace("arrested", "captured")
    slots = story_date_slots(
        dated_report("a", [ARRESTED], "2011-06-08"),
        dated_report("b", [captured], "2011-06-08"),
        dated_report("c", ["The brothers were captured on Tuesday."], "2011-06-08"),
    )
    slot = slot_of(slots, "a", DAY)
    assert slot is not None and slot is slot_of(slots, "b", DAY), slots
    assert slot.event == "capture" and slot.status == "agreed"


def test_compare_two_copies_that_name_two_events_once_each_stay_apart() -> None:
    # One report each: nothing says which word the happening's is.
    captured = ARRESTED.replace("arrested", "captured")
    slots = story_date_slots(
        dated_report("a", [ARRESTED], "2011-06-08"), dated_report("b", [captured], "2011-06-08")
    )
    assert slot_of(slots, "a", DAY) is not slot_of(slots, "b", DAY), slots


def test_compare_two_events_of_one_day_told_in_other_words_stay_apart() -> None:
    captured = "Soldiers captured a hill above the border town on Tuesday."
    slots = story_date_slots(
        dated_report("a", [ARRESTED], "2011-06-08"), dated_report("b", [captured], "2011-06-08")
    )
    assert slot_of(slots, "a", DAY) is not slot_of(slots, "b", DAY), slots


def test_compare_two_tellings_of_one_day_about_two_happenings_are_two_dates() -> None:
    # One report tells of the autopsy's results and, in another sentence, of the protest's
    # footage, both released that Tuesday with no one named; others date each happening that
    # day: each telling dates its own happening (one per day would drop the second).
    protest_told = "Footage of the protest was released on Tuesday by a bystander."
    slots = story_date_slots(
        dated_report("a", [AUTOPSY], "2011-06-08"),
        dated_report("c", ["The protest took place on Tuesday."], "2011-06-08"),
        dated_report("b", [RELEASED, protest_told], "2011-06-08"),
    )
    held = {slot.event for slot in slots if any("b" in v.article_ids for v in slot.values)}
    assert held == {"autopsy", "protest"}, slots
