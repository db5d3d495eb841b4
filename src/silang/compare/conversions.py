"""Amounts given with their conversion into another currency: "2 million euros ($2.6
million)", "2m euros (£1.7m; $2.6m)". No exchange rate is known here, so two currencies'
amounts can be neither equal nor in dispute; a report that writes one amount in two currencies
side by side says they are one, and the slots of the two join (ECB+ dev topic 24: the euro,
pound and dollar values of one haul).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from itertools import pairwise

from silang.compare.figures import Figure
from silang.compare.money import currency, is_money
from silang.disjoint import DisjointSets

#: What stands between an amount and its conversion: an opening bracket ("2 million euros
#: ($2.6 million)"), or the mark that parts two conversions inside one ("(£1.7m; $2.6m)").
_BESIDE = re.compile(r"\s*[(\[;/]\s*")

_Key = tuple[str, int]


def _key(figure: Figure) -> _Key:
    return figure.article_id, figure.quantity.start


def _converted(a: Figure, b: Figure, text: str) -> bool:
    """Whether ``b`` writes ``a``'s amount in another currency right after it."""
    qa, qb = a.quantity, b.quantity
    return (
        other_currencies(qa.unit, qb.unit)
        and qa.end <= qb.start
        and _BESIDE.fullmatch(text, qa.end, qb.start) is not None
    )


def join_conversions(
    groups: Sequence[list[Figure]], texts: Mapping[str, str]
) -> list[list[Figure]]:
    """``groups`` with those joined whose figures one report gives as one amount in two
    currencies."""
    group_of = {_key(f): n for n, group in enumerate(groups) for f in group}
    money = sorted((f for group in groups for f in group if is_money(f.quantity.unit)), key=_key)
    joined: DisjointSets[int] = DisjointSets()
    for a, b in pairwise(money):
        if a.article_id == b.article_id and _converted(a, b, texts[a.article_id]):
            joined.join(group_of[_key(a)], group_of[_key(b)])
    merged: dict[int, list[Figure]] = {}
    for n, group in enumerate(groups):
        merged.setdefault(joined.find(n), []).extend(group)
    return list(merged.values())


def other_currencies(a_unit: str | None, b_unit: str | None) -> bool:
    """Whether two amounts are in two currencies: with no rate, neither equal nor apart."""
    return is_money(a_unit) and is_money(b_unit) and currency(a_unit) != currency(b_unit)
