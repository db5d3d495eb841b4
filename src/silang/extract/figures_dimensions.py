"""The sides of a rectangle written as one phrase: "8 by 12 feet", "an 8-by-12-foot cell",
"8 x 12 meter", "lahan 8x12 meter".

The unit is written once, after the last side, and measures both: read alone, the first side
would be a bare number and, in "8x12", a label ("12A"). Each side is a figure of its own in
that unit, as each side of a score is, so that a report giving "12 by 8 feet" compares with
it side by side. The word between the sides is the pack's ``dimension-by`` role; a unit must
follow, so "won by 12 points" after a number ("led 8 by halftime") is never a rectangle.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass

from silang.extract.figures_grammar import Figure
from silang.extract.figures_tokens import Tokens
from silang.extract.numbers import parse_digits
from silang.lang.figures import FiguresLexicon

_ROLE = "dimension-by"
_HYPHEN = "-"
#: The units a side is measured in: lengths. "1 x 24 jam", "2 x 45 menit", "8 by 12
#: points" multiply or compare counts; they draw no rectangle.
_LENGTHS = frozenset({"mm", "cm", "m", "km", "in", "ft", "mile"})


def read_dimensions(
    tokens: Tokens, i: int, blocked: Collection[int], lx: FiguresLexicon
) -> tuple[Figure, Figure] | None:
    """The two sides of a rectangle starting at token ``i``, each in the unit after the
    second, or None."""
    first = _side(tokens, i, lx)
    if first is None:
        return None
    k = i + 1
    if tokens.text[k : k + 1] == [_HYPHEN] and tokens.attached(k):
        k += 1  # "8-by-12"
    side = _next_side(tokens, k, lx) or _glued_side(tokens, k, lx)
    if side is None or side.unit not in _LENGTHS or any(j in blocked for j in range(i, side.end)):
        return None
    return (
        Figure(i, i + 1, first, unit=side.unit),
        Figure(side.start, side.end, side.value, unit=side.unit),
    )


@dataclass(frozen=True)
class _Side:
    """The second side: its first token, its value, its unit and the token after them."""

    start: int
    value: float
    unit: str
    end: int


def _side(tokens: Tokens, i: int, lx: FiguresLexicon) -> float | None:
    """The value of a side written in digits at token ``i``."""
    return parse_digits(tokens.text[i], lx) if tokens.is_num(i) else None


def _next_side(tokens: Tokens, k: int, lx: FiguresLexicon) -> _Side | None:
    """ "by 12 feet", "x12 meter", "x 12-foot": the joining word at token ``k``, then the
    side and its unit (a hyphen may join them)."""
    found = lx.role(_ROLE).match(tokens.low, tokens.text, k)
    if found is None:
        return None
    m = found[1]
    value = _side(tokens, m, lx)
    if value is None:
        return None
    after = m + 2 if tokens.text[m + 1 : m + 2] == [_HYPHEN] and tokens.attached(m + 1) else m + 1
    unit = lx.units_after.match(tokens.low, tokens.text, after)
    return None if unit is None else _Side(m, value, unit[0], unit[1])


def _glued_side(tokens: Tokens, k: int, lx: FiguresLexicon) -> _Side | None:
    """ "by-12 feet", "by-12-foot": the tokenizer keeps "by-12" of "8-by-12" one word (a
    joined part may be digits: "Covid-19"), so the joining word, the side and a unit glued
    after it by hyphens are split here."""
    if not tokens.is_word(k):
        return None
    word, _, rest = tokens.low[k].partition(_HYPHEN)
    digits, _, glued = rest.partition(_HYPHEN)
    if (word,) not in lx.role(_ROLE).entries or not digits.isdigit():
        return None
    if glued:
        unit = lx.units_after.match([glued], [glued], 0)
        return None if unit is None else _Side(k, float(digits), unit[0], k + 1)
    after = lx.units_after.match(tokens.low, tokens.text, k + 1)
    return None if after is None else _Side(k, float(digits), after[0], after[1])
