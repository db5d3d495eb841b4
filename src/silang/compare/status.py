"""The status of a claim slot: agreed, disputed or single-source, and which of its differences
are a count moving over time rather than sources disagreeing."""

from __future__ import annotations

import dataclasses
from collections import Counter
from collections.abc import Mapping, Sequence
from itertools import combinations, pairwise
from typing import Protocol

from silang.compare.conversions import other_currencies
from silang.compare.text import words
from silang.compare.units import Reading, in_unit_of, same_amount, written_step
from silang.disjoint import DisjointSets
from silang.extract.figures_grammar import one_step_past
from silang.model import ClaimStatus, ClaimValue


class Bounded(Reading, Protocol):
    """A reading with its bounds: a claim value or the quantity it was read from."""

    @property
    def low(self) -> float | None: ...
    @property
    def high(self) -> float | None: ...
    @property
    def qualifier(self) -> str: ...


def _bounds(reading: Bounded) -> tuple[float, float]:
    """The values a reading holds. A floor or ceiling written as a number reaches one step of
    its last written digit past it ("more than 26,000" holds 26,000 to 27,000): the writer
    chose the round number nearest the count, so a toll of 31,000 is another count, and a
    reader sees two tolls (ECB+ dev topic 20, the Bam quake). A figure given in words
    ("tens of thousands") has its own bounds and holds every precise figure inside them."""
    low, high = one_step_past(
        reading.value, reading.qualifier, (reading.low, reading.high), written_step(reading.value)
    )
    return (
        low if low is not None else reading.value,
        high if high is not None else reading.value,
    )


def _holds(reading: Bounded, other: Bounded) -> bool:
    low, high = _bounds(reading)
    return low <= in_unit_of(reading, other) <= high


def compatible(a: Bounded, b: Bounded) -> bool:
    """Whether two readings can both be true: one amount (in one unit, or two units of one
    measure, ``silang.compare.units``), or one's bounds hold the other's value.

    A vague "puluhan ribu" (20,000 to 99,999) holds 23,000 and so does not dispute it; an
    amount in another currency, which no known rate converts, disputes nothing.
    """
    if other_currencies(a.unit, b.unit):
        return True
    return same_amount(a, b) or _holds(a, b) or _holds(b, a)


def _two_spans(a: Bounded, b: Bounded, points: Sequence[Bounded]) -> bool:
    """Whether two readings are ranges of one unit with different bounds ("between 40 and 80
    percent" and "40 percent to 70 percent", ECB+ dev topic 20): each source gives its own
    span for one thing, and a reader sees two, though one holds a value of the other.

    Not where a figure the slot gives as one number stands on a bound both spans give
    (``points``): "30 to 40" and "35 to 40 firefighters" beside "about 40", or "$140-150
    million" and "$140 million to $160 million" beside "$140 million", are margins around
    one figure the sources share, and a reader sees that figure, not two spans. A figure
    merely inside both ("200 to 300" and "250 to 500 killed" beside "260") is a third
    count, and the two spans still dispute."""
    return (
        a.qualifier == "range"
        and b.qualifier == "range"
        and a.unit == b.unit
        and _bounds(a) != _bounds(b)
        and not any(_on_shared_bound(a, b, p) for p in points)
    )


def _on_shared_bound(a: Bounded, b: Bounded, point: Bounded) -> bool:
    """Whether ``point`` is a bound that both spans ``a`` and ``b`` give (one unit)."""
    return in_unit_of(a, point) in set(_bounds(a)) & set(_bounds(b))


def _points(values: Sequence[ClaimValue]) -> list[ClaimValue]:
    """The values not given as a span nor a vague amount: a number, bare or qualified
    ("40", "about 40", "up to 40", "at least 40")."""
    return [v for v in values if v.qualifier not in ("range", "vague")]


def _two_estimates(a: Bounded, b: Bounded) -> bool:
    """Whether two approximate readings name two different round numbers and are not each
    within the other's bounds: "nearly 70 percent" (63 to 70) and "nearly three quarters"
    (67.5 to 75; ECB+ dev topic 27) each pick the round number nearest what its writer
    knows, so a reader sees two shares, though the second's bounds hold 70. "about 70
    percent" (63 to 77) and "nearly three quarters" hold each other and agree. Only the
    status reads estimates so: the grouping still takes them as ``compatible`` (two
    estimates of one thing are evidence they are one thing; reading them apart there cost
    Pratiwi dev grouping recall 0.862 to 0.784)."""
    return (
        a.qualifier == "approximately"
        and b.qualifier == "approximately"
        and not same_amount(a, b)
        and not (_holds(a, b) and _holds(b, a))
    )


def _name_words(name: str) -> frozenset[str]:
    return frozenset(w for w in words(name).split() if len(w) > 2)


def _sources(values: Sequence[ClaimValue]) -> dict[int, str]:
    """Value index → the name of its source, where the attributions of two values name one
    source ("BPBD" and "BPBD Lembah Sari"; "Sri Lestari" and "Sri Lestari Wulandari")."""
    names = {i: v.attributed_to for i, v in enumerate(values) if v.attributed_to}
    same: DisjointSets[int] = DisjointSets()
    for i, j in combinations(names, 2):
        a, b = _name_words(names[i]), _name_words(names[j])
        if a and b and (a <= b or b <= a):
            same.join(i, j)
    members: dict[int, list[str]] = {}
    for i, name in names.items():
        members.setdefault(same.find(i), []).append(name)
    label = {r: Counter(found).most_common(1)[0][0] for r, found in members.items()}
    return {i: label[same.find(i)] for i in names}


def _names_one(source: str) -> bool:
    """Whether an attribution names someone ("BPBD", "Governor Heydar Alishbandi") rather than
    a kind of source ("officials", "police"), which two reports may use for two offices."""
    return any(word[:1].isupper() for word in source.split())


def _reporter(value: ClaimValue) -> str:
    """A series without a named source is named after the first article that gives it."""
    return f"article {value.article_ids[0]}"


def _monotone(values: Sequence[ClaimValue]) -> bool:
    """Whether the values, ordered by day, only rise or only fall (a running count)."""
    by_day: dict[str, list[float]] = {}
    for v in values:
        if v.date is None:
            return False
        by_day.setdefault(v.date, []).append(in_unit_of(values[0], v))
    days = [by_day[d] for d in sorted(by_day)]
    rising = all(max(a) <= min(b) for a, b in pairwise(days))
    falling = all(min(a) >= max(b) for a, b in pairwise(days))
    return len(days) > 1 and (rising or falling)


def slot_status(
    values: Sequence[ClaimValue],
    origins: int,
    places: Mapping[tuple[float, str | None], frozenset[str]] | None = None,
    moments: Mapping[tuple[float, str | None], frozenset[tuple[float, str]]] | None = None,
    once: bool = False,
) -> tuple[ClaimStatus, bool, list[ClaimValue]]:
    """The status, whether it changed over time, and the values with their ``series`` set.

    Two readings that cannot both be true dispute each other unless they are one source's
    figures on different days, figures of different places (the scope differs), counts
    within two different lengths of time (``moments``: "dalam satu jam ... 645" and "dalam
    24 jam ... lebih dari 1000", one count at two moments), or the whole slot rises or falls
    with the days (a count that moves, whoever reports it). A slot that counts what
    happened once (``once``: the engines "a further four" of one call added) is no running
    count, whatever days its reports were published on.
    """
    places = places or {}
    moments = moments or {}
    source = _sources(values)
    moving: set[int] = set()
    clash = differ = False
    whole_moves = not once and _monotone(values)
    points = _points(values)
    for i, j in combinations(range(len(values)), 2):
        a, b = values[i], values[j]
        if compatible(a, b) and not _two_spans(a, b, points) and not _two_estimates(a, b):
            continue
        differ = True
        ma, mb = moments.get((a.value, a.date)), moments.get((b.value, b.date))
        if ma and mb and not ma & mb:
            moving.update((i, j))
            continue
        shared_report = bool(set(a.article_ids) & set(b.article_ids))
        same_source = i in source and source.get(j) == source[i]
        # "officials" or "police" in two reports may be two offices: only a name says one.
        same_source = same_source and (_names_one(source[i]) or shared_report)
        two_sources = i in source and j in source and source[i] != source[j]
        if a.date != b.date and (same_source or (shared_report and not two_sources)):
            # One source's figures on two days, or one report giving then and now: a count
            # that moved, not a dispute. A report that sets one source's figure against
            # another's ("BPBD counted 2,300; volunteers say 23,000") is a dispute.
            moving.update((i, j))
            continue
        pa, pb = places.get((a.value, a.date)), places.get((b.value, b.date))
        if pa and pb and not pa & pb:
            continue
        if whole_moves:
            continue
        clash = True
    out = [
        dataclasses.replace(v, series=source.get(i) or _reporter(v)) if i in moving else v
        for i, v in enumerate(values)
    ]
    changed = bool(moving) or (whole_moves and differ and not clash)
    if origins <= 1:
        return "single-source", changed, out
    return ("disputed" if clash else "agreed"), changed, out
