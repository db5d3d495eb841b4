"""JSON and JSON Lines records: fields, alternatives, bad lines and records without text."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from silang.ingest import iter_documents
from silang.model import Document, Rejection
from silang.settings import Settings

RECORD = {
    "text": "Banjir merendam 300 rumah di Rekaan.",
    "title": "Banjir Rendam 300 Rumah",
    "url": "https://kabar.example/banjir",
    "published": "2024-10-28T09:15:00+07:00",
    "outlet": "Kabar Rekaan",
    "author": "Siti Contoh",
    "language": "id",
}


def _read(path: Path, settings: Settings | None = None) -> list[Document | Rejection]:
    return list(iter_documents([str(path)], settings or Settings()))


def _jsonl(tmp_path: Path, *lines: str) -> Path:
    path = tmp_path / "berita.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_ingest_jsonl_record_fields(tmp_path: Path) -> None:
    (document,) = _read(_jsonl(tmp_path, json.dumps(RECORD)))
    assert document == Document(
        source="https://kabar.example/banjir",
        media="text",
        data=RECORD["text"].encode(),
        container=str(tmp_path / "berita.jsonl"),
        charset="utf-8",
        url="https://kabar.example/banjir",
        title="Banjir Rendam 300 Rumah",
        published="2024-10-28T09:15:00+07:00",
        outlet="Kabar Rekaan",
        author="Siti Contoh",
        language="id",
    )


@pytest.mark.parametrize(
    ("record", "field", "expected"),
    [
        ({"body": "Isi dari body."}, "data", b"Isi dari body."),
        ({"content": "Isi dari content."}, "data", b"Isi dari content."),
        ({"text": "x", "date": "2024-10-28"}, "published", "2024-10-28"),
        ({"text": "x", "published": 1730000000}, "published", "2024-10-27T03:33:20+00:00"),
        ({"text": "x", "source": "Warta Contoh"}, "outlet", "Warta Contoh"),
        ({"text": "x", "site": "warta.example"}, "outlet", "warta.example"),
        ({"text": "x", "language": "en-US"}, "language", "en"),
    ],
)
def test_ingest_jsonl_alternative_field_names(
    tmp_path: Path, record: dict[str, Any], field: str, expected: object
) -> None:
    (document,) = _read(_jsonl(tmp_path, json.dumps(record)))
    assert getattr(document, field) == expected


def test_ingest_jsonl_record_without_url_is_numbered_by_line(tmp_path: Path) -> None:
    path = _jsonl(tmp_path, "", json.dumps({"text": "Baris kedua."}))
    (document,) = _read(path)
    assert document.source == f"{path}#2"


def test_ingest_jsonl_html_text_is_html_media(tmp_path: Path) -> None:
    (document,) = _read(_jsonl(tmp_path, json.dumps({"text": "<p>Satu.</p><p>Dua.</p>"})))
    assert isinstance(document, Document) and document.media == "html"


def test_ingest_jsonl_record_without_text_is_rejected(tmp_path: Path) -> None:
    path = _jsonl(tmp_path, json.dumps({"title": "Tanpa isi", "text": "  "}))
    (item,) = _read(path)
    assert item == Rejection(f"{path}#1", "record has no text (no non-empty text, body, content)")


def test_ingest_jsonl_invalid_line_is_rejected_and_others_kept(tmp_path: Path) -> None:
    path = _jsonl(tmp_path, json.dumps({"text": "Satu."}), '{"text": "putus', '["bukan objek"]')
    items = _read(path)
    assert isinstance(items[0], Document)
    assert isinstance(items[1], Rejection) and items[1].source == f"{path}#2"
    assert items[1].reason.startswith("invalid JSON: ")
    assert items[2] == Rejection(f"{path}#3", "record is a JSON list, not an object")


def test_ingest_jsonl_overlong_line_is_rejected(tmp_path: Path) -> None:
    path = _jsonl(tmp_path, json.dumps({"text": "x" * 500}), json.dumps({"text": "pendek"}))
    items = _read(path, Settings(max_file_bytes=100))
    assert items[0] == Rejection(f"{path}#1", "line longer than 100 bytes")
    assert isinstance(items[1], Document)


def test_ingest_jsonl_file_without_records_is_rejected(tmp_path: Path) -> None:
    path = tmp_path / "kosong.jsonl"
    path.write_text("\n\n   \n")
    assert _read(path) == [Rejection(str(path), "empty file (only whitespace)")]


def test_ingest_json_array_of_records(tmp_path: Path) -> None:
    path = tmp_path / "berita.json"
    path.write_text(json.dumps([{"text": "Satu."}, {"judul": "tanpa teks"}]))
    first, second = _read(path)
    assert isinstance(first, Document) and first.source == f"{path}#1"
    assert isinstance(second, Rejection) and second.source == f"{path}#2"


def test_ingest_json_single_object_is_one_article(tmp_path: Path) -> None:
    path = tmp_path / "satu.json"
    path.write_text(json.dumps({"text": "Isi berita."}))
    (document,) = _read(path)
    assert isinstance(document, Document) and document.source == str(path)


def test_ingest_json_object_holding_a_list_of_articles(tmp_path: Path) -> None:
    path = tmp_path / "ekspor.json"
    path.write_text(json.dumps({"count": 2, "articles": [{"text": "Satu."}, {"text": "Dua."}]}))
    assert [d.data for d in _read(path) if isinstance(d, Document)] == [b"Satu.", b"Dua."]


def test_ingest_json_invalid_file_is_rejected(tmp_path: Path) -> None:
    path = tmp_path / "rusak.json"
    path.write_text('{"text": "tidak ditutup')
    (item,) = _read(path)
    assert isinstance(item, Rejection) and item.reason.startswith("invalid JSON: ")


def test_ingest_json_scalar_is_rejected(tmp_path: Path) -> None:
    path = tmp_path / "angka.json"
    path.write_text("42")
    assert _read(path) == [
        Rejection(str(path), "JSON holds neither an object nor an array of objects")
    ]
