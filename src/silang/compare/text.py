"""Small text helpers shared by the cross-checks: sentences, words, numbers, days."""

from __future__ import annotations

import re
from collections.abc import Iterable

from silang.model import Annotated, Span

_WORD = re.compile(r"\w+", re.UNICODE)
#: Clauses end at these marks: a cue word or an event word beyond one speaks of something else.
CLAUSE_END = re.compile(r"[.;:!?,]\s")
# "2.300", "2,300" and "2300" are one number; a decimal comma or point followed by one or two
# digits ("5,4") stays a decimal.
_NUMBER = re.compile(r"\d+(?:[.,]\d{3})*(?:[.,]\d{1,2})?")
#: Dates written with slashes ("(11/3)", "13/3/2024") are days, not figures: two quotes that
#: name days of the same month share no number for it.
_SLASH_DATE = re.compile(r"\b\d{1,2}/\d{1,2}(?:/\d{2,4})?\b")
#: A capitalised word of three letters or more straight before a number makes it part of a
#: name; shorter ones are currency and unit signs ("Rp 553 juta", "US$ 5").
_NAME_BEFORE = re.compile(r"\b[A-Za-z]?[A-Z][a-zA-Z]{2,} $")
_SENTENCE_OPENERS = frozenset(".!?\"“'‘(")
_NEGATIONS = frozenset(
    {"tidak", "tak", "bukan", "belum", "jangan", "tanpa", "not", "no", "never", "nor", "without"}
)


def sentence_at(item: Annotated, position: int) -> Span:
    """The sentence of ``item`` that holds ``position`` (the whole text when none is marked)."""
    for span in item.sentences:
        if span.start <= position < span.end:
            return span
    return Span(0, len(item.article.text))


def words(text: str) -> str:
    """Lower-cased words joined by single spaces, for fuzzy comparison."""
    return " ".join(_WORD.findall(text.lower()))


def numbers(text: str) -> frozenset[str]:
    """The numbers written in ``text`` with thousands separators dropped (dates left out)."""
    return _read_numbers(_NUMBER.findall(_SLASH_DATE.sub(" ", text)))


def figures(text: str) -> frozenset[str]:
    """The numbers of ``text`` that are figures: as ``numbers``, less those that finish a
    name ("iPhone 6", "Aksi 212", "Pasal 2"), which every quote of a story may repeat."""
    plain = _SLASH_DATE.sub(" ", text)
    return _read_numbers(
        m.group() for m in _NUMBER.finditer(plain) if not _in_name(plain, m.start())
    )


def _in_name(text: str, start: int) -> bool:
    """Whether the number at ``start`` follows a capitalised word inside a sentence (a
    sentence's first word, "Sebanyak 345 botol", is capitalised for another reason)."""
    word = _NAME_BEFORE.search(text, 0, start)
    if word is None:
        return False
    before = text[: word.start()].rstrip()
    return bool(before) and before[-1] not in _SENTENCE_OPENERS


def _read_numbers(raws: Iterable[str]) -> frozenset[str]:
    found = set()
    for raw in raws:
        parts = re.split(r"[.,]", raw)
        if len(parts) > 1 and len(parts[-1]) <= 2:
            found.add("".join(parts[:-1]) + "." + parts[-1])
        else:
            found.add("".join(parts))
    return frozenset(found)


def negated(text: str) -> bool:
    """Whether ``text`` holds a negation word ("tidak", "not", "n't")."""
    lowered = text.lower()
    return "n't" in lowered or any(w in _NEGATIONS for w in _WORD.findall(lowered))


def day_of(value: str | None) -> str | None:
    """The ISO day of a date or datetime, None for months, years and intervals."""
    if value and len(value) >= 10 and value[4] == "-" and value[7] == "-":
        return value[:10]
    return None
