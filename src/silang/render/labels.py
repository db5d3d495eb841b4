"""How the report names things for a reader: articles without an outlet or a title, claim
slots, dates and the words around a figure.

report.json keeps the raw values (null outlet, "person:evacuee", "2024-03-04/2024-03-10");
these helpers only choose what a page shows in their place, so that a journalist never reads
a content hash where a name should be, "?: (untitled)", or an internal class key.
"""

from __future__ import annotations

import re
from pathlib import PurePosixPath, PureWindowsPath
from typing import Any
from urllib.parse import urlsplit

from silang.compare.money import is_money
from silang.compare.units import measure
from silang.lang.time_units import CLOCK, PERIODS

#: Words of an untitled article's opening shown in its place: enough to tell two apart in a
#: list, short enough to stay one line.
OPENING_WORDS = 10
#: Words either side of a figure in the context line of its slot.
CONTEXT_WORDS = 6

_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_WORD_START = re.compile(r"(?<!\S)\S")
_WORD_END = re.compile(r"\S(?!\S)")
_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(?:T.*)?$")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
#: The units whose slot reads as a duration: the calendar's periods and the clock's (a slot
#: of the longer spans, "decade" and the like, is named by the plain "amount").
_DURATIONS = PERIODS | CLOCK
#: The plain word of a person class ("person:evacuee" is a person slot narrowed to evacuees).
_CLASS_WORDS = {"person": "people"}


def source_name(source: str) -> str:
    """A source as a short name: a URL's host ("www." dropped), a path's file name."""
    if source.startswith(("http://", "https://")):
        host = urlsplit(source).hostname or source
        return host.removeprefix("www.")
    name = PureWindowsPath(source).name if "\\" in source else PurePosixPath(source).name
    return name or source


def outlet_label(article: dict[str, Any]) -> str:
    """The outlet, else where the article was read from; the id only when nothing else is
    known (an id tells a reader nothing, a file name or a host does)."""
    if article.get("outlet"):
        return str(article["outlet"])
    for source in (article.get("url"), article.get("source"), *article.get("sources", [])):
        if source:
            return source_name(str(source))
    return str(article["id"])


def opening(text: str, words: int = OPENING_WORDS) -> str:
    """The first words of a text, with an ellipsis where it goes on."""
    found = text.split()
    return " ".join(found[:words]) + (" …" if len(found) > words else "")


def title_label(article: dict[str, Any]) -> str:
    """The title, else the opening words of the text (the reader can tell which article)."""
    if article.get("title"):
        return str(article["title"])
    return opening(str(article.get("text") or "")) or "(empty)"


def article_label(article: dict[str, Any]) -> str:
    """ "Outlet: title" for a list of articles."""
    return f"{outlet_label(article)}: {title_label(article)}"


def subject_label(claim: dict[str, Any]) -> str:
    """A claim slot's subject in words: "person:evacuee" → "evacuee (people)", a slot of
    kilometres → "length (km)", of rupiah → "money (IDR)"; other subjects as they are."""
    subject = str(claim.get("subject") or "")
    if claim.get("kind") == "date":
        return subject
    unit = claim.get("unit")
    if unit and subject == unit:
        written = unit.replace("/", " a ") if is_money(unit) else unit  # "IDR a month"
        return f"{_measure_word(unit)} ({written})"
    if ":" in subject:
        kind, _, role = subject.partition(":")
        return f"{role} ({_CLASS_WORDS.get(kind, kind)})"
    return _CLASS_WORDS.get(subject, subject)


def _measure_word(unit: str) -> str:
    if is_money(unit):
        return "money"
    if unit in _DURATIONS:
        return "duration"
    return measure(unit) or "amount"


#: The languages silang reads, by name; another code is shown as it is.
_LANGUAGES = {"id": "Indonesian", "en": "English"}


def language_name(code: str | None) -> str:
    return _LANGUAGES.get(code or "", code or "unknown language")


def when(value: str | None) -> str:
    """An ISO date, month, year or interval as a reader writes it: "13 Mar 2024",
    "Mar 2024", "4–10 Mar 2024", "28 Feb – 2 Mar 2024"; anything else as it is."""
    if not value:
        return ""
    if "/" in value:
        first, _, last = value.partition("/")
        return _interval(first, last)
    day = _DAY.match(value)
    if day:
        year, month, number = day.groups()
        return f"{int(number)} {_month(month)} {year}"
    month_only = _MONTH.match(value)
    if month_only:
        return f"{_month(month_only.group(2))} {month_only.group(1)}"
    return value


def _month(number: str) -> str:
    index = int(number) - 1
    return _MONTHS[index] if 0 <= index < len(_MONTHS) else number


def _interval(first: str, last: str) -> str:
    a, b = _DAY.match(first), _DAY.match(last)
    if a and b:
        (y1, m1, d1), (y2, m2, d2) = a.groups(), b.groups()
        if (y1, m1) == (y2, m2):
            return f"{int(d1)}–{int(d2)} {_month(m1)} {y1}"
        if y1 == y2:
            return f"{int(d1)} {_month(m1)} – {int(d2)} {_month(m2)} {y1}"
    return f"{when(first)} – {when(last)}"


def context(article: dict[str, Any], start: int, end: int) -> tuple[str, str, str]:
    """The words before a span, the span and the words after, inside its sentence and as
    written (spacing and punctuation kept): what tells two slots of one subject apart ("8 km
    of the river searched" against "12 km of road cut")."""
    text = str(article.get("text") or "")
    left, right = 0, len(text)
    for sentence in article.get("sentences", []):
        if sentence["start"] <= start and end <= sentence["end"]:
            left, right = sentence["start"], sentence["end"]
            break
    before = [m.start() for m in _WORD_START.finditer(text, left, start)]
    if len(before) > CONTEXT_WORDS:
        head = "… " + text[before[-CONTEXT_WORDS] : start]
    else:
        head = text[left:start]
    after = [m.end() for m in _WORD_END.finditer(text, end, right)]
    if len(after) > CONTEXT_WORDS:
        tail = text[end : after[CONTEXT_WORDS - 1]] + " …"
    else:
        tail = text[end:right]
    return head.lstrip(), text[start:end], tail.rstrip()
