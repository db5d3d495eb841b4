"""WARC archives written here with warcio: pages, skipped records, corrupt and truncated ones."""

from __future__ import annotations

import io
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from silang.ingest import iter_documents
from silang.model import Document, Rejection
from silang.settings import Settings

PAGE = "<html><body><p>Artikel nomor {n}. " + "Isi berita rekaan. " * 60 + "</p></body></html>"


def _response(
    writer: WARCWriter,
    uri: str,
    body: bytes,
    status: str = "200 OK",
    content_type: str = "text/html; charset=utf-8",
) -> None:
    http = StatusAndHeaders(status, [("Content-Type", content_type)], protocol="HTTP/1.1")
    record = writer.create_warc_record(uri, "response", payload=io.BytesIO(body), http_headers=http)
    writer.write_record(record)


def _archive(gzip: bool, pages: int = 4) -> tuple[bytes, list[int]]:
    """An archive of ``pages`` HTML responses; returns its bytes and each record's offset."""
    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=gzip)
    offsets = []
    for n in range(pages):
        offsets.append(buffer.tell())
        _response(writer, f"https://kabar.example/{n}", PAGE.format(n=n).encode())
    return buffer.getvalue(), offsets


def _read(path: Path, data: bytes) -> list[Document | Rejection]:
    path.write_bytes(data)
    return list(iter_documents([str(path)], Settings()))


def test_ingest_warc_gz_html_responses_become_documents(tmp_path: Path) -> None:
    data, _ = _archive(gzip=True)
    path = tmp_path / "crawl.warc.gz"
    documents = _read(path, data)
    assert [d.source for d in documents] == [f"https://kabar.example/{n}" for n in range(4)]
    first = documents[0]
    assert isinstance(first, Document)
    assert (first.media, first.url, first.charset, first.container, first.published) == (
        "html",
        "https://kabar.example/0",
        "utf-8",
        str(path),
        None,
    )
    assert first.data == PAGE.format(n=0).encode()


def test_ingest_warc_other_records_are_skipped(tmp_path: Path) -> None:
    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=False)
    writer.write_record(writer.create_warcinfo_record("crawl.warc", {"software": "uji"}))
    _response(writer, "https://kabar.example/logo.png", b"\x89PNG...", content_type="image/png")
    _response(writer, "https://kabar.example/lama", b"", status="301 Moved Permanently")
    _response(writer, "https://kabar.example/baru", PAGE.format(n=1).encode())
    documents = _read(tmp_path / "crawl.warc", buffer.getvalue())
    assert [d.source for d in documents] == ["https://kabar.example/baru"]


def test_ingest_warc_error_response_is_rejected(tmp_path: Path) -> None:
    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=True)
    _response(writer, "https://kabar.example/hilang", b"<html>Not found</html>", "404 Not Found")
    items = _read(tmp_path / "crawl.warc.gz", buffer.getvalue())
    assert items == [Rejection("https://kabar.example/hilang", "HTTP 404 in archive")]


def test_ingest_warc_gz_corrupt_record_is_rejected_and_reading_goes_on(tmp_path: Path) -> None:
    data, offsets = _archive(gzip=True)
    middle = (offsets[1] + offsets[2]) // 2
    corrupt = data[:middle] + b"\x00" * 40 + data[middle + 40 :]
    path = tmp_path / "crawl.warc.gz"
    items = _read(path, corrupt)
    assert [i.source for i in items] == [
        "https://kabar.example/0",
        f"{path}#offset={offsets[1]}",
        "https://kabar.example/2",
        "https://kabar.example/3",
    ]
    assert isinstance(items[1], Rejection) and items[1].reason.startswith("corrupt record")


def test_ingest_warc_plain_corrupt_record_fails_its_digest(tmp_path: Path) -> None:
    data, offsets = _archive(gzip=False)
    middle = (offsets[1] + offsets[2]) // 2
    corrupt = data[:middle] + b"X" * 40 + data[middle + 40 :]
    items = _read(tmp_path / "crawl.warc", corrupt)
    assert [type(i).__name__ for i in items] == ["Document", "Rejection", "Document", "Document"]
    assert items[1].source == "https://kabar.example/1"
    assert isinstance(items[1], Rejection) and "digest failed" in items[1].reason


def test_ingest_warc_gz_truncated_archive_rejects_the_rest(tmp_path: Path) -> None:
    data, offsets = _archive(gzip=True)
    path = tmp_path / "crawl.warc.gz"
    items = _read(path, data[: (offsets[3] + len(data)) // 2])
    assert len(items) == 4
    assert items[3].source == f"{path}#offset={offsets[3]}"
    assert isinstance(items[3], Rejection) and items[3].reason.startswith("unreadable data")


def test_ingest_warc_plain_truncated_record_is_rejected(tmp_path: Path) -> None:
    data, offsets = _archive(gzip=False)
    path = tmp_path / "crawl.warc"
    items = _read(path, data[: (offsets[3] + len(data)) // 2])
    last = items[3]
    assert isinstance(last, Rejection)
    assert last.source == f"{path}#offset={offsets[3]}"
    assert last.reason.startswith("truncated record (https://kabar.example/3)")


def test_ingest_warc_extension_with_garbage_is_rejected(tmp_path: Path) -> None:
    path = tmp_path / "bukan.warc"
    items = _read(path, b"ini bukan arsip WARC sama sekali\n" * 10)
    assert items == [
        Rejection(str(path), "not a WARC archive (it does not start with a WARC or ARC record)")
    ]
