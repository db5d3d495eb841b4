"""Time expressions of an article, resolved against its publication date.

The grammar is ours (figures_timescan): dateparser reads single Indonesian dates well but its
search takes "5,4" for a date and misses "pekan lalu" (STACK.md), and every form the gold
set holds is covered here, so it is not used.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import replace

from silang.extract.figures_calendar import clock_value, resolve
from silang.extract.figures_dates import TimeSpec, modifier_at
from silang.extract.figures_timescan import scan_times
from silang.extract.figures_tokens import Tokens, may_hold_figures, tokenize
from silang.extract.times_beside import opening_weekday, read_beside
from silang.extract.times_coming import (
    CLAUSE_MARKS,
    NO_CUES,
    ComingCues,
    ahead_after,
    cue_positions,
    is_fronted,
    led_to,
    past_form,
)
from silang.extract.times_words import load_times_words
from silang.lang.figures import FiguresLexicon
from silang.model import Span, TimeExpression


def find_times(
    text: str,
    sentences: Sequence[Span],
    published: dt.date | None,
    lexicon: FiguresLexicon,
) -> tuple[TimeExpression, ...]:
    """Every time expression in ``text``, sentence by sentence, with its date or interval
    (None where it needs a publication date that is unknown). The word lists of ``lexicon``'s
    language are read once per process (``load_times_words``)."""
    words = load_times_words(lexicon.code)
    found: list[TimeExpression] = []
    # Whether a time is still to come matters only against a publication date.
    coming = NO_CUES if published is None else words.coming
    for sentence in sentences:
        if not may_hold_figures(text, sentence, lexicon):
            continue
        tokens = tokenize(text, sentence.start, sentence.end)
        found.extend(_sentence_times(text, tokens, published, lexicon, coming))
    return read_beside(text, found, published, lexicon, words)


def _sentence_times(
    text: str,
    tokens: Tokens,
    published: dt.date | None,
    lexicon: FiguresLexicon,
    coming: ComingCues,
) -> list[TimeExpression]:
    specs = scan_times(tokens, lexicon)
    if not specs:
        return []
    future = lexicon.role("future")
    cues = [i for i in range(len(tokens)) if future.match(tokens.low, tokens.text, i)]
    running = bool(tokens.text) and tokens.text[-1] in _SENTENCE_CLOSERS
    leading = cue_positions(tokens, lexicon, coming, running)
    resolved = [
        resolve(
            spec,
            published,
            _told_as_coming(tokens, spec, cues)
            or led_to(tokens, spec, leading, lexicon, coming)
            or ahead_after(tokens, spec, coming)
            or _deferred_to(tokens, spec, lexicon),
            _closes_stretch(tokens, specs, index, lexicon),
        )
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


def _told_as_coming(tokens: Tokens, spec: TimeSpec, cues: Sequence[int]) -> bool:
    """Whether a future word ("will", "planned", "akan") tells the time as still to come: it
    stands in the time's own clause, with no comma or bracket between them. A future word
    in another clause speaks of another thing: in "broke away from a planned vigil for Gray,
    16, killed by police on Saturday night" the killing's Saturday is the last one, not the
    next. A time that opens the sentence, at most a preposition before it, belongs to the
    main clause the comma after it leads into: "On Saturday, the family will hold a vigil"
    tells a coming Saturday."""
    fronted = is_fronted(tokens, spec)
    for cue in cues:
        low, high = (cue, spec.first) if cue < spec.first else (spec.last, cue)
        if cue > spec.last and fronted:
            low += 1  # the comma that closes the fronted time
        if not any(tokens.text[k] in CLAUSE_MARKS for k in range(low, high)):
            return True
    return False


def _deferred_to(tokens: Tokens, spec: TimeSpec, lexicon: FiguresLexicon) -> bool:
    """Whether the time is where something is put off to: an "until"/"to" word just before it
    and a deferral word earlier in its clause ("postponing the testimony until Monday", "sidang
    ditunda hingga Senin"). The day of the deferral itself ("was adjourned on Monday") has no
    such word before it and stays as it is read."""
    to = lexicon.role("defer-to").match_before(tokens.low, tokens.text, spec.first)
    if to is None:
        return False
    defer = lexicon.role("defer")
    for k in range(to[1] - 1, -1, -1):
        if tokens.text[k] in CLAUSE_MARKS:
            return False
        if defer.match(tokens.low, tokens.text, k, to[1]) is not None:
            return lexicon.role("defer-not-after").match_before(tokens.low, tokens.text, k) is None
    return False


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
    the latest weekday-with-date ("Rabu (13/3/2024)"), else the latest absolute date; None
    when every date the body names is one it retells (``_retold``) or gives with a weekday it
    does not fall on (``_weekday_contradicts``), even a dateline's. A happening's day that the
    opening sentence tells (``_event_day``) gives way to a later weekday-with-date the body
    gives as gone by or present, not as still to come (``_reports_later``).

    ``times`` are the article's expressions found without a publication date, so only the
    ones that name their year carry a date.
    """
    named = [t for t in times if t.granularity == "day" and t.date and not t.relative]
    named += _weekday_days_fitted(text, times, lexicon)
    if not named:
        return None
    # Only a year after the earliest named day can show a named day retold.
    earliest = min((t.date or "")[:4] for t in named)
    later = [t for t in times if (t.date or "")[:4] > earliest]
    last_year_told = max((_year_told_as_past(text, t, lexicon) for t in later), default="")
    calendar = _calendar_days(text, times)
    opening_end = _sentence_bounds(text, _sentence_bounds(text, 0)[1])[1]
    opening_by_calendar = any(start < opening_end for start in calendar)
    days = [
        t
        for t in named
        if not _retold(text, t, times, lexicon, last_year_told, opening_by_calendar, calendar)
    ]
    if days:
        past = _days_told_as_past(text, times, lexicon, {(t.date or "")[5:] for t in days})
        days = [t for t in days if (t.date or "")[5:] not in past]
    days = [t for t in days if not _weekday_contradicts(text, t, times, lexicon)]
    if not days:
        return None
    first = min(days, key=lambda t: t.start)
    with_weekday = [t for t in days if _weekday_named(text, t, times, lexicon)]
    if not _sentence_end_before(text, first.start) and not (
        _event_day(text, first, times, lexicon)
        and any(_reports_later(text, first, t, lexicon) for t in with_weekday)
    ):
        return dt.date.fromisoformat(first.date or "")
    chosen = max(with_weekday or days, key=lambda t: t.date or "")
    return dt.date.fromisoformat(chosen.date or "")


def _reports_later(
    text: str, first: TimeExpression, day: TimeExpression, lexicon: FiguresLexicon
) -> bool:
    """Whether ``day``, given with its weekday after the opening's event day ``first``, may
    be the day of the report: it is later, and not told as still to come, neither in its
    clause (``_to_come_in_clause``) nor by the words after it ("Sabtu (31/10/2015) mendatang"):
    a plan's day is no report's."""
    return (
        (day.date or "") > (first.date or "")
        and not _to_come_in_clause(text, day, lexicon)
        and not _told_as_to_come(text, day, lexicon)
    )


def _to_come_in_clause(text: str, day: TimeExpression, lexicon: FiguresLexicon) -> bool:
    """Whether ``day``'s own clause, before it, tells it as still to come: a future word
    ("Festival akan digelar Sabtu (31/10/2015)", "will be held on Saturday, October 31"), a
    next-of-a-series word ("the next hearing is on Thursday") in a clause that tells nothing
    as past (not "Police told the next of kin on Friday", "questioned the next witness"), or
    an until word just before it. Only its clause: a quote's "akan" before the speaker
    ('"Kami akan mengusut," kata Kapolres, Jumat (23/10/2015)') tells of what is to come, not
    of the day it was said. The comma after a weekday written apart from its date ("on
    Friday, October 23, 2015") is no clause mark."""
    start, _ = _sentence_bounds(text, day.start)
    tokens = tokenize(text, start, day.start)
    if lexicon.role("until").match_before(tokens.low, tokens.text, len(tokens)) is not None:
        return True
    future = lexicon.role("future")
    cues = load_times_words(lexicon.code).coming
    following = past = False
    for k in range(len(tokens) - 1, -1, -1):
        if future.match(tokens.low, tokens.text, k) is not None:
            return True
        last = k == len(tokens) - 1
        weekday_comma = last and k > 0 and names_weekday(tokens.text[k - 1], lexicon)
        if tokens.text[k] in CLAUSE_MARKS and not weekday_comma:
            break
        following = following or cues.following.match(tokens.low, tokens.text, k) is not None
        past = (
            past
            or cues.past.match(tokens.low, tokens.text, k) is not None
            or past_form(tokens.low[k], cues.past_endings)
        )
    return following and not past


def _weekday_contradicts(
    text: str, day: TimeExpression, times: Sequence[TimeExpression], lexicon: FiguresLexicon
) -> bool:
    """Whether ``day`` comes with a weekday its date does not fall on ("Senin (31/10/2015)",
    a Saturday): the writer slipped on the weekday or on the date, and the text does not say
    which, so the day dates no report."""
    weekday = weekday_given(text, day, times, lexicon)
    return weekday is not None and dt.date.fromisoformat(day.date or "").isoweekday() != weekday


#: Words a dateline may put before its date (a place: "Medan", "SARI CITY,").
DATELINE_PLACE_WORDS = 3
#: What follows a dateline's date: the dash that hands over to the first sentence
#: ("JAKARTA, 8 Maret 2017 - Polisi ...", "SARI CITY (8/3/2017) -").
_DATELINE_DASH = re.compile(r"\s*\)?\s*[-\u2013\u2014]")


def _event_day(
    text: str, day: TimeExpression, times: Sequence[TimeExpression], lexicon: FiguresLexicon
) -> bool:
    """Whether ``day``, in the opening sentence, is the day of the happening the sentence
    tells ("Sebuah reog dibakar pada 20 Oktober 2015.") rather than the day of the report: it
    stands in running text with its year, without the weekday that the house style gives
    the report's own day ("Rabu (8/3/2017)"), and not as a dateline: at the head of its line
    after a place at most ("Medan 13/02/2017, Menanggapi ...", "December 15, 2008 at 1:00pm:
    ...") or after names only (a place and an outlet: "SARI KOTA, JAWA TIMUR (8/3/2017) -")
    with a dateline's dash after it. A dash after running words ("dibakar pada 20 Oktober
    2015 - polisi menangkap ...") joins two clauses. A retelling written days later opens
    with the happening's day as readily as the first report does; where the body gives a
    later day with its weekday, that is the report's (``infer_published``)."""
    if not in_running_text(text, day) or _weekday_named(text, day, times, lexicon):
        return False
    head = text[text.rfind("\n", 0, day.start) + 1 : day.start].split()
    if len(head) <= DATELINE_PLACE_WORDS and not any(word[0].islower() for word in head):
        return False
    # An outlet may write its name in lower case ("PONOROGO, JAWA TIMUR, okezone (...) -"):
    # a head that opens with a place in capitals and its comma is a dateline's all the same.
    # The comma keeps out a sentence that opens with an acronym ("KPK menahan ... pada 20
    # Oktober 2015 - ...").
    names_only = _opens_with_capital_place(head) or not any(word[0].islower() for word in head)
    return not (names_only and _DATELINE_DASH.match(text, day.end) is not None)


def _opens_with_capital_place(head: Sequence[str]) -> bool:
    """Whether ``head``'s first words are a place in capitals closed by a comma ("SARI KOTA,")."""
    for word in head:
        bare = word.removesuffix(",")
        if len(bare) < 2 or not bare.isupper():
            return False
        if word.endswith(","):
            return True
    return False


def _weekday_days_fitted(
    text: str, times: Sequence[TimeExpression], lexicon: FiguresLexicon
) -> list[TimeExpression]:
    """The days written as a weekday with a day and month but no year ("hari Minggu (8/11)",
    Indonesian house style for the day of the report), each dated in the year its weekday
    fits (``_fitting_year``); a day whose weekday fits none of those years is left undated,
    and so is a day told as still to come (``_told_as_to_come``).

    ``times`` are found without a publication date, so such days come undated and only
    their text tells the weekday."""
    years = _years_written(times)
    fitted: list[TimeExpression] = []
    for t in times:
        if t.granularity != "day" or t.date is not None or t.relative:
            continue
        specs = scan_times(tokenize(t.text), lexicon)
        spec = specs[0] if len(specs) == 1 else None
        if spec is None or spec.kind != "date" or not spec.weekday or spec.year is not None:
            continue
        year = _fitting_year(spec.month, spec.day, spec.weekday, years)
        if year is not None and not _told_as_to_come(text, t, lexicon):
            fitted.append(replace(t, date=dt.date(year, spec.month, spec.day).isoformat()))
    return fitted


def _told_as_to_come(text: str, day: TimeExpression, lexicon: FiguresLexicon) -> bool:
    """Whether the words just after ``day`` tell it as still to come: a future word ("Jumat,
    10 Maret akan menyerahkan"), a forward modifier ("Kamis (9/3) mendatang") or a later day
    ("Selasa (21/2) besok"): the day of a plan or a deadline, not the day the report is
    written, as "lalu" tells a day gone by (``_days_told_as_past``)."""
    after = tokenize(text, day.end, min(len(text), day.end + 40))
    k = 1 if after.text and after.text[0] == "," else 0
    if k >= len(after.text):
        return False
    if lexicon.role("future").match(after.low, after.text, k) is not None:
        return True
    offset, _ = modifier_at(after, k, lexicon)
    relative = lexicon.relative.match(after.low, after.text, k)
    ahead = relative is not None and relative[0].offset > 0
    return ahead or (offset is not None and offset > 0)


def _years_written(times: Sequence[TimeExpression]) -> set[int]:
    """The years the article's dated expressions name ("2015", "Oktober 2015", "20 Oktober
    2015", "2014/2015")."""
    years: set[int] = set()
    for t in times:
        for value in (t.date or "", *(t.interval or "").split("/")):
            if value[:4].isdigit():
                years.add(int(value[:4]))
    return years


def _fitting_year(month: int, day: int, weekday: int, years: set[int]) -> int | None:
    """The year in which ``day``/``month`` falls on ``weekday``: the latest of the years the
    text writes where it does, else the latest year next to one of them (a report of early
    January that names only last year's events, or one that names next year's budget); None
    when the text writes no year, or none of those fits.

    A day's weekday moves on by one or two days a year, so of three consecutive years at most
    one fits: a neighbour that fits is the only candidate near a written year, while a wider
    search would find years that fit by the calendar's chance alone."""

    def fits(year: int) -> bool:
        try:
            return dt.date(year, month, day).isoweekday() == weekday
        except ValueError:  # 29/2 outside a leap year
            return False

    written = [y for y in years if fits(y)]
    near = [y + step for y in years for step in (-1, 1) if fits(y + step)]
    return max(written or near, default=None)


def _days_told_as_past(
    text: str, times: Sequence[TimeExpression], lexicon: FiguresLexicon, asked: set[str]
) -> set[str]:
    """Which of the days of the year ``asked`` ("03-03") the body marks as past with a
    modifier ("3 Maret lalu", "3 Maret 2021 lalu"): a day a report calls gone by is an event
    it retells, never the day it is written, wherever else it names that day with its year
    ("banjir pada 3 Maret lalu" beside "pada tanggal 3 Maret 2021 tanggul jebol"). The text
    after a dated expression is read only for a day asked about."""
    past: set[str] = set()
    for t in times:
        if t.granularity != "day" or (t.date is not None and t.date[5:] not in asked):
            continue
        if t.date is None:
            # A day without its year is read again on its own: its modifier is in the spec,
            # or after it where a bracket closes the day ("Minggu (8/11) lalu").
            specs = scan_times(tokenize(t.text), lexicon)
            after = _modifier_after(text, t, lexicon) if any(s.weekday for s in specs) else None
            for spec in specs:
                offset = spec.offset
                if offset is None and spec.weekday:
                    offset = after
                if spec.kind == "date" and offset is not None and offset < 0:
                    past.add(f"{spec.month:02d}-{spec.day:02d}")
        elif not t.relative:
            # A year ends the expression before its modifier ("3 Maret 2021 lalu").
            offset = _modifier_after(text, t, lexicon)
            if offset is not None and offset < 0:
                past.add(t.date[5:])
    return past


def _modifier_after(text: str, t: TimeExpression, lexicon: FiguresLexicon) -> int | None:
    """The modifier just after an expression ("lalu" -1), if any."""
    after = tokenize(text, t.end, min(len(text), t.end + 40))
    return modifier_at(after, 0, lexicon)[0] if after.text else None


def _retold(
    text: str,
    day: TimeExpression,
    times: Sequence[TimeExpression],
    lexicon: FiguresLexicon,
    last_year_told: str,
    opening_by_calendar: bool,
    calendar: Sequence[int],
) -> bool:
    """Whether the body shows that ``day``, a date in its running text, is the day of an
    earlier event it retells ("for the crimes he committed on March 11, 2005") and not the
    day of the report: the body tells of a later year as past (``last_year_told``), or its
    opening, or a paragraph before ``day``'s, dates the news by a day it leaves to the
    reader's calendar ("was sentenced Saturday", ``opening_by_calendar``) while ``day`` is
    written with its year and without its weekday, as reports write days long past.

    A date on a line of its own ("Nov. 30, 2009", "Posted July 20, 2009 12:49 PM") is the
    page's date line and never retold."""
    if not in_running_text(text, day):
        return False
    if last_year_told > (day.date or "")[:4]:
        return True
    # Only an earlier paragraph's day: within one, a weekday and a date may name one day
    # written apart ("Selasa Pukul 04.00 Wib (21/2/2017)"). A past date falls on the weekday
    # named before as often as chance has it (one in seven), so that weekday says nothing.
    paragraph = text.rfind("\n", 0, day.start) + 1
    by_calendar = opening_by_calendar or any(start < paragraph for start in calendar)
    return by_calendar and not _weekday_named(text, day, times, lexicon)


def _weekday_named(
    text: str, day: TimeExpression, times: Sequence[TimeExpression], lexicon: FiguresLexicon
) -> bool:
    """Whether ``day`` comes with its weekday: in itself ("Rabu (13/3/2024)") or just before
    it ("Jumat sore, 10 November 2017", read as two expressions)."""
    return weekday_given(text, day, times, lexicon) is not None


def weekday_given(
    text: str, day: TimeExpression, times: Sequence[TimeExpression], lexicon: FiguresLexicon
) -> int | None:
    """The ISO weekday ``day`` comes with (``_weekday_named``), if any."""
    own = opening_weekday(day.text, lexicon)
    if own is not None:
        return own
    before = _weekday_just_before(text, day, times)
    return None if before is None else opening_weekday(before.text, lexicon)


def _weekday_just_before(
    text: str, day: TimeExpression, times: Sequence[TimeExpression]
) -> TimeExpression | None:
    """The undated day expression that ``day`` stands in apposition to, if any."""
    for other in times:
        gap = text[other.end : day.start]
        if other.date is None and other.end <= day.start and gap.strip(" ,") == "":
            return other
    return None


def in_running_text(text: str, expression: TimeExpression) -> bool:
    """Whether the line holding ``expression`` is a sentence of running text (it ends with a
    sentence's closing mark), not a headline or a date line."""
    line_end = text.find("\n", expression.end)
    line = text[expression.start : len(text) if line_end < 0 else line_end].rstrip()
    return line.endswith(_SENTENCE_CLOSERS)


#: Marks a sentence of running text ends with (a quote's closing mark after its stop).
_SENTENCE_CLOSERS = (".", "!", "?", ":", ";", '"', "\u201d", "'", "\u2019")


def _year_told_as_past(text: str, expression: TimeExpression, lexicon: FiguresLexicon) -> str:
    """The year ``expression`` names ("2006", "January 2008") when it tells of a time already
    come, else "": not in a sentence about what is to come ("will be released in 2014") nor
    as the far end of a stretch ("valid until 19-08-2018", "through 2015")."""
    year = (expression.date or "")[:4]
    if not year.isdigit():
        return ""
    start, end = _sentence_bounds(text, expression.start)
    tokens = tokenize(text, start, end)
    if any(lexicon.role("future").match(tokens.low, tokens.text, i) for i in range(len(tokens))):
        return ""
    first = tokens.start.index(expression.start) if expression.start in tokens.start else 0
    until = lexicon.role("until").match_before(tokens.low, tokens.text, first)
    return "" if until is not None else year


def _calendar_days(text: str, times: Sequence[TimeExpression]) -> list[int]:
    """Where the text dates something by a day named without a date ("on Thursday night",
    "today", "kemarin"), in order. A report that names its own days so in its first two
    sentences names them that way throughout; and one that has named a day of its own week so
    does not write another of that week with its year in a later paragraph: a day written so
    there ("scored his first basket on Nov. 19, 2005") is of an earlier happening
    (``_retold``). Read from the opening only, that day dated an ECB+ dev report and, through
    it, its story's undated ones (ECB+ dev dates agreed precision 0.874 to 0.864, timeline
    0.740/0.777 to 0.738/0.777)."""
    # A day named by its date right after ("Jumat sore, 10 November 2017") is no calendar day.
    dated = {
        before.start
        for other in times
        if other.date is not None
        and (before := _weekday_just_before(text, other, times)) is not None
    }
    return [
        t.start
        for t in times
        if t.granularity == "day"
        and t.date is None
        and t.interval is None
        and not any(c.isdigit() for c in t.text)
        and t.start not in dated
    ]


def _sentence_bounds(text: str, position: int) -> tuple[int, int]:
    """The start and end of the sentence (or line) around ``position``, as far as its
    closing marks tell."""
    before = [
        found + len(mark)
        for mark in _SENTENCE_ENDS
        if (found := text.rfind(mark, 0, position)) >= 0
    ]
    after = [text.find(mark, position) for mark in _SENTENCE_ENDS]
    ends = [found + 1 for found in after if found >= 0]
    return max(before, default=0), min(ends, default=len(text))


#: What ends a sentence or a line; a sentence's end includes its mark, not what follows.
_SENTENCE_ENDS = (". ", "! ", "? ", "\n")


def _sentence_end_before(text: str, position: int) -> bool:
    """Whether a sentence ends before ``position`` (else a date there is in the dateline or
    the first sentence, which carries the day of the report)."""
    head = text[:position]
    return any(mark + " " in head or mark + "\n" in head for mark in ".!?")


def names_weekday(phrase: str, lexicon: FiguresLexicon) -> bool:
    """Whether a weekday's name stands anywhere in ``phrase`` ("late Monday night")."""
    return named_weekday(phrase, lexicon) is not None


def named_weekday(phrase: str, lexicon: FiguresLexicon) -> int | None:
    """The ISO weekday whose name stands first in ``phrase`` ("late Monday night": 1), if any."""
    tokens = tokenize(phrase)
    for i in range(len(tokens.text)):
        found = lexicon.weekdays.match(tokens.low, tokens.text, i)
        if found is not None:
            return found[0]
    return None
