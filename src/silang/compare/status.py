"""The status of a claim slot: agreed, disputed or single-source, and which of its differences
are a count moving over time rather than sources disagreeing."""

from __future__ import annotations

import dataclasses
from collections import Counter
from collections.abc import Mapping, Sequence
from itertools import combinations, pairwise

from silang.compare.text import words
from silang.disjoint import DisjointSets
from silang.model import ClaimStatus, ClaimValue


def _bounds(value: ClaimValue) -> tuple[float, float]:
    low = value.low if value.low is not None else value.value
    high = value.high if value.high is not None else value.value
    if value.qualifier in ("more-than", "at-least") and value.high is None:
        high = float("inf")
    if value.qualifier in ("less-than", "up-to") and value.low is None:
        low = 0.0
    return low, high


def compatible(a: ClaimValue, b: ClaimValue) -> bool:
    """Whether two readings can both be true: equal, or one's range holds the other's value.

    A vague "puluhan ribu" (20,000 to 99,999) holds 23,000 and so does not dispute it.
    """
    if a.value == b.value:
        return True
    a_low, a_high = _bounds(a)
    b_low, b_high = _bounds(b)
    return a_low <= b.value <= a_high or b_low <= a.value <= b_high


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


def _reporter(value: ClaimValue) -> str:
    """A series without a named source is named after the first article that gives it."""
    return f"article {value.article_ids[0]}"


def _monotone(values: Sequence[ClaimValue]) -> bool:
    """Whether the values, ordered by day, only rise or only fall (a running count)."""
    by_day: dict[str, list[float]] = {}
    for v in values:
        if v.date is None:
            return False
        by_day.setdefault(v.date, []).append(v.value)
    days = [by_day[d] for d in sorted(by_day)]
    rising = all(max(a) <= min(b) for a, b in pairwise(days))
    falling = all(min(a) >= max(b) for a, b in pairwise(days))
    return len(days) > 1 and (rising or falling)


def slot_status(
    values: Sequence[ClaimValue],
    origins: int,
    places: Mapping[tuple[float, str | None], frozenset[str]] | None = None,
) -> tuple[ClaimStatus, bool, list[ClaimValue]]:
    """The status, whether it changed over time, and the values with their ``series`` set.

    Two readings that cannot both be true dispute each other unless they are one source's
    figures on different days, figures of different places (the scope differs), or the whole
    slot rises or falls with the days (a count that moves, whoever reports it).
    """
    places = places or {}
    source = _sources(values)
    moving: set[int] = set()
    clash = differ = False
    whole_moves = _monotone(values)
    for i, j in combinations(range(len(values)), 2):
        a, b = values[i], values[j]
        if compatible(a, b):
            continue
        differ = True
        same_source = i in source and source.get(j) == source[i]
        two_sources = i in source and j in source and source[i] != source[j]
        shared_report = bool(set(a.article_ids) & set(b.article_ids))
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
