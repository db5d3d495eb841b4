"""Time expressions that name their date: "13/3/2024", "4-9 Maret", "March 12, 2024",
"Januari 2023", "kuartal IV 2023", "2020 hingga 2024", and the spec they are read into.

figures_timescan tries these with the relative forms at every token; figures_calendar turns a
spec into dates.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from silang.extract.figures_counted import counted_noun
from silang.extract.figures_tokens import Tokens
from silang.lang.figures import FiguresLexicon
from silang.model import Granularity

#: Years read as years when written alone ("pada 2019"); outside, a 4-digit number is a figure.
YEARS = range(1900, 2100)

RULE_GRANULARITY: dict[str, Granularity] = {
    "day": "day",
    "week": "week",
    "weekend": "week",
    "weekend-week": "week",
    "month": "month",
    "year": "year",
}


@dataclass(frozen=True)
class TimeSpec:
    """A time expression over tokens ``first`` … ``last - 1`` and what it says.

    ``kind``: date, dates (a range of days), month, months, year, years, decade, quarter,
    weekday, relative, ago or clock. ``offset`` is a modifier ("lalu" -1, "depan" 1, "ini" 0)
    or a relative offset; ``part`` (start, mid, end) narrows a month or year.
    """

    first: int
    last: int
    kind: str
    granularity: Granularity
    day: int = 0
    month: int = 0
    year: int | None = None
    day2: int = 0
    month2: int = 0
    year2: int | None = None
    weekday: int = 0
    offset: int | None = None
    week: int | None = None
    rule: str = ""
    part: str = ""
    hour: int = 0
    minute: int = 0
    zone: str = ""


def int_at(tokens: Tokens, i: int, low: int, high: int) -> int | None:
    """A plain integer token within [low, high]."""
    if not tokens.is_num(i) or not tokens.text[i].isdigit():
        return None
    value = int(tokens.text[i])
    return value if low <= value <= high else None


def joiner_at(tokens: Tokens, lx: FiguresLexicon, j: int) -> tuple[bool, int] | None:
    """ "4-9 Maret", "12 atau 13 Maret": both kinds of joiner join days."""
    return lx.role("joiner").match(tokens.low, tokens.text, j) or lx.role("joiner-or").match(
        tokens.low, tokens.text, j
    )


def sym_at(tokens: Tokens, i: int, symbol: str) -> bool:
    return i < len(tokens) and tokens.text[i] == symbol


def numeric_date(
    tokens: Tokens,
    i: int,
    lx: FiguresLexicon,
    parenthesised: bool = False,
    day_first: bool = False,
) -> TimeSpec | None:
    """ "13/3/2024" anywhere; "14/3" only inside brackets after a weekday. ``day_first``
    reads day/month whatever the language's order."""
    a, b = int_at(tokens, i, 1, 31), int_at(tokens, i + 2, 1, 31)
    if a is None or b is None or not sym_at(tokens, i + 1, "/"):
        return None
    end = i + 3
    year = None
    if sym_at(tokens, end, "/") and tokens.is_num(end + 1) and tokens.text[end + 1].isdigit():
        year = full_year(int(tokens.text[end + 1]))
        end += 2
    if year is None and not parenthesised:
        return None
    if sym_at(tokens, end, "/") or (year is not None and year not in YEARS):
        return None
    ordered = day_first or lx.date_order == "dmy"
    if (a > 12 and b > 12) or (b > 12 and ordered and year is None):
        return None
    # A part over 12 can only be the day ("16/08/2011" in an English text, "11/27/2005"
    # quoted in an Indonesian one, but not a bare "(2/15)" there: a ratio as often as not);
    # otherwise the language's order decides.
    day_before = a > 12 or (b <= 12 and ordered)
    day, month = (a, b) if day_before else (b, a)
    return TimeSpec(i, end, "date", "day", day=day, month=month, year=year)


#: Two-digit years at or above this are of the 1900s, below it of the 2000s ("10/1/61" is
#: 1961, "13/3/24" is 2024): no publication day is at hand when a date is read, and until
#: 2050 a report rarely writes a year 25 or more ahead in two digits, while birth days and
#: past events are often so written. The year 2000 was read into every two-digit year before.
CENTURY_PIVOT = 50


def full_year(raw: int) -> int:
    """The year a date writes with two digits or four."""
    if raw >= 100:
        return raw
    return raw + (1900 if raw >= CENTURY_PIVOT else 2000)


def bracketed(tokens: Tokens, i: int, lx: FiguresLexicon) -> TimeSpec | None:
    """ "(22/3)" standing alone, as Indonesian reports date an event after a place."""
    if not sym_at(tokens, i, "("):
        return None
    inner = numeric_date(tokens, i + 1, lx, parenthesised=True)
    if inner is None or not sym_at(tokens, inner.last, ")"):
        return None
    return replace(inner, first=i, last=inner.last + 1)


def month_at(
    tokens: Tokens, i: int, lx: FiguresLexicon, context: bool = False
) -> tuple[int, int] | None:
    """A month name at ``i`` (with the dot of an abbreviation) and the index after it.

    A month name is capitalised; where the pack allows it ("bulan september"), a lower-case
    one counts when ``context`` (a day or year beside it, a cue before it) says it is a date.
    """
    found = lx.months.match(tokens.low, tokens.text, i)
    if found is None or not tokens.is_word(i):
        return None
    month, end = found
    lower_ok = lx.lowercase_months and (
        context
        or year_after(tokens, end) is not None
        or lx.role("month-cue").match_before(tokens.low, tokens.text, i) is not None
        or modifier_at(tokens, end, lx)[0] is not None
    )
    if not (tokens.capitalised(i) or lower_ok):
        return None
    if sym_at(tokens, end, ".") and len(tokens.text[i]) <= 4 and tokens.attached(end):
        end += 1
    return month, end


def year_after(tokens: Tokens, j: int) -> int | None:
    return int_at(tokens, j, YEARS.start, YEARS.stop - 1)


def modifier_at(tokens: Tokens, j: int, lx: FiguresLexicon) -> tuple[int | None, int]:
    found = lx.modifiers.match(tokens.low, tokens.text, j)
    return (found[0], found[1]) if found and found[0] else (None, j)


def past_ordinal(tokens: Tokens, i: int, lx: FiguresLexicon, of: bool = False) -> int:
    """The token after the day number at ``i``, past an ordinal suffix glued to it ("15th",
    "3rd": the day as English writes it in "December 15th, 2008" and "10th June 2013"), and,
    where ``of``, past an "of" after such an ordinal ("the 3rd of May"). Read as a plain
    number, "December 15th, 2008" was a yearless "December 15" and a lone year."""
    j = i + 1
    suffix = lx.role("ordinal-suffix").match(tokens.low, tokens.text, j)
    if suffix is None or not tokens.attached(j) or suffix[1] != j + 1:
        return j
    after = lx.role("of").match(tokens.low, tokens.text, j + 1) if of else None
    return after[1] if after is not None else j + 1


def day_first(tokens: Tokens, i: int, lx: FiguresLexicon) -> TimeSpec | None:
    """ "13 Maret 2024", "4-9 Maret", "12 atau 13 Maret", "29 Juni hingga 1 Juli", "10th
    June 2013", "the 3rd of May"."""
    day = int_at(tokens, i, 1, 31)
    if day is None:
        return None
    after = past_ordinal(tokens, i, lx, of=True)
    if after > i + 1 and month_at(tokens, after, lx, context=True) is None:
        return None  # an ordinal with no month after it ("the 15th century") is no day
    joiner = joiner_at(tokens, lx, after)
    if joiner is not None:
        day2 = int_at(tokens, joiner[1], 1, 31)
        second = day_first(tokens, joiner[1], lx) if day2 is not None else None
        if second is not None and second.kind == "date" and day2 is not None and day < day2:
            return TimeSpec(
                i,
                second.last,
                "dates",
                "day",
                day=day,
                month=second.month,
                year=second.year,
                day2=day2,
                month2=second.month,
                year2=second.year,
            )
        return None
    month = month_at(tokens, after, lx, context=True)
    if month is None:
        return None
    year = year_after(tokens, month[1])
    end = month[1] + (year is not None)
    offset, end = modifier_at(tokens, end, lx) if year is None else (None, end)
    joiner = joiner_at(tokens, lx, end)
    if joiner is not None:
        second = day_first(tokens, joiner[1], lx)
        if second is not None and second.kind == "date" and second.month:
            return TimeSpec(
                i,
                second.last,
                "dates",
                "day",
                day=day,
                month=month[0],
                year=year if year is not None else second.year,
                day2=second.day,
                month2=second.month,
                year2=second.year,
            )
    return TimeSpec(i, end, "date", "day", day=day, month=month[0], year=year, offset=offset)


def month_first(tokens: Tokens, i: int, lx: FiguresLexicon, cued: bool = False) -> TimeSpec | None:
    """ "March 12, 2024", "Oct. 8-13", "Januari 2023", "Januari hingga September 2024"."""
    between = lx.role("between").match(tokens.low, tokens.text, i)
    start = between[1] if between else i
    month = month_at(tokens, start, lx)
    if month is None:
        return None
    j = month[1]
    day = int_at(tokens, j, 1, 31) if not year_after(tokens, j) else None
    if day is not None:
        return month_day(tokens, i, j, month[0], day, lx)
    year = year_after(tokens, j)
    if year is None and sym_at(tokens, j, ",") and is_year_like(tokens, j + 1, lx):
        # "in June, 2005": a comma may part a month from its year as it parts a day from
        # it ("June 24, 2005"); read apart, the month took the page's year. A count after
        # the comma ("in March, 2000 people") is no year (``is_year_like``).
        year = year_after(tokens, j + 1)
        j += 1 if year is not None else 0
    link = lx.role("and" if between else "joiner").match(tokens.low, tokens.text, j)
    second = month_at(tokens, link[1], lx) if link and year is None else None
    if second is not None:
        year2 = year_after(tokens, second[1])
        return TimeSpec(
            i,
            second[1] + (year2 is not None),
            "months",
            "month",
            month=month[0],
            year=year2,
            month2=second[0],
            year2=year2,
        )
    ambiguous = tokens.low[start] in lx.ambiguous_months
    cue = lx.role("month-cue").match_before(tokens.low, tokens.text, i)
    if year is None and ambiguous and not (cued or cue):
        return None
    if year is not None:
        return TimeSpec(i, j + 1, "month", "month", month=month[0], year=year)
    offset, end = modifier_at(tokens, j, lx)
    return TimeSpec(i, end, "month", "month", month=month[0], offset=offset)


def month_day(tokens: Tokens, i: int, j: int, month: int, day: int, lx: FiguresLexicon) -> TimeSpec:
    end = past_ordinal(tokens, j, lx)
    day2 = month2 = 0
    joiner = joiner_at(tokens, lx, end)
    if joiner is not None:
        other = month_at(tokens, joiner[1], lx)
        k = other[1] if other else joiner[1]
        second = int_at(tokens, k, 1, 31)
        if second is not None and (other or second > day):
            day2, month2, end = second, other[0] if other else month, k + 1
    k = end + 1 if sym_at(tokens, end, ",") else end
    year = year_after(tokens, k)
    end = k + 1 if year is not None else end
    if day2:
        return TimeSpec(
            i,
            end,
            "dates",
            "day",
            day=day,
            month=month,
            year=year,
            day2=day2,
            month2=month2,
            year2=year,
        )
    return TimeSpec(i, end, "date", "day", day=day, month=month, year=year)


def quarter_at(tokens: Tokens, i: int, lx: FiguresLexicon) -> TimeSpec | None:
    quarter = lx.role("quarter")
    first = quarter.match(tokens.low, tokens.text, i)
    if first is not None:
        number = lx.ordinals.match(tokens.low, tokens.text, first[1])
    else:
        number = lx.ordinals.match(tokens.low, tokens.text, i)
        after = quarter.match(tokens.low, tokens.text, number[1]) if number else None
        number = (number[0], after[1]) if number and after else None
    if number is None or not 1 <= number[0] <= 4:
        return None
    year = year_after(tokens, number[1])
    return TimeSpec(
        i, number[1] + (year is not None), "quarter", "month", month=3 * number[0] - 2, year=year
    )


_APOSTROPHES = ("'", "’")


def year_at(tokens: Tokens, i: int, lx: FiguresLexicon) -> TimeSpec | None:
    year = year_after(tokens, i)
    if year is None or not is_year_like(tokens, i, lx):
        return None
    # A decade's mark may follow an apostrophe ("the 1930's", the older spelling of "the
    # 1930s"): that is no possessive of the year 1930, and reading it as the year set "founded
    # in the 1930's" against "founded in 1931".
    apostrophe = i + 2 < len(tokens) and tokens.text[i + 1] in _APOSTROPHES
    mark = i + 2 if apostrophe and tokens.attached(i + 2) else i + 1
    decade = lx.role("decade").match(tokens.low, tokens.text, mark)
    end = decade[1] if decade is not None else _unhyphenated_decade(tokens, i + 1, lx)
    if end is not None and decade is None and _counts(tokens, i, end, lx):
        return None
    if end is not None and tokens.attached(i + 1) and year % 10 == 0:
        return TimeSpec(i, end, "decade", "year", year=year)
    joiner = joiner_at(tokens, lx, i + 1)
    year2 = year_after(tokens, joiner[1]) if joiner else None
    if joiner and year2 is not None and year2 > year:
        return TimeSpec(i, joiner[1] + 1, "years", "year", year=year, year2=year2)
    return TimeSpec(i, i + 1, "year", "year", year=year)


def _unhyphenated_decade(tokens: Tokens, j: int, lx: FiguresLexicon) -> int | None:
    """The end of a decade's mark written glued to its year without the hyphen the pack
    writes it with ("2000an" for "2000-an", as Indonesian news often writes it), where the
    mark starts at ``j``. Read as the year alone, "di awal 2000an" (the early 2000s) was the
    first months of 2000."""
    if j >= len(tokens) or not tokens.is_word(j):
        return None
    low, text = ("-", tokens.low[j]), ("-", tokens.text[j])
    found = lx.role("decade").match(low, text, 0)
    return j + 1 if found is not None and found[1] == len(low) else None


def _counts(tokens: Tokens, i: int, end: int, lx: FiguresLexicon) -> bool:
    """Whether the glued "2000an" at ``i`` (its mark ending at ``end``) counts the noun
    after it, as "2000 orang" does ("Massa berjumlah 2000an orang": some 2000 people), and
    names no decade."""
    noun = counted_noun(tokens, end, lx)
    return noun is not None and not _year_modifies(tokens, i, noun[2], lx)


def is_year_like(tokens: Tokens, i: int, lx: FiguresLexicon) -> bool:
    """Whether a 4-digit number reads as a year: not a code ("2024/KPU/113"), not part of an
    identifier ("Nomor 5 Tahun 2023"), not a figure ("sekitar 2000 orang", "2012 votes
    were cast"): before a counted noun, only a year that modifies it (_year_modifies)."""
    if sym_at(tokens, i + 1, "/") or (i > 0 and tokens.text[i - 1] == "/"):
        return False
    if tokens.attached(i) and tokens.is_word(i - 1):
        return False
    if (
        lx.role("id-continue").match_before(tokens.low, tokens.text, i)
        and i >= 2
        and tokens.is_num(i - 2)
    ):
        return False
    after = i + 1
    for table in (lx.units_after, lx.multipliers, lx.currencies_after):
        if table.match(tokens.low, tokens.text, after):
            return False
    for before in (lx.hedges_before, lx.currencies_before, lx.role("quantity-cue")):
        if before.match_before(tokens.low, tokens.text, i):
            return False
    noun = counted_noun(tokens, after, lx)
    return noun is None or _year_modifies(tokens, i, noun[2], lx)


def _year_modifies(tokens: Tokens, i: int, own_form: bool, lx: FiguresLexicon) -> bool:
    """Whether a year-range number before a counted noun is a year modifying it ("a 2012 car
    crash", "the 1998 floods", "tahun 2012 warga") rather than a count of it
    ("2012 votes were cast", "2012 rumah"); ``own_form``: the noun is written in the
    table's own form, not a listed or inflected one (counted_noun).

    A determiner of one thing ("a", "this") cannot open a count above one. Where counts
    above one take a plural noun (the pack's ``plural-after-numeral`` role), a noun in its
    own (singular) form says the number is no count. A determiner or possessive of any
    number ("the", "its", "the party's") or a time word ("in", "tahun") before the
    number rarely opens a count written without a thousands mark, and often a year. A
    capitalised word before it, not the sentence's first (capitalised as such), makes the
    number part of a name ("Windows 2000 users", "Piala Dunia 2018").
    """
    low, text = tokens.low, tokens.text
    if tokens.capitalised(i - 1) and any(tokens.is_word(k) for k in range(i - 1)):
        return True
    if lx.role("year-determiner").match_before(low, text, i) is not None:
        return True
    if own_form and lx.role("plural-after-numeral").entries:
        return True
    if lx.role("year-before").match_before(low, text, i) is not None:
        return True
    suffixes = tuple("".join(key) for key in lx.role("possessive-suffix").entries)
    return bool(suffixes) and tokens.is_word(i - 1) and low[i - 1].endswith(suffixes)
