"""A day one report tells as still to come is another happening than a day past only where
that past day was told as done in a report written no later: a report written after the
coming one may tell the same happening on another day (a hearing misdated, a hoax and its
debunking), and a day itself foreseen (a hearing put off) is no happening told as done. Those
pairs dispute. Sentences written for these tests; their dates are read by the times stage
itself."""

from __future__ import annotations

from dated_reports import dated_report, slot_of, story_date_slots
from silang.model import Annotated

#: Wednesday 10 December 2008: a report foreseeing a happening on Thursday the 11th.
COMING_DAY = "2008-12-10"


def _status(reports: list[Annotated], aid: str, date: str) -> str:
    slot = slot_of(story_date_slots(*reports), aid, date)
    assert slot is not None
    return slot.status


def test_a_hearing_told_held_after_the_report_foreseeing_it_disputes() -> None:
    a = dated_report(
        "a", ["The court hearing of the governor will be held on Thursday."], COMING_DAY
    )
    b = dated_report(
        "b",
        ["Prosecutors said the hearing took place on Tuesday behind closed doors."],
        "2008-12-12",
    )
    assert _status([a, b], "a", "2008-12-11") == "disputed"


def test_a_hearing_set_for_a_written_date_and_told_held_later_disputes() -> None:
    a = dated_report("a", ["The hearing of the governor is set for December 11."], COMING_DAY)
    b = dated_report("b", ["The hearing of the governor took place on December 9."], "2008-12-12")
    assert _status([a, b], "a", "2008-12-11") == "disputed"


def test_a_hoax_and_its_debunking_dispute() -> None:
    hoax = dated_report(
        "a",
        ["Pesan berantai menyebut Bupati Ahmad akan disidang Kamis."],
        COMING_DAY,
        language="id",
    )
    debunk = dated_report(
        "b",
        ["Pengadilan memastikan persidangan perdana itu sudah berlangsung Selasa."],
        "2008-12-12",
        language="id",
    )
    assert _status([hoax, debunk], "a", "2008-12-11") == "disputed"


def test_a_hearing_put_off_disputes_its_first_day() -> None:
    a = dated_report("a", ["The hearing will be held on Thursday."], "2008-12-08")
    b = dated_report(
        "b", ["The judge postponed it; the hearing will now be held on Tuesday."], "2008-12-12"
    )
    assert _status([a, b], "a", "2008-12-11") == "disputed"


def test_a_third_report_foreseeing_the_rally_keeps_the_dispute() -> None:
    a = dated_report(
        "a", ["Students will march to the parliament in a rally on Thursday."], COMING_DAY
    )
    b = dated_report("b", ["Thousands joined a rally in the capital on Thursday."], "2008-12-12")
    c = dated_report("c", ["Thousands joined a rally in the capital on Tuesday."], "2008-12-13")
    assert _status([a, b, c], "c", "2008-12-09") == "disputed"


def test_a_quake_misread_as_coming_still_disputes() -> None:
    # The times stage reads Monday as the 15th, after "will"; the quake was told on the 12th.
    a = dated_report(
        "a", ["Rescuers will keep digging after the earthquake on Monday."], COMING_DAY
    )
    b = dated_report("b", ["A strong earthquake shook the island on Tuesday."], "2008-12-12")
    slots = story_date_slots(a, b)
    assert [s for s in slots if s.status == "disputed"], slots


#: The rally foreseen on the 10th, and one told held in a report of Tuesday the 9th.
FORESEEN = dated_report(
    "a", ["Students will march to the parliament in a rally on Thursday."], COMING_DAY
)
HELD = "Thousands joined a rally in the capital on Tuesday, December 9."


def test_a_rally_told_held_first_is_another_whichever_report_comes_first() -> None:
    held = dated_report("b", [HELD], "2008-12-09")
    assert _status([held, FORESEEN], "a", "2008-12-11") != "disputed"


def test_a_rally_told_held_on_the_foreseeing_reports_own_day_disputes() -> None:
    # Written the same day, the foreseeing report may not know of the rally held that day.
    held = dated_report(
        "b", ["Thousands joined a rally in the capital on December 10."], COMING_DAY
    )
    assert _status([FORESEEN, held], "a", "2008-12-11") == "disputed"


def test_an_undated_report_foreseeing_a_day_disputes() -> None:
    # With no day of its own, nothing says the date was still to come when it was written.
    coming = dated_report(
        "a", ["Students will march to the parliament on December 11, 2008."], None
    )
    held = dated_report("b", [HELD], "2008-12-09")
    assert _status([coming, held], "a", "2008-12-11") == "disputed"
