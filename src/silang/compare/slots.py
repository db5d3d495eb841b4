"""Claim slots: the figures of one story grouped by what they count, with a status."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from itertools import combinations

from silang.compare.text import day_of, sentence_at
from silang.model import (
    Annotated,
    ClaimSlot,
    ClaimStatus,
    ClaimValue,
    Mention,
    Qualifier,
    Quantity,
)

#: One reading of a figure: value, low, high, qualifier and the day it speaks of.
_Reading = tuple[float, float | None, float | None, Qualifier, str | None]

# "person" is too wide a class to compare: the dead, the missing and the evacuated are all
# people. The word nearest the figure in its sentence narrows it (checked by hand on
# examples/banjir-lembah-sari, where it separates the evacuee, death and missing counts).
_PERSON_CUES: dict[str, tuple[str, ...]] = {
    "person:evacuee": (
        "mengungsi",
        "pengungsi",
        "dievakuasi",
        "mengevakuasi",
        "evakuasi",
        "berpindah",
        "posko",
        "evacu",
        "refugee",
        "displaced",
        "shelter",
    ),
    "person:dead": ("meninggal", "tewas", "jenazah", "berpulang", "killed", "dead", "bodies"),
    "person:missing": ("hilang", "lenyap", "missing"),
}


def subject_of(item: Annotated, quantity: Quantity) -> str | None:
    """What a figure counts: its counted class, else its counted lemma, else its unit."""
    subject = quantity.counted_class or quantity.counted or quantity.unit
    if subject != "person":
        return subject
    span = sentence_at(item, quantity.start)
    sentence = item.article.text[span.start : span.end].lower()
    before, after = quantity.start - span.start, quantity.end - span.start
    best: tuple[int, str] | None = None
    for cls, cues in _PERSON_CUES.items():
        for cue in cues:
            at = sentence.find(cue)
            while at >= 0:
                # A cue after the figure ("2.300 warga mengungsi") binds a little tighter than
                # one before it ("mengevakuasi sekitar 2.300 warga").
                distance = at - after if at >= after else before - (at + len(cue)) + 5
                if best is None or distance < best[0]:
                    best = (distance, cls)
                at = sentence.find(cue, at + 1)
    return best[1] if best else subject


def _date_of(item: Annotated, quantity: Quantity) -> str | None:
    span = sentence_at(item, quantity.start)
    for time in item.times:
        if span.start <= time.start < span.end and day_of(time.date):
            return day_of(time.date)
    return day_of(item.article.published)


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


def _status(values: Sequence[ClaimValue], origins: int) -> tuple[ClaimStatus, bool]:
    if origins <= 1:
        return "single-source", False
    if all(compatible(a, b) for a, b in combinations(values, 2)):
        return "agreed", False
    by_day: dict[str | None, list[ClaimValue]] = {}
    for value in values:
        by_day.setdefault(value.date, []).append(value)
    same_day_clash = any(
        not compatible(a, b) for group in by_day.values() for a, b in combinations(group, 2)
    )
    if None not in by_day and len(by_day) > 1 and not same_day_clash:
        return "agreed", True
    return "disputed", False


def claim_slots(items: Sequence[Annotated], origin: Mapping[str, str]) -> tuple[ClaimSlot, ...]:
    """Group the figures of a story's articles into slots and tell agreement from dispute."""
    readings: dict[tuple[str, str | None], dict[_Reading, list[Mention]]] = {}
    attribution: dict[tuple[str, str | None, _Reading], Counter[str]] = {}
    for item in items:
        aid = item.article.id
        for q in item.quantities:
            subject = subject_of(item, q)
            if subject is None:
                continue
            key: _Reading = (q.value, q.low, q.high, q.qualifier, _date_of(item, q))
            slot_values = readings.setdefault((subject, q.unit), {})
            slot_values.setdefault(key, []).append(Mention(aid, q.start, q.end, q.text))
            counter = attribution.setdefault((subject, q.unit, key), Counter())
            if q.attributed_to:
                counter[q.attributed_to] += 1
    slots = []
    for (subject, unit), found in readings.items():
        values = []
        for key, mentions in sorted(found.items(), key=lambda kv: (str(kv[0][4]), kv[0][0])):
            value, low, high, qualifier, date = key
            ids = tuple(dict.fromkeys(m.article_id for m in mentions))
            said_by = attribution[(subject, unit, key)].most_common(1)
            values.append(
                ClaimValue(
                    value=value,
                    low=low,
                    high=high,
                    qualifier=qualifier,
                    article_ids=ids,
                    mentions=tuple(mentions),
                    attributed_to=said_by[0][0] if said_by else None,
                    date=date,
                )
            )
        backers = {origin.get(a, a) for v in values for a in v.article_ids}
        status, changed = _status(values, len(backers))
        slots.append(ClaimSlot(subject, unit, status, tuple(values), len(backers), changed))
    order = {"disputed": 0, "agreed": 1, "single-source": 2}
    return tuple(sorted(slots, key=lambda s: (order[s.status], -s.origins, s.subject)))
