"""Plain-text articles: reading them, and extracting body and headline from them."""

from __future__ import annotations

import re

from silang.errors import InputError
from silang.ingest.decode import decode, normalise_newlines
from silang.model import Document, Extracted

#: A headline is a line, not a paragraph: the longest headlines we have seen on Indonesian and
#: English news sites are around 150 characters.
MAX_HEADLINE_CHARS = 200

#: A line ending like this is a sentence, a clause or a dateline ("JAKARTA, KOMPAS.com -"),
#: not a headline. A headline may end with "?" or "!".
_NOT_HEADLINE_END = tuple(".,;:-–—")
_CLOSERS = "\"'”’»)]"
_NEW_SENTENCE = re.compile(r"[\"'“‘«(\[]?[A-Z0-9À-Þ]")
_WORD = re.compile(r"[^\W\d_]{4,}")
#: A full stop, "?" or "!" inside the line followed by a capital: two sentences, a lead paragraph.
_INNER_SENTENCE_END = re.compile(r"[.?!][\"'”’]?\s+[A-Z]")
#: A sentence-case line (not Title Case) counts as a headline only when it is this short and
#: has at most one comma; longer ones were lead paragraphs in the id-hoax-news corpus (600 texts).
_MAX_SENTENCE_CASE_HEADLINE = 120
#: Share of longer words that must be capitalised for a line followed directly by text (no
#: blank line) to count as a Title Case headline ("Banjir Rendam 300 Rumah di Kota Fiktif").
_TITLE_CASE_SHARE = 0.6


def read_text(source: str, data: bytes) -> Document:
    return Document(source=source, media="text", data=data)


def _title_case(line: str) -> bool:
    words = _WORD.findall(line)
    return bool(words) and sum(w[0].isupper() for w in words) / len(words) >= _TITLE_CASE_SHARE


def _is_headline(line: str, following: str, blank_between: bool) -> bool:
    if len(line) > MAX_HEADLINE_CHARS or len(line.split()) < 2:
        return False
    if line.rstrip(_CLOSERS).endswith(_NOT_HEADLINE_END) or _INNER_SENTENCE_END.search(line):
        return False
    if _title_case(line):
        # Without a blank line, a hard-wrapped first paragraph also ends without a period:
        # the next line must start a sentence of its own.
        return blank_between or _NEW_SENTENCE.match(following) is not None
    return blank_between and len(line) <= _MAX_SENTENCE_CASE_HEADLINE and line.count(",") <= 1


#: A line that ends like this may end a sentence or a paragraph; any other line that is followed
#: by one starting in lower case was broken by a hard wrap.
_MAY_END_PARAGRAPH = tuple('.!?:;"”’»)]')
_STARTS_LOWER = re.compile(r"[a-z0-9à-ÿ(,]")


def unwrap_hard_wraps(text: str) -> str:
    """Join lines that a hard wrap split mid-sentence ("sebagai\nikan paling jorok").

    Plain-text sources (mail-outs, scraped dumps, the id-hoax-news corpus) wrap lines at a
    fixed width; left alone, every wrapped line would become a paragraph, and sentences would
    be cut at the wraps. Only a break inside a sentence is joined: the line before must not end
    in sentence punctuation and the line after must start in lower case.
    """
    lines = text.split("\n")
    joined: list[str] = []
    for line in lines:
        if (
            joined
            and joined[-1].strip()
            and line.strip()
            and not joined[-1].rstrip().endswith(_MAY_END_PARAGRAPH)
            and _STARTS_LOWER.match(line.lstrip())
        ):
            joined[-1] = joined[-1].rstrip() + " " + line.lstrip()
        else:
            joined.append(line)
    return "\n".join(joined)


def _same(a: str, b: str) -> bool:
    return " ".join(a.split()).casefold() == " ".join(b.split()).casefold()


def split_headline(text: str, declared_title: str | None = None) -> tuple[str | None, str]:
    """Split a headline off the top of ``text``: (headline or None, body).

    With a ``declared_title`` (from a feed or JSON record) the first line is only taken off
    when it repeats that title; the heuristic is for bare text files.
    """
    lines = text.split("\n")
    filled = [i for i, line in enumerate(lines) if line.strip()]
    if len(filled) < 2:
        return None, text
    first, second = filled[0], filled[1]
    line = lines[first].strip()
    body = "\n".join(lines[first + 1 :]).strip("\n")
    if declared_title is not None:
        return (line, body) if _same(line, declared_title) else (None, text)
    if _is_headline(line, lines[second].strip(), blank_between=second > first + 1):
        return line, body
    return None, text


def extract_text(document: Document) -> Extracted:
    """Body text and, when the first line looks like one, the headline of a plain-text Document."""
    text, _ = decode(document.data, [document.charset])
    text = "\n".join(line.rstrip() for line in normalise_newlines(text).split("\n")).strip()
    if not text:
        raise InputError("no text: the document is empty or only whitespace")
    headline, body = split_headline(text, document.title)
    return Extracted(
        text=unwrap_hard_wraps(body),
        title=document.title or headline,
        published=document.published,
        outlet=document.outlet,
        author=document.author,
        url=document.url,
        language=document.language,
    )
