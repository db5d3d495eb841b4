"""A bare weekday of a coming happening told without "will": a modal before it in its clause
("can win the Tuesday runoff"), a present-tense verb of a scheduled happening before it
("gathers for its convention on Saturday") or after it where it is fronted ("On Tuesday,
voters go to the polls"), an intention ("hendak", "berencana") or a forward word after it
("Selasa besok"). A past, perfect, denied or reported reading keeps the last such day."""

from __future__ import annotations

import datetime as dt

import pytest

from silang.extract.times import find_times
from silang.lang.figures import load_figures_lexicon
from silang.model import Span

#: A Wednesday: the coming Tuesday is the 14th, the last one the 7th; the coming Saturday the
#: 11th, the last one the 4th.
_PUBLISHED = dt.date(2025, 1, 8)


def _first_day(text: str, lang: str = "en") -> str | None:
    lexicon = load_figures_lexicon(lang)
    found = find_times(text, [Span(0, len(text))], _PUBLISHED, lexicon)
    return next(t.date for t in found if t.granularity == "day")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Officials said the mayor feels she can win the city's Tuesday runoff.", "2025-01-14"),
        ("The county party gathers for its convention on Saturday.", "2025-01-11"),
        ("The state holds its primary on Tuesday.", "2025-01-14"),
        ("On Tuesday, voters go to the polls in three counties.", "2025-01-14"),
        ("On Tuesday, voters in three counties vote on the levy.", "2025-01-14"),
        ("The vote total could be higher on Saturday.", "2025-01-11"),
    ],
)
def test_a_weekday_told_as_coming(text: str, expected: str) -> None:
    assert _first_day(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Voters voted in three counties on Tuesday.", "2025-01-07"),
        ("The mayor could have won the Tuesday runoff.", "2025-01-07"),
        ("The spokesman could not be reached for comment Tuesday.", "2025-01-07"),
        ("More could be found in papers filed Tuesday night.", "2025-01-07"),
        ("On Tuesday, officers could be seen inside the store.", "2025-01-07"),
        ("The coach left hours before the team were to hold a rally Saturday night.", "2025-01-04"),
        ("Officers could be seen inside the store Tuesday.", "2025-01-07"),
        ("The senator signed an open letter Tuesday.", "2025-01-07"),
        ("The senator got off to a rocky start Tuesday.", "2025-01-07"),
        ("The senator told Face the Nation on Saturday that he would run.", "2025-01-04"),
        ("It was clear before they knew what the result would be on Saturday night.", "2025-01-04"),
        ("The senator said Tuesday that she can win.", "2025-01-07"),
        # A headline tells a past happening in the present.
        ("County party gathers for convention Saturday", "2025-01-04"),
    ],
)
def test_a_weekday_told_as_past(text: str, expected: str) -> None:
    assert _first_day(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Partai itu hendak menggelar konvensi pada Sabtu.", "2025-01-11"),
        ("Partai itu berencana menggelar konvensi pada Sabtu.", "2025-01-11"),
        ("Warga memilih kepala desa pada Selasa besok.", "2025-01-14"),
        # An intention told as done, and a bare passive, keep the last day.
        ("Partai yang berencana maju telah menggelar konvensi pada Sabtu.", "2025-01-04"),
        ("Konvensi yang digelar Sabtu diikuti ribuan orang.", "2025-01-04"),
    ],
)
def test_an_indonesian_weekday_told_as_coming_or_past(text: str, expected: str) -> None:
    assert _first_day(text, "id") == expected
