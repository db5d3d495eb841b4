"""HTML articles: reading them, and extracting body text and metadata with trafilatura.

trafilatura runs with its default balance (neither ``favor_recall`` nor ``favor_precision``),
``include_comments=False`` and tables kept. Measured on hand-made Indonesian news pages (nav,
ads, "Baca juga" inserts as paragraphs, as bold links, as boxes with link lists; <br>-separated
bodies; bodies split by ad slots; layout tables; lists, blockquotes, data tables):

- all three modes kept every "Baca juga:" line that sits in the body — cleaning removes those
  later and records what it removed, so extraction must not drop them;
- ``favor_precision`` dropped a body sentence held in a bare <div> and a "Baca juga:" box;
- ``favor_recall`` kept nothing the default missed and added a stray "Baca juga" heading from a
  box after the article; it was not faster (0.039 s vs 0.042 s on a 77 KB page);
- ``include_tables=False`` loses the whole body of pages laid out with tables.

Dates: trafilatura looks only at structural evidence (meta tags, <time>, date-classed elements,
the URL): with htmldate's extensive search on, a page with no date but a "© 2023" footer was
dated 2023-01-01. If that finds nothing, htmldate's extensive search reads the text ("Senin
(28/10/2024)") and its answer is kept unless it is a month or year written as the 1st — its
last-resort guesses (a real date on the 1st of a month is lost only in this fallback).

HTML fragments (a feed's content:encoded, a JSON ``text`` field with markup) are wrapped in
<html><body><article> first: trafilatura returns nothing for a lone <p> otherwise.
"""

from __future__ import annotations

import re

import htmldate
import trafilatura
from trafilatura.settings import Document as Found
from trafilatura.settings import set_date_params

from silang.errors import InputError
from silang.ingest.decode import declared_charset, decode
from silang.model import Document, Extracted

_DOCUMENT_TAG = re.compile(r"<(?:html|body)[\s>]", re.IGNORECASE)
_HTML_LANG = re.compile(r"""<html[^>]*?\slang\s*=\s*["']?([A-Za-z]{2,3})""", re.IGNORECASE)
#: Old two-letter code for Indonesian, still seen in lang attributes and feed <language>.
_OLD_CODES = {"in": "id"}
_FRAGMENT_WRAPPER = "<html><body><article>{}</article></body></html>"


def read_html(source: str, data: bytes) -> Document:
    return Document(source=source, media="html", data=data, charset=declared_charset(data))


def language_code(tag: str | None) -> str | None:
    """The primary subtag of a language tag, lower-cased: "id-ID" → "id", "in" → "id"."""
    if not tag:
        return None
    primary = re.split(r"[-_]", tag.strip(), maxsplit=1)[0].lower()
    if not primary.isalpha() or not 2 <= len(primary) <= 3:
        return None
    return _OLD_CODES.get(primary, primary)


def _clean_text(text: str) -> str:
    lines = (line.strip() for line in text.split("\n"))
    return "\n".join(line for line in lines if line)


def _guessed_date(markup: str, url: str | None) -> str | None:
    guess = htmldate.find_date(markup, url=url, extensive_search=True, original_date=True)
    return None if guess is None or guess.endswith("-01") else guess


def extract_html(document: Document) -> Extracted:
    """Body text (paragraphs separated by "\\n") and metadata of an HTML Document.

    Metadata the container declared (Document fields) wins over what the page says.
    Raises InputError when the page holds no article text.
    """
    markup, _ = decode(document.data, [document.charset, declared_charset(document.data)])
    if not markup.strip():
        raise InputError("no text: the HTML document is empty")
    if _DOCUMENT_TAG.search(markup[:4096]) is None:
        markup = _FRAGMENT_WRAPPER.format(markup)
    try:
        found = trafilatura.bare_extraction(
            markup,
            url=document.url,
            with_metadata=True,
            include_comments=False,
            include_tables=True,
            deduplicate=False,
            date_extraction_params={**set_date_params(extensive=False), "url": document.url},
        )
    except (ValueError, TypeError) as exc:  # lxml on pathological markup
        raise InputError(f"HTML could not be parsed: {exc}") from exc
    text = _clean_text(found.text or "") if isinstance(found, Found) else ""
    if not isinstance(found, Found) or not text:
        raise InputError(
            "no article text found in the HTML (empty, truncated before the body, or only "
            "navigation and boilerplate)"
        )
    declared = document.published or found.date
    guessed = None if declared else _guessed_date(markup, document.url)
    lang = _HTML_LANG.search(markup[:4096])
    return Extracted(
        text=text,
        title=document.title or found.title or None,
        published=declared or guessed or None,
        published_inferred=guessed is not None,
        outlet=document.outlet or found.sitename or None,
        author=document.author or found.author or None,
        url=document.url or found.url or None,
        language=document.language or language_code(lang.group(1) if lang else None),
    )
