"""Words and runs of capitalised words: the raw material of the rule entity recogniser.

A run is a stretch of capitalised words joined by single spaces ("Menteri Keuangan Sri
Wulandari"), by the dot of a title or initial ("Dr. Mira", "J. Smith"), by lower-case name
connectors ("Yusuf bin Hasan", "Bank of England", "Kamar Dagang dan Industri") and, inside an
organisation's name, by the commas of a list ("Badan Meteorologi, Klimatologi, dan Geofisika").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import NamedTuple

from silang.lang.quotes import QuotesLexicon
from silang.model import Span

#: A word: letters and digits, with inner apostrophes, dots, ampersands and hyphens
#: ("KABARNUSA.com", "Al-Falah", "O'Brien", "Covid-19"); a final dot is never part of it.
WORD = re.compile(r"[^\W_](?:[\w'’.&-]*[^\W_])?")
#: Opening quote marks, each with the mark that closes its quotation: a word right after
#: one starts a sentence of its own unless the closing mark follows it ("Keepin' It Real" is
#: no one-word quotation: its apostrophe closes no double mark).
_CLOSING = {'"': '"', "“": "”", "‘": "’", "«": "»", "„": "“", "'": "'"}
OPENING_MARKS = "".join(_CLOSING)
_ROMAN = re.compile(r"^(?:[IVX]+|\d{1,3})$")
_LIST_AHEAD = re.compile(r",\s+(?:[A-Z][\w-]*\s*,\s+)*(?:[A-Z][\w-]*\s*,?\s+)?(\w+)\s+[A-Z]")


class Word(NamedTuple):
    start: int
    end: int
    text: str
    #: Lower-cased text without a clitic ("TikTok-nya" → "tiktok"), apostrophes straight.
    key: str
    #: The first word of a sentence (or of a quotation), capitalised whatever it is.
    initial: bool
    #: Characters of a clitic at the end ("-nya", "'s"): not part of an entity that ends here.
    clitic: int = 0


def words(text: str, sentences: Sequence[Span], lexicon: QuotesLexicon) -> list[Word]:
    """The words of ``text`` with their keys; clitics are cut off the word's end."""
    starts = {s.start for s in sentences}
    found = []
    for match in WORD.finditer(text):
        start, end = match.span()
        token = match.group()
        cut = 0
        for clitic in lexicon.clitics:
            if token.casefold().endswith(clitic) and len(token) > len(clitic) + 1:
                cut = len(clitic)
                break
        # A curly apostrophe keys as a straight one: "I’m" is the listed "i'm".
        key = token[: len(token) - cut].casefold().replace("’", "'")
        initial = _initial(text, start, end, starts, lexicon)
        found.append(Word(start, end, token, key, initial, cut))
    return found


#: How far back (characters) the start of a sentence is looked for before a word.
_LOOK_BACK = 40


def _initial(text: str, start: int, end: int, starts: set[int], lexicon: QuotesLexicon) -> bool:
    """Whether the word at ``start`` (ending at ``end``) opens a sentence or a quotation."""
    if start in starts or start == 0:
        return True
    before = text[max(0, start - _LOOK_BACK) : start].rstrip(" ")
    if not before:
        return start <= _LOOK_BACK
    if before.endswith("\n"):
        return True
    if before[-1] in ".!?":
        previous = before[:-1].rsplit(None, 1)[-1] if before[:-1].strip() else ""
        return len(previous) > 1 and previous.casefold() not in lexicon.titles
    if before[-1] in OPENING_MARKS:
        # A straight mark opens a quotation after a space ('on "Meet the Press"': its first
        # word is capitalised for the quotation, not as a name) and closes one when it follows
        # the quotation's last character ('"We won," Theresa May said': no sentence starts).
        # A quotation of one word is a word quoted as it is written: its capital is its own
        # where the text also writes the word unquoted ('chanted "Trump"' beside "Trump said")
        # and never in lower case, else it is a coined word, a slogan or a term ('dubbed
        # "Bendgate"', 'Kata "Merdeka"', 'tulisan "Bristle"' beside "istilah bristle").
        outer = before[:-1]
        if text[end : end + 1] == _CLOSING[before[-1]]:
            outer = outer.rstrip(" ")
            return not outer or outer[-1] in ".!?:\n" or not _named_elsewhere(text, start, end)
        if not outer or outer[-1].isspace() or outer[-1] in "([":
            return True
        return outer[-1] in ".!?:"
    return False


def _named_elsewhere(text: str, start: int, end: int) -> bool:
    """Whether the word at ``start:end``, quoted alone, is written elsewhere in ``text`` with
    no quote mark before it, and never in lower case ("istilah bristle": a common word)."""
    word = text[start:end]
    rest = text[: start - 1] + " " + text[end + 1 :]
    marks = re.escape(OPENING_MARKS)
    unquoted = re.search(rf"(?<![\w{marks}]){re.escape(word)}\b", rest)
    common = re.search(rf"(?<!\w){re.escape(word.lower())}\b", text)
    return unquoted is not None and common is None


def is_capitalised(word: Word) -> bool:
    return word.text[0].isupper()


def is_acronym(word: Word) -> bool:
    """Two or more capitals ("KPK", "TfL", "DPRD", "KABARNUSA.com" is an outlet, not this)."""
    letters = [c for c in word.text if c.isalpha()]
    capitals = sum(1 for c in letters if c.isupper())
    return capitals >= 2 and "." not in word.text and len(letters) <= 8


def is_number(word: Word) -> bool:
    return bool(_ROMAN.match(word.text))


def runs(text: str, found: Sequence[Word], lexicon: QuotesLexicon) -> list[list[Word]]:
    """Maximal runs of capitalised words (with their connectors), in text order."""
    result: list[list[Word]] = []
    current: list[Word] = []
    i = 0
    while i < len(found):
        word = found[i]
        if (current and _joins(text, current, word, lexicon)) or (
            current and _connects(text, found, i, current, lexicon)
        ):
            current.append(word)
        else:
            if current:
                result.append(current)
            current = [word] if _opens(text, found, i, lexicon) else []
        i += 1
    if current:
        result.append(current)
    return [_trim(run) for run in result if _trim(run)]


def _gap(text: str, left: Word, right: Word) -> str:
    return text[left.end : right.start]


def _opens(text: str, found: Sequence[Word], i: int, lexicon: QuotesLexicon) -> bool:
    word = found[i]
    if is_capitalised(word):
        return True
    # "dr. Yanti": a lower-case rank title opens a run when a name follows its dot.
    nxt = found[i + 1] if i + 1 < len(found) else None
    return (
        lexicon.titles.get(word.key) == "rank"
        and nxt is not None
        and is_capitalised(nxt)
        and _gap(text, word, nxt) in (" ", ". ")
    )


def _joins(text: str, run: list[Word], word: Word, lexicon: QuotesLexicon) -> bool:
    """Whether a capitalised (or numeric) word continues the run."""
    last = run[-1]
    gap = _gap(text, last, word)
    if last.clitic and last.text[-last.clitic] == "-":
        return False  # "TikTok-nya Sabtu": a hyphenated clitic ends a name
    if last.end < len(text) and gap not in (" ", ". "):
        return False
    if gap == ". " and not (
        last.key in lexicon.titles
        or last.key in lexicon.place_heads
        or (len(last.text) == 1 and last.text.isupper())
    ):
        return False
    if is_capitalised(word):
        return True
    return is_number(word) and has_head(run, lexicon)


def has_head(run: Sequence[Word], lexicon: QuotesLexicon) -> bool:
    """Whether an organisation's head word (or words: "Kamar Dagang") is in the run."""
    keys = [w.key for w in run]
    return any(
        " ".join(keys[i:j]) in lexicon.org_heads
        for i in range(len(keys))
        for j in range(i + 1, min(len(keys), i + 3) + 1)
    )


def _connects(
    text: str, found: Sequence[Word], i: int, run: list[Word], lexicon: QuotesLexicon
) -> bool:
    """Whether a lower-case connector (or a list comma) carries the run on to a capital."""
    word = found[i]
    gap = _gap(text, run[-1], word)
    organisation = has_head(run, lexicon)
    if organisation and is_capitalised(word) and gap in (", ",):
        ahead = _LIST_AHEAD.match(text, run[-1].end)
        return ahead is not None and ahead.group(1) in lexicon.org_connectors
    nxt = found[i + 1] if i + 1 < len(found) else None
    if nxt is None or not is_capitalised(nxt) or _gap(text, word, nxt) != " ":
        return False
    if gap == " " and word.text in lexicon.person_connectors:
        return True
    if nxt.key in lexicon.org_heads:
        return False  # "Kementerian Kesehatan dan Badan Pusat Statistik": two organisations
    # "Menteri Kelautan dan Perikanan": an office's words are joined like an organisation's.
    office = any(w.key in lexicon.titles for w in run) and nxt.key in lexicon.office_words
    return gap in (" ", ", ") and word.text in lexicon.org_connectors and (organisation or office)


def _trim(run: list[Word]) -> list[Word]:
    """A run never ends in a lower-case connector."""
    while run and not (is_capitalised(run[-1]) or is_number(run[-1])):
        run = run[:-1]
    return run
