"""Four-digit figures that are codes, not years: "Flight 2019", "Kotak Pos 2011", "Kamar 2013".

terms.named_years reads a figure from 1900 to 2100 as a year the article names; one right
after a code word of the article's language is a flight, a room or a post-office box, and
read as a year it would place a report in a year its happening never saw.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping
from types import MappingProxyType

from silang.lang.files import SUPPORTED, read_lines

#: Words before a number that make it a code, one list a language.
CODE_WORDS_FILE = "stories_code_words.txt"
#: How far before a figure to look for a code word. Set by hand, not derived from the
#: lists: the pattern lets a line put any number of spaces in and after a word ("P.  O.
#: Box  :"), so no length bounds a match; 40 leaves room for four times the longest word
#: of any pack ("p. o. box", "kotak pos": 9 characters) and keeps the scan short.
CODE_REACH = 40
#: Spaces on one line: a code word and its number are never a line apart (a new paragraph
#: that begins with a year is no code's).
_GAP = r"[^\S\r\n]*"
#: After a figure, the rest of a serial number that it begins ("No. 2020-01", "No. 2019/14"):
#: such a number begins with the year it was issued in.
SERIAL_AFTER = re.compile(r"[-/]\d")


def code_words_before(words: Collection[str]) -> re.Pattern[str] | None:
    """The end of a text that makes a figure right after it a code: one of ``words`` (in any
    case, its spaces written or not: "P.O.Box"), then a colon or not, all on one line. Only
    spaces may follow the word: after "kamar." or "the flight." the figure begins a new
    sentence. None for no words: an empty alternation would match before every figure."""
    if not words:
        return None
    ordered = sorted(words, key=len, reverse=True)
    alternatives = "|".join(_GAP.join(map(re.escape, word.split())) for word in ordered)
    return re.compile(rf"(?i:(?<![^\W\d_])(?:{alternatives}){_GAP}:?{_GAP})\Z")


def _code_words_before_of_packs() -> Mapping[str, re.Pattern[str]]:
    """code_words_before of each pack's ``CODE_WORDS_FILE``, by language code: each list
    only for its own language ("Nik" is a name in English)."""
    built = {code: code_words_before(read_lines(code, CODE_WORDS_FILE)) for code in SUPPORTED}
    return MappingProxyType({code: before for code, before in built.items() if before})


CODE_BEFORE = _code_words_before_of_packs()


def is_code(text: str, start: int, end: int, language: str) -> bool:
    """Whether the figure ``text[start:end]`` of an article in ``language`` is a code: a
    code word of that language right before it (``CODE_BEFORE``; a language without a
    list has none), and it begins no serial number (``SERIAL_AFTER``)."""
    before = CODE_BEFORE.get(language)
    return (
        before is not None
        and before.search(text, max(0, start - CODE_REACH), start) is not None
        and SERIAL_AFTER.match(text, end) is None
    )
