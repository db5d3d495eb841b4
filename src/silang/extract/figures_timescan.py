"""Finding time expressions in a sentence's tokens: what was written, not yet what it means.

Each finder looks at one token position and returns a TimeSpec (the tokens it covers and the
parts it read: day, month, weekday, a relative rule …); figures_calendar turns a spec into
dates given the publication date. The quantity grammar uses the same specs to know which
numbers are dates ("4-9 Maret") and not figures.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from silang.extract.figures_dates import (
    RULE_GRANULARITY,
    TimeSpec,
    bracketed,
    day_first,
    int_at,
    joiner_at,
    month_first,
    numeric_date,
    quarter_at,
    sym_at,
    year_after,
    year_at,
)
from silang.extract.figures_tokens import Tokens
from silang.extract.numbers import read_numeral
from silang.lang.figures import FiguresLexicon


def scan_times(tokens: Tokens, lexicon: FiguresLexicon) -> list[TimeSpec]:
    """The time expressions of a sentence, left to right, not overlapping."""
    found: list[TimeSpec] = []
    i = 0
    while i < len(tokens):
        spec = time_at(tokens, i, lexicon)
        if spec is None:
            i += 1
        else:
            found.append(spec)
            i = spec.last
    return found


def time_at(tokens: Tokens, i: int, lexicon: FiguresLexicon) -> TimeSpec | None:
    low, starts = tokens.low[i], lexicon.time_starts
    if not tokens.is_num(i) and low not in starts and low.partition("-")[0] not in starts:
        return None  # the first part of "mid-June" may open a time
    finders: tuple[Callable[[Tokens, int, FiguresLexicon], TimeSpec | None], ...] = (
        _relative,
        _part,
        _ago,
        _weekday,
        bracketed,
        numeric_date,
        day_first,
        month_first,
        quarter_at,
        _clock,
        year_at,
    )
    for finder in finders:
        spec = finder(tokens, i, lexicon)
        if spec is not None:
            return spec
    return None


def _relative(tokens: Tokens, i: int, lx: FiguresLexicon, part: bool = False) -> TimeSpec | None:
    found = lx.relative.match(tokens.low, tokens.text, i)
    if found is None or (found[0].part_only and not part):
        return None
    rel, end = found
    granularity = RULE_GRANULARITY[rel.rule]
    return TimeSpec(i, end, "relative", granularity, offset=rel.offset, rule=rel.rule)


def _part(tokens: Tokens, i: int, lx: FiguresLexicon) -> TimeSpec | None:
    word = tokens.low[i]
    if "-" in word:  # "mid-June"
        head, _, tail = word.partition("-")
        part = _part_name(lx, (head,), (head,))
        month = lx.months.match([tail], [tokens.text[i].partition("-")[2]], 0)
        if part and month:
            year = year_after(tokens, i + 1)
            return TimeSpec(
                i,
                i + 1 + (year is not None),
                "month",
                "month",
                month=month[0],
                year=year,
                part=part,
            )
        return None
    for role in ("part-start", "part-mid", "part-end"):
        found = lx.role(role).match(tokens.low, tokens.text, i)
        if found is None:
            continue
        j = found[1]
        inner = (
            _relative(tokens, j, lx, part=True)
            or month_first(tokens, j, lx, cued=True)
            or year_at(tokens, j, lx)
        )
        if (
            inner is not None
            and inner.kind in ("relative", "month", "year")
            and inner.granularity in ("month", "year")
        ):
            return replace(inner, first=i, part=role[5:])
    return None


def _part_name(lx: FiguresLexicon, low: tuple[str, ...], text: tuple[str, ...]) -> str:
    for role in ("part-start", "part-mid", "part-end"):
        if lx.role(role).match(low, text, 0):
            return role[5:]
    return ""


def _ago(tokens: Tokens, i: int, lx: FiguresLexicon) -> TimeSpec | None:
    numeral = read_numeral(tokens, i, lx)
    if numeral is None or numeral.vague or numeral.value != int(numeral.value):
        return None
    period = lx.periods.match(tokens.low, tokens.text, numeral.last)
    if period is None:
        return None
    ago = lx.role("ago").match(tokens.low, tokens.text, period[1])
    if ago is None:
        return None
    unit = period[0]
    granularity = RULE_GRANULARITY[unit]
    return TimeSpec(i, ago[1], "ago", granularity, offset=-int(numeral.value), rule=unit)


def _weekday(tokens: Tokens, i: int, lx: FiguresLexicon) -> TimeSpec | None:
    j = i
    mod = lx.modifiers.match(tokens.low, tokens.text, j)
    if mod is not None and lx.weekdays.match(tokens.low, tokens.text, mod[1]):
        j = mod[1]
    else:
        mod = None
        prefix = lx.role("weekday-prefix").match(tokens.low, tokens.text, j)
        if prefix is not None and lx.weekdays.match(tokens.low, tokens.text, prefix[1]):
            j = prefix[1]
    found = lx.weekdays.match(tokens.low, tokens.text, j)
    if found is None or (j == i and _in_name(tokens, i, found[1], lx)):
        return None
    weekday, j = found
    explicit = _weekday_date(tokens, j, lx)
    if explicit is not None:
        return replace(explicit, first=i, weekday=weekday)
    offset = mod[0] if mod else None
    week = None
    after = lx.modifiers.match(tokens.low, tokens.text, j)
    relative = _relative(tokens, j, lx)
    if offset is None and relative is not None and relative.rule == "week":
        week, j = relative.offset, relative.last
    elif offset is None and after is not None:
        offset, j = after
    j = _day_part(tokens, j, lx)
    return TimeSpec(i, j, "weekday", "day", weekday=weekday, offset=offset, week=week)


def _in_name(tokens: Tokens, i: int, j: int, lx: FiguresLexicon) -> bool:
    """Whether the weekday at tokens ``i``..``j`` stands inside a run of capitalised words, a
    name ("with The Sun Herald", "the Biloxi Sun Herald"). Only a shortened weekday can: news
    prose writes a day in full, and "Sun", "Wed", "Sat" are ordinary words that names use,
    while a full weekday between two capitals is a day next to names ("told Reuters Monday
    Obama would sign"). The word before must be a capital that does not open the sentence
    (its first word, after any opening quote mark or dash: "On Monday Smith said"), and the
    word after a capital that is no month, part of a day ("Sunday Night" in a headline) or
    other time word."""
    before = i - 1
    first_word = next((k for k in range(len(tokens)) if tokens.is_word(k)), len(tokens))
    if before <= first_word or not tokens.capitalised(before) or not tokens.capitalised(j):
        return False
    if not _shortened_weekday(tokens, i, j, lx):
        return False
    time_word = (
        lx.months.match(tokens.low, tokens.text, j)
        or lx.weekdays.match(tokens.low, tokens.text, j)
        or lx.role("day-part").match(tokens.low, tokens.text, j)
    )
    return time_word is None


def _shortened_weekday(tokens: Tokens, i: int, j: int, lx: FiguresLexicon) -> bool:
    """Whether the one-word weekday at ``i`` is the start of a longer name the lexicon gives
    the same day ("Sun" of "Sunday"): a shortened form, not the day's full name."""
    if j != i + 1:
        return False
    form = tokens.low[i]
    day = lx.weekdays.entries.get((form,))
    return any(
        len(key) == 1 and key[0] != form and key[0].startswith(form) and value == day
        for key, value in lx.weekdays.entries.items()
    )


def _day_part(tokens: Tokens, j: int, lx: FiguresLexicon) -> int:
    found = lx.role("day-part").match(tokens.low, tokens.text, j)
    return found[1] if found else j


def _weekday_date(tokens: Tokens, j: int, lx: FiguresLexicon) -> TimeSpec | None:
    """The date written after a weekday: "(13/3/2024)", "(14/3)", ", 11 Maret 2024"."""
    if sym_at(tokens, j, "("):
        # "Senin (11/3)" is Indonesian house style, day first; translations into English
        # keep it ("Monday (11/3)"), while English news writes "Monday, March 11".
        inner = numeric_date(tokens, j + 1, lx, parenthesised=True, day_first=True)
        if inner is not None and sym_at(tokens, inner.last, ")"):
            end = _day_part(tokens, inner.last + 1, lx)
            return replace(inner, last=end)
        return None
    k = j + 1 if sym_at(tokens, j, ",") else j
    spec = day_first(tokens, k, lx) or month_first(tokens, k, lx, cued=True)
    if spec is not None and spec.kind == "date":
        return replace(spec, last=_day_part(tokens, spec.last, lx))
    return None


def _clock_value(token: str, lx: FiguresLexicon) -> tuple[int, int] | None:
    for mark in lx.clock_marks:
        hours, sep, minutes = token.partition(mark)
        valid = sep and hours.isdigit() and minutes.isdigit() and len(minutes) == 2
        if valid and int(hours) <= 24 and int(minutes) <= 59:
            return int(hours), int(minutes)
    return None


def _clock(tokens: Tokens, i: int, lx: FiguresLexicon) -> TimeSpec | None:
    cue = lx.clock.match(tokens.low, tokens.text, i)
    if cue is not None and tokens.is_num(i - 1):
        cue = None  # "2 jam 30 menit" is a duration, not "jam 30"
    j = cue[1] if cue and cue[0].kind == "cue" else i
    strong = cue is not None and cue[0].value == "strong"
    time = _clock_value(tokens.text[j], lx) if tokens.is_num(j) else None
    military = _military(tokens, j, lx) if time is None else None
    if military is not None:
        (at_hour, at_minute), zone_word, after = military
        return TimeSpec(i, after, "clock", "time", hour=at_hour, minute=at_minute, zone=zone_word)
    hour = int_at(tokens, j, 0, 24)
    if time is None and hour is not None:
        time = (hour, 0)  # "pukul 8", "6 p.m.": a bare hour needs "pukul" or its am/pm
        if not strong and (hour > 12 or _ampm(tokens, j + 1, lx) is None):
            return None
    if time is None:
        return None
    hour, minute = time
    end, ampm = j + 1, _ampm(tokens, j + 1, lx)
    if ampm is not None:
        hour, end = hour % 12 + (12 if ampm[0] == "pm" else 0), ampm[1]
    joiner = joiner_at(tokens, lx, end)
    if joiner is not None and tokens.is_num(joiner[1]):
        second = _clock_value(tokens.text[joiner[1]], lx)
        end = joiner[1] + 1 if second is not None else end
    zone = lx.clock.match(tokens.low, tokens.text, end)
    zone_value = ""
    if zone is not None and zone[0].kind == "zone":
        zone_value, end = zone[0].value, zone[1]
    has_mark = ":" in tokens.text[j] and ":" in lx.clock_marks
    if j == i and not (zone_value or ampm or has_mark):
        return None
    if not zone_value:
        end = _day_part(tokens, end, lx)  # "pukul 5 pagi"
    return TimeSpec(i, end, "clock", "time", hour=hour, minute=minute, zone=zone_value)


def _military(
    tokens: Tokens, j: int, lx: FiguresLexicon
) -> tuple[tuple[int, int], str, int] | None:
    """A four-digit clock time ("1230 GMT", "1100 hours"), its zone ("" when none) and the
    token after it: the digits are a time, not a quantity, only where a zone or a "hours"
    word follows them."""
    digits = tokens.text[j] if tokens.is_num(j) else ""
    if len(digits) != 4 or not digits.isdigit():
        return None
    hour, minute = int(digits[:2]), int(digits[2:])
    after = lx.clock.match(tokens.low, tokens.text, j + 1)
    if hour > 23 or minute > 59 or after is None or after[0].kind not in ("zone", "military"):
        return None
    zone = after[0].value if after[0].kind == "zone" else ""
    return (hour, minute), zone, after[1]


def _ampm(tokens: Tokens, j: int, lx: FiguresLexicon) -> tuple[str, int] | None:
    found = lx.clock.match(tokens.low, tokens.text, j)
    return (found[0].kind, found[1]) if found and found[0].kind in ("am", "pm") else None
