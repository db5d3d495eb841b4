"""A group's articles summed per publication day, and how close a unit's articles are to
them with each day's similarity faded as placing fades it (timing.Fade): what the cut of a
story (halves._reseated) and a grown story's records (records._grown_records) weigh a unit
by, so that an article goes with the happening of its days, and a near repeat with what it
repeats, whatever the days between.

Each day's sum is held term by term (a posting per term and day, in numpy arrays laid out
when first asked for after articles came in), so the similarities of many units' articles
with every day are one pass over the postings their terms meet, all at once, and their
fading one array operation (timing.Fade.over), not a dot product nor a call of the fade per
day: the cut of two halves of 1,000 articles over a year asks this of up to every unit
against both halves. A fade that never fades (undated news) holds one sum for every day.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import chain, repeat

import numpy as np
import numpy.typing as npt

from silang.cluster.timing import Fade
from silang.cluster.vectorize import Placed

Floats = npt.NDArray[np.float64]
Ints = npt.NDArray[np.int64]

#: The most day products (and postings met) scored at once: bounds a batch's arrays to a
#: few dozen MiB however many articles and days a story holds.
BATCH = 1 << 20


@dataclass(frozen=True)
class _Layout:
    """The day sums as arrays: the postings of each key (a term of a group: key_of), its
    weight in each day's sum that has it, keys in increasing order, days in row order
    within a key."""

    #: How many terms the keys are counted over.
    width: int
    keys: Ints
    #: Where each key's postings start (one more entry than keys: where they end).
    starts: Ints
    rows: Ints
    weights: Floats
    #: Each row's day (NaN: undated, or every day where the fade never fades).
    days: Floats
    #: The length of each row's sum (1 where it is 0, as a closeness of nothing).
    norms: Floats


@dataclass(frozen=True)
class _Queries:
    """The terms of the articles asked about that meet postings, article by article."""

    articles: Ints
    weights: Floats
    #: The first of the postings each meets, and how many.
    starts: Ints
    met: Ints


class DailySums:
    """The unit vectors of a group's articles summed per day (None: undated; one sum in
    all where ``fade`` never fades)."""

    __slots__ = (
        "_column",
        "_entries",
        "_fade",
        "_laid",
        "_pending",
        "_row_days",
        "_row_groups",
        "_rows",
        "size",
    )

    def __init__(self, fade: Fade, units: Iterable[Sequence[Placed]] = ()) -> None:
        self._fade = fade
        #: How many articles the group holds.
        self.size = 0
        #: Articles taken in but not yet laid out, each with its group (own_totals).
        self._pending: list[tuple[Placed, int]] = []
        #: Each term's number, and each (group, day)'s row with its day and group.
        self._column: dict[str, int] = {}
        self._rows: dict[tuple[int, int | None], int] = {}
        self._row_days: list[float] = []
        self._row_groups: list[int] = []
        #: The articles laid out: their terms' numbers, weights and rows, a batch at a time.
        self._entries: list[tuple[Ints, Floats, Ints]] = []
        self._laid: _Layout | None = None
        for unit in units:
            self.add(unit)

    def add(self, unit: Sequence[Placed]) -> None:
        """Take in the unit's articles."""
        self._take(unit, 0)

    def _take(self, unit: Sequence[Placed], group: int) -> None:
        self.size += len(unit)
        self._pending.extend((placed, group) for placed in unit)
        self._laid = None

    def total(self, unit: Sequence[Placed]) -> float:
        """The summed similarity of the unit's articles with the group's, each article's
        with a day's articles faded by the days between them, unless it is a near repeat
        of them (the cosine of its vector with their sum, as placing judges groups); an
        undated article's with every day unfaded (content alone)."""
        return self.totals([unit])[0]

    def totals(self, units: Sequence[Sequence[Placed]]) -> list[float]:
        """Each unit's total() with the group, all in one pass."""
        return self._totals(units, [0] * len(units))

    def _totals(self, units: Sequence[Sequence[Placed]], groups: Sequence[int]) -> list[float]:
        """Each unit's total with the day sums of its group alone."""
        laid = self._layout()
        articles = [placed for unit in units for placed in unit]
        days = np.array(
            [np.nan if placed.day is None else placed.day for placed in articles], dtype=np.float64
        )
        totals = np.zeros(len(articles), dtype=np.float64)
        article_groups = [group for group, unit in zip(groups, units, strict=True) for _ in unit]
        queries = _queries(articles, self._column, laid, article_groups)
        for first, last in _batches(queries, len(articles), len(laid.days)):
            products = _products(queries, laid, first, last)
            factors = self._fade.over(
                days[first:last, None], laid.days[None, :], products / laid.norms
            )
            totals[first:last] = (products * factors).sum(axis=1)
        owners = np.repeat(np.arange(len(units)), [len(unit) for unit in units])
        summed = np.bincount(owners, weights=totals, minlength=len(units))
        return [float(value) for value in summed]

    def _layout(self) -> _Layout:
        """The day sums laid out as arrays, taking in the articles added since last asked."""
        if self._laid is not None:
            return self._laid
        timeless = self._fade.timeless
        column = self._column
        vectors = [placed.vector for placed, _ in self._pending]
        lengths = [len(vector) for vector in vectors]
        rows = []
        for placed, group in self._pending:
            day = None if timeless else placed.day
            row = self._rows.setdefault((group, day), len(self._rows))
            if row == len(self._row_days):
                self._row_days.append(np.nan if day is None else day)
                self._row_groups.append(group)
            rows.append(row)
        # Terms are numbered in the order they first come (so the layout is the same from
        # run to run), each term read in C, not in a Python loop per term.
        fresh = [term for term in dict.fromkeys(chain.from_iterable(vectors)) if term not in column]
        column.update(zip(fresh, range(len(column), len(column) + len(fresh)), strict=True))
        count = sum(lengths)
        self._entries.append(
            (
                np.fromiter(map(column.__getitem__, chain.from_iterable(vectors)), np.int64, count),
                np.fromiter(
                    chain.from_iterable(vector.values() for vector in vectors), np.float64, count
                ),
                np.repeat(np.array(rows, dtype=np.int64), lengths),
            )
        )
        self._pending = []
        height = max(len(self._row_days), 1)
        width = len(column)
        terms, entry_weights, entry_rows = (
            np.concatenate([entry[part] for entry in self._entries]) for part in range(3)
        )
        keys = _key_of(np.array(self._row_groups, dtype=np.int64)[entry_rows], terms, width)
        # One posting per key and day, sorted by key then day; the weights of one key and
        # day are added in the order the articles came (as a running sum adds them).
        groups = max(self._row_groups, default=0) + 1
        postings, weights = _added(
            keys * height + entry_rows, entry_weights, groups * width * height
        )
        posting_rows = postings % height
        posting_keys = postings // height
        # Sorted already: each key's postings start where the key changes.
        starts = np.flatnonzero(np.diff(posting_keys, prepend=-1))
        held = posting_keys[starts]
        squares = np.bincount(posting_rows, weights=weights * weights, minlength=height)
        norms = np.sqrt(squares)
        norms[norms == 0.0] = 1.0
        self._laid = _Layout(
            width=width,
            keys=held,
            starts=np.append(starts, len(postings)).astype(np.int64),
            rows=posting_rows,
            weights=weights,
            days=np.array(self._row_days, dtype=np.float64),
            norms=norms[: len(self._row_days)],
        )
        return self._laid


def own_totals(fade: Fade, units: Sequence[Sequence[Placed]]) -> list[float]:
    """Each unit's total with its own articles alone (``DailySums(fade, [unit]).total(unit)``),
    all in one pass."""
    sums = DailySums(fade)
    for number, unit in enumerate(units):
        sums._take(unit, number)
    return sums._totals(units, range(len(units)))


def _added(keys: Ints, weights: Floats, span: int) -> tuple[Ints, Floats]:
    """Each distinct key (all below ``span``), in increasing order, with its weights added
    in the order they come (as a running sum adds them): counted out over the span where it
    is not much wider than the keys, sorted where it is (own_totals' keys are spread wide)."""
    if span <= 8 * len(keys) + 4096:
        held = np.flatnonzero(np.bincount(keys, minlength=span))
        summed = np.bincount(keys, weights=weights, minlength=span)[held]
    else:
        held, where = np.unique(keys, return_inverse=True)
        summed = np.bincount(where, weights=weights, minlength=len(held))
    return held.astype(np.int64, copy=False), summed.astype(np.float64, copy=False)


def _key_of(groups: Ints, terms: Ints, width: int) -> Ints:
    """The keys of terms (numbered below ``width``) of groups: one group's articles meet
    only the sums of its own (own_totals asks many groups at once)."""
    return groups * width + terms


def _queries(
    articles: Sequence[Placed], column: dict[str, int], laid: _Layout, groups: Sequence[int]
) -> _Queries:
    """The articles' terms (of articles of ``groups``) that meet postings: which article's,
    its weight, and the postings it meets."""
    lengths = [len(placed.vector) for placed in articles]
    vectors = [placed.vector for placed in articles]
    terms = np.fromiter(
        map(column.get, chain.from_iterable(vectors), repeat(-1)),
        dtype=np.int64,
        count=sum(lengths),
    )
    weights = np.fromiter(
        chain.from_iterable(vector.values() for vector in vectors),
        dtype=np.float64,
        count=len(terms),
    )
    owner = np.repeat(np.arange(len(articles)), lengths)
    keys = _key_of(np.repeat(np.array(groups, dtype=np.int64), lengths), terms, laid.width)
    place = np.searchsorted(laid.keys, keys)
    # A key past the last held one meets the -1 after them: no key.
    meets = (terms >= 0) & (np.append(laid.keys, -1)[place] == keys)
    place = place[meets]
    starts = laid.starts[place]
    return _Queries(owner[meets], weights[meets], starts, laid.starts[place + 1] - starts)


def _batches(queries: _Queries, count: int, height: int) -> list[tuple[int, int]]:
    """Runs of the ``count`` articles (first, last + 1) whose day products and postings met
    stay within BATCH, one article at least."""
    met = np.bincount(queries.articles, weights=queries.met, minlength=count)
    runs: list[tuple[int, int]] = []
    first, held = 0, 0.0
    for article, meets in enumerate(met.tolist()):
        if article > first and held + meets + height * (article - first + 1) > BATCH:
            runs.append((first, article))
            first, held = article, 0.0
        held += meets
    if count > first:
        runs.append((first, count))
    return runs


def _products(queries: _Queries, laid: _Layout, first: int, last: int) -> Floats:
    """The dot products of articles ``first`` to ``last`` (exclusive) with every day's sum,
    a row per article: each term's weight times each of its postings, added up per day."""
    start, stop = np.searchsorted(queries.articles, [first, last])
    met = queries.met[start:stop]
    # The postings each term meets, one after another: from its key's first posting on.
    term = np.repeat(np.arange(start, stop), met)
    ahead = np.cumsum(met) - met
    postings = np.repeat(queries.starts[start:stop] - ahead, met) + np.arange(int(met.sum()))
    height = len(laid.days)
    return (
        np.bincount(
            (queries.articles[term] - first) * height + laid.rows[postings],
            weights=queries.weights[term] * laid.weights[postings],
            minlength=(last - first) * height,
        )
        .astype(np.float64, copy=False)
        .reshape(last - first, height)
    )
