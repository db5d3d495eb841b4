"""http(s) URLs, fetched with httpx: a page, a feed (one Document per entry) or plain text.

The Settings limits apply to every fetch, with our own client or a passed-in one: a timeout
per read, a deadline for the whole fetch, redirects (followed here, one hop at a time, so a loop
is named as such), body size (streamed and cut off past the limit, never held whole) and user
agent. The passed-in client provides the transport (tests, proxies, connection pooling).
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from dataclasses import dataclass

import httpx

from silang.errors import FetchError
from silang.ingest.decode import charset_from_content_type
from silang.ingest.feeds import iter_feed
from silang.ingest.sniff import binary_signature, sniff_markup
from silang.model import Document, Rejection
from silang.settings import Settings

_HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
_FEED_TYPES = frozenset(
    {"application/rss+xml", "application/atom+xml", "application/rdf+xml", "application/xml",
     "text/xml", "application/x-rss+xml"}
)  # fmt: skip
_TEXT_TYPES = frozenset({"text/plain", ""})  # a missing Content-Type is judged by content
#: How getaddrinfo failures read on Linux, macOS and Windows.
_DNS_FAILURES = (
    "name or service not known",
    "nodename nor servname",
    "temporary failure in name resolution",
    "no address associated",
    "getaddrinfo failed",
)


def is_url(item: str) -> bool:
    return item.lower().startswith(("http://", "https://"))


def make_client(settings: Settings) -> httpx.Client:
    return httpx.Client(
        timeout=settings.fetch_timeout_s,
        follow_redirects=False,
        headers={"User-Agent": settings.user_agent},
    )


@dataclass(frozen=True)
class Fetched:
    url: str
    content_type: str
    body: bytes


def _mime(content_type: str) -> str:
    return content_type.split(";", maxsplit=1)[0].strip().lower()


def _check_deadline(deadline: float, settings: Settings) -> None:
    if time.monotonic() > deadline:
        raise FetchError(f"took longer than {settings.fetch_deadline_s:g} s in all")


def _read(response: httpx.Response, settings: Settings, deadline: float) -> bytes:
    limit = settings.fetch_max_bytes
    declared = response.headers.get("Content-Length", "")
    if declared.isdigit() and int(declared) > limit:
        raise FetchError(f"response larger than {limit:,} bytes (Content-Length {declared})")
    chunks: list[bytes] = []
    size = 0
    for chunk in response.iter_bytes():
        _check_deadline(deadline, settings)
        size += len(chunk)
        if size > limit:
            raise FetchError(f"response larger than {limit:,} bytes")
        chunks.append(chunk)
    return b"".join(chunks)


def _response(response: httpx.Response, settings: Settings, deadline: float) -> Fetched:
    status = response.status_code
    if status >= 400 or status < 200:
        raise FetchError(f"HTTP {status} {response.reason_phrase}".rstrip())
    content_type = response.headers.get("Content-Type", "")
    mime = _mime(content_type)
    if mime not in _HTML_TYPES | _FEED_TYPES | _TEXT_TYPES and not mime.endswith("+xml"):
        raise FetchError(f"unsupported content type {mime}")
    body = _read(response, settings, deadline)
    if not body.strip():
        raise FetchError(f"empty response (HTTP {status})")
    return Fetched(str(response.url), content_type, body)


def fetch(url: str, settings: Settings, client: httpx.Client) -> Fetched:
    """GET ``url`` within the Settings limits; raises FetchError with the reason."""
    deadline = time.monotonic() + settings.fetch_deadline_s
    try:
        request = client.build_request(
            "GET",
            url,
            headers={"User-Agent": settings.user_agent},
            timeout=settings.fetch_timeout_s,
        )
        seen = {str(request.url)}
        for _ in range(settings.fetch_max_redirects + 1):
            _check_deadline(deadline, settings)
            response = client.send(request, stream=True, follow_redirects=False)
            try:
                if not response.has_redirect_location:
                    return _response(response, settings, deadline)
                request = response.next_request or request
            finally:
                response.close()
            if str(request.url) in seen:
                raise FetchError(f"redirect loop (back to {request.url})")
            seen.add(str(request.url))
        raise FetchError(f"too many redirects (more than {settings.fetch_max_redirects})")
    except httpx.TimeoutException as exc:
        raise FetchError(
            f"timed out after {settings.fetch_timeout_s:g} s ({type(exc).__name__})"
        ) from exc
    except httpx.ConnectError as exc:
        message = str(exc)
        if any(hint in message.lower() for hint in _DNS_FAILURES):
            raise FetchError(f"cannot resolve the host name ({message})") from exc
        raise FetchError(f"cannot connect ({message})") from exc
    except (httpx.InvalidURL, httpx.UnsupportedProtocol) as exc:
        raise FetchError(f"invalid URL ({exc})") from exc
    except httpx.HTTPError as exc:
        raise FetchError(f"fetch failed ({type(exc).__name__}: {exc})") from exc


def iter_url(url: str, settings: Settings, client: httpx.Client) -> Iterator[Document | Rejection]:
    """The Document(s) a URL yields: one page, a feed's entries, or one plain text."""
    try:
        fetched = fetch(url, settings, client)
    except FetchError as exc:
        yield Rejection(url, str(exc))
        return
    mime = _mime(fetched.content_type)
    head = fetched.body[:4096]
    markup = sniff_markup(head)
    charset = charset_from_content_type(fetched.content_type)
    binary = binary_signature(head)
    if binary is not None:
        yield Rejection(url, f"binary content ({binary}) served as {mime or 'no content type'}")
    elif markup.kind == "feed":
        yield from iter_feed(
            url, fetched.body, content_type=fetched.content_type, base_url=fetched.url
        )
    elif markup.kind == "html" or (mime in _HTML_TYPES and markup.kind == "text"):
        yield Document(url, "html", fetched.body, charset=charset, url=fetched.url)
    elif markup.kind == "xml":
        yield Rejection(url, f"unsupported XML document (root element <{markup.root}>)")
    elif mime in _TEXT_TYPES:
        yield Document(url, "text", fetched.body, charset=charset, url=fetched.url)
    else:
        yield Rejection(url, f"unsupported content ({mime or 'no content type'}, not a page)")
