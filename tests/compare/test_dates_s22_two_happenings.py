"""Two days of a generic happening ("the rally", "the vote") are two happenings, not a
dispute, where one report tells its day as still to come when another report, written no
later, had already told the other day as past: its writer, who could know of that rally,
foresees another. A day foreseen that is still to come on that day, or told in a sentence
retelling the other's, disputes as before (tests/compare/test_dates_s22_foreseen_after.py
has the reports told in the other order or written later). Sentences written for these
tests; their dates are read by the times stage itself."""

from __future__ import annotations

from dated_reports import dated_report, slot_of, story_date_slots

#: A report of Wednesday 10 December 2008 foresees a rally on Thursday the 11th.
FORESEEN = ("Students will march to the parliament in a rally on Thursday.", "2008-12-10")
FORESEEN_ID = ("Mahasiswa akan berbaris ke gedung dewan dalam unjuk rasa pada Kamis.", "2008-12-10")
#: Reports of Tuesday the 9th (the rally told as held that day) or Saturday the 13th.
HELD_TUESDAY = "Thousands joined a rally in the capital on Tuesday."
HELD_FRIDAY = "Thousands joined a rally in the capital on Friday."
HELD_TODAY = "Thousands joined a rally in the capital on Tuesday, December 9."
HELD_TODAY_ID = "Ribuan warga mengikuti unjuk rasa di ibu kota pada Selasa, 9 Desember."


def _status(
    foreseen: tuple[str, str], held: str, language: str = "en", written: str = "2008-12-13"
) -> str:
    """The status of the slot of the foreseen rally of the 11th, in a story of it and a
    report of ``written`` telling ``held``."""
    a = dated_report("a", [foreseen[0]], foreseen[1], language=language)
    b = dated_report("b", [held], written, language=language)
    slot = slot_of(story_date_slots(a, b), "a", "2008-12-11")
    assert slot is not None
    return slot.status


def test_a_rally_foreseen_after_another_was_held_is_another() -> None:
    # The rally of Tuesday the 9th was told as held before the report of the 10th was written.
    assert _status(FORESEEN, HELD_TODAY, written="2008-12-09") != "disputed"


def test_a_rally_foreseen_in_indonesian_after_another_was_held_is_another() -> None:
    assert _status(FORESEEN_ID, HELD_TODAY_ID, language="id", written="2008-12-09") != "disputed"


def test_a_rally_foreseen_and_told_held_a_day_later_disputes() -> None:
    # Friday the 12th was still to come on the 10th: the foreseen rally may be the one held.
    assert _status(FORESEEN, HELD_FRIDAY) == "disputed"


def test_a_foreseen_rally_retelling_the_held_one_disputes() -> None:
    # The held report is written first, so the rally of the 11th would be another but for
    # the retelling (``_retells``).
    retelling = ("Thousands will join a rally in the capital on Thursday.", "2008-12-10")
    assert _status(retelling, HELD_TUESDAY, written="2008-12-09") == "disputed"
