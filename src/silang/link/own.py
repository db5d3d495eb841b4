"""Own material: what each side of a link reports that the other does not.

A rewrite carries another report's sentences in its own words; a careful reader still keeps
it apart as its own origin when it adds its own counts, quotes or officials
(tests/gold/brief/README.md). What a side adds is counted here, outside the stretches the
link's evidence aligns: figures whose value the other side never gives, direct quotes the
other side does not print, and people quoted or credited with a figure whom the other side
never names. Beside them, how many direct quotes both sides print word for word: the
versions of one wire story keep the same quotes however much each adds or drops.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from itertools import pairwise

from silang.link.text import bare, words
from silang.model import Annotated, Evidence, Link, OwnMaterial, Quantity, Quote

#: A direct quote this many words or longer is a statement of its own; a shorter one is a
#: phrase the writer marks ("disebut 'hoaks'").
QUOTE_WORDS = 4
#: Share of a quote's word pairs the other text must hold for it to print the quote too
#: (with a word changed or a typo: "kaum" and "kau").
SHARED_QUOTE = 0.5
#: Share of the shorter version's word pairs the longer must hold for two quotes to be one
#: printed word for word (a spelling such as "Web sites" and "websites", a trimmed tail aside).
VERBATIM_QUOTE = 0.9


def own_material(a: Annotated, b: Annotated, evidence: Sequence[Evidence]) -> OwnMaterial:
    """How many figures, direct quotes and speakers ``a`` and ``b`` each give that the other
    does not, outside what ``evidence`` (spans ``a_*`` in ``a``, ``b_*`` in ``b``) aligns; and
    how many direct quotes both print word for word."""
    in_a = [(e.a_start, e.a_end) for e in evidence]
    in_b = [(e.b_start, e.b_end) for e in evidence]
    return OwnMaterial(_own(a, b, in_a), _own(b, a, in_b), _shared_quotes(a, b))


def with_own_material(links: Sequence[Link], items: Sequence[Annotated]) -> list[Link]:
    """``links`` with each rewrite's ``own`` filled in (``origins`` reads it); other links as
    they are, for a copy carries its source whatever it adds."""
    by_id = {item.article.id: item for item in items}
    return [
        replace(link, own=own_material(by_id[link.a], by_id[link.b], link.evidence))
        if link.relation == "rewrite" and link.a in by_id and link.b in by_id
        else link
        for link in links
    ]


def _own(side: Annotated, other: Annotated, aligned: list[tuple[int, int]]) -> int:
    """Own quotes and named sources of ``side``; its own figures count only beside them, for
    a figure alone is as often a sentence the other version dropped as reporting of its own."""

    def free(start: int, end: int) -> bool:
        return not any(s < end and start < e for s, e in aligned)

    pairs = _pairs(other.article.text)
    quotes = sum(
        not _printed(own, pairs, SHARED_QUOTE)
        for quote, own in _statements(side)
        if free(quote.start, quote.end)
    )
    named = {bare(w.text) for w in words(other.article.text)}
    speakers = {q.speaker for q in side.quotes if q.speaker and free(q.start, q.end)}
    speakers |= {
        q.attributed_to for q in side.quantities if q.attributed_to and free(q.start, q.end)
    }
    officials = [s for s in _sources(speakers) if not _name_words(s) & named]
    if not quotes and not officials:
        return 0
    given = {_figure(q) for q in other.quantities}
    figures = {
        _figure(q)
        for q in side.quantities
        if free(q.start, q.end) and _counts(q) and _figure(q) not in given
    }
    return len(figures) + quotes + len(officials)


def _figure(quantity: Quantity) -> tuple[float, str | None, str | None]:
    """What a figure says: "6 berths" and "six minutes" are two figures."""
    return (quantity.value, quantity.unit, quantity.counted_class)


def _counts(quantity: Quantity) -> bool:
    """Whether a figure can be reporting of its own: not an age or span of years ("42-year-old",
    "built in 1887"), nor a bare number that reads as a year."""
    if quantity.unit == "year":
        return False
    bare_number = quantity.unit is None and quantity.counted_class is None
    return not (bare_number and 1800 <= quantity.value <= 2100)


def _sources(speakers: set[str]) -> list[str]:
    """The named people and organisations among ``speakers``: not a group noun ("rail
    officials"), and one person once ("Ruth Calder" inside "Mayor Ruth Calder")."""
    named = sorted(s for s in speakers if s[:1].isupper())
    kept: list[str] = []
    # Longest first, so that a name is dropped when a longer one (or one with the same
    # words, "Calder, Ruth") was kept before it.
    for name in sorted(named, key=lambda s: -len(_name_words(s))):
        if not any(_name_words(name) <= _name_words(other) for other in kept):
            kept.append(name)
    return kept


def _name_words(name: str) -> set[str]:
    return {bare(w.text) for w in words(name)}


def _shared_quotes(a: Annotated, b: Annotated) -> int:
    """How many direct quotes ``a`` and ``b`` both print word for word: the shorter version
    of each holds nearly all its word pairs in the longer, so a trimmed tail still matches."""
    left = [own for _, own in _statements(b)]
    shared = 0
    for _, own in _statements(a):
        match = next(
            (
                i
                for i, theirs in enumerate(left)
                if len(own & theirs) >= VERBATIM_QUOTE * min(len(own), len(theirs))
            ),
            None,
        )
        if match is not None:
            shared += 1
            del left[match]
    return shared


def _statements(side: Annotated) -> list[tuple[Quote, set[tuple[str, str]]]]:
    """``side``'s direct quotes long enough to be statements, each with its word pairs."""
    found = [(quote, _pairs(quote.text)) for quote in side.quotes if quote.direct]
    return [(quote, own) for quote, own in found if len(own) + 1 >= QUOTE_WORDS]


def _printed(quote: set[tuple[str, str]], pairs: set[tuple[str, str]], share: float) -> bool:
    """Whether a text with word pairs ``pairs`` prints a quote with word pairs ``quote``."""
    return len(quote & pairs) >= share * len(quote)


def _pairs(text: str) -> set[tuple[str, str]]:
    """The text's neighbouring words, lower-cased."""
    found = [bare(w.text) for w in words(text)]
    return set(pairwise(found))
