"""Boilerplate: whole paragraphs that are not the story, pieces cut from inside paragraphs
("ADVERTISEMENT", "Baca juga: <headline>", "(dhn/asp)") and pieces cut from the body's end."""

from __future__ import annotations

from collections.abc import Sequence

from silang.clean.credits import credit_line, group, outlet_of
from silang.clean.cuts import Cut, make_cut, non_overlapping
from silang.clean.teasers import headline_end
from silang.lang.base import LanguagePack
from silang.lang.rules import Rules, fold
from silang.model import RemovalKind


def whole_paragraph(
    text: str, packs: Sequence[LanguagePack], leftover: RemovalKind
) -> list[Cut] | None:
    """Cuts covering the whole of ``text`` when the paragraph is not story text; None if it is.

    ``leftover`` names what a paragraph with no letter or digit left is (the kind of whatever
    was cut from it before, or navigation: a divider, a stray bracket).
    """
    credits = credit_line(text, packs)
    if credits is not None:
        return credits
    for pack in packs:
        hit = pack.boilerplate.fullmatch(text) or pack.headings.fullmatch(text)
        if hit is not None:
            return [make_cut(hit[0], 0, len(text))]
    if not any(c.isalnum() for c in text):
        return [Cut(0, len(text), leftover)]
    return None


def inline_cuts(text: str, packs: Sequence[LanguagePack]) -> list[Cut]:
    """Inserts and teasers inside a paragraph, non-overlapping, in order."""
    found: list[Cut] = []
    lowered = fold(text)
    for pack in packs:
        found.extend(_inserts(text, lowered, pack.inserts, packs))
        found.extend(_teasers(text, lowered, pack, packs))
    return non_overlapping(found)


def _inserts(text: str, lowered: str, rules: Rules, packs: Sequence[LanguagePack]) -> list[Cut]:
    cuts: list[Cut] = []
    pos = 0
    while pos <= len(text):
        hit = rules.search(text, pos, lowered)
        if hit is None:
            break
        key, match = hit
        outlet, ok = outlet_of(match, packs)
        if ok and match.end() > match.start():
            cuts.append(make_cut(key, match.start(), match.end(), outlet, group(match, "person")))
            pos = match.end()
        else:
            pos = match.start() + 1
    return cuts


def _teasers(
    text: str, lowered: str, pack: LanguagePack, packs: Sequence[LanguagePack]
) -> list[Cut]:
    cuts: list[Cut] = []
    pos = 0
    while pos < len(text):
        hit = pack.teasers.search(text, pos, lowered)
        if hit is None:
            break
        key, match = hit
        if match.start() == 0:
            # A cue opening the paragraph: the paragraph is the teaser, to its end.
            return [make_cut(key, 0, len(text))]
        end = headline_end(text, match.end(), packs)
        cuts.append(make_cut(key, match.start(), end))
        pos = max(end, match.start() + 1)
    return cuts


def tail_cut(text: str, packs: Sequence[LanguagePack]) -> Cut | None:
    """A wire credit or agency code closing the body: "(AFP)", "(ant)"."""
    lowered = fold(text)
    for pack in packs:
        for key, pattern in pack.tail.rules(lowered):
            match = pattern.search(text)
            if match is None:
                continue
            outlet, ok = outlet_of(match, packs)
            if ok:
                return make_cut(key, match.start(), match.end(), outlet, group(match, "person"))
    return None
