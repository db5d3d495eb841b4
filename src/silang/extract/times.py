"""Time expressions of an article, resolved against its publication date.

The grammar is ours (figures_timescan): dateparser reads single Indonesian dates well but its
search takes "5,4" for a date and misses "pekan lalu" (STACK.md), and every form the gold
set holds is covered here, so it is not used.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from silang.extract.figures_calendar import clock_value, resolve
from silang.extract.figures_dates import TimeSpec
from silang.extract.figures_timescan import scan_times
from silang.extract.figures_tokens import Tokens, may_hold_figures, tokenize
from silang.lang.figures import FiguresLexicon
from silang.model import Span, TimeExpression


def find_times(
    text: str,
    sentences: Sequence[Span],
    published: dt.date | None,
    lexicon: FiguresLexicon,
) -> tuple[TimeExpression, ...]:
    """Every time expression in ``text``, sentence by sentence, with its date or interval
    (None where it needs a publication date that is unknown)."""
    found: list[TimeExpression] = []
    for sentence in sentences:
        if not may_hold_figures(text, sentence, lexicon):
            continue
        tokens = tokenize(text, sentence.start, sentence.end)
        found.extend(_sentence_times(text, tokens, published, lexicon))
    return tuple(found)


def _sentence_times(
    text: str, tokens: Tokens, published: dt.date | None, lexicon: FiguresLexicon
) -> list[TimeExpression]:
    specs = scan_times(tokens, lexicon)
    if not specs:
        return []
    future = any(
        lexicon.role("future").match(tokens.low, tokens.text, i) for i in range(len(tokens))
    )
    resolved = [
        resolve(spec, published, future, _closes_stretch(tokens, specs, index, lexicon))
        for index, spec in enumerate(specs)
    ]
    out: list[TimeExpression] = []
    for index, (spec, (day, interval, relative)) in enumerate(zip(specs, resolved, strict=True)):
        date = (
            clock_value(spec, _nearest_day(specs, resolved, index)) if spec.kind == "clock" else day
        )
        start, end = tokens.start[spec.first], tokens.end[spec.last - 1]
        out.append(
            TimeExpression(
                start=start,
                end=end,
                text=text[start:end],
                granularity=spec.granularity,
                date=date,
                interval=interval,
                relative=relative,
            )
        )
    return out


def _closes_stretch(
    tokens: Tokens, specs: Sequence[TimeSpec], index: int, lexicon: FiguresLexicon
) -> bool:
    """Whether an "until" word opens the expression ("hingga akhir pekan") and no time
    expression sits before that word ("Jumat hingga Minggu" is a stretch already told)."""
    first = specs[index].first
    cue = lexicon.role("until").match_before(tokens.low, tokens.text, first)
    if cue is None:
        return False
    return not any(other.last == cue[1] for other in specs[:index])


def _nearest_day(
    specs: Sequence[TimeSpec],
    resolved: Sequence[tuple[str | None, str | None, bool]],
    index: int,
) -> str | None:
    """The day of the nearest day expression in the same sentence ("Rabu (13/3) pukul 06.00",
    "pukul 19.30 WIB pada Sabtu (16/3)")."""
    best: tuple[int, str] | None = None
    for other, (spec, (date, _, _)) in enumerate(zip(specs, resolved, strict=True)):
        if spec.granularity != "day" or date is None:
            continue
        distance = abs(other - index)
        if best is None or distance < best[0]:
            best = (distance, date)
    return best[1] if best else None


def infer_published(
    text: str, times: Sequence[TimeExpression], lexicon: FiguresLexicon
) -> dt.date | None:
    """A publication date read from the body when metadata has none: the dateline's date, else
    the latest weekday-with-date ("Rabu (13/3/2024)"), else the latest absolute date.

    ``times`` are the article's expressions found without a publication date, so only the
    ones that name their year carry a date.
    """
    days = [t for t in times if t.granularity == "day" and t.date and not t.relative]
    if not days:
        return None
    first = min(days, key=lambda t: t.start)
    if not _sentence_end_before(text, first.start):
        return dt.date.fromisoformat(first.date or "")
    with_weekday = [t for t in days if _starts_with_weekday(t.text, lexicon)]
    chosen = max(with_weekday or days, key=lambda t: t.date or "")
    return dt.date.fromisoformat(chosen.date or "")


def _sentence_end_before(text: str, position: int) -> bool:
    """Whether a sentence ends before ``position`` (else a date there is in the dateline or
    the first sentence, which carries the day of the report)."""
    head = text[:position]
    return any(mark + " " in head or mark + "\n" in head for mark in ".!?")


def _starts_with_weekday(phrase: str, lexicon: FiguresLexicon) -> bool:
    tokens = tokenize(phrase)
    return bool(tokens.text) and lexicon.weekdays.match(tokens.low, tokens.text, 0) is not None
