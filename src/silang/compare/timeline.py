"""The timeline of a story: the days its articles name, each with the sentence that marks it;
and the ISO dates and periods it and the date slots (silang.compare.dates) compare. A line
that only stamps the page ("Posted Oct 26, 2011 8:57 AM CDT") marks no day of the story
(``stamp_line``).

A report that carries no day of its own (no publication date, no dateline) names days a
reader still places when the story's other reports are dated within a week: "Wednesday" in
it is the Wednesday of that week (``anchored``); in a story spread over longer, when it names
a day by its weekday, day and month, the week of the story that day falls in
(``_own_named_day``: "Senin (12/3)" in a story of June 2017 and March 2018), else its
weekdays alone, each as the one day the story's dated reports read it as (``_weekdays_read``:
"Tuesday morning" where the dated reports name one Tuesday only). A story none
of whose reports is dated is read as of the day one of them names by its weekday, day and
month ("Thursday, December 11"), in the first year from the latest the story writes on which
that day is that weekday (``_named_day``), or, where none names a day so, as of the one day
and month a report writes, in the first such year in which it falls on the one weekday most of
its reports name ("voted Sunday" beside "began ... on Dec.14": ``_day_of_weekday``).
"""

from __future__ import annotations

import datetime
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace

from silang.compare.glossary import Glossary
from silang.compare.model_years import model_words, without_model_years
from silang.compare.text import day_of, sentence_at
from silang.extract.figures_tokens import tokenize
from silang.extract.times import find_times, in_running_text, named_weekday, weekday_given
from silang.lang.figures import FiguresLexicon
from silang.model import Annotated, DateSlot, Mention, Span, TimeExpression, TimelineEntry

#: The dated reports of a story must lie within this many days of each other for their
#: latest day to date an undated report: over a longer run "Wednesday" may be any of several.
ANCHOR_SPAN_DAYS = 7


def when(time: TimeExpression) -> str | None:
    """The ISO day, period ("2024-03-13/2024-03-15", "pekan lalu"), year ("tahun lalu") or run
    of years ("the 1930s", "from 2003 to 2007") a time expression resolves to. A bare month
    ("pada Maret") marks too little to stand in a timeline; an unresolved expression marks
    nothing."""
    day = day_of(time.date)
    if day is not None:
        return day
    if time.interval and time.granularity in ("day", "week"):
        return time.interval
    if time.date and time.granularity == "year":
        return time.date
    if time.interval and time.granularity == "year" and not _runs_between(time.interval, 10):
        # A run of whole years marks its years, as a year does: a decade ("the 1930s":
        # "1930/1939") and a span ("from 2003 to 2007", "2009-2011": "2003/2007") alike. On
        # the ECB+ dev timelines, keeping decades only dropped 9 such entries, 6 of them the
        # gold's (timeline P/R 0.716/0.801 -> 0.714/0.794).
        return time.interval
    return None


def date_of(time: TimeExpression) -> str | None:
    """The ISO day, period, month or year a time expression dates (silang.compare.timeline's
    ``when``, and a month or a part of one: a month is a date of an event though too little
    for a timeline). A part of a month or year ("at the end of July", "early December",
    "awal 2015") dates by its days ("2013-07-21/2013-07-31"), which hold the days that
    other reports give the event and meet no other part of the month."""
    found = when(time)
    if found is not None and _runs_between(found, 4):
        return None  # "in the 1950s" fits every happening of ten years, and dates none of them
    if found is not None or time.granularity not in ("month", "year"):
        return found
    if time.granularity == "month" and time.date:
        return time.date[:7]
    if time.date is None and time.interval and _runs_between(time.interval, 10):
        return time.interval
    return None


def _runs_between(interval: str, width: int) -> bool:
    """Whether an interval runs between two dates written to ``width`` characters: two days
    (10: "2013-07-21/2013-07-31", as the parts of a month or year do, not months or years: a
    quarter, "2009/2011") or two years (4: a run of whole years, "1930/1939")."""
    first, _, last = interval.partition("/")
    return len(first) == len(last) == width


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


def _publication_day(item: Annotated) -> datetime.date | None:
    day = day_of(item.article.published)
    return datetime.date.fromisoformat(day) if day else None


def _story_day(items: Sequence[Annotated]) -> datetime.date | None:
    """The latest publication day of a story's dated reports, when they all lie within
    ANCHOR_SPAN_DAYS of each other (None otherwise, or when none is dated).

    The latest, not the day most reports carry: a weekday is read as the last one up to the
    day, and an undated report is as often a follow-up as a first report ("Wednesday's
    vigil" in a story dated Tuesday and Thursday). In the ECB+ and Pratiwi dev stories, 79
    of the days read against the latest day are days the gold gives; against the most
    common day 69 were, and it read no day right that the latest read wrong. Reading a story
    spread over more than a week by its busiest week read a December follow-up's "Tuesday"
    in September: a day left unread is better than a wrong one."""
    days = [d for d in map(_publication_day, items) if d is not None]
    if not days or (max(days) - min(days)).days > ANCHOR_SPAN_DAYS:
        return None
    return max(days)


#: A day and month fall on one weekday once in 5, 6 or 11 years (28 for 29 February, which
#: is left unread): the years after the latest a story writes in which to look for it.
NAMED_DAY_YEARS = 11


def _named_day(items: Sequence[Annotated], glossary: Glossary) -> datetime.date | None:
    """The earliest day a report names by its weekday, day and month but no year
    ("Thursday, December 11"), read in the first year, not before the latest year the story
    writes, in which that day falls on that weekday; None where none is named, the story
    writes no year, or the days named lie more than ANCHOR_SPAN_DAYS apart. The earliest: a
    report names a coming day the same way ("a funeral set for Tuesday, Dec. 16"), and read
    as of that day its "last week" and "Thursday" fall a week late; the earliest named day
    is one the report is not written before.

    A report of the day (an obituary, a cable cut) writes years only of what came before
    it ("a 2006 film"), and the weekday it gives the day fixes the year among the next
    ones: December 11 was a Thursday in 2003 and 2008, and a story that writes 2006 is of
    2008. Without the weekday, "December 11" may be of any year after the latest written."""
    written = [int(t.date[:4]) for item in items for t in item.times if t.date]
    if not written:
        return None
    latest = max(written)
    years = range(latest, latest + NAMED_DAY_YEARS + 1)
    days = []
    for item in items:
        lexicon = glossary.figures.get(item.article.language or "")
        if lexicon is None:
            continue
        for month, day, weekday in _weekday_named_days(item, lexicon):
            if (month, day) == (2, 29):
                continue  # on one weekday once in 28 years: left unread
            fitting = (_on_weekday(year, month, day, weekday) for year in years)
            found = next((d for d in fitting if d is not None), None)
            if found is not None:
                days.append(found)
    if not days:
        return _day_of_weekday(items, glossary, years)
    if (max(days) - min(days)).days > ANCHOR_SPAN_DAYS:
        return None
    return min(days)


def _day_of_weekday(
    items: Sequence[Annotated], glossary: Glossary, years: range
) -> datetime.date | None:
    """For a story none of whose reports is dated and none names a day by its weekday and
    date: where at least half its reports name one weekday and none names another ("voted
    Sunday", "Sunday's vote") and they write one day and month with no year and no weekday
    ("polling began ... on Dec.14"), that day in the first of ``years`` in which it falls
    on that weekday. The reports of one day's happening name it by its weekday; the one
    that writes a date writes that same day. With another weekday named ("On Friday
    morning, a day after ..." beside "Saturday") or a second day and month ("Nov. 7",
    "Sept. 22": days of the story's past), nothing says which is the story's day, and the
    reports stay unread (ECB+ dev story 3, whose day the text never writes). ECB+ dev (story
    11 alone moved): dates grouping 0.985/0.492 -> 0.973/0.503 (the new days of story 11
    include "adopted a new constitution earlier this year" read as the election's: the
    event words lack "adopted"), agreed 0.895/0.507 -> 0.898/0.528, timeline 0.754/0.824 ->
    0.756/0.835; Pratiwi dev unchanged."""
    weekdays: dict[int, set[str]] = {}
    named: set[tuple[int, int]] = set()
    for item in items:
        lexicon = glossary.figures.get(item.article.language or "")
        if lexicon is None:
            continue
        for time in item.times:
            weekday = named_weekday(time.text, lexicon) if _unresolved(time) else None
            if weekday is not None:
                weekdays.setdefault(weekday, set()).add(item.article.id)
        named.update(
            (m, d)
            for m, d, w, start in _named_days(item, lexicon)
            if w is None and not _told_ahead(item, start, lexicon)
        )
    if len(weekdays) != 1 or len(named) != 1:
        return None
    ((weekday, naming),) = weekdays.items()
    if 2 * len(naming) < len(items):
        return None
    ((month, day),) = named
    fitting = (_on_weekday(year, month, day, weekday) for year in years)
    return next((d for d in fitting if d is not None), None)


#: A day far in the future, against which a day named with no year is read for its day and
#: month alone (``_weekday_named_days``).
_FAR_DAY = datetime.date(9000, 12, 31)


def _weekday_named_days(
    item: Annotated, lexicon: FiguresLexicon, own: bool = False
) -> list[tuple[int, int, int]]:
    """The month, day and ISO weekday of each day ``item`` names by its weekday, day and
    month but no year, its times left unread: the weekday in the expression itself
    ("Thursday, December 11") or in one just before it ("Senin, (12/03)", read as two)."""
    return [(m, d, w) for m, d, w, _ in _named_days(item, lexicon, own) if w is not None]


def _told_ahead(item: Annotated, start: int, lexicon: FiguresLexicon) -> bool:
    """Whether the sentence at ``start`` tells what is still to come ("the funeral will be
    held on Dec. 18"): a day ahead of the story's own is no day to read its weekday by."""
    span = sentence_at(item, start)
    tokens = tokenize(item.article.text, span.start, span.end)
    future = lexicon.role("future")
    return any(future.match(tokens.low, tokens.text, i) for i in range(len(tokens)))


def _named_days(
    item: Annotated, lexicon: FiguresLexicon, own: bool = False
) -> list[tuple[int, int, int | None, int]]:
    """The month and day of each day ``item`` names by its day and month but no year, its
    times left unread, with its ISO weekday where one is given (``_weekday_named_days``)
    and where it is written."""
    text = item.article.text
    named = [
        t
        for t in item.times
        if _unresolved(t)
        and t.granularity == "day"
        and any(c.isdigit() for c in t.text)
        and not (own and _in_other_year(item, t))
    ]
    if not named:
        return []
    read = {t.start: t for t in _resolved_against(item, _FAR_DAY, lexicon)}
    out = []
    for time in named:
        weekday = weekday_given(text, time, item.times, lexicon)
        again = read.get(time.start)
        found = day_of(again.date) if again is not None and again.text == time.text else None
        if found is not None:
            out.append((int(found[5:7]), int(found[8:10]), weekday, time.start))
    return out


def _own_named_day(
    item: Annotated, dated: Sequence[datetime.date], lexicon: FiguresLexicon
) -> datetime.date | None:
    """The day to read an undated report of a story spread over more than ANCHOR_SPAN_DAYS
    as of: where the days it names by weekday, day and month ("Senin (12/3)", Indonesian
    house style for the report's own day) fall on that weekday in one of the years of the
    story's ``dated`` reports, and dated reports are published within ANCHOR_SPAN_DAYS on
    or after them (the week of the story the report belongs to), the latest such
    publication day, as ``_story_day`` takes for a story of one week; None where its named
    days point at no such week, or at two. A day and month fall on one weekday once in 5,
    6 or 11 years: among the few years of a story's reports at most one fits."""
    weeks = set()
    for month, day, weekday in _weekday_named_days(item, lexicon, own=True):
        for year in {d.year for d in dated}:
            named = _on_weekday(year, month, day, weekday)
            after = [d for d in dated if named and 0 <= (d - named).days <= ANCHOR_SPAN_DAYS]
            if after:
                weeks.add(max(after))
    return weeks.pop() if len(weeks) == 1 else None


def _told_weekdays(items: Sequence[Annotated], glossary: Glossary) -> dict[int, set[str]]:
    """Per ISO weekday, the days that the story's dated reports read a day naming it as
    ("Tuesday morning" in a report of 8 August 2012: 2012-08-07)."""
    found: dict[int, set[str]] = {}
    for item in items:
        lexicon = glossary.figures.get(item.article.language or "")
        if lexicon is None or _publication_day(item) is None:
            continue
        for time in item.times:
            day = day_of(time.date) if time.relative and time.granularity == "day" else None
            weekday = named_weekday(time.text, lexicon) if day else None
            if day and weekday is not None:
                found.setdefault(weekday, set()).add(day)
    return found


def _weekdays_read(
    item: Annotated, weekdays: dict[int, set[str]], lexicon: FiguresLexicon
) -> Annotated:
    """An undated report of a story spread over more than ANCHOR_SPAN_DAYS, its days named
    by a weekday ("Tuesday morning") read as the one day the story's dated reports read that
    weekday as (``_told_weekdays``): the reports of one story that name a Tuesday with no
    date name the Tuesday of the happening they tell. Where the dated reports name two
    Tuesdays (a follow-up weeks later), the report's may be either, and it stays unread; so
    does all else it says ("this month", "April 11"): the report may have been written any
    day after its Tuesday, and only the weekday's day is known. On the ECB+ dev stories
    (undated reports beside dated ones weeks apart), dates grouping 0.982/0.434 ->
    0.982/0.440 and timeline 0.746/0.785 -> 0.746/0.791; reading the whole report as of
    that day instead read "this month" and "April 11" of a later report wrong (timeline
    precision 0.745)."""
    read: list[TimeExpression] = []
    as_of: dict[str, dict[int, TimeExpression]] = {}  # the report read as of each day, once
    for time in item.times:
        weekday = (
            named_weekday(time.text, lexicon)
            if _unresolved(time) and time.granularity == "day"
            else None
        )
        told = weekdays.get(weekday, set()) if weekday is not None else set()
        if len(told) != 1:
            read.append(time)
            continue
        (day,) = told
        if day not in as_of:
            again = _anchor(item, datetime.date.fromisoformat(day), lexicon).times
            as_of[day] = {t.start: t for t in again if not _unresolved(t)}
        read.append(as_of[day].get(time.start, time))
    return replace(item, times=tuple(read))


def _years_read(
    item: Annotated, first: datetime.date, last: datetime.date, lexicon: FiguresLexicon
) -> Annotated:
    """An undated report of a story spread over more than ANCHOR_SPAN_DAYS, its days that lack
    only their year ("March 3": no "yesterday" or weekday, which move with the report's own
    day) read as they read as of both the story's first and last dated days, where that day
    lies in the story's own weeks (from ANCHOR_SPAN_DAYS before the first to the last), which
    its reports tell of ("signed on March 3" in a story told from March to April). Read
    further back, a day-month may be of the year before or the one after ("will turn 29 on
    April 11" in a December story read the April before); after the last, it is a guess an
    unknown report day cannot check (as ``_anchor`` reads): both stay unread, and so does a
    day whose sentence writes a year of its own ("Rabu (28/6) tahun lalu"). Not a month
    alone ("in December"): read, it joined the days of several of the month's happenings
    (ECB+ dev dates grouping precision 0.980 -> 0.979) and made agreed a year's turn the gold
    holds disputed (dates agreed precision 0.882 -> 0.875). ECB+ dev: dates grouping
    0.983/0.447 -> 0.983/0.449, agreed 0.882/0.493 -> 0.884/0.500, timeline 0.747/0.791 ->
    0.748/0.793; Pratiwi dev single-source 0.394 -> 0.389 (a gold day read, in a slot of its
    own)."""
    if not any(_unresolved(t) and not t.relative and t.granularity == "day" for t in item.times):
        return item  # no day that lacks only its year
    early = _resolved_against(item, first, lexicon)
    late = _resolved_against(item, last, lexicon)
    if not len(early) == len(late) == len(item.times):
        return item  # the readings did not find the same expressions
    times = tuple(
        now
        if _unresolved(old)
        and not old.relative
        and old.granularity == "day"
        and not _in_other_year(item, old)
        and _same_reading(now, then, last)
        and (first - datetime.timedelta(days=ANCHOR_SPAN_DAYS)).isoformat() <= (now.date or "")
        else old
        for old, now, then in zip(item.times, early, late, strict=True)
    )
    return replace(item, times=times)


def _on_weekday(year: int, month: int, day: int, weekday: int) -> datetime.date | None:
    """``day``/``month`` of ``year`` where it falls on the ISO ``weekday``; None where it
    does not, or where the year has no such day (29 February of a common year)."""
    try:
        found = datetime.date(year, month, day)
    except ValueError:
        return None
    return found if found.isoweekday() == weekday else None


def _resolved_against(
    item: Annotated, day: datetime.date, lexicon: FiguresLexicon
) -> tuple[TimeExpression, ...]:
    return find_times(item.article.text, item.sentences, day, lexicon)


def _anchor(item: Annotated, day: datetime.date, lexicon: FiguresLexicon | None) -> Annotated:
    """``item``'s unresolved times read as of ``day``, where reading them a day later gives
    the same date, no later than ``day``: "Wednesday" and "March 9" keep their day, while
    "yesterday" and "tonight" move with the report's own day, which is unknown, and stay
    unresolved. A report that
    writes a day later than ``day`` is of another time and is left as it is."""
    if lexicon is None or any(t.date and t.date[:10] > day.isoformat() for t in item.times):
        return item
    here = _resolved_against(item, day, lexicon)
    later = _resolved_against(item, day + datetime.timedelta(days=1), lexicon)
    if len(here) != len(item.times) or len(later) != len(here):
        return item  # the two readings did not find the same expressions
    times = tuple(
        now if _unresolved(old) and _same_reading(now, next_day, day) else old
        for old, now, next_day in zip(item.times, here, later, strict=True)
    )
    return replace(item, times=times)


def _unresolved(time: TimeExpression) -> bool:
    return time.date is None and time.interval is None


def _same_reading(a: TimeExpression, b: TimeExpression, day: datetime.date) -> bool:
    """Whether ``a`` (read as of ``day``) and ``b`` (a day later) give one date, not after
    ``day``: "Saturday night" read as a coming Saturday, beside "planned", is a guess that an
    unknown report day cannot check."""
    same = (a.start, a.date, a.interval) == (b.start, b.date, b.interval)
    first = period_start(a)
    return same and first is not None and first[:10] <= day.isoformat()


def period_start(time: TimeExpression) -> str | None:
    """The first day (or month, or year) a time expression dates."""
    found = time.date or time.interval
    return found.partition("/")[0] if found else None


def _stamped_day(
    item: Annotated, lexicon: FiguresLexicon, updated: frozenset[str], published: frozenset[str]
) -> datetime.date | None:
    """The day of the page's own stamp that cleaning took out of a report's text
    ("Published: August 7, 2012", "Posted on January 5, 2011, 3:37 PM EDT", "POSTED:
    04/02/07"), a line that stamps the page and dates nothing the story tells
    (``stamp_line``): the earliest day, year written, of its removed navigation lines. The
    earliest: a page "Published" on Wednesday and "Updated" on Thursday was written on the
    Wednesday. A line whose words before its date hold one of ``updated`` ("Last updated at
    11:24, Tuesday, 18 June 2013") dates a later change, maybe a week after the text, and
    is passed over, and so is a line with no word of ``published`` before its date ("Posted
    on", "Published:"): a navigation line's link to an older story ("Previous story: ...
    (July 24, 2012)") dates that story, not this page. None where no such line names a day."""
    days = []
    for removal in item.article.removed:
        line = removal.text
        head = _WORD.findall(line[: next((k for k, c in enumerate(line) if c.isdigit()), 0)])
        said = {w.casefold() for w in head}
        if removal.kind != "navigation" or said & updated or not said & published:
            continue
        # Read with no day of its own, only a date that writes its year is dated.
        days += [t.date for t in find_times(line, [Span(0, len(line))], None, lexicon) if t.date]
    found = sorted(d for d in map(day_of, days) if d is not None)
    return datetime.date.fromisoformat(found[0]) if found else None


def anchored(items: Sequence[Annotated], glossary: Glossary) -> list[Annotated]:
    """The story's reports, those with no publication day read as of the story's day
    (``_story_day``) where it has one, with the time grammar of ``glossary.figures`` (a
    language it lacks is left as it is). The brief reads them once for its timeline and its
    date slots (silang.compare.brief). A story with no dated report is read as of the day
    one of them names with its weekday (``_named_day``); in a story whose dated reports lie
    further apart, each undated report is read as of the week its own weekday-named day
    points at (``_own_named_day``), where it names one. An undated report whose page stamp
    cleaning took out ("Published: August 7, 2012") is read as of the stamp's day
    (``_stamped_day``) before any of these: the page says when it was written. It is read
    as an undated report is, keeping only what does not move with the day ("Tuesday", "March
    9"; not "yesterday"): a page stamped only when it was updated may be a day or more
    younger than its text. An undated report left with no day of its own in a story spread
    over weeks reads only its weekdays, each as the one day the dated reports read it as
    (``_weekdays_read``), and its days that lack only their year ("March 3") in the year of
    the story's own weeks (``_years_read``). A dated report's day whose weekday shows its
    written year slipped is read in the year meant (``_year_slips_mended``). A year that
    names a product's model ("a 2008 GMC Sierra") dates nothing of the story and is dropped
    (silang.compare.model_years), once the reports are read: it still tells the story's year
    at the earliest ("a 2013 Toyota" in a story whose days are written with no year)."""
    read = _anchored(items, glossary)
    models = {code: model_words(code) for code in glossary.figures}
    return [
        without_model_years(item, models[code])
        if (code := item.article.language or "") in models
        else item
        for item in read
    ]


def _anchored(items: Sequence[Annotated], glossary: Glossary) -> list[Annotated]:
    """``anchored``, model years kept."""
    day = _story_day(items)
    dated = [d for d in map(_publication_day, items) if d is not None]
    if day is None and not dated:
        day = _named_day(items, glossary)
    undated_any = len(dated) < len(items)
    weekdays = _told_weekdays(items, glossary) if day is None and dated and undated_any else {}
    out = []
    for item in items:
        code = item.article.language or ""
        lexicon = glossary.figures.get(code)
        undated = _publication_day(item) is None
        words = (
            glossary.stamp_updates.get(code, frozenset()),
            glossary.stamp_published.get(code, frozenset()),
        )
        stamped = _stamped_day(item, lexicon, *words) if undated and lexicon is not None else None
        own = stamped or day
        if own is None and dated and lexicon is not None:
            own = _own_named_day(item, dated, lexicon)
        if own is None and undated and dated and lexicon is not None:
            read = _weekdays_read(item, weekdays, lexicon) if weekdays else item
            out.append(_years_read(read, min(dated), max(dated), lexicon))
            continue
        if undated:
            out.append(_anchor(item, own, lexicon) if own is not None else item)
        else:
            out.append(_year_slips_mended(item, lexicon) if lexicon is not None else item)
    return out


def _year_slips_mended(item: Annotated, lexicon: FiguresLexicon) -> Annotated:
    """A dated report's days whose written year slipped, read in the year they were meant.

    A writer early in a year often sets down the year gone ("Selasa (17/1/2016)" in a report
    of 18 January 2017): the weekday written beside the day then disagrees with it. Where
    the day and month fall on that weekday a year later or earlier, in the week up to the
    report's own publication day (ANCHOR_SPAN_DAYS), the year is the slip, and the day is
    read in the year the weekday and the report's day agree on. A weekday that fits neither
    year nearby (a slip of the month or of the weekday itself) leaves the day as written."""
    published = _publication_day(item)
    if published is None:
        return item
    mended = tuple(_year_slip_mended(item, time, published, lexicon) for time in item.times)
    return item if mended == item.times else replace(item, times=mended)


def _year_slip_mended(
    item: Annotated, time: TimeExpression, published: datetime.date, lexicon: FiguresLexicon
) -> TimeExpression:
    """``time`` read in the one year next to its written one in which its day falls on the
    weekday written with it, in the week up to ``published`` (``_year_slips_mended``)."""
    day = day_of(time.date)
    if time.relative or day is None or len(day) < 10:
        return time
    weekday = weekday_given(item.article.text, time, item.times, lexicon)
    written = datetime.date.fromisoformat(day)
    if weekday is None or written.isoweekday() == weekday:
        return time
    # The sentence telling the written year again, reckoned back from the report's day
    # ("Setahun lalu, Senin (27/5/2023)", "tahun lalu"), bears the year out: the weekday slipped.
    sentence = sentence_at(item, time.start)
    if any(
        other.relative
        and (other.date or "")[:4] == day[:4]
        and sentence.start <= other.start < sentence.end
        for other in item.times
    ):
        return time
    meant = [
        other
        for year in (written.year + 1, written.year - 1)
        if (other := _on_weekday(year, written.month, written.day, weekday))
        and 0 <= (published - other).days <= ANCHOR_SPAN_DAYS
    ]
    if len(meant) != 1:
        return time
    return replace(time, date=meant[0].isoformat() + (time.date or "")[10:])


#: The most words besides its dates that a line stamping the page holds ("First Posted:
#: 10/25/11 06:44 PM ET Updated: 12/25/11 05:12 AM ET").
STAMP_WORDS = 8
_WORD = re.compile(r"[^\W\d_]+")


def _line_words(
    item: Annotated, time: TimeExpression
) -> tuple[Span, list[int], list[TimeExpression]]:
    """The line of ``time``, the ends of its words that are not part of a date, and the
    dates on it."""
    text = item.article.text
    start = text.rfind("\n", 0, time.start) + 1
    end = text.find("\n", time.end)
    line = Span(start, len(text) if end < 0 else end)
    others = [t for t in item.times if line.start <= t.start < line.end]
    zones = _zones(text, others)
    ends = [
        m.end()
        for m in _WORD.finditer(text, line.start, line.end)
        if not any(t.start <= m.start() < t.end for t in others) and m.start() not in zones
    ]
    return line, ends, others


#: A clock's time zone: a word of capitals right after the clock, maybe in brackets and with
#: its offset ("10:00 (GMT+05:00)", "20:09 IST", "02:31 GMT").
_ZONE = re.compile(r"[\s(]*([A-Z]{2,4})\b(?:\s*[+\-\u2212]\s*\d{1,2}(?::?\d{2})?)?\)?")


def _zones(text: str, times: Sequence[TimeExpression]) -> set[int]:
    """Where the time zones of the clocks among ``times`` start: a zone is part of its
    clock's stamp, no word of the line it stands on ("Parliamentary elections to be held 26
    September 2013, 10:00 (GMT+05:00)": the date and clock still end the headline's line).
    The offset of a zone ("+05:00") may itself be read as a clock; the zone after it is
    looked for from each clock in turn."""
    found = set()
    for time in times:
        zone = _ZONE.match(text, time.end) if time.granularity == "time" else None
        if zone is not None:
            found.add(zone.start(1))
    return found


def stamp_line(item: Annotated, time: TimeExpression) -> Span | None:
    """The line of ``time`` when it may stamp the page ("Published time: March 12, 2013
    02:03", "Nov 28, 2005", "9/10/2010 @ 1:19PM"): no running text, and no more than
    STAMP_WORDS words besides its dates. Such a date tells when the page was put out, not
    when anything happened."""
    if in_running_text(item.article.text, time):
        return None
    line, words, others = _line_words(item, time)
    glued = _glued(time, line, words, others) or _heads_line(item.article.text, time, line)
    return line if len(words) <= STAMP_WORDS or glued else None


_YEAR = re.compile(r"\b\d{4}\b")


def glued_stamp(item: Annotated, time: TimeExpression) -> bool:
    """Whether ``time`` is of the dates that end a headline's line with no word after them,
    one of them a clock time and one writing its year: "John Smith held as mother killed 10
    Jun 2013 09:10". A page's stamp is often scraped onto the line of its headline; running
    text that gives a clock and a full date ends with a full stop (``in_running_text``), and
    a headline tells its day by a weekday or "today", not by a year and a clock. Such a date
    stamps the page whatever the headline's words say."""
    if in_running_text(item.article.text, time):
        return False
    line, words, others = _line_words(item, time)
    return _glued(time, line, words, others) or _heads_line(item.article.text, time, line)


#: The marks that join a page's stamp to the headline it opens ("27/09/2013-Turkmenistan to
#: hold ...", "12.03.2013 | Flood in ...").
_STAMP_JOINERS = ("-", "\u2013", "\u2014", "|")


def _heads_line(text: str, time: TimeExpression, line: Span) -> bool:
    """Whether ``time`` is a day writing its year that opens a line of no running text, a
    dash or bar joining it to the words after it: "27/09/2013-Turkmenistan to hold first-ever
    parliamentary elections". A headline tells its day by a weekday, not by a full date put
    before its words; such a date is the page's stamp scraped onto the headline's line, as
    one glued to its end is (``_glued``). A dateline opening a report's first sentence
    ("WASHINGTON, Dec. 5, 2008 - ...") names its place first, and its line is running text."""
    if time.start != line.start or time.granularity != "day" or not _YEAR.search(time.text):
        return False
    # Only a joiner written right against the date, as a scraper glues it: a date, a spaced
    # dash and a headline ("12/03/2024 - Banjir rendam ...") is the happening's own line.
    return text[time.end : line.end].startswith(_STAMP_JOINERS)


def _glued(
    time: TimeExpression, line: Span, words: list[int], others: list[TimeExpression]
) -> bool:
    """``glued_stamp`` for the line of ``time``, the ends of its words and its dates
    (``_line_words``)."""
    tail = [t for t in others if t.start >= max(words, default=line.end)]
    return (
        time in tail
        and any(t.granularity == "time" for t in tail)
        and any(_YEAR.search(t.text) for t in tail)
    )


def timeline(
    items: Sequence[Annotated], dates: Sequence[DateSlot] = ()
) -> tuple[TimelineEntry, ...]:
    """Time expressions resolved to a day (or a period or year), grouped by it, oldest first.
    A month or a part of a month or year ("in March 2005", "at the end of July") marks too
    little on its own, but enters where it dates a happening: where one of ``dates`` (the
    story's date slots, silang.compare.dates) holds it ("the March 2005 rampage").

    Each day shows the sentence most articles share for it (ties: the shortest), so copies of
    the wire speak louder than one outlet's aside; sentences naming one day come first.
    """
    by_day: dict[str, list[Mention]] = {}
    mixed: set[str] = set()
    dating = {(m.article_id, m.start) for slot in dates for v in slot.values for m in v.mentions}
    for item in items:
        seen: set[tuple[str, int]] = set()
        for time in item.times:
            day = when(time)
            if day is None and (item.article.id, time.start) in dating:
                day = date_of(time)
            if day is None or stamp_line(item, time) is not None:
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


def _in_other_year(item: Annotated, time: TimeExpression) -> bool:
    """Whether the sentence of ``time`` also writes a year ("pada Rabu (28/6) tahun lalu"):
    the day is then one the report recalls in a year it names, not the report's own."""
    sentence = sentence_at(item, time.start)
    return any(
        t is not time and t.granularity == "year" and sentence.start <= t.start < sentence.end
        for t in item.times
    )
