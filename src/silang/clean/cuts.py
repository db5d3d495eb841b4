"""A piece a cleaning rule takes out of a paragraph, in the paragraph view's offsets."""

from __future__ import annotations

from dataclasses import dataclass
from typing import cast

from silang.lang.rules import CREDIT_RELATIONS
from silang.model import CreditRelation, RemovalKind

#: Credit relations that name people; their lines are bylines, the others credit an outlet.
PEOPLE: frozenset[str] = frozenset({"author", "editor", "reporter"})


@dataclass(frozen=True)
class Cut:
    """``view.text[start:end]`` is taken out as ``kind``; with a ``relation`` it is a credit."""

    start: int
    end: int
    kind: RemovalKind
    relation: CreditRelation | None = None
    outlet: str | None = None
    person: str | None = None


def make_cut(
    key: str, start: int, end: int, outlet: str | None = None, person: str | None = None
) -> Cut:
    """A Cut from a pack rule's key: a removal kind, or a credit relation (checked at load)."""
    if key in CREDIT_RELATIONS:
        relation = cast(CreditRelation, key)
        kind: RemovalKind = "byline" if key in PEOPLE else "credit"
        return Cut(start, end, kind, relation, outlet, person)
    return Cut(start, end, cast(RemovalKind, key))


def non_overlapping(cuts: list[Cut]) -> list[Cut]:
    """Leftmost first, longest at the same start; a cut overlapping a kept one is dropped."""
    kept: list[Cut] = []
    for c in sorted(cuts, key=lambda c: (c.start, -c.end)):
        if c.end > c.start and (not kept or c.start >= kept[-1].end):
            kept.append(c)
    return kept
