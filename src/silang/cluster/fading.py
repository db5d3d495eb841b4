"""A group's articles summed per publication day, and how close a unit's articles are to
them with each day's similarity faded as placing fades it (timing.Fade): what the cut of a
story (halves._reseated) and a grown story's records (records._grown_records) weigh a unit
by, so that an article goes with the happening of its days, and a near repeat with what it
repeats, whatever the days between.

Each day's sum is held term by term (a posting per term and day), so a unit's similarity
with every day costs one pass over the days that share its terms, not a dot product per
day; a fade that never fades (undated news) takes the whole group's sum, one dot product.
Grown one article at a time, it serves one unit at a time (a grown story asks, then adds);
the cut, asking many units at once, lays the same sums out as arrays (dayarrays)."""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence

from silang.cluster.graph import dot
from silang.cluster.timing import Fade
from silang.cluster.vectorize import Placed


class DailySums:
    """The unit vectors of a group's articles summed: in all, and per day (None: undated)
    where ``fade`` fades."""

    __slots__ = ("_fade", "_postings", "_squares", "_whole", "size")

    def __init__(self, fade: Fade, units: Iterable[Sequence[Placed]] = ()) -> None:
        self._fade = fade
        #: How many articles the group holds.
        self.size = 0
        self._whole: dict[str, float] = {}
        #: Each term's weight in each day's sum.
        self._postings: dict[str, dict[int | None, float]] = {}
        #: The squared length of each day's sum.
        self._squares: dict[int | None, float] = {}
        for unit in units:
            self.add(unit)

    def add(self, unit: Sequence[Placed]) -> None:
        """Take in the unit's articles."""
        whole = self._whole
        for placed in unit:
            self.size += 1
            for term, weight in placed.vector.items():
                whole[term] = whole.get(term, 0.0) + weight
            if self._fade.timeless:
                continue  # the whole sum is all it asks for
            day = placed.day
            squared = self._squares.get(day, 0.0)
            for term, weight in placed.vector.items():
                held = self._postings.setdefault(term, {})
                before = held.get(day, 0.0)
                held[day] = before + weight
                squared += weight * (2.0 * before + weight)
            self._squares[day] = squared

    def total(self, unit: Sequence[Placed]) -> float:
        """The summed similarity of the unit's articles with the group's, each article's
        with a day's articles faded by the days between them, unless it is a near repeat
        of them (the cosine of its vector with their sum, as placing judges groups)."""
        fade = self._fade
        # Every sum here is added one term after another, in the order met: the order
        # dayarrays.DayArrays adds in, to the last bit (not sum(), which compensates from
        # Python 3.12 on).
        total = 0.0
        for placed in unit:
            if fade.timeless or placed.day is None:
                total += dot(placed.vector, self._whole)  # content alone
                continue
            by_day: dict[int | None, float] = {}
            for term, weight in placed.vector.items():
                days = self._postings.get(term)
                if days is None:
                    continue  # no article of the group holds it
                for day, held in days.items():
                    by_day[day] = by_day.get(day, 0.0) + weight * held
            summed = 0.0
            for day, product in by_day.items():
                norm = math.sqrt(self._squares[day]) or 1.0
                summed += product * fade(placed.day, day, product / norm)
            total += summed
        return total
