"""Date slots: an event word with a deriving suffix is another verb ("meninggal", to die;
"meninggalkan", to leave) and dates no such event, though light stemming takes the suffix
off; the event word itself, and a suffixed form a row lists ("menewaskan"), still date theirs.
Sentences written for these tests; their dates are read by the times stage itself."""

from __future__ import annotations

import pytest

from dated_reports import date_event

#: The day every report of a single sentence is published on.
PUBLISHED = "2016-03-07"


def test_dates_a_deriving_suffix_makes_another_verb() -> None:
    sentence = "Keluarga itu meninggalkan desa pada tahun 2009."
    assert date_event(sentence, "2009", PUBLISHED, "id") != "death"


@pytest.mark.parametrize(
    "sentence",
    [
        "Kakek itu meninggal pada tahun 2009.",
        "Pemburu itu menewaskan seekor harimau pada tahun 2009.",
    ],
)
def test_dates_the_event_word_and_its_listed_forms_keep_their_event(sentence: str) -> None:
    assert date_event(sentence, "2009", PUBLISHED, "id") == "death"
