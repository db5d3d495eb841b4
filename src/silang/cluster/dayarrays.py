"""A group's articles summed per day (fading.DailySums) laid out as numpy arrays, so that
the cut of a story (halves._reseated) scores many units against a half in one pass over
the postings their terms meet, not a Python loop per posting and a call of the fade per
day.

Every sum is added in the order DailySums adds it one article at a time (np.bincount adds
its weights one after another), so each total is bit for bit what DailySums.total gives,
whichever other units are asked with it: a unit sharing no term with the rest of its half
is exactly as close to the half as to itself alone, not a last bit less."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from itertools import chain, repeat

import numpy as np
import numpy.typing as npt

from silang.cluster.fading import DailySums
from silang.cluster.graph import dot
from silang.cluster.timing import Fade, Floats
from silang.cluster.vectorize import Placed

Ints = npt.NDArray[np.int64]

#: The most day cells and postings met scored at once: bounds a batch's arrays to a few
#: dozen MiB however many articles and days a story holds.
BATCH = 1 << 20


class DayArrays:
    """A group's articles summed, in all and per day where ``fade`` fades, to score many
    units at once: each unit's total is ``DailySums(fade, units).total(unit)``. A term's
    postings (its weight in each day's sum) lie together, in the order their days first
    came (as DailySums' dict of days keeps them)."""

    __slots__ = (
        "_column",
        "_days",
        "_fade",
        "_norms",
        "_rows",
        "_starts",
        "_timeless",
        "_weights",
        "_whole",
        "size",
    )

    def __init__(self, fade: Fade, units: Sequence[Sequence[Placed]]) -> None:
        articles = [placed for unit in units for placed in unit]
        self._fade = fade
        #: How many articles the group holds.
        self.size = len(articles)
        #: A fade that never fades asks for the whole sum alone: DailySums holds it (and
        #: the arrays hold nothing).
        self._timeless = DailySums(fade, units) if fade.timeless else None
        if fade.timeless:
            articles = []
        #: Each term's number, in the order terms first come (as DailySums' whole sum).
        seen = dict.fromkeys(chain.from_iterable(placed.vector for placed in articles))
        self._column = {term: number for number, term in enumerate(seen)}
        entries = _Entries.of(articles, self._column)
        # Each day a row, numbered in the order days first come.
        numbers: dict[int | None, int] = {}
        article_rows = [numbers.setdefault(placed.day, len(numbers)) for placed in articles]
        #: Each row's day (NaN: undated).
        self._days = np.array([np.nan if day is None else day for day in numbers], dtype=np.float64)
        # Temporaries of a few times the entries are dropped as soon as done with (a story
        # of a million articles holds some 60 million entries).
        terms, weights = entries.terms, entries.weights
        rows = np.array(article_rows, dtype=np.int64)[entries.owners]
        del entries
        #: Each term's weight in the whole sum, added in the order the articles came.
        self._whole = np.bincount(terms, weights=weights, minlength=len(self._column)).astype(
            np.float64, copy=False
        )
        height = max(len(numbers), 1)
        # The entries of one posting (term and day) together, in the order they came.
        keyed = terms * height
        keyed += rows
        count = len(keyed)
        del terms
        order = np.argsort(keyed, kind="stable")
        keyed = keyed[order]
        opens = np.diff(keyed, prepend=-1) != 0
        starts = np.flatnonzero(opens)
        firsts = order[starts]
        posting_of = np.empty(len(keyed), dtype=np.int64)
        posting_of[order] = np.cumsum(opens) - 1
        del opens
        before = np.empty(len(keyed), dtype=np.float64)
        before[order] = _running(weights[order], starts)
        del order
        # A day's squared length grows as DailySums grows it, entry by entry.
        grown = 2.0 * before
        del before
        grown += weights
        grown *= weights
        squares = np.bincount(rows, weights=grown, minlength=len(numbers))
        del grown, rows
        #: Each row's sum's length (1 where 0, as DailySums takes it).
        self._norms = np.where(squares == 0.0, 1.0, np.sqrt(squares))
        held = np.bincount(posting_of, weights=weights, minlength=len(starts))
        del posting_of, weights
        posting_terms, posting_rows = np.divmod(keyed[starts], height)
        del keyed
        # Each term's postings in the order their days first came (keys below the count
        # of entries squared: a term's number is below the count of entries).
        by_term = np.argsort(posting_terms * count + firsts)
        self._rows = posting_rows[by_term]
        self._weights = held[by_term]
        #: Where each term's postings start (and, last, where they end).
        self._starts = np.searchsorted(
            posting_terms[by_term], np.arange(len(self._column) + 1)
        ).astype(np.int64)

    def totals(self, units: Sequence[Sequence[Placed]]) -> list[float]:
        """Each unit's DailySums.total with the group, bit for bit."""
        if self._timeless is not None:
            return [self._timeless.total(unit) for unit in units]
        articles = [placed for unit in units for placed in unit]
        entries = _Entries.of(articles, self._column)
        totals = np.zeros(len(articles), dtype=np.float64)
        for first, last in _batches(entries, self._starts, len(self._days)):
            totals[first:last] = self._batch(entries, first, last)
        whole: dict[str, float] | None = None
        for number, placed in enumerate(articles):
            if placed.day is None:  # content alone, as DailySums
                if whole is None:
                    whole = dict(zip(self._column, self._whole.tolist(), strict=True))
                totals[number] = dot(placed.vector, whole)
        owners = np.repeat(np.arange(len(units)), [len(unit) for unit in units])
        # Each unit's articles added one after another, as DailySums.total adds them.
        summed: list[float] = np.bincount(owners, weights=totals, minlength=len(units)).tolist()
        return summed

    def _batch(self, entries: _Entries, first: int, last: int) -> Floats:
        """The totals of dated articles ``first`` to ``last`` (exclusive): each article's
        products with the days, added term by term in the article's order, then faded and
        added day by day in the order its terms first meet each day (as DailySums.total)."""
        start, stop = np.searchsorted(entries.owners, [first, last])
        terms = entries.terms[start:stop]
        dated = (terms >= 0) & ~np.isnan(entries.days[entries.owners[start:stop]])
        terms = terms[dated]
        low = self._starts[terms]
        met = self._starts[terms + 1] - low
        query = np.repeat(np.arange(len(terms)), met)
        ahead = np.cumsum(met) - met
        postings = np.repeat(low - ahead, met) + np.arange(int(met.sum()))
        articles = entries.owners[start:stop][dated][query] - first
        rows = self._rows[postings]
        height = len(self._days)
        cells = articles * height + rows
        weights = entries.weights[start:stop][dated][query] * self._weights[postings]
        products = np.bincount(cells, weights=weights, minlength=(last - first) * height)
        # The pair where the article first meets each day, so its days go in that order.
        firsts = np.full(len(products), len(cells), dtype=np.int64)
        np.minimum.at(firsts, cells, np.arange(len(cells)))
        opening = np.zeros(len(cells), dtype=bool)
        opening[firsts[firsts < len(cells)]] = True
        cell, row, article = cells[opening], rows[opening], articles[opening]
        product = products[cell]
        factors = self._fade.over(
            entries.days[article + first], self._days[row], product / self._norms[row]
        )
        summed = np.bincount(article, weights=product * factors, minlength=last - first)
        return summed.astype(np.float64, copy=False)


@dataclass(frozen=True)
class _Entries:
    """The articles' vector entries, article after article, each in its vector's order."""

    #: Each entry's term number (-1: a term the sums do not hold), weight and article.
    terms: Ints
    weights: Floats
    owners: Ints
    #: Each article's day (NaN: undated).
    days: Floats

    @classmethod
    def of(cls, articles: Sequence[Placed], column: dict[str, int]) -> _Entries:
        vectors = [placed.vector for placed in articles]
        lengths = [len(vector) for vector in vectors]
        count = sum(lengths)
        return cls(
            np.fromiter(map(column.get, chain.from_iterable(vectors), repeat(-1)), np.int64, count),
            np.fromiter(
                chain.from_iterable(vector.values() for vector in vectors), np.float64, count
            ),
            np.repeat(np.arange(len(articles)), lengths),
            np.array(
                [np.nan if placed.day is None else placed.day for placed in articles],
                dtype=np.float64,
            ),
        )


def _running(weights: Floats, starts: Ints) -> Floats:
    """Each weight's run's sum before it (runs beginning at ``starts``), added one after
    another as a running sum adds them: one step per place in the longest run."""
    before = np.zeros(len(weights), dtype=np.float64)
    ends = np.append(starts[1:], len(weights))
    places = starts + 1
    live = places < ends
    places, ends = places[live], ends[live]
    while len(places):
        before[places] = before[places - 1] + weights[places - 1]
        places = places + 1
        live = places < ends
        places, ends = places[live], ends[live]
    return before


def _batches(entries: _Entries, starts: Ints, height: int) -> list[tuple[int, int]]:
    """Runs of the articles (first, last + 1) whose day cells and postings met stay
    within BATCH, one article at least."""
    held = entries.terms >= 0
    met = np.zeros(len(entries.terms), dtype=np.int64)
    met[held] = np.diff(starts)[entries.terms[held]]
    sizes = np.bincount(entries.owners, weights=met, minlength=len(entries.days)) + height
    runs: list[tuple[int, int]] = []
    first, summed = 0, 0.0
    for article, size in enumerate(sizes.tolist()):
        if article > first and summed + size > BATCH:
            runs.append((first, article))
            first, summed = article, 0.0
        summed += size
    if len(sizes) > first:
        runs.append((first, len(sizes)))
    return runs
