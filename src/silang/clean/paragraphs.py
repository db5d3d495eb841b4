"""Clean one paragraph to a fixed point, recording every removal against the raw body.

Each rule family (whole paragraph, dateline, body end, inserts) is tried in turn on what is left
until none finds anything. Because the kept text is exactly the final view's text, cleaning it
again finds nothing more: that is what makes ``clean`` idempotent.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from silang.clean.boilerplate import inline_cuts, tail_cut, whole_paragraph
from silang.clean.cuts import Cut
from silang.clean.datelines import find_dateline
from silang.clean.view import View, cut, raw_pieces
from silang.lang.base import LanguagePack
from silang.model import Credit, Dateline, Removal, RemovalKind


@dataclass
class Record:
    """What cleaning took out of one raw body so far."""

    raw: str
    #: Comparison keys of the names the page itself goes by (site name, URL host): a dateline
    #: naming one of them is the page's own, even when the name is in no outlet list.
    site: frozenset[str] = frozenset()
    removed: list[Removal] = field(default_factory=list)
    credits: list[Credit] = field(default_factory=list)
    dateline: Dateline | None = None

    def take(self, view: View, cuts: Sequence[Cut]) -> View:
        """Record ``cuts`` (in ``view``'s offsets) and return what is left of the view."""
        for c in cuts:
            pieces = raw_pieces(view, self.raw, c.start, c.end)
            for start, end in pieces:
                self.removed.append(Removal(c.kind, self.raw[start:end], start, end))
            if c.relation is not None and pieces:
                self.credit(c, pieces[0][0], pieces[-1][1])
        return cut(view, [(c.start, c.end) for c in cuts])

    def credit(self, c: Cut, start: int, end: int) -> None:
        assert c.relation is not None
        self.credits.append(Credit(c.relation, self.raw[start:end], start, end, c.outlet, c.person))


def settle(
    view: View,
    packs: Sequence[LanguagePack],
    record: Record,
    *,
    first: bool,
    last: bool,
    inline: bool = True,
) -> View:
    """Apply every rule to ``view`` until none applies. ``first``: it is the body's first kept
    paragraph (datelines); ``last``: its last (wire credits, agency codes); ``inline``: whether
    inserts may be in it as it stands (a scan of the whole body says where they may be; once
    anything is cut, they are looked for again)."""
    leftover: RemovalKind = "navigation"
    while view.text:
        whole = whole_paragraph(view.text, packs, leftover)
        if whole is not None:
            record.take(view, whole)
            return View("")
        if first:
            found = find_dateline(view.text, packs, record.site)
            if found is not None:
                pieces = raw_pieces(view, record.raw, 0, found.end)
                if pieces and record.dateline is None:
                    start, end = pieces[0][0], pieces[-1][1]
                    record.dateline = Dateline(
                        record.raw[start:end], start, end, found.outlet, found.city
                    )
                view = record.take(view, [Cut(0, found.end, "dateline")])
                leftover, inline = "dateline", True
                continue
        if last:
            tail = tail_cut(view.text, packs)
            if tail is not None:
                view = record.take(view, [tail])
                leftover, inline = tail.kind, True
                continue
        cuts = inline_cuts(view.text, packs) if inline else []
        if not cuts:
            break
        view = record.take(view, cuts)
        leftover = cuts[-1].kind
    return view
