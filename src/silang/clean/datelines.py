"""Datelines: "JAKARTA, KOMPAS.com -", "WASHINGTON (Reuters) -", "Jakarta - " at a body's start.

The shapes are regexes in each pack's ``datelines.tsv``; this module decides whether the names a
shape caught really are a city and/or an outlet, so that "Presiden - yang ..." or "Jakarta
menjadi ..." stay in the text.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from silang.clean.names import is_known_city, is_known_outlet, is_outlet, role
from silang.extract.metadata import outlet_key
from silang.lang.base import LanguagePack

# "Jakarta, Bandung, dan ..." / "Iksan, Korea Selatan, ...": a list of places, not a dateline.
_PLACE_LIST = re.compile(r"[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,2}(?:,| dan | and )")


@dataclass(frozen=True)
class Found:
    """A dateline at the start of a view's text: ``text[:end]``."""

    end: int
    city: str | None
    outlet: str | None


def find_dateline(
    text: str, packs: Sequence[LanguagePack], site: frozenset[str] = frozenset()
) -> Found | None:
    """The dateline opening ``text``, trying each pack's shapes in order. ``site`` holds the
    outlet keys (``outlet_key``) of the page's own names, which count as known outlets."""
    for pack in packs:
        for shape, pattern in pack.datelines.anchored(text):
            match = pattern.match(text)
            if match is None or match.end() == 0:
                continue
            found = _own_outlet(shape, match, site) or _judge(shape, match, text, packs)
            if found is not None:
                return found
    return None


def _own_outlet(shape: str, match: re.Match[str], site: frozenset[str]) -> Found | None:
    """A dateline that names the page's own outlet ("Kota Sari, Warta Sari –" on Warta Sari)."""
    if not site:
        return None
    a, b = _group(match, "a"), _group(match, "b")
    if shape in ("pair", "paren") and b is not None and outlet_key(b) in site:
        return Found(match.end(), a, b)
    if shape == "pair" and a is not None and b is not None and outlet_key(a) in site:
        return Found(match.end(), b, a)
    if shape in ("single", "known", "lead") and a is not None and outlet_key(a) in site:
        return Found(match.end(), None, a)
    return None


def _group(match: re.Match[str], name: str) -> str | None:
    return match.group(name) if name in match.re.groupindex else None


def _judge(
    shape: str, match: re.Match[str], text: str, packs: Sequence[LanguagePack]
) -> Found | None:
    a, b = _group(match, "a"), _group(match, "b")
    end = match.end()
    if shape == "paren" and b is not None:
        if is_outlet(b, packs):
            return Found(end, a, b)
        if a is not None and role(a, packs) in ("city", "capitals"):
            return Found(end, a, b)
        return None
    if shape == "pair" and a is not None and b is not None:
        return _pair(end, a, b, packs)
    if shape == "single" and a is not None:
        kind = role(a, packs)
        if kind == "outlet":
            return Found(end, None, a)
        if kind in ("city", "capitals"):
            return Found(end, a, None)
        return None
    if shape == "known" and a is not None:
        if is_known_city(a, packs):
            return Found(end, a, None)
        if is_known_outlet(a, packs) or is_outlet(a, packs):
            return Found(end, None, a)
        return None
    if shape in ("lead", "tight") and a is not None:
        # The separator is weak (a comma, a hyphen): only a listed city or an outlet-shaped
        # name opens a dateline, and not when another place follows.
        if _PLACE_LIST.match(text, end):
            return None
        next_word = text[end:].split(" ", 1)[0].rstrip(",.")
        if is_known_city(next_word, packs) or is_outlet(next_word, packs):
            return None
        if is_known_city(a, packs):
            return Found(end, a, None)
        if shape == "lead" and is_outlet(a, packs):
            return Found(end, None, a)
        return None
    return None


def _pair(end: int, a: str, b: str, packs: Sequence[LanguagePack]) -> Found | None:
    """A "CITY, Outlet -" or "Outlet, CITY -": one of the two must be known for what it is."""
    ra, rb = role(a, packs), role(b, packs)
    if ra == "outlet" and rb != "outlet":
        return Found(end, b, a)
    if rb == "outlet":
        return Found(end, a, b)
    if ra in ("city", "capitals"):
        # "SARI CITY, Pacific Wire -": an unknown outlet after a city; "Bandung, Jawa Barat -":
        # a city and its province.
        return Found(end, a, None) if rb == "city" else Found(end, a, b)
    if rb in ("city", "capitals"):
        return Found(end, b, a)
    return None
