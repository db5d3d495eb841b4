"""The "per" part after a figure: what one unit of it is counted against ("Rp 6.500/kg",
"US$ 75 per barel", "Rp 553 juta sebulan", "Rp 1,2 juta setiap bulan", "$5 a month").

A rate joins its unit after a slash ("IDR/kg", "IDR/month"), the shape the gold and
silang.compare.money read. A recipient between the amount and its period ("Rp 300 ribu per
keluarga per bulan") is passed over to reach the period and is not part of the unit: "per
jemaah" alone is no unit either (tests/gold/figures/README.md). A period followed by a word
that makes it a span of time ("Rp 5 ribu setahun lalu", "$5 a year ago") is no rate.
"""

from __future__ import annotations

from dataclasses import dataclass

from silang.extract.figures_counted import read_counted
from silang.extract.figures_tokens import Tokens
from silang.lang.figures import FiguresLexicon


@dataclass(frozen=True)
class Rate:
    """The unit a figure is counted per ("month", "kg") and the token after its words."""

    per: str
    end: int


def read_rate(tokens: Tokens, k: int, lx: FiguresLexicon) -> Rate | None:
    """The rate starting at token ``k``: "per kg", "setiap bulan", "a month", "sebulan",
    "per keluarga per bulan"; None when none starts there or it is a span of time."""
    rate = _fused(tokens, k, lx) or _per_unit(tokens, k, lx) or _per_recipient(tokens, k, lx)
    if rate is None or _span_of_time(tokens, rate.end, lx):
        return None
    return rate


def _span_of_time(tokens: Tokens, k: int, lx: FiguresLexicon) -> bool:
    """Whether the words at ``k`` make the period before them a span ("setahun lalu"). A
    capital after a lower-case period opens the next sentence, its stop lost ("Rp 92,2 juta
    per bulan Lalu untuk ...", Pratiwi dev)."""
    if tokens.capitalised(k) and not tokens.capitalised(k - 1):
        return False
    return lx.role("not-rate-after").match(tokens.low, tokens.text, k) is not None


def _per_unit(tokens: Tokens, k: int, lx: FiguresLexicon) -> Rate | None:
    """ "per kg", "/kg", "setiap bulan", "a month", "per US$"."""
    per = lx.role("per").match(tokens.low, tokens.text, k)
    if per is None:
        return None
    return unit_at(tokens, per[1], lx)


def unit_at(tokens: Tokens, k: int, lx: FiguresLexicon) -> Rate | None:
    """The unit or currency written at token ``k`` ("kg", "bulan", "US$"), as a rate's."""
    for table in (lx.units_after, lx.currencies_after, lx.currencies_before):
        found = table.match(tokens.low, tokens.text, k)
        if found is not None:
            return Rate(found[0], found[1])
    return None


def _per_recipient(tokens: Tokens, k: int, lx: FiguresLexicon) -> Rate | None:
    """ "per keluarga per bulan", "setiap penerima sebulan", "per person a month": the period
    after the one who receives it."""
    per = lx.role("per").match(tokens.low, tokens.text, k)
    if per is None:
        return None
    recipient = read_counted(tokens, per[1], lx, skip_words=False)
    if recipient is None:
        return None
    return _fused(tokens, recipient.end, lx) or _per_unit(tokens, recipient.end, lx)


def _fused(tokens: Tokens, k: int, lx: FiguresLexicon) -> Rate | None:
    """A period glued to a "per" prefix: "sebulan", "setahun", "perbulan". Periods only (the
    figures_periods table): other units glued so are as often words of their own
    ("sederajat" is "equivalent", not "per degree")."""
    if not tokens.is_word(k):
        return None
    word = tokens.low[k]
    for prefix, *_ in lx.role("per-prefix").entries:
        period = lx.periods.entries.get((word[len(prefix) :],))
        if word.startswith(prefix) and period is not None:
            return Rate(period, k + 1)
    return None
