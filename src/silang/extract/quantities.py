"""Quantities of an article: every figure with its value, bounds, qualifier, unit, counted
thing and the source its sentence gives.

Dates are found first (figures_timescan) so that "4-9 Maret" or "pukul 06.00" are never
figures, and a sentence with neither a digit nor a number word is skipped untouched.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from silang.extract.attribution import find_sources, nearest_source
from silang.extract.figures_dates import TimeSpec
from silang.extract.figures_dimensions import read_dimensions
from silang.extract.figures_grammar import (
    Figure,
    is_money,
    points_of_shares,
    read_figure,
    read_ordinal_count,
    read_score,
    read_share,
    share_counted,
)
from silang.extract.figures_rates import RATIO, read_ratio
from silang.extract.figures_timescan import scan_times
from silang.extract.figures_tokens import (
    Tokens,
    address_tokens,
    may_hold_figures,
    phone_tokens,
    tokenize,
)
from silang.extract.numbers import decimal_mark_groups
from silang.lang.figures import FiguresLexicon
from silang.lang.time_units import PERIODS
from silang.model import Quantity, Span


def find_quantities(
    text: str, sentences: Sequence[Span], lexicon: FiguresLexicon
) -> tuple[Quantity, ...]:
    """Every quantity in ``text``, sentence by sentence, in order. How the whole text writes
    its numbers says how to read a "543,461" in one sentence (decimal_mark_groups)."""
    found: list[Quantity] = []
    decimal_groups = decimal_mark_groups(text, lexicon.decimal, lexicon.group)
    for sentence in sentences:
        if not may_hold_figures(text, sentence, lexicon):
            continue
        tokens = tokenize(text, sentence.start, sentence.end)
        found.extend(sentence_quantities(text, tokens, lexicon, decimal_groups))
    return tuple(found)


def sentence_quantities(
    text: str, tokens: Tokens, lexicon: FiguresLexicon, decimal_groups: bool | None = None
) -> list[Quantity]:
    """The quantities of one sentence's tokens; ``decimal_groups`` as read_figure takes it."""
    specs = scan_times(tokens, lexicon)
    times = {k for spec in specs for k in range(spec.first, spec.last)}
    times -= _lengths_ago(tokens, specs, lexicon)
    blocked = (
        times
        | phone_tokens(text, tokens, lexicon)
        | address_tokens(text, tokens)
        | _not_numbers(tokens, lexicon)
    )
    figures: list[Figure] = []
    antecedent = None
    i = 0
    while i < len(tokens):
        score = (
            None
            if i in blocked
            else read_score(tokens, i, blocked, lexicon)
            or read_dimensions(tokens, i, blocked, lexicon)
        )
        if score is not None:
            figures.extend(score)  # each side its own figure, never a range
            i = score[1].last
            continue
        # A word naming a ratio makes "1:25" one, though it reads as a clock time too.
        figure = _ratio(tokens, i, lexicon) or (
            None
            if i in blocked
            else read_share(tokens, i, blocked, lexicon)
            or read_ordinal_count(tokens, i, blocked, lexicon)
            or read_figure(tokens, i, blocked, lexicon, antecedent, decimal_groups=decimal_groups)
        )
        if figure is None:
            i += 1
            continue
        figure = _term_of_amount(figures, figure, tokens, blocked, lexicon, decimal_groups)
        figure = points_of_shares(figure, tokens, lexicon)
        if figure.value is not None:
            figures.append(figure)
            antecedent = figure.noun or antecedent
        i = figure.last
    if not figures:
        return []
    figures = _period_of_restated(share_counted(figures, tokens, lexicon), tokens, lexicon)
    sources = find_sources(text, tokens, times, lexicon)
    quantities = []
    for figure in figures:
        start, end = tokens.start[figure.first], tokens.end[figure.last - 1]
        source = nearest_source(sources, figure.first)
        quantities.append(
            Quantity(
                start=start,
                end=end,
                text=text[start:end],
                value=figure.value or 0.0,
                low=figure.low,
                high=figure.high,
                qualifier=figure.qualifier,
                unit=figure.unit,
                counted=figure.counted,
                counted_class=figure.counted_class,
                attributed_to=source.name if source else None,
                attribution_start=source.start if source else None,
                attribution_end=source.end if source else None,
                other_value=figure.other_value,
            )
        )
    return quantities


def _term_of_amount(
    figures: Sequence[Figure],
    figure: Figure,
    tokens: Tokens,
    blocked: set[int],
    lexicon: FiguresLexicon,
    decimal_groups: bool | None,
) -> Figure:
    """``figure`` read again without its first word where that word, right after an amount of
    money, gives the term the amount runs over, not a bound of the figure ("$140 million
    over seven years" is seven years, not more than seven; the pack's ``term-after-amount``
    role). "He served over four years" has no amount before it, and stays more than four."""
    last = figures[-1] if figures else None
    if last is None or last.last != figure.first or last.unit is None:
        return figure
    if not is_money(last.unit, lexicon):
        return figure
    word = lexicon.role("term-after-amount").match(tokens.low, tokens.text, figure.first)
    if word is None:
        return figure
    again = read_figure(tokens, word[1], blocked, lexicon, None, decimal_groups=decimal_groups)
    if again is None or again.value is None or again.unit not in PERIODS:
        return figure
    return again


def _period_of_restated(
    figures: Sequence[Figure], tokens: Tokens, lexicon: FiguresLexicon
) -> list[Figure]:
    """The figures with a sum restated in another currency given the period written after
    the restatement: "USD 437,000 atau (setara) Rp 6 miliar per tahun" is a yearly sum twice,
    the period closing the phrase that gives both. In one currency the second sum is another
    amount ("Rp 62 juta atau Rp 752 juta per tahun" is a month's and a year's) and keeps its
    own."""
    restated = list(figures)
    for n in range(len(restated) - 1):
        first, second = restated[n], restated[n + 1]
        if first.unit is None or second.unit is None or "/" in first.unit:
            continue
        currency, _, period = second.unit.partition("/")
        if not period or currency == first.unit or not is_money(first.unit, lexicon):
            continue
        joiner = lexicon.role("joiner-or").match(tokens.low, tokens.text, first.last)
        if joiner is None or not is_money(currency, lexicon):
            continue
        equal = lexicon.role("equivalent").match(tokens.low, tokens.text, joiner[1])
        if second.first in (joiner[1], equal[1] if equal else joiner[1]):
            restated[n] = replace(first, unit=f"{first.unit}/{period}")
    return restated


def _lengths_ago(tokens: Tokens, specs: Sequence[TimeSpec], lexicon: FiguresLexicon) -> set[int]:
    """The tokens of the length of time inside each time told as a span before an event the
    story tells (the pack's ``ago-event``: "nine days earlier"): the time is a date, and
    its number and period are also a figure, the time between the two events (how long
    after the attack she died), which another report may give as "nine days after". A span
    back from the writing ("three days ago") is a date only: its length moves with the day
    of publication. The word that makes it a date stays the time's."""
    lengths: set[int] = set()
    for spec in specs:
        if spec.kind != "ago":
            continue
        ago = lexicon.role("ago-event").match_before(tokens.low, tokens.text, spec.last)
        if ago is not None:
            lengths.update(range(spec.first, ago[1]))
    return lengths


def _ratio(tokens: Tokens, i: int, lexicon: FiguresLexicon) -> Figure | None:
    """ "indeks 1:12.698": the ratio's second term, a figure in the ratio unit."""
    found = read_ratio(tokens, i, lexicon)
    return None if found is None else Figure(i, found[1], found[0], unit=RATIO)


def _not_numbers(tokens: Tokens, lexicon: FiguresLexicon) -> set[int]:
    """Tokens of phrases whose number word is no figure ("salah satu", "one of")."""
    phrases = lexicon.role("not-number")
    blocked: set[int] = set()
    for i in range(len(tokens)):
        found = phrases.match(tokens.low, tokens.text, i)
        if found is not None:
            blocked.update(range(i, found[1]))
    return blocked
