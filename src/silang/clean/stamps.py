"""Lines that only stamp a page's date or time: "Friday, June 7, 2013", "Article posted on
08.07.2012", "12 January 2010 @ 09:29 pm", "Diterbitkan Senin, 12 Februari 2024 10:30 WIB".

Pages put one above or below the headline. It names no event, so it is never the headline
(silang.ingest.text); it stays in the text, where it dates the page. The words such a line
may hold are pack data: month names and weekdays (figures_months.tsv,
figures_weekdays.tsv) and the other stamp words (datelines_stamps.txt), of every supported
language, since a plain-text article's language is not known when its headline is split off.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from silang.lang.files import SUPPORTED, read_lines, read_table

#: The words and numbers of a line ("7th", "09", "pm", "a.m").
_STAMP_TOKEN = re.compile(r"[^\W\d_]+(?:\.[^\W\d_]+)*|\d+(?:st|nd|rd|th)?")
#: A date or clock time written in figures: "08.07.2012", "2013-06-07", "7/6/13", "09:29", "8.28".
_FIGURE_DATE = re.compile(r"(?<!\d)\d{1,4}[./-]\d{1,2}(?:[./-]\d{1,4})?(?!\d)|\d{1,2}:\d{2}")
#: A time stamp is a short line: "Updated Saturday, December 05, 2009 8:28 PM" has 42 characters.
_MAX_STAMP_CHARS = 80


@dataclass(frozen=True)
class StampWords:
    """The words a time stamp may hold, read once per run (load_stamp_words) and passed down."""

    #: Month names.
    months: frozenset[str] = frozenset()
    #: Weekdays and the other stamp words ("posted", "pm", "WIB").
    other: frozenset[str] = frozenset()


def load_stamp_words(codes: Iterable[str] = SUPPORTED) -> StampWords:
    """Month names, and the other words a time stamp may hold (weekdays, "posted", "pm",
    "WIB"), in every given language: the article's language is not known yet."""
    codes = tuple(codes)
    months = {
        name.casefold() for code in codes for name, _ in read_table(code, "figures_months.tsv")
    }
    other = {
        name.casefold() for code in codes for name, _ in read_table(code, "figures_weekdays.tsv")
    }
    other |= {
        word.casefold() for code in codes for word in read_lines(code, "datelines_stamps.txt")
    }
    return StampWords(frozenset(months), frozenset(other))


def is_time_stamp(line: str, stamps: StampWords) -> bool:
    """Whether a line only stamps the article's date or time ("Friday, June 7, 2013",
    "Article posted on 08.07.2012", "12 January 2010 @ 09:29 pm"): pages put one above or
    below the headline, and it names no event, so it is never the headline itself."""
    if len(line) > _MAX_STAMP_CHARS or not any(c.isdigit() for c in line):
        return False
    months, other = stamps.months, stamps.other
    words = [t.casefold() for t in _STAMP_TOKEN.findall(line) if not t[0].isdigit()]
    if any(w not in months and w not in other for w in words):
        return False
    return any(w in months for w in words) or _FIGURE_DATE.search(line) is not None
