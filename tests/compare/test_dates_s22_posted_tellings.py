"""A post on a social network is a telling: the day someone tweeted ("mencuit", "berkicau")
dates a statement, not the happening a word before it names ("election law expert Rick Hasen
tweeted Monday" is no election's day). Sentences written for these tests."""

from __future__ import annotations

import pytest

from dated_reports import date_event
from silang.compare.dates_lexicon import STATEMENT


@pytest.mark.parametrize(
    ("sentence", "written", "language"),
    [
        ("Election law expert Rick Hasen tweeted Monday that the count was close.", "Monday", "en"),
        ("The election monitor tweeted on Monday that turnout was high.", "Monday", "en"),
        ("Pengamat pemilu itu mencuit pada Senin bahwa penghitungan ketat.", "Senin", "id"),
        ("Pengamat pemilu itu berkicau pada Senin bahwa penghitungan ketat.", "Senin", "id"),
    ],
)
def test_a_days_post_dates_a_statement(sentence: str, written: str, language: str) -> None:
    assert date_event(sentence, written, "2016-02-02", language) == STATEMENT
