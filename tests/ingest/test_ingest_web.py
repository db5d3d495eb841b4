"""URLs against a real HTTP server on 127.0.0.1 (a thread in this process), never outside."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import httpx
import pytest

from silang.ingest import iter_documents
from silang.model import Document, Rejection
from silang.settings import Settings

PAGE = (
    "<html><head><title>Kafe René</title></head><body><article>"
    "<p>“Kami buka setiap hari,” kata René, pemilik kafe di Rekaan.</p></article></body></html>"
).encode("cp1252")
FEED = b"""<?xml version="1.0"?><rss version="2.0"><channel><title>Kabar Rekaan</title>
<item><title>Satu</title><link>/berita/1</link><description>Berita satu.</description></item>
<item><title>Dua</title><link>/berita/2</link><description>Berita dua.</description></item>
</channel></rss>"""
BIG = b"<html><body>" + b"<p>isi berita rekaan</p>" * 10_000 + b"</body></html>"


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: object) -> None:
        pass

    def _send(self, status: int, body: bytes = b"", headers: dict[str, str] | None = None) -> None:
        self.send_response(status)
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def _chunked(self, content_type: str, body: bytes) -> None:
        self.send_response(200)
        self.send_header("Content-Type", content_type)
        self.send_header("Transfer-Encoding", "chunked")
        self.end_headers()
        for start in range(0, len(body), 4096):
            chunk = body[start : start + 4096]
            self.wfile.write(f"{len(chunk):x}\r\n".encode() + chunk + b"\r\n")
        self.wfile.write(b"0\r\n\r\n")

    def do_GET(self) -> None:
        routes: dict[str, Callable[[], None]] = {
            "/page": lambda: self._send(200, PAGE, {"Content-Type": "text/html; charset=cp1252"}),
            "/moved": lambda: self._send(301, headers={"Location": "/page"}),
            "/loop-a": lambda: self._send(302, headers={"Location": "/loop-b"}),
            "/loop-b": lambda: self._send(302, headers={"Location": "/loop-a"}),
            "/feed": lambda: self._send(200, FEED, {"Content-Type": "application/rss+xml"}),
            "/plain": lambda: self._send(
                200, b"Judul Rekaan\n\nIsi.", {"Content-Type": "text/plain"}
            ),
            "/image": lambda: self._send(200, b"\x89PNG\r\n\x1a\n", {"Content-Type": "image/png"}),
            "/fake-html": lambda: self._send(
                200, b"\x89PNG\r\n\x1a\n\x00\x00", {"Content-Type": "text/html"}
            ),
            "/sitemap": lambda: self._send(200, b"<urlset></urlset>", {"Content-Type": "text/xml"}),
            "/big": lambda: self._chunked("text/html", BIG),
            "/big-declared": lambda: self._send(200, BIG, {"Content-Type": "text/html"}),
            "/broken": lambda: self._send(500, b"oops", {"Content-Type": "text/plain"}),
            "/ua": lambda: self._send(
                200,
                f"<html><body><p>{self.headers.get('User-Agent')}</p></body></html>".encode(),
                {"Content-Type": "text/html"},
            ),
        }
        if self.path.startswith("/chain/"):
            step = int(self.path.rsplit("/", 1)[1])
            self._send(302, headers={"Location": f"/chain/{step + 1}"})
        elif self.path == "/dribble":
            # Every read arrives well inside the read timeout; only a whole-fetch deadline stops it.
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Content-Length", "400")
            self.end_headers()
            for _ in range(400):
                self.wfile.write(b" ")
                self.wfile.flush()
                time.sleep(0.01)
        elif self.path == "/slow":
            time.sleep(1.5)
            self._send(200, PAGE, {"Content-Type": "text/html"})
        elif self.path in routes:
            routes[self.path]()
        else:
            self._send(404, b"not here", {"Content-Type": "text/plain"})


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    block_on_close = False

    def handle_error(self, request: object, client_address: object) -> None:
        pass  # clients that time out or stop reading hang up on purpose


@pytest.fixture(scope="module")
def base() -> Iterator[str]:
    server = _Server(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture
def client() -> Iterator[httpx.Client]:
    # trust_env=False: a proxy set in the environment must not see loopback requests.
    with httpx.Client(trust_env=False) as http:
        yield http


def _fetch(
    url: str, client: httpx.Client, settings: Settings | None = None
) -> list[Document | Rejection]:
    return list(iter_documents([url], settings or Settings(), client))


def _reason(items: list[Document | Rejection]) -> str:
    assert len(items) == 1 and isinstance(items[0], Rejection), items
    return items[0].reason


def test_ingest_web_html_page_becomes_document(base: str, client: httpx.Client) -> None:
    (document,) = _fetch(f"{base}/page", client)
    assert isinstance(document, Document)
    assert (document.source, document.media, document.charset, document.data) == (
        f"{base}/page",
        "html",
        "cp1252",
        PAGE,
    )


def test_ingest_web_redirect_final_url_is_recorded(base: str, client: httpx.Client) -> None:
    (document,) = _fetch(f"{base}/moved", client)
    assert isinstance(document, Document)
    assert (document.source, document.url) == (f"{base}/moved", f"{base}/page")


def test_ingest_web_feed_url_yields_entries(base: str, client: httpx.Client) -> None:
    documents = _fetch(f"{base}/feed", client)
    assert [d.source for d in documents] == [f"{base}/berita/1", f"{base}/berita/2"]
    assert all(isinstance(d, Document) and d.container == f"{base}/feed" for d in documents)


def test_ingest_web_plain_text_becomes_text_document(base: str, client: httpx.Client) -> None:
    (document,) = _fetch(f"{base}/plain", client)
    assert isinstance(document, Document) and document.media == "text"


def test_ingest_web_sends_the_settings_user_agent(base: str, client: httpx.Client) -> None:
    (document,) = _fetch(f"{base}/ua", client, Settings(user_agent="silang-uji/1"))
    assert isinstance(document, Document) and b"silang-uji/1" in document.data


def test_ingest_web_404_is_rejected_with_status(base: str, client: httpx.Client) -> None:
    assert _reason(_fetch(f"{base}/missing", client)) == "HTTP 404 Not Found"


def test_ingest_web_500_is_rejected_with_status(base: str, client: httpx.Client) -> None:
    assert _reason(_fetch(f"{base}/broken", client)) == "HTTP 500 Internal Server Error"


def test_ingest_web_timeout_is_rejected(base: str, client: httpx.Client) -> None:
    reason = _reason(_fetch(f"{base}/slow", client, Settings(fetch_timeout_s=0.3)))
    assert reason.startswith("timed out after 0.3 s")


def test_ingest_web_a_dribbling_server_is_cut_off_at_the_fetch_deadline(
    base: str, client: httpx.Client
) -> None:
    settings = Settings(fetch_timeout_s=2.0, fetch_deadline_s=0.5)
    reason = _reason(_fetch(f"{base}/dribble", client, settings))
    assert reason == "took longer than 0.5 s in all"


def test_ingest_web_refused_connection_is_rejected(client: httpx.Client) -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    # Nothing listens on the port any more.
    assert _reason(_fetch(f"http://127.0.0.1:{port}/", client)).startswith("cannot connect")


def test_ingest_web_dns_failure_is_rejected() -> None:
    # No real lookup: a name that fails to resolve would send a query off this machine.
    def refuse(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("[Errno -2] Name or service not known", request=request)

    with httpx.Client(transport=httpx.MockTransport(refuse)) as offline:
        reason = _reason(_fetch("http://kabar.invalid/", offline))
    assert reason.startswith("cannot resolve the host name")


def test_ingest_web_wrong_content_type_is_rejected(base: str, client: httpx.Client) -> None:
    assert _reason(_fetch(f"{base}/image", client)) == "unsupported content type image/png"


def test_ingest_web_binary_body_served_as_html_is_rejected(base: str, client: httpx.Client) -> None:
    reason = _reason(_fetch(f"{base}/fake-html", client))
    assert reason == "binary content (PNG image) served as text/html"


def test_ingest_web_xml_that_is_not_a_feed_is_rejected(base: str, client: httpx.Client) -> None:
    reason = _reason(_fetch(f"{base}/sitemap", client))
    assert reason == "unsupported XML document (root element <urlset>)"


def test_ingest_web_streamed_response_past_the_cap_is_rejected(
    base: str, client: httpx.Client
) -> None:
    reason = _reason(_fetch(f"{base}/big", client, Settings(fetch_max_bytes=50_000)))
    assert reason == "response larger than 50,000 bytes"


def test_ingest_web_declared_length_past_the_cap_is_rejected_unread(
    base: str, client: httpx.Client
) -> None:
    reason = _reason(_fetch(f"{base}/big-declared", client, Settings(fetch_max_bytes=50_000)))
    assert reason.startswith("response larger than 50,000 bytes (Content-Length")


def test_ingest_web_redirect_loop_is_rejected(base: str, client: httpx.Client) -> None:
    reason = _reason(_fetch(f"{base}/loop-a", client))
    assert reason == f"redirect loop (back to {base}/loop-a)"


def test_ingest_web_too_many_redirects_are_rejected(base: str, client: httpx.Client) -> None:
    reason = _reason(_fetch(f"{base}/chain/0", client, Settings(fetch_max_redirects=3)))
    assert reason == "too many redirects (more than 3)"


def test_ingest_web_own_client_is_used_without_one(base: str) -> None:
    # No client passed: iter_documents builds one from the Settings.
    items = list(iter_documents([f"{base}/page"], Settings()))
    assert [type(i).__name__ for i in items] == ["Document"]


def test_ingest_web_mixed_inputs_go_on_after_failures(base: str, client: httpx.Client) -> None:
    inputs = [f"{base}/missing", f"{base}/page", "ftp://x.example/a", f"{base}/slow"]
    items = list(iter_documents(inputs, Settings(fetch_timeout_s=0.3), client))
    assert [type(i).__name__ for i in items] == ["Rejection", "Document", "Rejection", "Rejection"]
