"""Which of two linked articles is the original: votes from credits, wire datelines,
publication times, spinning and containment.

Votes, strongest first: the other article credits this one's outlet ("Sumber: NNA",
"dilansir dari Pacific Wire", "(Reuters)") 4; the other names this one's outlet in its text
("kata Abdul kepada Republika", "dikutip detikINET") 3; this one is a wire story under its own
agency's dateline or credit 2; published surely earlier 2 (``earlier``: declared times, the
day or month in the URL, a date inferred from the text as that week); fewer odd word choices
than a spun partner 2; containment 1 (the other is this one cut short, or this one with an
opening of its own added: ``classify._cut_vote``); this one's outlet is a known newsroom (the
language pack's outlets.txt) and the other's is not 1. The side with more votes is the
original; a tie leaves it unknown.

On the Pratiwi dev labels (topics 1-8, 36 derivations found with a known original) the
mention vote decides 4 copies that carry no credit and no date (a blog reproducing a
newsroom's story keeps the newsroom's "kepada Republika"), the newsroom vote 3 rewrites of a
Republika story by blogs that neither credit it nor carry a comparable date. Reading blog
months from URLs, and dates inferred from text only as that week (or, years off, as history
the text mentions), took dev from 29 to 31 of 36; the added-opening reading of containment
to 33 (an editorial lead-in before a copied clarification; a captured page missing its first
words was a "cut" of its copy).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from urllib.parse import urlsplit

from silang.extract.metadata import outlet_key, url_date
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


#: Dates in news URL paths beyond ``url_date``'s "/2016/07/18/", most precise first:
#: Republika's "/17/02/21/", Bisnis's and CNN Indonesia's "/20160719/" and
#: "/20180312120024-", and a blog's month ("/2016/07/slug.html", Blogger's form: the month
#: the post went up).
_URL_SHORT_DAY = re.compile(r"/([0-3]\d)/(\d{2})/(\d{2})/")
_URL_COMPACT_DAY = re.compile(r"/(20[0-3]\d)(\d{2})(\d{2})(?=\d{0,6}(?:[/\-]|$))")
_URL_MONTH = re.compile(r"/((?:19|20)\d{2})/(\d{1,2})/[^/]+$")
#: The latest possible moment, for a window open to the future.
_FUTURE = datetime.max.replace(tzinfo=UTC)


@dataclass(frozen=True)
class Window:
    """When an article was published: between ``earliest`` and ``latest``, both inclusive."""

    earliest: datetime
    latest: datetime


def _day_window(year: int, month: int, day: int) -> Window | None:
    try:
        start = datetime(year, month, day, tzinfo=UTC)
    except ValueError:
        return None
    return Window(start, start + timedelta(days=1) - timedelta(microseconds=1))


def url_window(url: str | None) -> Window | None:
    """The day (or, for a blog path, the month) a news URL carries in its path."""
    if not url:
        return None
    if (day := url_date(url)) is not None:
        return _day_window(day.year, day.month, day.day)
    path = urlsplit(url).path
    if found := _URL_SHORT_DAY.search(path):
        return _day_window(2000 + int(found.group(1)), int(found.group(2)), int(found.group(3)))
    if found := _URL_COMPACT_DAY.search(path):
        return _day_window(*(int(x) for x in found.groups()))
    if found := _URL_MONTH.search(path):
        year, month = int(found.group(1)), int(found.group(2))
        if not 1 <= month <= 12:
            return None
        start = datetime(year, month, 1, tzinfo=UTC)
        following = datetime(year + month // 12, month % 12 + 1, 1, tzinfo=UTC)
        return Window(start, following - timedelta(microseconds=1))
    return None


#: A date inferred from the text (the latest it mentions) is read as a publication in the
#: following week: news names the days of its events. One further than ``STALE`` from the
#: other article's date is history the text mentions ("Los Angeles Times edisi 24 April
#: 2001" in a 2016 blog post), and then only a lower bound.
INFERRED_SPAN = timedelta(days=7)
STALE = timedelta(days=365)


def publication_window(article: Article) -> tuple[Window, bool] | None:
    """When the article was published, as precisely as its record tells, and whether that
    was inferred from the text: a declared time or day; else the day or month in its URL;
    else the week after the latest date its text mentions."""
    moment = _moment(article.published)
    if moment is not None and not article.published_inferred:
        when, timed = moment
        window = Window(when, when) if timed else _day_window(when.year, when.month, when.day)
        return (window, False) if window else None
    for url in (article.url, *article.sources):
        found = url_window(url)
        if found is not None:
            return found, False
    if moment is not None:
        return Window(moment[0], moment[0] + INFERRED_SPAN), True
    return None


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
    """1 when a was surely published first, -1 when b was, 0 when their windows overlap or
    one is unknown (the same day without clock times, the same month of a blog path)."""
    left, right = publication_window(a), publication_window(b)
    if left is None or right is None:
        return 0
    (wa, inferred_a), (wb, inferred_b) = left, right
    gap = max(wa.earliest - wb.latest, wb.earliest - wa.latest)
    if inferred_a and gap > STALE:
        wa = Window(wa.earliest, _FUTURE)
    if inferred_b and gap > STALE:
        wb = Window(wb.earliest, _FUTURE)
    return (wa.latest < wb.earliest) - (wb.latest < wa.earliest)


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
