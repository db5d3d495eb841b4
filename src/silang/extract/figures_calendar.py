"""What a time expression means, given the publication date.

Conventions (tests/gold/figures/README.md): a day is "YYYY-MM-DD", a month "YYYY-MM", a year
"YYYY", a week or any stretch of days an interval of days "start/end" (weeks run Monday to
Sunday); the start, middle and end of a month are days 1-10, 11-20 and 21-last, of a year
January-March, April-September and October-December.
"""

from __future__ import annotations

import calendar
import datetime as dt

from silang.extract.figures_dates import TimeSpec

#: A date written without its year is the latest such date at most this far after
#: publication: news mostly looks back ("pada Desember" in January is last December), but
#: "hingga September" in July or a deadline "31 Maret" in January look ahead. A convention
#: of the gold set (tests/gold/figures/README.md), set from how news uses such dates, not
#: fitted: on the dev gold every undated day and month comes out right with it.
AHEAD_DAYS = 92
AHEAD_MONTHS = 3

Resolved = tuple[str | None, str | None, bool]
_NONE: Resolved = (None, None, False)


def _day(value: dt.date) -> str:
    return value.isoformat()


def _month(year: int, month: int) -> str:
    return f"{year:04d}-{month:02d}"


def _days(first: dt.date, last: dt.date) -> str:
    return f"{first.isoformat()}/{last.isoformat()}"


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _add_months(year: int, month: int, count: int) -> tuple[int, int]:
    index = year * 12 + month - 1 + count
    return index // 12, index % 12 + 1


def _monday(value: dt.date) -> dt.date:
    return value - dt.timedelta(days=value.isoweekday() - 1)


def _week(pub: dt.date, offset: int) -> str:
    first = _monday(pub) + dt.timedelta(weeks=offset)
    return _days(first, first + dt.timedelta(days=6))


def _year_for_day(
    month: int, day: int, pub: dt.date, offset: int | None, weekday: int = 0
) -> int | None:
    candidates = [
        d for y in (pub.year - 1, pub.year, pub.year + 1) if (d := _safe_date(y, month, day))
    ]
    # A modifier ("3 Maret lalu", "3 Maret mendatang") says on which side of the page's day
    # the day lies; a weekday chooses only among the years it allows.
    if offset is not None and offset < 0:
        candidates = [d for d in candidates if d < pub]
    elif offset is not None and offset > 0:
        candidates = [d for d in candidates if d > pub]
    # A weekday written with the day ("Kamis (6/4)") names its year: a day's weekday moves
    # on by one day a year (two past a 29 February), so of three consecutive years at most
    # one puts the day on that weekday. A weekday that fits none is a slip of the pen and the
    # day is placed as if it had none (``weekday`` 0: none written; isoweekday is 1-7).
    fitting = [d for d in candidates if d.isoweekday() == weekday]
    if fitting:
        return fitting[0].year
    if offset is not None and offset < 0:
        return candidates[-1].year if candidates else None
    if offset is not None and offset > 0:
        return candidates[0].year if candidates else None
    limit = pub + dt.timedelta(days=AHEAD_DAYS)
    allowed = [d for d in candidates if d <= limit]
    return allowed[-1].year if allowed else None


def _year_for_month(month: int, pub: dt.date, offset: int | None) -> int:
    here = (pub.year, pub.month)
    if offset is not None and offset < 0:
        return pub.year if month < pub.month else pub.year - 1
    if offset is not None and offset > 0:
        return pub.year if month > pub.month else pub.year + 1
    if offset == 0:
        return pub.year
    limit = _add_months(*here, AHEAD_MONTHS)
    return pub.year if (pub.year, month) <= limit else pub.year - 1


def _part_interval(part: str, year: int, month: int | None) -> str:
    if month is not None:
        last = calendar.monthrange(year, month)[1]
        first_day, last_day = {"start": (1, 10), "mid": (11, 20)}.get(part, (21, last))
        return _days(dt.date(year, month, first_day), dt.date(year, month, last_day))
    first_month, last_month = {"start": (1, 3), "mid": (4, 9)}.get(part, (10, 12))
    last = calendar.monthrange(year, last_month)[1]
    return _days(dt.date(year, first_month, 1), dt.date(year, last_month, last))


def resolve(
    spec: TimeSpec, pub: dt.date | None, future: bool = False, until: bool = False
) -> Resolved:
    """(date, interval, relative) for a spec; dates stay None when they need a publication
    date that is unknown. Clock times are resolved by the caller against a day. ``future``:
    the sentence speaks of what is to come ("akan"); ``until``: the expression closes a
    stretch that runs from now ("hingga akhir pekan")."""
    relative = spec.kind in ("relative", "ago", "weekday")
    if spec.kind in ("year", "years", "decade") or (spec.kind == "month" and spec.year):
        return _absolute(spec)
    if spec.kind in ("date", "dates") and spec.year is not None:
        return _dates(spec, spec.year)
    if pub is None or spec.kind == "clock":
        return _NONE
    if spec.kind in ("date", "dates"):
        month, day = spec.month2 or spec.month, spec.day2 or spec.day
        weekday = spec.weekday if spec.kind == "date" else 0
        year = _year_for_day(month, day, pub, spec.offset, weekday)
        return _NONE if year is None else _dates(spec, year)
    if spec.kind == "weekday":
        return _day(_weekday(spec, pub, future)), None, True
    if spec.kind in ("month", "months", "quarter"):
        return _months(spec, pub)
    date, interval = _relative(spec, pub, future or until)
    return date, interval, relative


def _absolute(spec: TimeSpec) -> Resolved:
    year = spec.year or 0
    if spec.kind == "month":
        if spec.part:
            return None, _part_interval(spec.part, year, spec.month), False
        return _month(year, spec.month), None, False
    if spec.kind == "years":
        return None, f"{year:04d}/{spec.year2 or year:04d}", False
    if spec.kind == "decade":
        return None, f"{year:04d}/{year + 9:04d}", False
    if spec.part:
        return None, _part_interval(spec.part, year, None), False
    return f"{year:04d}", None, False


def _dates(spec: TimeSpec, year: int) -> Resolved:
    if spec.kind == "date":
        day = _safe_date(year, spec.month, spec.day)
        return (_day(day), None, False) if day else _NONE
    year2 = spec.year2 or year
    first_year = spec.year or (year2 - 1 if spec.month > (spec.month2 or spec.month) else year2)
    first = _safe_date(first_year, spec.month, spec.day)
    last = _safe_date(year2, spec.month2 or spec.month, spec.day2)
    return (None, _days(first, last), False) if first and last else _NONE


def _weekday(spec: TimeSpec, pub: dt.date, future: bool) -> dt.date:
    if spec.week is not None:
        return _monday(pub) + dt.timedelta(weeks=spec.week, days=spec.weekday - 1)
    if spec.offset == 0:
        return _monday(pub) + dt.timedelta(days=spec.weekday - 1)
    back = (pub.isoweekday() - spec.weekday) % 7
    ahead = (spec.weekday - pub.isoweekday()) % 7
    if spec.offset is not None and spec.offset < 0:
        return pub - dt.timedelta(days=back or 7)
    if spec.offset is not None and spec.offset > 0:
        return pub + dt.timedelta(days=ahead or 7)
    return pub + dt.timedelta(days=ahead) if future else pub - dt.timedelta(days=back)


def _months(spec: TimeSpec, pub: dt.date) -> Resolved:
    if spec.kind == "quarter":
        year = spec.year or _year_for_month(spec.month, pub, None)
        return None, f"{_month(year, spec.month)}/{_month(year, spec.month + 2)}", False
    if spec.kind == "months":
        year2 = spec.year2 or _year_for_month(spec.month2, pub, None)
        year1 = year2 if spec.month <= spec.month2 else year2 - 1
        return None, f"{_month(year1, spec.month)}/{_month(year2, spec.month2)}", False
    year = _year_for_month(spec.month, pub, spec.offset)
    if spec.part:
        return None, _part_interval(spec.part, year, spec.month), False
    return _month(year, spec.month), None, False


def _relative(spec: TimeSpec, pub: dt.date, ahead: bool) -> tuple[str | None, str | None]:
    offset = spec.offset or 0
    rule = spec.rule
    if rule == "day":
        return _day(pub + dt.timedelta(days=offset)), None
    if rule == "week":
        return None, _week(pub, offset)
    if rule in ("weekend", "weekend-week"):
        if rule == "weekend" and ahead:
            # The weekend still to come (the current one on a Sunday): a forecast or a
            # deadline "hingga akhir pekan" is not about the weekend gone.
            sunday = pub.isoweekday() == 7
            saturday = pub + dt.timedelta(days=-1 if sunday else 6 - pub.isoweekday())
        elif rule == "weekend":
            saturday = pub - dt.timedelta(days=(pub.isoweekday() - 6) % 7)
        else:
            saturday = _monday(pub) + dt.timedelta(weeks=offset, days=5)
        return None, _days(saturday, saturday + dt.timedelta(days=1))
    if rule == "month":
        year, month = _add_months(pub.year, pub.month, offset)
        if spec.part:
            return None, _part_interval(spec.part, year, month)
        return _month(year, month), None
    year = pub.year + offset
    if spec.part:
        return None, _part_interval(spec.part, year, None)
    return f"{year:04d}", None


def clock_value(spec: TimeSpec, day: str | None) -> str | None:
    """A clock time on a day: "2024-03-13T06:00+07:00" (no offset for local time)."""
    if day is None or len(day) != 10:
        return None
    zone = spec.zone if spec.zone.startswith(("+", "-")) else ""
    return f"{day}T{spec.hour:02d}:{spec.minute:02d}{zone}"
