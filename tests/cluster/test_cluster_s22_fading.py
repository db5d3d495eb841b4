"""The faded similarities a story's cut weighs units by (fading.DailySums) are what one dot
product per day and one call of the fade per day give, computed all at once; so are the
cut's choices (halves._reseated), and the fade over arrays is the fade called pair by pair.

The reference here is the plain reading of the rule on small seeded random inputs: days
near and far (within the grace, past the reach, past the recall), undated articles, near
repeats, units of several articles."""

from __future__ import annotations

import math
import random
from collections.abc import Iterable, Sequence
from dataclasses import replace

import numpy as np
import pytest

from silang.cluster import DEFAULT_PARAMS, halves
from silang.cluster.fading import DailySums, own_totals
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


def reference_own_totals(fade: Fade, units: Sequence[Sequence[Placed]]) -> list[float]:
    return [ReferenceSums(fade, [unit]).total(unit) for unit in units]


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
    """Units of one to three articles over a small vocabulary and days from the same day
    to years apart (near repeats come of the small vocabulary)."""
    words = [f"w{number}" for number in range(9)]
    days = [0, 1, 2, 3, 5, 9, 20, 45, 60, 400]
    return [
        [article(rng, f"{prefix}{number}-{n}", words, days) for n in range(rng.randint(1, 3))]
        for number in range(count)
    ]


@pytest.mark.parametrize("fade", FADES)
def test_cluster_daily_sums_give_the_faded_similarities_of_the_plain_rule(fade: Fade) -> None:
    rng = random.Random(22)
    for _ in range(150):
        group = units_of(rng, "g", rng.randint(1, 8))
        asked = units_of(rng, "q", rng.randint(1, 5))
        fast, plain = DailySums(fade, group), ReferenceSums(fade, group)
        assert fast.size == plain.size
        assert fast.totals(asked) == pytest.approx(plain.totals(asked), rel=1e-12, abs=1e-12)
        assert fast.total(asked[0]) == pytest.approx(plain.total(asked[0]), rel=1e-12)
        assert own_totals(fade, asked) == pytest.approx(
            reference_own_totals(fade, asked), rel=1e-12, abs=1e-12
        )
        # Articles added after a first question count in the next one.
        fast.add(asked[0])
        plain.add(asked[0])
        assert fast.totals(asked) == pytest.approx(plain.totals(asked), rel=1e-12, abs=1e-12)


def test_cluster_daily_sums_score_many_units_in_batches_as_one_by_one(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Batches of a handful of day products: every article scored in a batch of its own or
    # a few, as in a story too big for one batch.
    rng = random.Random(7)
    fade = Fade.placing(DEFAULT_PARAMS)
    group, asked = units_of(rng, "g", 12), units_of(rng, "q", 12)
    whole = DailySums(fade, group).totals(asked)
    monkeypatch.setattr("silang.cluster.fading.BATCH", 16)
    assert DailySums(fade, group).totals(asked) == pytest.approx(whole, rel=1e-12, abs=1e-12)
    assert whole == pytest.approx(ReferenceSums(fade, group).totals(asked), rel=1e-12, abs=1e-12)


def test_cluster_own_totals_of_many_units_are_each_units_own() -> None:
    # Many units at once: each meets only its own articles' days, however many share terms.
    rng = random.Random(5)
    fade = Fade.placing(DEFAULT_PARAMS)
    asked = units_of(rng, "q", 300)
    assert own_totals(fade, asked) == pytest.approx(
        reference_own_totals(fade, asked), rel=1e-12, abs=1e-12
    )


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
    monkeypatch.setattr(halves, "DailySums", ReferenceSums)
    monkeypatch.setattr(halves, "own_totals", reference_own_totals)
    plain = [halves.halves(units, fade=fade) for units, fade in cases]
    assert fast == plain
    # The cases exercise the cut: many stories are cut.
    assert sum(len(parts) > 1 for parts in fast) > len(cases) // 4


def test_cluster_fade_over_arrays_is_the_fade_pair_by_pair() -> None:
    days = [None, 0, 1, 3, 4, 10, 44, 45, 365, 366, 800]
    closeness = [0.0, 0.3, 0.5, 0.59, 0.6, 0.9, 1.0]
    pairs = [(a, b, c) for a in days for b in days for c in closeness]
    first, second = (
        np.array([math.nan if day is None else day for day in side], dtype=np.float64)
        for side in zip(*((a, b) for a, b, _ in pairs), strict=True)
    )
    near = np.array([c for _, _, c in pairs], dtype=np.float64)
    for fade in FADES:
        over = fade.over(first, second, near)
        assert over.tolist() == pytest.approx([fade(*pair) for pair in pairs], rel=1e-15)


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
