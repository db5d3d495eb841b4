"""Which of two linked articles is the original: votes from credits, wire datelines,
publication times, spinning and containment.

Votes, strongest first: the other article credits this one's outlet ("Sumber: NNA",
"dilansir dari Pacific Wire", "(Reuters)") 4; this one is a wire story under its own agency's
dateline or credit 2; published earlier (another day, or a known earlier time) 2; fewer odd
word choices than a spun partner 2; the other is a contiguous cut of this one (a truncated
copy) 1. The side with more votes is the original; a tie leaves it unknown.
"""

from __future__ import annotations

from datetime import UTC, datetime

from silang.extract.metadata import outlet_key
from silang.model import Article

CREDIT_VOTE = 4
WIRE_VOTE = 2
TIME_VOTE = 2
SPIN_VOTE = 2
CUT_VOTE = 1


#: Outlet keys shorter than this are not matched by suffix ("ap" would match "liputan6ap").
MIN_SUFFIX = 4


def same_outlet(left: str | None, right: str | None) -> bool:
    """One outlet under two names: equal keys, or one a suffix of the other as a section host
    is of its site ("inet.detik.com" credited as "detik.com", "bengkulu.antaranews.com" as
    "antaranews")."""
    a, b = outlet_key(left), outlet_key(right)
    if not a or not b:
        return False
    short, long = sorted((a, b), key=len)
    return a == b or (len(short) >= MIN_SUFFIX and long.endswith(short))


def credits_outlet(article: Article, outlet: str | None) -> bool:
    """Whether ``article`` names ``outlet`` as its source or wire."""
    if not outlet_key(outlet) or same_outlet(outlet, article.outlet):
        return False
    return any(
        credit.relation in ("copied-from", "cited", "wire") and same_outlet(credit.outlet, outlet)
        for credit in article.credits
    )


def is_wire(article: Article) -> bool:
    """A story filed under its own agency's name: "LEMBAH SARI (NNA) -", "(ANTARA) -"."""
    own = outlet_key(article.outlet)
    if not own:
        return False
    if article.dateline is not None and outlet_key(article.dateline.outlet) == own:
        return "(" in article.dateline.text
    return any(c.relation == "wire" and outlet_key(c.outlet) == own for c in article.credits)


def _moment(published: str | None) -> tuple[datetime, bool] | None:
    """The publication moment and whether it has a clock time."""
    if not published:
        return None
    try:
        moment = datetime.fromisoformat(published)
    except ValueError:
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment, "T" in published


def earlier(a: Article, b: Article) -> int:
    """1 when a was published first, -1 when b was, 0 when unknown or the same day."""
    left, right = _moment(a.published), _moment(b.published)
    if left is None or right is None:
        return 0
    (ta, timed_a), (tb, timed_b) = left, right
    if timed_a and timed_b:
        return (ta < tb) - (ta > tb)
    da, db = ta.date(), tb.date()
    return (da < db) - (da > db)


def original(
    a: Article,
    b: Article,
    *,
    spin_a: float = 0.0,
    spin_b: float = 0.0,
    cut: int = 0,
) -> str | None:
    """The id of the original, or None when the votes tie. ``cut`` is 1 when b is a
    contiguous cut of a, -1 when a is one of b."""
    vote = 0
    vote += CREDIT_VOTE * (credits_outlet(b, a.outlet) - credits_outlet(a, b.outlet))
    vote += WIRE_VOTE * (is_wire(a) - is_wire(b))
    vote += TIME_VOTE * earlier(a, b)
    if spin_a != spin_b:
        vote += SPIN_VOTE if spin_a < spin_b else -SPIN_VOTE
    vote += CUT_VOTE * cut
    if vote > 0:
        return a.id
    if vote < 0:
        return b.id
    return None
