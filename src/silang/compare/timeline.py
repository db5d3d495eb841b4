"""The timeline of a story: the days its articles name, each with the sentence that marks it;
and the ISO dates and periods it and the date slots (silang.compare.dates) compare."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from silang.compare.text import day_of, sentence_at
from silang.model import Annotated, Mention, TimeExpression, TimelineEntry


def when(time: TimeExpression) -> str | None:
    """The ISO day, period ("2024-03-13/2024-03-15", "pekan lalu") or year ("tahun lalu") a
    time expression resolves to. A bare month ("pada Maret") marks too little to stand in a
    timeline; an unresolved expression marks nothing."""
    day = day_of(time.date)
    if day is not None:
        return day
    if time.interval and time.granularity in ("day", "week"):
        return time.interval
    if time.date and time.granularity == "year":
        return time.date
    return None


def date_of(time: TimeExpression) -> str | None:
    """The ISO day, period, month or year a time expression dates (silang.compare.timeline's
    ``when``, and a month: a month is a date of an event though too little for a timeline)."""
    found = when(time)
    if found is None and time.granularity == "month" and time.date:
        return time.date[:7]
    return found


def period(date: str) -> tuple[str, str]:
    """An ISO day, interval ("first/last"), month or year as (first, last) strings that
    compare in order: "2024-03" runs from "2024-03" to "2024-03~" ("~" sorts after digits)."""
    first, _, last = date.partition("/")
    last = last or first
    return first, last if len(last) >= 10 else last + "~"


def overlap(a: str, b: str) -> bool:
    """Whether two ISO dates or periods can both be true: one holds the other, or they meet."""
    a_first, a_last = period(a)
    b_first, b_last = period(b)
    return a_first <= b_last and b_first <= a_last


def timeline(items: Sequence[Annotated]) -> tuple[TimelineEntry, ...]:
    """Time expressions resolved to a day (or a period or year), grouped by it, oldest first.

    Each day shows the sentence most articles share for it (ties: the shortest), so copies of
    the wire speak louder than one outlet's aside; sentences naming one day come first.
    """
    by_day: dict[str, list[Mention]] = {}
    mixed: set[str] = set()
    for item in items:
        seen: set[tuple[str, int]] = set()
        for time in item.times:
            day = when(time)
            if day is None:
                continue
            span = sentence_at(item, time.start)
            if (day, span.start) in seen:
                continue
            seen.add((day, span.start))
            text = item.article.text[span.start : span.end].strip()
            days_in_sentence = {when(t) for t in item.times if span.start <= t.start < span.end}
            if len(days_in_sentence - {None}) > 1:
                mixed.add(text)
            by_day.setdefault(day, []).append(Mention(item.article.id, span.start, span.end, text))
    entries = []
    for day in sorted(by_day):
        mentions = by_day[day]
        counts = Counter(m.text for m in mentions)
        # A sentence naming one day marks it better than one spanning several ("Selasa hingga
        # Rabu"), however often the latter is copied.
        text = min(counts, key=lambda t: (t in mixed, -counts[t], len(t)))
        ids = tuple(dict.fromkeys(m.article_id for m in mentions))
        entries.append(TimelineEntry(day, text, ids, tuple(mentions)))
    return tuple(entries)
