"""Date slots: the event words of happenings a careful reader dates (entering a clinic, a
stabbing, a sale, a post given, a centrefold; a show, a making, a sweep in Indonesian), a
noun of output that is no making ("produksi"), and a lasting state of a relative clause after
the date that leaves the date's own event standing. The sentences are written for these
tests; their dates are read by the times stage itself."""

from __future__ import annotations

import pytest

from dated_reports import date_event, dated_report, one_slot, story_date_slots

#: The day every report of a single sentence is published on.
PUBLISHED = "2016-03-07"


def _event(sentence: str, written: str, language: str = "en") -> str | None:
    return date_event(sentence, written, PUBLISHED, language)


@pytest.mark.parametrize(
    ("sentence", "written", "language", "event"),
    [
        ("The actress checked into a clinic early on Friday.", "Friday", "en", "admission"),
        ("A prison guard was stabbed on Monday near the main gate.", "Monday", "en", "attack"),
        ("The family sold the ranch in 1967.", "1967", "en", "sale"),
        # The noun of a founding dates it as the verb does.
        ("The clinic has grown since its founding in 1990.", "1990", "en", "founding"),
        ("He was promoted to manager in September 2003.", "September 2003", "en", "appointment"),
        ("She posed for the magazine's March 1960 centerfold.", "March 1960", "en", "publication"),
        ("Kelompok tari itu tampil di Manila pada tahun 2005.", "2005", "id", "performance"),
        ("Polisi menyisir pasar malam pada Senin (6/3/2017).", "Senin (6/3/2017)", "id", "raid"),
        ("Mesin itu diproduksi pada tahun 1938.", "1938", "id", "production"),
        # A lasting state in a relative clause after the date ("tetap", "still") is what the
        # relative clause is about (the frame, the settlers' farming), not the date's clause.
        (
            "Pada tahun 1950 sepeda itu mulai diproduksi dengan rangka baja"
            " yang tetap dipakai hingga kini.",
            "1950",
            "id",
            "production",
        ),
        (
            "The depot was built in 1935 by settlers who still farm it.",
            "1935",
            "en",
            "construction",
        ),
        # "still" in the date's own clause, no relative word before it: the evacuation lasts,
        # and the day is no evacuation's (only a happening of its own, that disputes none).
        (
            "Evacuated families still stayed in the shelter on Thursday.",
            "Thursday",
            "en",
            "happening",
        ),
    ],
)
def test_dates_t4_a_happening_is_dated_by_its_word(
    sentence: str, written: str, language: str, event: str
) -> None:
    assert _event(sentence, written, language) == event


def test_dates_t4_two_reports_of_one_check_in_agree() -> None:
    # "checked in to" and "checked into": one entering of a clinic, on one day, in two reports.
    slots = story_date_slots(
        dated_report("a", ["The singer checked into a rehab clinic on Friday."], "2013-05-04"),
        dated_report(
            "b", ["The singer checked in to the clinic on Friday, her lawyer said."], "2013-05-04"
        ),
    )
    slot = one_slot(slots, "2013-05-03", "a", "b")
    assert slot.event == "admission" and slot.status == "agreed"


def test_dates_t4_a_noun_of_output_is_no_making() -> None:
    # "produksi" is what was made, a figure: its year is no production's date.
    said = "Produksi jagung di kabupaten itu pada 2013 mencapai 500 ton."
    assert _event(said, "2013", "id") != "production"
