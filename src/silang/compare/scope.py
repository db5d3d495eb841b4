"""What a figure speaks of beyond what it counts: another event than the story's, a general
statement, a part of another count.

"A 6.4-magnitude quake hit Zarand in February, killing hundreds" is about February's quake,
not the story's.

A story's own figures are dated by the day (its publication, "Sunday"); a sentence that
dates its figure by a month or a year before the article's own ("in February", "in December
2003", "last year") tells an earlier event, and its figure belongs to that event's slot. In
an article with no publication day a named month is taken for an earlier one (there is no
telling; ECB+ documents carry none). A sentence that opens with a word standing for the one
before ("It killed 612 people", compare_scope_anaphors.txt) speaks of the event that
sentence named.

"A magnitude 6 quake can cause severe damage" states what holds in general
(compare_general.tsv), and "30 of the 80 wounded" counts a part of the 80
(compare_part_of.txt): neither is a value of the slot its noun would put it in. Nor is
"five rounds sooner than expected", a difference between two things (compare_general.tsv,
roles "comparative" and "than").
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

from silang.compare.glossary import Glossary
from silang.compare.text import CLAUSE_END
from silang.extract.figures_timescan import scan_times
from silang.extract.figures_tokens import tokenize
from silang.lang.time_units import TIME_UNITS
from silang.model import Annotated, Quantity, Span, TimeExpression

_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
#: The granularities that date an event by its period rather than by its day.
_PERIODS = ("month", "year")
#: Words before a length of time that make it the time elapsed by a count's moment ("dalam
#: satu jam sudah dilihat", "dalam waktu kurang dari 24 jam", "within an hour"), and how many
#: words before it they may stand.
_WINDOW_WORDS = frozenset({"dalam", "within"})
#: A comma right after a length of time, where its window opens the clause after it.
_COMMA_AFTER = re.compile(r",\s")
#: Words that may stand between a window word and its length ("dalam waktu kurang dari 24
#: jam", "within less than an hour"); any other word means the window word governs something
#: else ("dalam sidang selama dua jam").
_WINDOW_HEDGES = frozenset(
    "waktu kurang lebih dari sekitar tempo less than about just under".split()  # noqa: SIM905
)


#: Words that open a clause setting a deadline by a length of time ("sebelum 6 jam sejak
#: serangan, ...", "before six hours have passed, ..."): like a window word, the length is the
#: time of the clause the deadline opens (``opened_clause``).
_DEADLINE_WORDS = frozenset({"sebelum", "before"})


_OPENING_WORDS = _WINDOW_WORDS | _DEADLINE_WORDS

#: Words that bound a length of time from above ("kurang dari 3 jam", "less than 3 hours"),
#: also where the figures stage reads the figure as a range ("kurang dari 3-4,5 jam").
_BOUND_WORDS = frozenset({"kurang", "less", "under"})
_TIME_BOUND_WORDS = _OPENING_WORDS | _BOUND_WORDS

#: The hedges the figures stage reads: from above ("up to 3 hours"), or from below, where a
#: bound word is negated ("tidak kurang dari 3 jam", "no less than 3 hours").
_UPPER_BOUNDS = frozenset({"less-than", "up-to"})
_LOWER_BOUNDS = frozenset({"at-least", "more-than"})


def bounds_time(text: str, clause: Span, quantity: Quantity) -> bool:
    """Whether ``quantity`` is a window, deadline or upper bound of time: a window or
    deadline word among the three words before it in its clause or in its own words, an
    upper-bound hedge the figures stage read with it, or a bound word there that the stage
    did not read as a lower bound."""
    if quantity.unit not in TIME_UNITS:
        return False
    if quantity.qualifier in _UPPER_BOUNDS:
        return True
    before = [w.lower() for w in _WORD.findall(text, clause.start, quantity.start)][-3:]
    before += [w.lower() for w in _WORD.findall(text, quantity.start, quantity.end)]
    bounds = _OPENING_WORDS if quantity.qualifier in _LOWER_BOUNDS else _TIME_BOUND_WORDS
    return any(w in bounds for w in before)


def opened_clause(text: str, sentence: Span, clause: Span, quantity: Quantity) -> Span | None:
    """The clause that a fronted window or deadline opens, where ``quantity`` is its length:
    "Dalam waktu 3 jam, orang stroke harus segera mendapatkan ..." and "Ingat, sebelum 6 jam
    sejak serangan, penderita stroke sudah harus mendapat ..." time what the clause after
    the comma says must happen. The fronted phrase has no verb of its own, so what its
    length is the time of stands in that clause, not in the phrase. The window word opens
    the figure's clause, with only hedges between ("dalam waktu kurang dari"), and a comma
    ends it inside the sentence; None otherwise."""
    if quantity.unit not in TIME_UNITS:
        return None
    before = [w.lower() for w in _WORD.findall(text, clause.start, quantity.start)]
    if not before or before[0] not in _OPENING_WORDS:
        return None
    if any(word not in _WINDOW_HEDGES for word in before[1:]):
        return None
    comma = _COMMA_AFTER.match(text, clause.end)
    if comma is None or comma.end() >= sentence.end:
        return None
    after = CLAUSE_END.search(text, comma.end(), sentence.end)
    return Span(comma.end(), after.start() if after else sentence.end)


@dataclass(frozen=True)
class Period:
    """An earlier period a figure's sentence speaks of: a year and a month where named;
    neither for an unresolved "last month" or "last year" of an undated article."""

    year: int | None = None
    month: int | None = None


def periods_apart(a: Period | None, b: Period | None) -> bool:
    """Whether two figures' periods tell two events: one speaks of an earlier period and the
    other of the story's own, or both name a month or a year and these differ ("February"
    against "December 2003")."""
    if a is None or b is None:
        return (a is None) != (b is None)
    months = a.month is not None and b.month is not None and a.month != b.month
    years = a.year is not None and b.year is not None and a.year != b.year
    return months or years


def _resolved(date: str, published: str | None) -> Period | None:
    """The period of a resolved month or year, when it ends before the publication's."""
    if published is not None and date >= published[: len(date)]:
        return None  # the article's own period, or a later one
    year = int(date[:4])
    month = int(date[5:7]) if len(date) >= 7 else None
    return Period(year, month)


def _unresolved(time: TimeExpression, language: str, glossary: Glossary) -> Period | None:
    """The period of a month or relative period an undated article names, read again with
    the figures stage's time grammar: "February" is a month of its own; "last year" is
    earlier, "this month" the article's own."""
    lexicon = glossary.figures.get(language)
    if lexicon is None:
        return None
    for spec in scan_times(tokenize(time.text), lexicon):
        if spec.kind == "relative" and spec.rule in _PERIODS:
            return Period() if (spec.offset or 0) < 0 else None
        if spec.kind in ("month", "months"):
            return Period(None, spec.month)
    return None


def _period_of(item: Annotated, time: TimeExpression, glossary: Glossary) -> Period | None:
    if time.granularity not in _PERIODS:
        return None
    if time.date is not None:
        return _resolved(time.date, item.article.published)
    return _unresolved(time, item.article.language or "", glossary)


def _period_in(item: Annotated, span: Span, at: int, glossary: Glossary) -> Period | None:
    """The earlier period named in ``span`` nearest ``at``."""
    found = [
        (abs(time.start - at), period)
        for time in item.times
        if span.start <= time.start < span.end
        and (period := _period_of(item, time, glossary)) is not None
    ]
    return min(found, key=lambda pair: pair[0])[1] if found else None


def _previous(item: Annotated, sentence: Span) -> Span | None:
    before = [s for s in item.sentences if s.end <= sentence.start]
    return max(before, key=lambda s: s.end) if before else None


def _opens_with_anaphor(item: Annotated, sentence: Span, anaphors: frozenset[str]) -> bool:
    first = _WORD.search(item.article.text, sentence.start, sentence.end)
    return first is not None and first.group().lower() in anaphors


def earlier_period(
    item: Annotated, sentence: Span, clause: Span, at: int, glossary: Glossary
) -> Period | None:
    """The earlier period a figure at ``at`` speaks of: its clause's ("31,000 in Bam in
    2003, and 600 were killed in Zarand in February"), else its sentence's, else the one
    before when its own names none and opens with an anaphor ("It killed 612 people")."""
    for span in (clause, sentence):
        period = _period_in(item, span, at, glossary)
        if period is not None:
            return period
    if _told_as_earlier(item, clause, at, glossary):
        return Period()
    anaphors = glossary.scope_anaphors.get(item.article.language or "", frozenset())
    previous = _previous(item, sentence)
    if previous is None or not _opens_with_anaphor(item, sentence, anaphors):
        return None
    return _period_in(item, previous, previous.end, glossary)


#: How many words before a figure an "earlier" word may stand and still bind it ("held the
#: previous record at 4,051 yards").
_EARLIER_REACH = 4


def _told_as_earlier(item: Annotated, clause: Span, at: int, glossary: Glossary) -> bool:
    """Whether the figure at ``at`` is told as one of an earlier state, though no period is
    named: a word such as "previous" or "former" (compare_general.tsv, role "earlier")
    stands a few words before it in its clause, right before a thing that holds a figure
    (role "earlier-thing": "held the previous record at 4,051 yards", against "a new record
    of 4,183"), with no other number between: the old record holder's figure is no value of
    the new one's. Before a person it tells an earlier office, not the figure ("the former
    president said 12 were killed" is today's count); a number between binds the word to
    that number instead ("broke the previous mark of 4,051 with 4,183 yards")."""
    general = glossary.general.get(item.article.language or "", {})
    words, things = general.get("earlier", frozenset()), general.get("earlier-thing", frozenset())
    if not words:
        return False
    text = item.article.text
    before = list(_WORD.finditer(text, clause.start, at))
    for k in range(len(before) - 1, max(-1, len(before) - 1 - _EARLIER_REACH), -1):
        if before[k].group().lower() not in words:
            continue
        # "the former president said 12 ...": the word tells a person's earlier office, not
        # the figure; only an earlier thing that holds a figure ("record", "mark") does.
        told = k + 1 < len(before) and before[k + 1].group().lower() in things
        return told and not any(before[k].end() <= q.start < at for q in item.quantities)
    return False


def clause_has(text: str, clause: Span, listed: frozenset[str]) -> bool:
    """Whether the clause holds one of the ``listed`` words."""
    return any(w.group().lower() in listed for w in _WORD.finditer(text, clause.start, clause.end))


#: How many words before a figure its noun phrase's article is looked for ("A magnitude 6").
_ARTICLE_REACH = 2


def general_statement(
    text: str, clause: Span, quantity: Quantity, words: Mapping[str, frozenset[str]]
) -> bool:
    """Whether the figure's clause states what holds in general ("A magnitude 6 quake can
    cause severe damage"): a cue word in the clause, and an indefinite article opening the
    figure's noun phrase (compare_general.tsv)."""
    if not clause_has(text, clause, words.get("cue", frozenset())):
        return False
    before = _WORD.findall(text[clause.start : quantity.start].lower())[-_ARTICLE_REACH:]
    return any(word in words.get("indefinite", frozenset()) for word in before)


def part_of_next(item: Annotated, quantity: Quantity, phrases: frozenset[str]) -> bool:
    """Whether a bare figure is parted from the next figure, a count without a unit, by a
    part-of phrase alone ("of the", "dari"): "30 of the 80 wounded". A figure that names
    what it counts ("four aftershocks of around 4.0") is no part of the next; a number
    written as one word is bare as digits are ("three of the seven bullets")."""
    text = item.article.text
    if not quantity.text[-1:].isdigit() and len(quantity.text.split()) > 1:
        return False
    following = [q for q in item.quantities if q.start >= quantity.end]
    if not following:
        return False
    whole = min(following, key=lambda q: q.start)
    between = text[quantity.end : whole.start]
    return (
        whole.unit is None
        and " ".join(_WORD.findall(between.lower())) in phrases
        and not CLAUSE_END.search(between)
    )


#: How many words from the figure on (its own included) its comparison is looked for in:
#: the counted noun and a comparative word ("five rounds sooner than", "10 more people
#: than", "lima tahun lebih tua dari") come first.
_COMPARISON_REACH = 5
#: A number right after the "than" word: "higher than 2012", "more than 400" compare with a
#: number and tell no difference of two things.
_NUMBER_NEXT = re.compile(r"\s*[\d$€£]")


def difference_of_two(
    item: Annotated, quantity: Quantity, clause: Span, words: Mapping[str, frozenset[str]]
) -> bool:
    """Whether the figure gives a difference between two things rather than a value of
    either ("won five rounds sooner than expected", "four years older than his brother",
    "lima tahun lebih tua dari kakaknya"): a comparative word, then a "than" word, within a
    few words after the figure in its clause, the compared thing after "than" no number
    (compare_general.tsv; role "than_after_word" for a "than" that is also "from" and
    counts only with a word between it and the comparative)."""
    text = item.article.text
    comparative = words.get("comparative", frozenset())
    if not comparative:
        return False
    than, after_word = words.get("than", frozenset()), words.get("than_after_word", frozenset())
    # The comparative may stand inside the figure's own text ("10 more people than"); a
    # "than" there makes a bound ("more than 400"), so the words are read after it.
    start = quantity.start
    for match in _WORD.finditer(text, quantity.start, quantity.end):
        if match.group().lower() in than | after_word:
            start = match.end()
    after = list(_WORD.finditer(text, start, clause.end))[:_COMPARISON_REACH]
    said = [match.group().lower() for match in after]
    for at, word in enumerate(said):
        if word not in than and word not in after_word:
            continue
        # "lebih tua dari": a word of its own between the comparative and an ambiguous "than".
        gap = 1 if word in than else 2
        if not any(w in comparative for w in said[: max(0, at + 1 - gap)]):
            return False
        rest = after[at].end()
        number_next = _NUMBER_NEXT.match(text, rest) or any(
            q.start >= rest and not text[rest : q.start].strip() for q in item.quantities
        )
        return not number_next and bool(text[rest : clause.end].strip())
    return False


def clause_start(text: str, sentence: Span, at: int) -> int:
    """Where the clause holding ``at`` starts: after the last clause mark of its sentence
    before it, or at the sentence's start."""
    cuts = [m.end() for m in CLAUSE_END.finditer(text, sentence.start, at)]
    return cuts[-1] if cuts else sentence.start


def elapsed_windows(item: Annotated) -> dict[int, frozenset[tuple[float, str]]]:
    """Clause start → the lengths of time its clause counts within ("dalam satu jam sudah
    dilihat oleh lebih dari 10 ribu akun dan dibagikan oleh 645 pengguna": one hour). A count
    of views or shares within an hour and one within a day are one count at two moments,
    whatever their reports' days (silang.compare.status). The window word stands right
    before the length (hedges aside), and only the clause it opens is counted within it: "...,
    dan jalan dibuka kembali dalam 3 jam" is no window of the clause before."""
    text = item.article.text
    out: dict[int, set[tuple[float, str]]] = {}
    for q in item.quantities:
        if q.unit not in TIME_UNITS:
            continue
        sentence = next((s for s in item.sentences if s.start <= q.start < s.end), None)
        if sentence is None:
            continue
        clause = clause_start(text, sentence, q.start)
        before = [w.lower() for w in _WORD.findall(text[clause : q.start])]
        while before and before[-1] in _WINDOW_HEDGES:
            before.pop()
        if not before or before[-1] not in _WINDOW_WORDS:
            continue
        out.setdefault(clause, set()).add((q.value, q.unit))
        # A window set off by a comma ("Dalam waktu kurang dari 24 jam, video itu telah
        # ditonton ...") is also the time of the clause it opens.
        comma = _COMMA_AFTER.match(text, q.end)
        if comma and comma.end() < sentence.end:
            out.setdefault(comma.end(), set()).add((q.value, q.unit))
    return {start: frozenset(found) for start, found in out.items()}
