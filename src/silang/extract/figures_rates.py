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
from silang.extract.numbers import parse_digits
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
    return unit_at(tokens, per[1], lx) or _inflected_period(tokens, per[1], lx)


def _inflected_period(tokens: Tokens, k: int, lx: FiguresLexicon) -> Rate | None:
    """A period after "per" written with the pack's inflection: "Rp 553,4 juta per bulannya",
    "Rp 30 juta tiap bulannya" are a month's, as "per bulan" is."""
    if not tokens.is_word(k):
        return None
    word = tokens.low[k]
    for suffix, replacement in lx.inflections:
        period = lx.periods.entries.get((word[: -len(suffix)] + replacement,))
        if word.endswith(suffix) and period is not None:
            return Rate(period, k + 1)
    return None


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


#: The unit of a ratio of one to a number: "rasio 1:20" is a ratio of 20.
RATIO = "ratio"
#: The first term of a ratio read as a figure: one to the number after it.
_ONE_TO = "1:"


def read_ratio(tokens: Tokens, i: int, lx: FiguresLexicon) -> tuple[float, int] | None:
    """The second term of a ratio of one to a number written as one token after a word that
    names a ratio ("indeks 1:12.698", "rasio 1:20", "perbandingan 1:3": the pack's
    ``ratio-before`` role), and the token after it; None for any other token. Without that
    word "1:20" is as often a clock time or a score."""
    token = tokens.text[i]
    if not token.startswith(_ONE_TO):
        return None
    if lx.role("ratio-before").match_before(tokens.low, tokens.text, i) is None:
        return None
    value = parse_digits(token[len(_ONE_TO) :], lx)
    return None if value is None or value <= 1 else (value, i + 1)
