"""What a time expression's neighbours in an article settle about it, once the article's
times are read sentence by sentence (silang.extract.times): a year in brackets after a
cited source is no time ("(FAO, 1972)"); a relative day beside a written date is that date
("Selasa (21/2) besok"); a day written without its year after a month written with one
is of that month's year ("In November 1973, ... on Nov. 17")."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import replace

from silang.extract.figures_tokens import tokenize
from silang.extract.times_words import TimesWords
from silang.lang.figures import FiguresLexicon
from silang.model import TimeExpression


def read_beside(
    text: str,
    found: Sequence[TimeExpression],
    published: dt.date | None,
    lexicon: FiguresLexicon,
    words: TimesWords,
) -> tuple[TimeExpression, ...]:
    """``found``, the times of ``text`` in order, less cited sources' years and with the
    readings their neighbours settle (see the module docstring); ``words`` are the word lists
    of ``lexicon``'s language."""
    cited = [t for t in found if not _cites_a_source(text, t, lexicon, words)]
    return _month_years_carried(text, _appositions_read(text, cited), published, lexicon, words)


#: A source cited in brackets before its year: "(FAO, 1972)", "(Smith et al., 2004)".
_CITED_BEFORE = re.compile(r"\(\s*([A-Z][^()\d]{0,60}?),\s*$")
_CITED_AFTER = re.compile(r"\s*\)")


def _cites_a_source(
    text: str, time: TimeExpression, lexicon: FiguresLexicon, words: TimesWords
) -> bool:
    """Whether ``time``, a year written alone, is the year of a source cited in brackets
    ("nilai gizi lele (FAO, 1972)"): when the source was written, no day of the story. A
    weekday, a month or a known place before the year ("(Senin, 2019)", "(Jakarta, 1998)")
    is no source: the bracket dates a happening."""
    if time.granularity != "year" or not time.text.isdigit():
        return False
    before = _CITED_BEFORE.search(text, max(0, time.start - 64), time.start)
    if before is None or _CITED_AFTER.match(text, time.end) is None:
        return False
    source = before.group(1).strip()
    tokens = tokenize(source)
    if tokens.text and any(
        table.match(tokens.low, tokens.text, 0) is not None
        for table in (lexicon.weekdays, lexicon.months)
    ):
        return False
    return source.casefold() not in words.places


#: What may stand between a relative day and the date it stands in apposition to.
_APPOSITION_GAP = re.compile(r"[\s,()]*")
#: The same after a date that comes first: a comma outside brackets ends the date's clause
#: ("ended on Monday, May 31, tomorrow the leaders fly home").
_APPOSITION_GAP_AFTER = re.compile(r"[\s()]*")
#: How many days a relative day's own reading may lie from the date it is read as: a
#: retold "besok" of the day before names the report's own day, one day off.
_APPOSITION_DAYS = 1


def _appositions_read(text: str, found: Sequence[TimeExpression]) -> list[TimeExpression]:
    """``found``, a relative day ("besok", "yesterday") written right beside a day written
    with its date ("Selasa (21/2) besok", "yesterday (Feb. 20)") read as that day: the two
    name one day, and the date says which. A report often retells a speaker's "tomorrow"
    of the day before ("FUI memastikan ... Selasa (21/2) besok" in a report of 21
    February); read from the report's own day it was the 22nd, a day no one named."""
    out = list(found)
    for k, time in enumerate(out):
        if time.granularity != "day" or not time.relative or not time.date:
            continue
        for other in (out[k - 1] if k else None, out[k + 1] if k + 1 < len(out) else None):
            if other is None or other.relative or other.granularity != "day" or not other.date:
                continue
            if _in_apposition(text, time, other):
                out[k] = replace(time, date=other.date)
                break
    return out


def _in_apposition(text: str, relative: TimeExpression, dated: TimeExpression) -> bool:
    """Whether a relative day and a written date beside it name one day: nothing but
    brackets, white space and (after the relative day) a comma between, and the relative
    day's own reading at most _APPOSITION_DAYS from the date ("Senin (31/5), besok ia
    berangkat" in a report of 3 June: besok is the 4th, no apposition)."""
    if relative.start < dated.start:
        gap = _APPOSITION_GAP.fullmatch(text, relative.end, dated.start)
    else:
        gap = _APPOSITION_GAP_AFTER.fullmatch(text, dated.end, relative.start)
    if gap is None:
        return False
    try:
        own = dt.date.fromisoformat((relative.date or "")[:10])
        written = dt.date.fromisoformat((dated.date or "")[:10])
    except ValueError:
        return False
    return abs((own - written).days) <= _APPOSITION_DAYS


def _month_years_carried(
    text: str,
    found: Sequence[TimeExpression],
    published: dt.date | None,
    lexicon: FiguresLexicon,
    words: TimesWords,
) -> tuple[TimeExpression, ...]:
    """``found``, each day written without its year read in the year of the last month
    written before it, when that month is the day's own and written with its year, no other
    month or day between, in its paragraph or the one before: "In November 1973, students
    barricaded themselves inside." and, in the next paragraph, "Fearful that the revolt
    would spread, on Nov. 17 the national police moved in": the 17th of that November, not
    of the report's year. The retold month sets the time the passage tells of, as the
    report's own day does for a day no month precedes; many reports set each sentence in a
    paragraph of its own. The day keeps the report's year where a weekday written with it
    does not fall on it in the month's year; where a later year stands between them ("In
    2021 the court ruled"), which moves the passage on; or where, read in the report's
    year, it is one of the last CARRY_RECENT_DAYS before the report: an anniversary's
    report tells of the old month, then of the days just past ("On March 8, hundreds
    marched")."""
    out = list(found)
    for k, time in enumerate(out):
        if time.granularity != "day" or time.relative or not time.date or _has_year(time):
            continue
        # A year alone between them ("... junta, in power since 1967.") sets no month.
        dated = [
            j for j in range(k) if (out[j].date or out[j].interval) and out[j].granularity != "year"
        ]
        before = out[dated[-1]] if dated else None
        if (
            before is None
            or before.granularity != "month"
            or not _has_year(before)
            or len(_BREAKS.findall(text, before.end, time.start)) > 1
            or _recent(time, published)
        ):
            continue
        year, month = (before.date or "")[:4], (before.date or "")[5:7]
        if month != time.date[5:7] or year == time.date[:4]:
            continue
        if _later_year_between(text, out[dated[-1] + 1 : k], year, words):
            continue
        try:
            day = dt.date.fromisoformat(year + time.date[4:10])
        except ValueError:  # 29 February outside a leap year
            continue
        weekday = opening_weekday(time.text, lexicon)
        if weekday is None or weekday == day.isoweekday():
            out[k] = replace(time, date=year + time.date[4:])
    return tuple(out)


#: How many days before its report a day read in the report's year is one just past, and
#: keeps that year whatever month was written before it (``_month_years_carried``).
CARRY_RECENT_DAYS = 14


def _recent(time: TimeExpression, published: dt.date | None) -> bool:
    """Whether ``time``, read in its report's year, falls on one of the CARRY_RECENT_DAYS
    before its report (or the report's own day)."""
    if published is None or not time.date:
        return False
    try:
        day = dt.date.fromisoformat(time.date[:10])
    except ValueError:
        return False
    return 0 <= (published - day).days <= CARRY_RECENT_DAYS


_WORD_BEFORE = re.compile(r"([^\W\d_]+)\W*$")


def _later_year_between(
    text: str, between: Sequence[TimeExpression], year: str, words: TimesWords
) -> bool:
    """Whether a year later than ``year`` stands alone among ``between``, other than one
    a span starts at (``words.since``: "since 2021")."""
    later = [t for t in between if t.granularity == "year" and (t.date or "")[:4] > year]
    if not later:
        return False
    for t in later:
        word = _WORD_BEFORE.search(text, max(0, t.start - 30), t.start)
        if word is None or word.group(1).casefold() not in words.since:
            return True
    return False


def _has_year(time: TimeExpression) -> bool:
    """Whether a time expression writes its year (four digits: "November 1973")."""
    return any(len(run) == 4 for run in _DIGIT_RUNS.findall(time.text))


_DIGIT_RUNS = re.compile(r"\d+")
#: A paragraph break: a run of line ends.
_BREAKS = re.compile(r"\n\s*")


def opening_weekday(phrase: str, lexicon: FiguresLexicon) -> int | None:
    """The ISO weekday a time expression opens with ("Thursday, December 11": 4), if any."""
    tokens = tokenize(phrase)
    found = lexicon.weekdays.match(tokens.low, tokens.text, 0) if tokens.text else None
    return None if found is None else found[0]
