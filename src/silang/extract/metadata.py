"""Normalising the metadata that sources declare: publication dates and outlet names."""

from __future__ import annotations

import re
from datetime import date, datetime
from email.utils import parsedate_to_datetime
from urllib.parse import urlsplit

_DATE_ONLY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_WEB_SUFFIX = re.compile(r"(\.(com|co|net|org|id|tv|news|or))+$")
_NOT_ALNUM = re.compile(r"[\W_]+")
#: News sites put the publication day in the article's path: "/read/2024/03/14/123/slug",
#: "/news/2024/03/14/slug". Only a full year/month/day counts ("/2024/03/" alone is a section).
_URL_DAY = re.compile(r"/((?:19|20)\d{2})/(\d{1,2})/(\d{1,2})(?=/|$|\.|-)")


def normalise_published(value: str | None) -> str | None:
    """An ISO 8601 date or datetime for a declared publication time, or None if unreadable.

    Sources give ISO forms (HTML meta, JSON), RFC 822 (RSS pubDate) or a bare date; a time
    of midnight with no zone is kept as it was given, never invented.
    """
    if value is None:
        return None
    text = value.strip()
    if not text:
        return None
    if _DATE_ONLY.match(text):
        return text if _valid_date(text) else None
    try:
        parsed = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        try:
            parsed = parsedate_to_datetime(text)
        except (TypeError, ValueError, IndexError):
            return None
    return parsed.isoformat()


def _valid_date(text: str) -> bool:
    try:
        datetime.strptime(text, "%Y-%m-%d")
    except ValueError:
        return False
    return True


def outlet_from_url(url: str | None) -> str | None:
    """The host of a URL without "www.", as a last-resort outlet name ("kompas.com")."""
    if not url:
        return None
    host = urlsplit(url).hostname
    if not host:
        return None
    return host.removeprefix("www.").removeprefix("m.") or None


def outlet_key(outlet: str | None) -> str:
    """A comparison key for outlet names: "KABARNUSA.com", "Kabarnusa.com" and "www.kabarnusa.com"
    are one outlet ("kabarnusa"); unknown is the empty key."""
    if not outlet:
        return ""
    name = outlet.strip().lower().removeprefix("www.")
    return _NOT_ALNUM.sub("", _WEB_SUFFIX.sub("", name))


def url_date(url: str | None) -> date | None:
    """The publication day a news URL carries in its path, if any."""
    if not url:
        return None
    found = _URL_DAY.search(urlsplit(url).path)
    if found is None:
        return None
    try:
        return date(int(found.group(1)), int(found.group(2)), int(found.group(3)))
    except ValueError:
        return None
