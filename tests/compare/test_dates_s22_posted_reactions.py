"""A post on a social network dates a statement only right beside its date or right after
a named speaker ("Bush tweeted Monday"); elsewhere in the clause it is mostly a reaction to
the happening the sentence dates ("The earthquake that hit Lombok on Monday drew thousands
of tweets"), whose day stays the happening's. Sentences written for these tests."""

from __future__ import annotations

import pytest

from dated_reports import date_event
from silang.compare.dates_lexicon import STATEMENT


@pytest.mark.parametrize(
    ("sentence", "written", "language", "event"),
    [
        (
            "The earthquake that hit Lombok on Monday drew thousands of tweets.",
            "Monday",
            "en",
            "earthquake",
        ),
        ("Banjir yang melanda Jakarta pada Senin memicu kicauan warganet.", "Senin", "id", "flood"),
        (
            "Gempa yang mengguncang Lombok pada Senin ramai dicuitkan warganet.",
            "Senin",
            "id",
            "earthquake",
        ),
    ],
)
def test_posts_about_a_happening_leave_it_its_day(
    sentence: str, written: str, language: str, event: str
) -> None:
    assert date_event(sentence, written, "2016-02-02", language) == event


@pytest.mark.parametrize(
    ("sentence", "written", "language"),
    [
        ("Senator Bush tweeted his thanks to the voters of Iowa on Monday.", "Monday", "en"),
        ("Pengamat itu ngetwit pada Senin bahwa penghitungan ketat.", "Senin", "id"),
        ("Bupati Ahmad mentwit pada Senin bahwa banjir surut.", "Senin", "id"),
    ],
)
def test_a_post_beside_its_date_or_after_a_name_dates_a_statement(
    sentence: str, written: str, language: str
) -> None:
    assert date_event(sentence, written, "2016-02-02", language) == STATEMENT
