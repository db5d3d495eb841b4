"""Direct quotations by their marks: straight and curly double quotes, guillemets, and single
quotes where a paragraph uses them as double ones.

A quotation that runs over several paragraphs repeats its opening mark at the start of each
and closes only at the end ("…\\n\\n"…," kata X): it is one quotation. A mark that cannot be
paired is not guessed around: the quotation is kept to the end of its paragraph (or from the
start of the paragraph, or of the sentence before its own, to a stray closing mark) with a
``problem`` saying what was wrong.
Quotations nested inside another ('…', or “…” inside ”…”) are part of the outer one.

Typographic habits of Indonesian papers are read as marks too: two single marks set as one
double mark (’’…’’ or ‘‘…’’), and a right double mark used to open (”…”) where it stands
before a word after a space.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import NamedTuple

DOUBLE_OPEN = '"“„«”'
DOUBLE_CLOSE = '"”»“'
SINGLE_OPEN = "'‘"
SINGLE_CLOSE = "'’"
SINGLES = SINGLE_OPEN + SINGLE_CLOSE
ALL_MARKS = set(DOUBLE_OPEN + DOUBLE_CLOSE + SINGLES)
#: Two single marks side by side stand for one double mark that may open or close.
PAIRED_SINGLE = '"'
_DOUBLED = {a + b for a in SINGLES for b in SINGLES}

NO_CLOSING = "no closing quote mark"
NO_OPENING = "closing quote mark without an opening one"
#: A quotation still open at its paragraph's end, before find_marked settles it.
CONTINUES = "continues"

_PARAGRAPH = re.compile(r"[^\n]+")
#: A sentence's end inside a paragraph: its stop and the space after it.
_SENTENCE_BREAK = re.compile(r"[.!?]\s+")
#: A quotation closed by a mark that never opened holds at most this many sentences.
STRAY_SENTENCES = 2


class Marked(NamedTuple):
    """A quotation's content (``start``/``end``, marks excluded) and where its marks start
    (a doubled mark, ’’, is two characters long)."""

    start: int
    end: int
    open_at: int | None
    close_at: int | None
    problem: str | None = None


class _Mark(NamedTuple):
    at: int
    width: int
    #: The mark as read: a doubled single mark reads as PAIRED_SINGLE.
    glyph: str


def paragraphs(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in _PARAGRAPH.finditer(text) if m.group().strip()]


def find_marked(text: str) -> list[Marked]:
    """Every quotation in ``text`` marked by quote marks, in order."""
    found: list[Marked] = []
    spans = paragraphs(text)
    for k, (start, end) in enumerate(spans):
        marks = _marks(text, start, end)
        single = not any(glyph in DOUBLE_OPEN + DOUBLE_CLOSE for _, _, glyph in marks)
        carried: Marked | None = None  # a quotation carried over from paragraph k-1
        if found and found[-1].problem == CONTINUES:
            carried = found.pop()
        nxt = spans[k + 1][0] if k + 1 < len(spans) else None
        goes_on = nxt is not None and _opens(text, nxt, single)
        found.extend(_paragraph_quotes(text, (start, end), marks, single, carried, goes_on))
        if found and found[-1].problem == CONTINUES and not goes_on:
            last = found[-1]
            found[-1] = last._replace(end=_rstrip(text, last.start, end), problem=NO_CLOSING)
    return [m for m in found if m.end > m.start]


def _opens(text: str, at: int, single: bool) -> bool:
    """Whether a paragraph starting at ``at`` opens with a quote mark (a doubled one too)."""
    if text[at : at + 2] in _DOUBLED:
        return not single
    return text[at] in (SINGLE_OPEN if single else DOUBLE_OPEN)


def _paragraph_quotes(
    text: str,
    paragraph: tuple[int, int],
    marks: list[_Mark],
    single: bool,
    carried: Marked | None,
    goes_on: bool,
) -> list[Marked]:
    """The paragraph's quotations, reading a mark that opens a word inside a quotation as a
    nested quotation ("… ada tulisan “Bristle” pada …") unless that leaves the paragraph's
    last quotation unclosed: then the mark was more likely a closing one set the wrong way,
    and the marks are read without nesting. A quotation that the next paragraph continues
    may stay open, unless its marks are of two styles (_mixed)."""
    nested = list(_scan(text, paragraph, marks, single, carried, nest=True))
    if not nested or nested[-1].problem != CONTINUES:
        return nested
    # A mark opening a sentence inside the open quotation, read as nested, left it open: the
    # quotation before it lacks its closing mark and a new one starts there ("… its course.
    # “The Chargers …,” Smith added."). A quotation that goes on past a paragraph break
    # repeats its mark at the start of the next paragraph, never inside one; a quotation
    # that closes in its paragraph keeps a sentence-initial quoted word ("… twice.
    # “Titanic” still …,”) nested (ECB+ dev topic 35).
    split = list(_scan(text, paragraph, marks, single, carried, nest=True, splits=True))
    if split and split[-1].problem != CONTINUES:
        return split
    if goes_on and not _mixed(text, nested[-1], paragraph[1]):
        return nested
    return list(_scan(text, paragraph, marks, single, carried, nest=False))


def _mixed(text: str, quotation: Marked, end: int) -> bool:
    """Whether ``quotation``, still open at its paragraph's ``end``, was opened by a straight
    mark and holds curly double marks: the straight mark was a stray, and the curly ones
    are quotations of their own, not one nested in a quotation that runs on into the next
    paragraph (ECB+ dev topic 22: the "very spiritual' employee … “We talked …” Dorsey said.
    followed by a paragraph of Dorsey's own “…”)."""
    if quotation.open_at is None or text[quotation.open_at] != '"':
        return False
    return any(mark in "“”" for mark in text[quotation.start : end])


def _rstrip(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1].isspace():
        end -= 1
    return end


def _marks(text: str, start: int, end: int) -> list[_Mark]:
    """The quote marks of one paragraph, a doubled single mark (’’) taken as one."""
    marks: list[_Mark] = []
    i = start
    while i < end:
        if text[i : i + 2] in _DOUBLED and i + 1 < end:
            marks.append(_Mark(i, 2, PAIRED_SINGLE))
            i += 2
            continue
        if text[i] in ALL_MARKS:
            marks.append(_Mark(i, 1, text[i]))
        i += 1
    return marks


def _scan(
    text: str,
    paragraph: tuple[int, int],
    marks: list[_Mark],
    single: bool,
    carried: Marked | None,
    nest: bool,
    splits: bool = False,
) -> Iterator[Marked]:
    """Quotations of one paragraph; a last one still open is yielded with problem
    "continues" (and its content end at the paragraph's end) for the caller to settle.
    With ``splits``, a mark opening a sentence inside a quotation (not inside a nested one)
    ends that quotation, unclosed, and opens a new one."""
    start, end = paragraph
    opening, closing = (SINGLE_OPEN, SINGLE_CLOSE) if single else (DOUBLE_OPEN, DOUBLE_CLOSE)
    open_at: int | None = None
    content_start = start
    nested = 0  # marks of the outer kind opened inside the open quotation
    #: Where the paragraph's last quotation closed (after its mark), 0 before one.
    closed = 0
    if carried is not None and marks and marks[0].at == start and marks[0].glyph in opening:
        open_at, content_start = carried.open_at, carried.start
        marks = marks[1:]
    for at, width, char in marks:
        if char not in opening and char not in closing:
            continue
        before = text[at - 1] if at > start else " "
        after = text[at + width] if at + width < end else " "
        if single and before.isalnum() and after.isalnum():
            continue  # an apostrophe: "Jum'at", "don't"
        opens_word = char in opening and (before.isspace() or before in "([") and after.isalnum()
        if open_at is None:
            looks_closing = char in closing and (
                char not in opening
                or (not before.isspace() and (after.isspace() or after in ",.;:"))
            )
            if looks_closing and single:
                pass  # "pilots' union": an apostrophe, not a stray closing mark
            elif looks_closing and at > start:
                begin = _after_quotation(text, closed, at) if closed else start
                begin = _stray_reach(text, begin, at)
                yield Marked(begin, _rstrip(text, begin, at), None, at, NO_OPENING)
                closed = at + width
            elif not (single and after.isspace()):
                open_at, content_start = at, at + width
        elif splits and opens_word and not nested and not single and _ends_sentence(text, at):
            yield Marked(*_strip(text, content_start, at), open_at, None, NO_CLOSING)
            open_at, content_start = at, at + width
        elif opens_word and nest and not single:
            # "… ada tulisan “Bristle” pada kemasan …"; a single mark inside a single-marked
            # quotation is an apostrophe or a slip, never a nested quotation.
            nested += 1
        elif char in closing and nested:
            nested -= 1
        elif char in closing and not opens_word:
            yield Marked(*_strip(text, content_start, at), open_at, at)
            open_at, closed = None, at + width
    if open_at is not None:
        yield Marked(content_start, end, open_at, None, CONTINUES)


def _after_quotation(text: str, closed: int, at: int) -> int:
    """Where the quotation of a stray closing mark at ``at`` starts when a quotation closed
    before it in its paragraph (at ``closed``): at the first sentence after that one's
    attribution ("…,” kata X di Jakarta. Kata X, … . Telah dilakukan …,” ungkap Y"), not
    at the paragraph's start, which would take in the closed quotation too (Pratiwi dev
    topic 4: a press release set as one paragraph, two speakers' words each closed by a
    mark that never opened)."""
    found = _SENTENCE_BREAK.search(text, closed, at)
    begin = found.end() if found else closed
    return _strip(text, begin, at)[0]


def _stray_reach(text: str, begin: int, at: int) -> int:
    """The earliest start of the quotation that a stray closing mark at ``at`` ends: the
    sentence before the mark's own (STRAY_SENTENCES in all). Without its opening mark, where
    the quotation began is unknown, and news quotes a speaker a sentence or two at a time
    before the attribution: of 25 stray closing marks in Pratiwi's train and dev topics, 20
    close at most two sentences from where they would start, and the longer reaches took in
    the reporter's narration (an article set as one paragraph ran 13 sentence stops of it
    before a trader's "…,” terangnya"; a press release's opening before "Kita akan …,” kata
    X")."""
    breaks = list(_SENTENCE_BREAK.finditer(text, begin, at))
    if len(breaks) < STRAY_SENTENCES:
        return begin
    return _strip(text, breaks[-STRAY_SENTENCES].end(), at)[0]


def _ends_sentence(text: str, at: int) -> bool:
    """Whether the text before ``at`` ends a sentence (". “The …")."""
    before = text[max(0, at - 8) : at].rstrip()
    return before.endswith((".", "?", "!", "…"))


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    return start, _rstrip(text, start, end)
