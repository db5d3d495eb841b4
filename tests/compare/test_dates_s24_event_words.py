"""Date slots: the event words of a suit filed ("was sued in 2011", "filed a lawsuit on
Monday", Indonesian "digugat", "mengajukan gugatan"), but not of a step of the suit nor of
what only shares a suit's word ("Sue", "menggugat kebijakan", "tergugat"), nor of a victim
named; and "resmi" ("official") read as no inauguration ("keterangan secara resmi pada
Selasa"). The sentences are written for these tests; their dates are read by the times stage
itself."""

from __future__ import annotations

import pytest

from dated_reports import date_event, dated_report, slot_of, story_date_slots

#: The day every report of a single sentence is published on.
PUBLISHED = "2016-03-07"
#: The day every Indonesian report of a suit is published on.
TERBIT = "2017-03-07"
#: A day of an official statement ("keterangan secara resmi").
TOLD = "Dalam keterangan secara resmi pada Selasa (21/2/2017), pengelola masjid membantah kabar."


@pytest.mark.parametrize(
    ("sentence", "written", "language"),
    [
        ("The officer was sued in 2011 over an arrest in Flatbush.", "2011", "en"),
        ("In 2009 and 2010, the sergeant was sued three times.", "2009", "en"),
        ("The family filed a lawsuit against the city on Monday.", "Monday", "en"),
        ("The family filed the lawsuit in 2014.", "2014", "en"),
        ("Two tenants filed suit against the landlord on Monday.", "Monday", "en"),
        ("Perusahaan itu digugat warga pada tahun 2012.", "2012", "id"),
        ("Warga mengajukan gugatan ke PTUN pada Selasa (28/2/2017).", "Selasa (28/2/2017)", "id"),
    ],
)
def test_a_suit_filed_is_a_lawsuit(sentence: str, written: str, language: str) -> None:
    assert date_event(sentence, written, PUBLISHED if language == "en" else TERBIT, language) == (
        "lawsuit"
    )


@pytest.mark.parametrize(
    ("sentence", "written", "language"),
    [
        # A ruling on the suit is no filing: it would dispute the day the suit was filed.
        ("A judge dismissed the lawsuit on Monday.", "Monday", "en"),
        ("Majelis hakim menolak gugatan warga pada Senin (6/3/2017).", "Senin (6/3/2017)", "id"),
        # The name "Sue" is no verb "sue".
        ("Sue Ellis arrived in Jakarta on Monday.", "Monday", "en"),
        # "Menggugat kebijakan" is a protest of a policy, no suit.
        ("Ribuan warga menggugat kebijakan itu pada Senin (6/3/2017).", "Senin (6/3/2017)", "id"),
        # A defendant ("tergugat") is a party, not the filing its stem shares.
        ("Pihak tergugat tidak hadir pada Senin (6/3/2017).", "Senin (6/3/2017)", "id"),
    ],
)
def test_what_only_shares_a_suits_word_is_no_lawsuit(
    sentence: str, written: str, language: str
) -> None:
    published = PUBLISHED if language == "en" else TERBIT
    assert date_event(sentence, written, published, language) != "lawsuit"


@pytest.mark.parametrize(
    "sentence",
    [
        "The victim was named on Tuesday as Jane Doe.",
        "The victim was named as Jane Doe on Tuesday.",
    ],
)
def test_a_victim_named_is_no_appointment(sentence: str) -> None:
    assert date_event(sentence, "Tuesday", PUBLISHED) != "appointment"


def test_a_man_named_so_is_no_appointment() -> None:
    # "A man named Ortega" names him: the date is the arrest's, the nearest event word.
    sentence = "Police arrested a man named Ortega on Monday."
    assert date_event(sentence, "Monday", PUBLISHED) == "arrest"


def test_an_official_statements_day_is_no_opening() -> None:
    # "Keterangan secara resmi" is an official statement: its day dates no inauguration,
    # while "diresmikan" still does.
    assert date_event(TOLD, "Selasa (21/2/2017)", "2017-02-21", "id") != "opening"
    opened = "Jembatan itu diresmikan pada Selasa (21/2/2017)."
    assert date_event(opened, "Selasa (21/2/2017)", "2017-02-21", "id") == "opening"


def test_official_statements_of_two_reports_join_no_opening_slot() -> None:
    told = TOLD
    slots = story_date_slots(
        dated_report("a", [told], "2017-02-21", "id"),
        dated_report("b", [told.replace("membantah", "menepis")], "2017-02-21", "id"),
    )
    slot = slot_of(slots, "a", "2017-02-21")
    assert slot is None or slot.event != "opening"
