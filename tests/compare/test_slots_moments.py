"""Counts within two lengths of time are one count at two moments, not a dispute
(silang.compare.scope.elapsed_windows, silang.compare.status.slot_status ``moments``)."""

from __future__ import annotations

from silang.compare.scope import elapsed_windows
from silang.compare.status import slot_status
from silang.model import ClaimValue, Quantity

from records import figure_in, sentences_item

_Moments = dict[tuple[float, str | None], frozenset[tuple[float, str]]]


def _value(value: float, aid: str) -> ClaimValue:
    return ClaimValue(value, None, None, "exact", (aid,), (), date="2024-05-08")


def test_a_length_of_time_after_dalam_is_the_window_of_its_sentence() -> None:
    sentences = [
        "Dalam satu jam video itu dibagikan oleh 645 pengguna.",
        "Polisi memeriksa video itu selama dua jam.",
    ]
    hour = figure_in(sentences, "satu jam", 1)
    two = figure_in(sentences, "dua jam", 2)
    quantities: list[Quantity] = [
        Quantity(hour.start, hour.end, hour.text, 1, unit="hour"),
        Quantity(two.start, two.end, two.text, 2, unit="hour"),
    ]
    item = sentences_item("a", sentences, quantities)
    # "selama dua jam" is how long something lasted, no window a count was made in.
    assert elapsed_windows(item) == {0: frozenset({(1.0, "hour")})}


def test_counts_within_two_windows_moved_and_within_one_window_dispute() -> None:
    values = [_value(645, "first"), _value(1000, "later")]
    apart: _Moments = {(645.0, "2024-05-08"): frozenset({(1.0, "hour")})}
    later: _Moments = {(1000.0, "2024-05-08"): frozenset({(24.0, "hour")})}
    status, changed, _ = slot_status(values, 2, moments=apart | later)
    assert (status, changed) == ("agreed", True)
    same: _Moments = {(1000.0, "2024-05-08"): frozenset({(1.0, "hour")})}
    assert slot_status(values, 2, moments=apart | same)[0] == "disputed"
    assert slot_status(values, 2)[0] == "disputed"
