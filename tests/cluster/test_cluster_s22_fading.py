"""The faded similarities a story's cut weighs units by: the day sums grown one article at
a time (fading.DailySums) give what one dot product per day and one call of the fade per
day give; laid out as arrays (dayarrays.DayArrays) they give the very same floats, to the
last bit, whichever units are asked together; so the cut (halves._reseated) moves no unit
on a last bit, and the fade over arrays is the fade called pair by pair, bit for bit.

The references here are the plain reading of the rule and DailySums itself, on small
seeded random inputs: days near and far (within the grace, past the reach, past the
recall), undated articles, near repeats, units of several articles."""

from __future__ import annotations

import math
import random
from collections.abc import Iterable, Sequence
from dataclasses import replace

import numpy as np
import pytest

from silang.cluster import DEFAULT_PARAMS, dayarrays, halves
from silang.cluster.dayarrays import DayArrays
from silang.cluster.fading import DailySums
from silang.cluster.graph import dot
from silang.cluster.ledger import Ledger
from silang.cluster.state import empty_state
from silang.cluster.story import length
from silang.cluster.timing import TIMELESS, Fade, horizon
from silang.cluster.vectorize import Placed

#: Placing's fade at the default settings, one that spares near repeats readily and
#: forgets them soon (closeness 0.5, 10 days), and one that never fades.
FADES = (
    Fade.placing(DEFAULT_PARAMS),
    Fade.of(1.0, 4.0, 0.2, 0.5, 10.0),
    TIMELESS,
)


class ReferenceSums:
    """The group's articles summed per day, and each article's similarity with each day's
    sum faded by the fade called on that day: the rule read plainly."""

    def __init__(self, fade: Fade, units: Iterable[Sequence[Placed]] = ()) -> None:
        self.fade = fade
        self.articles = [placed for unit in units for placed in unit]

    @property
    def size(self) -> int:
        return len(self.articles)

    def add(self, unit: Sequence[Placed]) -> None:
        self.articles.extend(unit)

    def total(self, unit: Sequence[Placed]) -> float:
        by_day: dict[int | None, dict[str, float]] = {}
        for held in self.articles:
            summed = by_day.setdefault(None if self.fade.timeless else held.day, {})
            for term, weight in held.vector.items():
                summed[term] = summed.get(term, 0.0) + weight
        total = 0.0
        for placed in unit:
            for day, summed in by_day.items():
                product = dot(placed.vector, summed)
                total += product * self.fade(placed.day, day, product / (length(summed) or 1.0))
        return total

    def totals(self, units: Sequence[Sequence[Placed]]) -> list[float]:
        return [self.total(unit) for unit in units]


def article(
    rng: random.Random,
    name: str,
    words: Sequence[str],
    days: Sequence[int],
    always: Sequence[str] = (),
) -> Placed:
    """An article of a few of ``words`` (and every one of ``always``) with random weights
    (a unit vector), on one of ``days`` or undated."""
    terms = [*always, *rng.sample(list(words), rng.randint(1, min(6, len(words))))]
    weights = [rng.random() + 0.05 for _ in terms]
    norm = math.sqrt(sum(weight * weight for weight in weights))
    day = None if rng.random() < 0.15 else rng.choice(days)
    vector = {term: weight / norm for term, weight in zip(terms, weights, strict=True)}
    return Placed(name, day, vector, name, False, "id")


def units_of(rng: random.Random, prefix: str, count: int) -> list[list[Placed]]:
    """Units of one to three articles (now and then fourteen) over a small vocabulary and
    days from the same day to years apart (near repeats come of the small vocabulary)."""
    words = [f"w{number}" for number in range(9)]
    days = [0, 1, 2, 3, 5, 9, 20, 45, 60, 400]
    return [
        [
            article(rng, f"{prefix}{number}-{n}", words, days)
            # Now and then a unit of a dozen or more (numpy sums eight or more pairwise).
            for n in range(rng.choice([1, 1, 2, 3, 3, 14]))
        ]
        for number in range(count)
    ]


def one_by_one(
    fade: Fade, group: Sequence[Sequence[Placed]], asked: Sequence[Sequence[Placed]]
) -> list[float]:
    """Each asked unit's total with the group grown one article at a time."""
    return [DailySums(fade, group).total(unit) for unit in asked]


@pytest.mark.parametrize("fade", FADES)
def test_cluster_daily_sums_give_the_faded_similarities_of_the_plain_rule(fade: Fade) -> None:
    rng = random.Random(22)
    for _ in range(150):
        group = units_of(rng, "g", rng.randint(1, 8))
        asked = units_of(rng, "q", rng.randint(1, 5))
        grown, plain = DailySums(fade, group), ReferenceSums(fade, group)
        assert grown.size == plain.size
        totals = [grown.total(unit) for unit in asked]
        assert totals == pytest.approx(plain.totals(asked), rel=1e-12, abs=1e-12)
        # Articles added after a first question count in the next one.
        grown.add(asked[0])
        plain.add(asked[0])
        totals = [grown.total(unit) for unit in asked]
        assert totals == pytest.approx(plain.totals(asked), rel=1e-12, abs=1e-12)


@pytest.mark.parametrize("fade", FADES)
def test_cluster_day_arrays_give_the_grown_sums_to_the_last_bit(fade: Fade) -> None:
    rng = random.Random(23)
    for _ in range(200):
        group = units_of(rng, "g", rng.randint(0, 10))
        asked = units_of(rng, "q", rng.randint(1, 6)) + group[:3]
        laid = DayArrays(fade, group)
        assert laid.size == sum(map(len, group))
        assert laid.totals(asked) == one_by_one(fade, group, asked)


def test_cluster_day_arrays_give_each_unit_what_it_gets_alone() -> None:
    # A unit's total does not hang on which units are asked with it, nor in what order.
    rng = random.Random(24)
    fade = Fade.placing(DEFAULT_PARAMS)
    for _ in range(60):
        group = units_of(rng, "g", rng.randint(2, 12))
        asked = units_of(rng, "q", rng.randint(2, 8))
        laid = DayArrays(fade, group)
        alone = [laid.totals([unit])[0] for unit in asked]
        assert laid.totals(asked) == alone
        assert laid.totals(asked[::-1]) == alone[::-1]
        assert laid.totals(group + asked)[len(group) :] == alone


def test_cluster_day_arrays_score_many_units_in_batches_as_in_one(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Batches of a handful of day cells: every article scored in a batch of its own or a
    # few, as in a story too big for one batch.
    rng = random.Random(7)
    fade = Fade.placing(DEFAULT_PARAMS)
    group, asked = units_of(rng, "g", 12), units_of(rng, "q", 12)
    whole = DayArrays(fade, group).totals(asked)
    monkeypatch.setattr(dayarrays, "BATCH", 16)
    assert DayArrays(fade, group).totals(asked) == whole == one_by_one(fade, group, asked)


def apart(
    rng: random.Random, name: str, words: Sequence[str], day: int, year: int | None
) -> Placed:
    """An article of four of ``words`` on ``day``, naming ``year`` (if any) as its latest."""
    terms = rng.sample(list(words), 4)
    weights = [rng.random() + 0.05 for _ in terms]
    norm = math.sqrt(sum(weight * weight for weight in weights))
    vector = {term: weight / norm for term, weight in zip(terms, weights, strict=True)}
    years = frozenset() if year is None else frozenset({year})
    return Placed(name, day, vector, name, False, "id", signature=frozenset(terms), years=years)


def test_cluster_cut_moves_no_unit_that_shares_no_word_with_either_half() -> None:
    # A unit of three reports on three days, naming no year, words of its own: its half
    # holds it not at all (its similarity to the rest is exactly 0, not a last bit below),
    # and the other half not at all, so it stays where it is (a last bit below 0 moved it).
    rng = random.Random(5)
    fade = Fade.placing(DEFAULT_PARAMS)
    own, rest, other = (tuple(f"{kind}{number}" for number in range(6)) for kind in "urs")
    for case in range(400):
        days = rng.sample([0, 1, 2, 5, 10, 20, 30], 3)
        unit = [apart(rng, f"u{case}-{n}", own, day, None) for n, day in enumerate(days)]
        # Some of the rest on the unit's own days (a near repeat of the unit, spared alone,
        # is faded in that day's diluted sum: its hold went below nothing, and it moved).
        near = [3, 4, 6, 7, 8, 9, 11, 12, 13, 40, *days[: case % 2]]
        held = [
            [apart(rng, f"r{case}-{n}", rest, rng.choice(near), 2013)]
            for n in range(rng.randint(3, 10))
        ]
        held.insert(rng.randint(0, len(held)), unit)
        across = [
            [apart(rng, f"s{case}-{n}", other, rng.choice(near[:5]), 2020)]
            for n in range(rng.randint(4, 10))
        ]
        units = held + across
        size = sum(map(len, units))
        parts = halves._reseated(units, [held, across], size, halves.HALVING, fade, dated=True)
        assert parts == [held, across]
        if not case % 2:
            # Alone on its days, its total with its half is its total with itself, exactly.
            assert DayArrays(fade, held).totals([unit]) == [DailySums(fade, [unit]).total(unit)]


def story(rng: random.Random) -> list[list[Placed]]:
    """Two happenings of one kind, each with names of its own and mostly naming its year,
    on days a few days to a year apart, and strays that name no year and take words of
    both (what the cut reseats)."""
    gap = rng.choice([0, 10, 50, 200, 400])
    kinds = [f"k{number}" for number in range(4)]
    sides = (
        ("sari", "hendra", "wiratama", "lembah", "#120"),
        ("tiga", "dewi", "lestari", "pulau", "#45"),
    )
    units = []
    for side, (names, year) in enumerate(zip(sides, (2013, 2020), strict=True)):
        for number in range(rng.randint(3, 6)):
            terms = [name for name in names if rng.random() < 0.9]
            member = article(rng, f"{'ab'[side]}{number}", kinds, [0, 1, 2], terms)
            units.append(
                [
                    Placed(
                        member.id,
                        None if member.day is None else member.day + side * gap,
                        member.vector,
                        member.id,
                        False,
                        "id",
                        signature=frozenset(terms),
                        years=frozenset({year}) if rng.random() < 0.8 else frozenset(),
                    )
                ]
            )
    for number in range(rng.randint(1, 4)):
        words = [*sides[0][:2], *sides[1][:2], *kinds]
        units.append([article(rng, f"x{number}", words, [0, 1, 5, gap, gap + 2, gap + 30])])
    rng.shuffle(units)
    return units


def test_cluster_cut_reseats_as_by_the_plain_rule(monkeypatch: pytest.MonkeyPatch) -> None:
    rng = random.Random(2022)
    cases = [(story(rng), fade) for _ in range(120) for fade in FADES]
    fast = [halves.halves(units, fade=fade) for units, fade in cases]
    monkeypatch.setattr(halves, "DayArrays", ReferenceSums)
    monkeypatch.setattr(halves, "DailySums", ReferenceSums)
    plain = [halves.halves(units, fade=fade) for units, fade in cases]
    assert fast == plain
    # The cases exercise the cut: many stories are cut.
    assert sum(len(parts) > 1 for parts in fast) > len(cases) // 4


def test_cluster_fade_over_arrays_is_the_fade_pair_by_pair() -> None:
    # Gaps of 15 and 18 days among them: np.exp is a last bit off math.exp there.
    days = [None, 0, 1, 3, 4, 10, 18, 44, 45, 365, 366, 800]
    closeness = [0.0, 0.3, 0.5, 0.59, 0.6, 0.9, 1.0]
    pairs = [(a, b, c) for a in days for b in days for c in closeness]
    first, second = (
        np.array([math.nan if day is None else day for day in side], dtype=np.float64)
        for side in zip(*((a, b) for a, b, _ in pairs), strict=True)
    )
    near = np.array([c for _, _, c in pairs], dtype=np.float64)
    for fade in FADES:
        over = fade.over(first, second, near)
        assert over.tolist() == [fade(*pair) for pair in pairs]


def test_cluster_ledger_fades_as_placing_and_the_cut_fade() -> None:
    # One fade for placing's ledger and for the cut: the horizon of some 44 days at the
    # defaults, a near repeat recalled for a year, and never less than the horizon.
    ledger = Ledger(empty_state(), DEFAULT_PARAMS)
    fade = Fade.placing(DEFAULT_PARAMS)
    assert ledger.fade == fade
    assert fade.reach == horizon(3.0, 21.0, 0.14) == pytest.approx(44.29, abs=0.01)
    assert fade.timing.recall == 365.0
    short = Fade.placing(replace(DEFAULT_PARAMS, recall_days=10.0))
    assert short.timing.recall == short.reach
