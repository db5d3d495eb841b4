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
    write it beside, where the full name's initials, in order, are its letters. One spelled
    out two ways ("Polisi Militer (PM)", "Perdana Menteri (PM)") names neither: reading it
    as either would hang on which report comes first."""
    found: dict[frozenset[str], frozenset[str]] = {}
    twice: set[frozenset[str]] = set()
    for text in texts:
        for pattern in _SPELLED:
            for match in pattern.finditer(text):
                words = match.group("full").split()
                short = match.group("short")
                # "Internet Explorer (IE)" but not "Jakarta Pusat (Senin)": letters in order.
                for start in range(len(words)):
                    tail = words[start:]
                    if "".join(w[0] for w in tail).lower() == short.lower():
                        key, full = frozenset({short.lower()}), frozenset(w.lower() for w in tail)
                        if found.setdefault(key, full) != full:
                            twice.add(key)
                        break
    return {key: full for key, full in found.items() if key not in twice}


def unabbreviated(
    holder: frozenset[str], names: Mapping[frozenset[str], frozenset[str]]
) -> frozenset[str]:
    """A holder with an abbreviation the story spells out read as its full name."""
    return names.get(holder, holder)


def maybe_initials(a: frozenset[str], b: frozenset[str]) -> bool:
    """Whether one holder is a single word whose letters are the other's initials ("AS" and
    "Amerika Serikat", and also "Agus Salim"): no proof they are one, but no proof they are
    two either, so two such holders keep a dispute (slots.judge_pair)."""
    for short, full in ((a, b), (b, a)):
        if len(short) == 1 and len(full) > 1:
            (word,) = short
            if sorted(word) == sorted(w[0] for w in full):
                return True
    return False


def one_holder(a: frozenset[str], b: frozenset[str]) -> bool:
    """Whether two holders' words name one: a word in common. Callers pass holders already
    read through ``unabbreviated`` where the story spells an abbreviation out (slots._group)."""
    return bool(a & b)
