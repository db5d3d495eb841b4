"""Paths: walking, caps, binary and empty files, kind sniffing. Fixtures are written here."""

from __future__ import annotations

import os
import tracemalloc
from pathlib import Path

import pytest

from silang.ingest import extract, iter_documents
from silang.model import Document, Rejection
from silang.settings import Settings

ARTICLE_HTML = (
    "<html><head><title>Jembatan Baru Dibuka</title></head><body><article>"
    "<p>Jembatan baru di Desa Rekaan dibuka untuk umum pada Senin pagi.</p>"
    "</article></body></html>"
)
RSS = (
    '<?xml version="1.0"?><rss version="2.0"><channel><title>Kabar Rekaan</title>'
    "<item><title>Satu</title><link>https://kabar.example/1</link>"
    "<description>Isi berita pertama yang cukup panjang.</description></item>"
    "</channel></rss>"
)
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + b"\x00" * 20


def _read(*inputs: Path | str, settings: Settings | None = None) -> list[Document | Rejection]:
    return list(iter_documents([str(i) for i in inputs], settings or Settings()))


def _only(items: list[Document | Rejection]) -> Document | Rejection:
    assert len(items) == 1, items
    return items[0]


def _reason(items: list[Document | Rejection]) -> str:
    item = _only(items)
    assert isinstance(item, Rejection), item
    return item.reason


def test_ingest_text_file_becomes_text_document(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("Judul\n\nIsi berita.", encoding="utf-8")
    document = _only(_read(path))
    assert isinstance(document, Document)
    assert (document.source, document.media, document.data) == (
        str(path),
        "text",
        b"Judul\n\nIsi berita.",
    )


def test_ingest_html_file_records_meta_charset(tmp_path: Path) -> None:
    path = tmp_path / "a.html"
    path.write_bytes(b'<html><head><meta charset="windows-1252"></head><body>x</body></html>')
    document = _only(_read(path))
    assert isinstance(document, Document)
    assert (document.media, document.charset) == ("html", "windows-1252")


def test_ingest_folder_is_walked_recursively_in_sorted_order(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "c.txt").write_text("tiga")
    (tmp_path / "a.txt").write_text("satu")
    (tmp_path / "b.txt").write_text("dua... setelah folder b")
    (tmp_path / "c.txt").write_text("empat")
    sources = [item.source for item in _read(tmp_path)]
    assert sources == [str(tmp_path / n) for n in ("a.txt", "b/c.txt", "b.txt", "c.txt")]


def test_ingest_hidden_files_and_folders_are_skipped(tmp_path: Path) -> None:
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "x.txt").write_text("tersembunyi")
    (tmp_path / ".cache.txt").write_text("tersembunyi")
    (tmp_path / "a.txt").write_text("terlihat")
    assert [item.source for item in _read(tmp_path)] == [str(tmp_path / "a.txt")]


def test_ingest_readme_expected_json_and_python_files_are_skipped_in_folders(
    tmp_path: Path,
) -> None:
    for name in ("README.md", "readme.txt", "expected.json", "make_fixtures.py"):
        (tmp_path / name).write_text("bukan artikel")
    (tmp_path / "a.txt").write_text("artikel")
    assert [item.source for item in _read(tmp_path)] == [str(tmp_path / "a.txt")]


def test_ingest_unknown_file_type_in_folder_is_rejected(tmp_path: Path) -> None:
    (tmp_path / "photo.png").write_bytes(PNG)
    (tmp_path / "table.csv").write_text("a,b\n1,2\n")
    reasons = {Path(i.source).name: i.reason for i in _read(tmp_path) if isinstance(i, Rejection)}
    assert reasons["photo.png"].startswith("unsupported file type (.png")
    assert reasons["table.csv"] == "unsupported file type (.csv)"


@pytest.mark.parametrize(
    ("name", "data", "what"),
    [
        ("nul.txt", b"teks\x00\x00\x01biner", "NUL bytes"),
        ("image.txt", PNG, "PNG image"),
        ("doc.html", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "PDF document"),
        ("zip.json", b"PK\x03\x04\x14\x00\x00\x00", "zip archive"),
    ],
)
def test_ingest_binary_file_is_rejected(tmp_path: Path, name: str, data: bytes, what: str) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    reason = _reason(_read(path))
    assert reason.startswith("binary file (") and what in reason


def test_ingest_text_starting_like_a_magic_number_is_not_binary(tmp_path: Path) -> None:
    path = tmp_path / "cuaca.txt"
    path.write_text("BMKG memperkirakan hujan lebat di Jawa Barat.", encoding="utf-8")
    assert isinstance(_only(_read(path)), Document)


def test_ingest_utf16_text_without_a_bom_is_read(tmp_path: Path) -> None:
    path = tmp_path / "windows.txt"
    text = "Banjir Rendam Desa\n\nBanjir merendam desa itu sejak Selasa malam."
    path.write_bytes(text.encode("utf-16-le"))
    document = _only(_read(path))
    assert isinstance(document, Document)
    extracted = extract(document)
    assert (extracted.title, extracted.text) == ("Banjir Rendam Desa", text.split("\n\n")[1])


def test_ingest_empty_file_is_rejected(tmp_path: Path) -> None:
    path = tmp_path / "kosong.txt"
    path.touch()
    assert _reason(_read(path)) == "empty file"


def test_ingest_whitespace_only_file_is_rejected(tmp_path: Path) -> None:
    path = tmp_path / "spasi.html"
    path.write_bytes(b" \n\t\r\n ")
    assert _reason(_read(path)) == "empty file (only whitespace)"


def test_ingest_huge_file_is_rejected_without_reading_it(tmp_path: Path) -> None:
    path = tmp_path / "huge.html"
    with path.open("wb") as fh:
        fh.truncate(200 * 1024 * 1024)  # sparse: takes no disk space
    tracemalloc.start()
    try:
        reason = _reason(_read(path))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert reason.startswith("file too large (209,715,200 bytes")
    assert peak < 1024 * 1024


def test_ingest_container_larger_than_its_cap_is_rejected(tmp_path: Path) -> None:
    path = tmp_path / "feed.xml"
    path.write_text(RSS)
    reason = _reason(_read(path, settings=Settings(max_container_bytes=100)))
    assert reason.startswith("file too large") and "max_container_bytes" in reason


def test_ingest_html_extension_holding_a_feed_is_read_as_feed(tmp_path: Path) -> None:
    path = tmp_path / "feed.html"
    path.write_text(RSS)
    document = _only(_read(path))
    assert isinstance(document, Document)
    assert (document.source, document.container) == ("https://kabar.example/1", str(path))


def test_ingest_txt_holding_html_is_read_as_html(tmp_path: Path) -> None:
    path = tmp_path / "saved.txt"
    path.write_text("\n  <!DOCTYPE html>" + ARTICLE_HTML)
    document = _only(_read(path))
    assert isinstance(document, Document) and document.media == "html"


def test_ingest_unknown_extension_holding_html_is_read_as_html(tmp_path: Path) -> None:
    path = tmp_path / "index.php"
    path.write_text(ARTICLE_HTML)
    document = _only(_read(path))
    assert isinstance(document, Document) and document.media == "html"


def test_ingest_xml_file_holding_atom_is_read_as_feed(tmp_path: Path) -> None:
    path = tmp_path / "atom.xml"
    path.write_text(
        '<?xml version="1.0" encoding="utf-8"?><!-- atom -->'
        '<feed xmlns="http://www.w3.org/2005/Atom"><title>Kabar</title>'
        '<entry><title>Satu</title><link href="https://kabar.example/a1"/>'
        "<id>a1</id><updated>2024-10-28T02:00:00Z</updated>"
        "<summary>Ringkasan berita.</summary></entry></feed>"
    )
    document = _only(_read(path))
    assert isinstance(document, Document) and document.url == "https://kabar.example/a1"


def test_ingest_xml_file_that_is_not_a_feed_is_rejected(tmp_path: Path) -> None:
    path = tmp_path / "sitemap.xml"
    path.write_text(
        '<?xml version="1.0"?><urlset><url><loc>https://x.example/</loc></url></urlset>'
    )
    assert _reason(_read(path)).startswith("unsupported XML document (root element <urlset>")


def test_ingest_missing_path_is_rejected(tmp_path: Path) -> None:
    assert _reason(_read(tmp_path / "tidak-ada.txt")) == "no such file or folder"


def test_ingest_symlinked_folder_is_rejected_not_followed(tmp_path: Path) -> None:
    (tmp_path / "real").mkdir()
    (tmp_path / "real" / "a.txt").write_text("isi")
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    os.symlink(tmp_path / "real", corpus / "link")
    assert _reason(_read(corpus)) == "symbolic link to a folder (not followed)"


def test_ingest_unsupported_url_scheme_is_rejected() -> None:
    assert _reason(_read("ftp://kabar.example/a.txt")) == "unsupported URL scheme (ftp://)"


def test_ingest_bad_inputs_do_not_stop_the_good_ones(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("artikel satu")
    (tmp_path / "b.png").write_bytes(PNG)
    (tmp_path / "c.txt").touch()
    (tmp_path / "d.txt").write_text("artikel dua")
    items = _read(tmp_path / "nope", tmp_path)
    kinds = [(Path(i.source).name, type(i).__name__) for i in items]
    assert kinds == [
        ("nope", "Rejection"),
        ("a.txt", "Document"),
        ("b.png", "Rejection"),
        ("c.txt", "Rejection"),
        ("d.txt", "Document"),
    ]
