"""Credit lines ("Editor: Nama", "Sumber: detikcom", "(kompas.com/ Nama)") and the outlets a
story cites in its own sentences ("seperti dilansir dari Antara")."""

from __future__ import annotations

import re
from collections.abc import Sequence

from silang.clean.cuts import Cut, make_cut
from silang.clean.names import is_outlet
from silang.lang.base import LanguagePack, fold

# Between the credits of one line: "Penulis: A | Editor: B", "(Reporting by A; Editing by B)".
_DELIMITER = re.compile(r"[ |;•·/,]*")
# A credit ends at the end of the line, at a delimiter, or before the next "Label:".
_CREDIT_END = re.compile(r" ?[|;•·/,)]| \w+ ?:|$")


def group(match: re.Match[str], name: str) -> str | None:
    """A named group's text, or None where the rule has no such group or it did not take part."""
    return match.group(name) if name in match.re.groupindex else None


def outlet_of(match: re.Match[str], packs: Sequence[LanguagePack]) -> tuple[str | None, bool]:
    """The outlet a rule caught, and whether it passes: an ``agency`` group must look like an
    outlet (a domain, a listed name); an ``outlet`` group may be any name."""
    agency = group(match, "agency")
    if agency is not None:
        return agency, is_outlet(agency, packs)
    return group(match, "outlet"), True


def credit_line(text: str, packs: Sequence[LanguagePack]) -> list[Cut] | None:
    """The credits a paragraph consists of, or None when it is not (only) credits."""
    for opening in (0, 1) if text.startswith("(") else (0,):
        cuts = _chain(text, opening, packs)
        if cuts:
            return cuts
    return None


def _chain(text: str, pos: int, packs: Sequence[LanguagePack]) -> list[Cut] | None:
    found: list[tuple[str, int, int, str | None, str | None]] = []
    closing = pos == 1
    while True:
        delimiters = _DELIMITER.match(text, pos)
        pos = delimiters.end() if delimiters else pos
        if pos >= len(text) or (closing and text[pos:].strip() == ")"):
            break
        hit = _credit_at(text, pos, packs)
        if hit is None:
            return None
        found.append(hit)
        pos = hit[2]
    if not found:
        return None
    cuts: list[Cut] = []
    for i, (key, at, _end, outlet, person) in enumerate(found):
        # Each credit takes the delimiters after it, the first one also the opening bracket,
        # so that together they cover the whole line.
        start = 0 if i == 0 else at
        end = found[i + 1][1] if i + 1 < len(found) else len(text)
        cuts.append(make_cut(key, start, end, outlet, person))
    return cuts


def _credit_at(
    text: str, pos: int, packs: Sequence[LanguagePack]
) -> tuple[str, int, int, str | None, str | None] | None:
    for pack in packs:
        for key, pattern in pack.credits.anchored(text, pos):
            match = _match_at(pattern, text, pos)
            if match is None:
                continue
            outlet, ok = outlet_of(match, packs)
            if ok:
                return key, pos, match.end(), outlet, group(match, "person")
    return None


def _match_at(pattern: re.Pattern[str], text: str, pos: int) -> re.Match[str] | None:
    """The rule's match at ``pos`` cut back to a credit's end: its longest prefix that ends where
    ``_CREDIT_END`` allows (a person's name stops before "Editor:")."""
    match = pattern.match(text, pos)
    if match is None or _CREDIT_END.match(text, match.end()):
        return match
    for end in range(match.end() - 1, pos, -1):  # shorter matches, longest first
        if _CREDIT_END.match(text, end):
            shorter = pattern.fullmatch(text, pos, end)
            if shorter is not None:
                return shorter
    return None


def citations(text: str, packs: Sequence[LanguagePack]) -> list[Cut]:
    """Outlets cited in the story's sentences, as (not removed) cuts over the outlet's name."""
    found: list[Cut] = []
    lowered = fold(text)
    for pack in packs:
        rules = pack.citations
        for i in rules.candidates(lowered):
            strength = rules.keys[i]
            group_name = "agency" if strength == "agency" else "outlet"
            for match in rules.finditer(i, text, lowered):
                name = group(match, group_name)
                if name is None:
                    continue
                if strength == "agency" and not is_outlet(name, packs):
                    continue
                start, _ = match.span(group_name)
                name = _outlet_prefix(name, packs)
                found.append(make_cut("cited", start, start + len(name), name))
    kept: list[Cut] = []
    for c in sorted(found, key=lambda c: (c.start, -c.end)):
        if not any(c.start < k.end and k.start < c.end for k in kept):
            kept.append(c)
    return kept


def _outlet_prefix(name: str, packs: Sequence[LanguagePack]) -> str:
    """The longest run of leading words of ``name`` that is an outlet, else ``name``: a cited
    name may run on into the sentence ("dilansir dari Republika Setelah itu ...")."""
    words = name.split(" ")
    for size in range(len(words), 0, -1):
        candidate = " ".join(words[:size])
        if is_outlet(candidate, packs):
            return candidate
    return name
