"""English four-digit clock times ("1230 GMT", "1100 hours") are times, not quantities."""

from __future__ import annotations

from silang.extract.quantities import find_quantities
from silang.extract.times import find_times
from silang.lang.figures import load_figures_lexicon
from silang.model import Span

LX = load_figures_lexicon("en")


def _quantities(text: str) -> list[str]:
    return [q.text for q in find_quantities(text, (Span(0, len(text)),), LX)]


def test_four_digits_before_a_zone_or_hours_are_no_quantity() -> None:
    assert _quantities("The ship was boarded at 1230 GMT on Friday.") == []
    assert _quantities("The patrol left at 1100 hours.") == []


def test_four_digits_without_a_clock_word_stay_a_quantity() -> None:
    assert _quantities("The navy freed 1230 people.") == ["1230 people"]


def test_four_digits_before_gmt_read_as_a_clock_time() -> None:
    text = "The ship was boarded at 1230 GMT on Friday."
    times = find_times(text, (Span(0, len(text)),), None, LX)
    clocks = [t for t in times if "1230" in t.text]
    assert [(t.text, t.granularity) for t in clocks] == [("at 1230 GMT", "time")]
