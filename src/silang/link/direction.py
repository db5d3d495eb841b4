"""Which of two linked articles is the original: votes from credits, wire datelines,
publication times, spinning and containment.

Votes, strongest first: the other article credits this one's outlet ("Sumber: NNA",
"dilansir dari Pacific Wire", "(Reuters)") 4; the other names this one's outlet in its text
("kata Abdul kepada Republika", "dikutip detikINET") 3; this one is a wire story under its own
agency's dateline or credit 2; published earlier (another day, or a known earlier time) 2;
fewer odd word choices than a spun partner 2; the other is a contiguous cut of this one (a
truncated copy) 1; this one's outlet is a known newsroom (the language pack's outlets.txt)
and the other's is not 1. The side with more votes is the original; a tie leaves it unknown.

On the Pratiwi dev labels (topics 1-8, 16 derivations with a known original) the mention vote
decides 4 copies that carry no credit and no date (a blog reproducing a newsroom's story
keeps the newsroom's "kepada Republika"), the newsroom vote 3 rewrites of a Republika story
by blogs that neither credit it nor carry a comparable date.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import UTC, datetime

from silang.extract.metadata import outlet_key
from silang.model import Article

CREDIT_VOTE = 4
MENTION_VOTE = 3
WIRE_VOTE = 2
TIME_VOTE = 2
SPIN_VOTE = 2
CUT_VOTE = 1
NEWSROOM_VOTE = 1


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


#: Domain labels that say nothing of the outlet ("nasional.republika.co.id" is "republika").
_DOMAIN_LABELS = frozenset(
    [
        "www",
        "com",
        "co",
        "id",
        "net",
        "org",
        "or",
        "go",
        "ac",
        "web",
        "my",
        "info",
        "biz",
        "xyz",
        "tv",
        "news",
        "online",
        "site",
        "blog",
    ]
)
#: A brand shorter than this is too likely an ordinary word ("dream", "kabar") to count.
MIN_BRAND = 5
_TOKEN = re.compile(r"[^\W_][\w.]*")


def brand(outlet: str | None) -> str:
    """The name an outlet is known by in running text: the last meaningful label of its
    domain ("inet.detik.com" → "detik"), or the first word of its name ("ANTARA News" →
    "antara"); empty when unknown or too short to tell from an ordinary word."""
    if not outlet:
        return ""
    name = outlet.strip().lower()
    labels = [x for x in name.split(".") if x and x not in _DOMAIN_LABELS]
    if " " in name:
        found = name.split()[0]  # "ANTARA News" is "Antara" in running text
    elif "." in name and labels:
        found = labels[-1]
    else:
        found = outlet_key(outlet)
    found = "".join(ch for ch in found if ch.isalnum())
    return found if len(found) >= MIN_BRAND else ""


def mentions_outlet(article: Article, outlet: str | None) -> bool:
    """Whether ``article`` names ``outlet`` in its text as a name ("Republika", "detikINET",
    "halalmui.org"): a copy keeps its source's "kepada Republika". The brand alone counts only
    capitalised and inside a sentence: "detik" and a sentence-opening "Suara" are words."""
    name = brand(outlet)
    if not name or same_outlet(outlet, article.outlet) or name in outlet_key(article.outlet):
        return False
    text = article.raw_text
    if name not in text.lower():
        return False  # the common case, without a pass over every word
    for match in _TOKEN.finditer(text):
        token = match.group().rstrip(".").removeprefix("www.")
        if not token.lower().startswith(name):
            continue
        if len(token) > len(name):
            return True
        before = text[: match.start()].rstrip()
        if token[0].isupper() and before and before[-1] not in ".!?:\"“”'":
            return True
    return False


def newsroom_brands(names: Iterable[str]) -> frozenset[str]:
    """The brands of known newsroom names ("Republika", "REPUBLIKA.CO.ID"). Names of several
    words are left out: their first word is often generic ("Harian Kompas", "Media
    Indonesia"), and the one-word name is listed beside them."""
    return frozenset(filter(None, (brand(name) for name in names if " " not in name.strip())))


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
    newsrooms: frozenset[str] = frozenset(),
) -> str | None:
    """The id of the original, or None when the votes tie. ``cut`` is 1 when b is a
    contiguous cut of a, -1 when a is one of b; ``newsrooms`` are the brands of known
    newsrooms (``newsroom_brands``)."""
    vote = 0
    vote += CREDIT_VOTE * (credits_outlet(b, a.outlet) - credits_outlet(a, b.outlet))
    vote += MENTION_VOTE * (mentions_outlet(b, a.outlet) - mentions_outlet(a, b.outlet))
    vote += WIRE_VOTE * (is_wire(a) - is_wire(b))
    vote += TIME_VOTE * earlier(a, b)
    if spin_a != spin_b:
        vote += SPIN_VOTE if spin_a < spin_b else -SPIN_VOTE
    vote += CUT_VOTE * cut
    vote += NEWSROOM_VOTE * ((brand(a.outlet) in newsrooms) - (brand(b.outlet) in newsrooms))
    if vote > 0:
        return a.id
    if vote < 0:
        return b.id
    return None
