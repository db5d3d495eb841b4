"""A weekday told as still to come without "will": a verb of a scheduled event in the present
tense ("begins its postseason Saturday"), "is going to", or a deferral that leads to the day
("postponing the testimony until Monday"); a past event told beside a present verb of speech
stays past."""

from __future__ import annotations

import datetime as dt

import pytest

from silang.extract.times import find_times
from silang.lang.figures import load_figures_lexicon
from silang.model import Span

#: A Wednesday: the coming Saturday is the 8th, the last one the 1st; the coming Monday is
#: the 10th, the last one the 3rd.
_PUBLISHED = dt.date(2025, 1, 8)


def _days(text: str, lang: str = "en") -> list[tuple[str, str | None]]:
    lexicon = load_figures_lexicon(lang)
    found = find_times(text, [Span(0, len(text))], _PUBLISHED, lexicon)
    return [(t.text, t.date) for t in found if t.granularity == "day"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A scheduled event told in the present tense.
        ("The home side begins its cup run Saturday at the old ground.", "2025-01-11"),
        ("The club plays at the harbour stadium on Saturday in the first round.", "2025-01-11"),
        ("The festival opens Saturday with a parade.", "2025-01-11"),
        # "is going to" is "will".
        ("The coach said the captain is going to be back Monday.", "2025-01-13"),
        # The day a deferral leads to.
        ("The judge adjourned the hearing until Monday.", "2025-01-13"),
        ("The vote was postponed to Monday after the debate ran long.", "2025-01-13"),
        # A past event beside a present verb of speech stays past.
        ("Police say the man died Saturday.", "2025-01-04"),
        # The day of the deferral itself is the day it was made.
        ("The hearing was postponed Saturday.", "2025-01-04"),
        # A headline tells a past event in the present.
        ("Fire starts in bakery Saturday", "2025-01-04"),
        # The day is that of a clause the scheduled verb's phrase leads into.
        ("The trial begins after the man died Saturday.", "2025-01-04"),
        # The scheduled verb's clause ends before the day.
        ("The season opens in spring, and the stand burned down Saturday.", "2025-01-04"),
        ("The inquest opens as police named the victim Saturday.", "2025-01-04"),
        # A noun after a determiner ("the hosts"), and "opens fire" (a shooting).
        ("The hosts won on Saturday.", "2025-01-04"),
        ("A man opens fire in a mall on Saturday.", "2025-01-04"),
        # A deferral word describing a noun: "until" ends a past span.
        ("Hundreds of delayed travellers slept at the airport until Monday.", "2025-01-06"),
    ],
)
def test_a_weekday_told_as_coming_or_past(text: str, expected: str) -> None:
    assert _days(text)[0][1] == expected


def test_indonesian_deferral_leads_to_a_coming_day() -> None:
    """The day a hearing is put off to ("ditunda hingga Senin") is a coming one; the day it is
    put off ("ditunda pada Senin") is not."""
    assert _days("Sidang itu ditunda hingga Senin.", "id")[0][1] == "2025-01-13"
    assert _days("Sidang itu ditunda pada Senin.", "id")[0][1] == "2025-01-06"
    held = "Penumpang pesawat yang ditunda menginap di bandara hingga Senin."
    assert _days(held, "id")[0][1] == "2025-01-06"
