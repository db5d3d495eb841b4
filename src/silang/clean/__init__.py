"""Cleaning: take boilerplate, datelines and credit lines out of an extracted body, and say what
was taken out and where.

``clean(raw, packs)`` keeps the story's paragraphs (joined by a blank line, whitespace inside a
paragraph collapsed) and records every piece it removes as a Removal with offsets into ``raw``,
the opening dateline as a Dateline, and the outlets and people the body credits as Credits.
``packs`` is the article's language pack first, then the others: pages carry inserts in other
languages ("ADVERTISEMENT" on Indonesian pages), so the union of their rules applies.

Every language-specific word and pattern is pack data (``lang/<code>/*.tsv``, ``*.txt``); the
modules here only know shapes: lines, views, datelines, credits, teasers, lists of links.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from silang.clean.credits import citations
from silang.clean.cuts import Cut
from silang.clean.lines import line_spans
from silang.clean.link_lists import MAX_HEADLINES, heading_kind, is_headline
from silang.clean.paragraphs import Record, settle
from silang.clean.titles import clean_title
from silang.clean.view import View, raw_pieces, view_of
from silang.extract.metadata import outlet_key
from silang.lang.base import LanguagePack
from silang.lang.rules import Rules, fold
from silang.model import Cleaned, RemovalKind

__all__ = ["clean", "clean_title"]


def clean(
    raw: str,
    packs: Sequence[LanguagePack],
    title: str | None = None,
    site_names: Sequence[str | None] = (),
) -> Cleaned:
    """The story text of ``raw`` and a record of everything taken out of it.

    ``title`` is the page's headline when known: HTML extraction often repeats it as the first
    line of the body, where it would hide the dateline that opens the first real paragraph.
    ``site_names`` are the names the page goes by (site name, URL host): a dateline that names
    one of them is taken even when the outlet is in no list.
    """
    record = Record(raw, site=frozenset(filter(None, map(outlet_key, site_names))))
    views = [view_of(raw, start, end) for start, end in line_spans(raw)]
    # One scan of the whole body says which paragraphs may hold inserts or teasers; the others
    # skip those rules (a paragraph at a time, most of the time goes on rules that find nothing).
    maybe = _flag(views, packs, lambda pack: (pack.inserts, pack.teasers))
    kept: list[View] = []
    listing: RemovalKind | None = None  # the kind of the list of links we are in, if any
    listed = 0
    for i, raw_view in enumerate(views):
        if listing is not None and listed < MAX_HEADLINES and is_headline(raw_view.text):
            record.take(raw_view, [Cut(0, len(raw_view.text), listing)])
            listed += 1
            continue
        if not kept and title and _same_words(raw_view.text, title):
            record.take(raw_view, [Cut(0, len(raw_view.text), "headline")])
            continue
        listing, listed = heading_kind(raw_view.text, packs), 0
        if listing is not None:
            record.take(raw_view, [Cut(0, len(raw_view.text), listing)])
            continue
        view = settle(raw_view, packs, record, first=not kept, last=False, inline=i in maybe)
        if view.text:
            kept.append(view)
    # The body's end is known only now: wire credits and agency codes closing it, and whatever
    # that uncovers, come off the last paragraph (and off the one before, if it empties).
    while kept:
        view = settle(kept[-1], packs, record, first=len(kept) == 1, last=True, inline=False)
        if view.text:
            kept[-1] = view
            break
        kept.pop()
    for i in sorted(_flag(kept, packs, lambda pack: (pack.citations,))):
        view = kept[i]
        for c in citations(view.text, packs):
            pieces = raw_pieces(view, raw, c.start, c.end)
            if pieces:
                record.credit(c, pieces[0][0], pieces[-1][1])
    return Cleaned(
        text="\n\n".join(view.text for view in kept),
        removed=tuple(sorted(record.removed, key=lambda r: (r.start, r.end))),
        credits=tuple(sorted(record.credits, key=lambda c: (c.start, c.end))),
        dateline=record.dateline,
    )


def _same_words(line: str, title: str) -> bool:
    return fold(" ".join(line.split())) == fold(" ".join(title.split()))


def _flag(
    views: Sequence[View],
    packs: Sequence[LanguagePack],
    tables: Callable[[LanguagePack], tuple[Rules, ...]],
) -> set[int]:
    """Indices of the views in which some rule of the packs' ``tables`` may match."""
    if not views:
        return set()
    starts: list[int] = []
    position = 0
    for view in views:
        starts.append(position)
        position += len(view.text) + 1
    joined = "\n".join(view.text for view in views)
    lowered = fold(joined)
    every = [rules for pack in packs for rules in tables(pack)]
    # Packs share many probes ("read" is in both): look for each once.
    present = {s for s in {s for rules in every for s in rules.probes} if s in lowered}
    flagged: set[int] = set()
    for rules in every:
        flagged |= rules.flag(joined, lowered, starts, present)
    return flagged
