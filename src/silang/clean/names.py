"""What a name in a dateline or credit is: an outlet, a city, or a word in capitals."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal

from silang.lang.base import LanguagePack

Role = Literal["city", "outlet", "capitals"]


def is_known_city(name: str, packs: Sequence[LanguagePack]) -> bool:
    folded = name.casefold()
    return any(folded in pack.cities for pack in packs)


def is_known_outlet(name: str, packs: Sequence[LanguagePack]) -> bool:
    folded = name.casefold()
    return any(folded in pack.outlets for pack in packs)


def is_outlet(name: str, packs: Sequence[LanguagePack]) -> bool:
    """A listed outlet, or a name shaped like one (a domain, "detikJatim", "Garuda News")."""
    return is_known_outlet(name, packs) or any(
        pack.outlet_shapes.fullmatch(name) is not None for pack in packs
    )


def is_capitals(name: str) -> bool:
    """All letters upper case, at least two of them: "SARI CITY", "JAKARTA"."""
    letters = [c for c in name if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def role(name: str, packs: Sequence[LanguagePack]) -> Role | None:
    """A listed city first ("Jakarta"), then an outlet ("VIVA", "KOMPAS.com"), then capitals."""
    if is_known_city(name, packs):
        return "city"
    if is_outlet(name, packs):
        return "outlet"
    if is_capitals(name):
        return "capitals"
    return None
