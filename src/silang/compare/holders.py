"""Whether two figures' holders (``Figure.holder``) name one person or body: a word in
common, or an abbreviation the story itself spells out beside its full name ("Internet
Explorer (IE)"). Initials alone prove nothing: "AS" (Amerika Serikat) is no "Agus Salim",
"PM" no "polisi militer"."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

#: A full name of two to six capitalised words and its abbreviation in brackets after it
#: ("Internet Explorer (IE)"), or the abbreviation first ("IE (Internet Explorer)").
_NAME = r"[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){1,5}"
_ABBREVIATION = r"[A-Z][A-Za-z]{1,5}"
_SPELLED = (
    re.compile(rf"(?P<full>{_NAME})\s*\((?P<short>{_ABBREVIATION})\)"),
    re.compile(rf"(?P<short>{_ABBREVIATION})\s*\((?P<full>{_NAME})\)"),
)


def spelled_out(texts: Iterable[str]) -> dict[frozenset[str], frozenset[str]]:
    """Abbreviation (as a holder's one word) → the words of the full name a story's texts
    write it beside, where the full name's initials, in order, are its letters."""
    found: dict[frozenset[str], frozenset[str]] = {}
    for text in texts:
        for pattern in _SPELLED:
            for match in pattern.finditer(text):
                words = match.group("full").split()
                short = match.group("short")
                # "Internet Explorer (IE)" but not "Jakarta Pusat (Senin)": letters in order.
                for start in range(len(words)):
                    tail = words[start:]
                    if "".join(w[0] for w in tail).lower() == short.lower():
                        found[frozenset({short.lower()})] = frozenset(w.lower() for w in tail)
                        break
    return found


def unabbreviated(
    holder: frozenset[str], names: Mapping[frozenset[str], frozenset[str]]
) -> frozenset[str]:
    """A holder with an abbreviation the story spells out read as its full name."""
    return names.get(holder, holder)


def one_holder(a: frozenset[str], b: frozenset[str]) -> bool:
    """Whether two holders' words name one: a word in common (an abbreviation the story
    spells out is read as its full name first, ``unabbreviated``)."""
    return bool(a & b)
