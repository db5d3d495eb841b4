"""A line that only stamps a plain-text article's date or time is never its headline: the
headline is looked for on the line after it, and the stamp stays in the body, where it dates
the page."""

from __future__ import annotations

import pytest

from silang.clean.stamps import is_time_stamp, load_stamp_words
from silang.ingest.text import split_headline


@pytest.mark.parametrize(
    "line",
    [
        "Friday, June 7, 2013",
        "Article posted on 08.07.2012",
        "12 January 2010 @ 09:29 pm",
        "Updated Saturday, December 05, 2009 8:28 PM",
        "Diterbitkan Senin, 12 Februari 2024 10:30 WIB",
    ],
)
def test_ingest_time_stamp_lines(line: str) -> None:
    assert is_time_stamp(line, load_stamp_words())


@pytest.mark.parametrize(
    "line",
    ["Banjir Rendam 300 Rumah", "Council Approves 2024 Budget", "May Day March Draws 5,000"],
)
def test_ingest_headlines_with_numbers_are_no_time_stamps(line: str) -> None:
    assert not is_time_stamp(line, load_stamp_words())


def test_ingest_time_stamp_words_come_from_the_packs_read() -> None:
    # The Indonesian stamp is one only with the Indonesian pack's months and stamp words.
    line = "Diterbitkan Senin, 12 Februari 2024 10:30 WIB"
    assert is_time_stamp(line, load_stamp_words(("id",)))
    assert not is_time_stamp(line, load_stamp_words(("en",)))


def test_ingest_headline_after_a_time_stamp() -> None:
    text = "Friday, June 7, 2013\n\nRiver Town Mayor Resigns\n\nThe mayor of River Town resigned."
    assert split_headline(text) == (
        "River Town Mayor Resigns",
        "Friday, June 7, 2013\n\nThe mayor of River Town resigned.",
    )


def test_ingest_time_stamp_before_a_lead_paragraph_is_kept_as_text() -> None:
    text = "Article posted on 08.07.2012\n\nThe mayor resigned on Monday, aides said.\n\nMore."
    assert split_headline(text) == (None, text)


def test_ingest_time_stamp_over_one_line_of_text_is_no_headline() -> None:
    text = "12 January 2010 @ 09:29 pm\n\nThe mayor resigned."
    assert split_headline(text) == (None, text)
