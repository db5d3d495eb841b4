"""Bytes to text: BOMs, declarations, UTF-8, windows-1252, guesses, and giving up."""

from __future__ import annotations

import codecs
import random

import pytest

from silang.errors import InputError
from silang.ingest import extract
from silang.ingest.decode import (
    bomless_utf16,
    charset_from_content_type,
    declared_charset,
    decode,
)
from silang.model import Document

CURLY = "“Kami siap,” kata Budi. Harga naik 5% – kafe René ramai."


def test_ingest_decode_cp1252_curly_quotes_without_declaration() -> None:
    text, encoding = decode(CURLY.encode("cp1252"))
    assert (text, encoding) == (CURLY, "windows-1252")


def test_ingest_decode_short_cp1252_text() -> None:
    assert decode("Kata “ya”.".encode("cp1252"))[0] == "Kata “ya”."


def test_ingest_decode_declared_iso_8859_1_is_read_as_windows_1252() -> None:
    # Pages that declare iso-8859-1 use 0x93/0x94 for curly quotes, as browsers assume.
    text, encoding = decode(CURLY.encode("cp1252"), ["ISO-8859-1"])
    assert (text, encoding) == (CURLY, "windows-1252")


def test_ingest_decode_latin1_e_acute() -> None:
    assert decode("Café milik René.".encode("latin-1"))[0] == "Café milik René."


def test_ingest_decode_utf8_wins_over_a_wrong_single_byte_declaration() -> None:
    assert decode(CURLY.encode("utf-8"), ["iso-8859-1"]) == (CURLY, "utf-8")


def test_ingest_decode_wrong_utf8_declaration_falls_back_to_detection() -> None:
    assert decode(CURLY.encode("cp1252"), ["utf-8"]) == (CURLY, "windows-1252")


def test_ingest_decode_unknown_declared_label_is_ignored() -> None:
    assert decode(b"Berita hari ini.", ["x-no-such-charset"])[0] == "Berita hari ini."


@pytest.mark.parametrize("codec", ["utf-8-sig", "utf-16", "utf-32"])
def test_ingest_decode_bom_decides(codec: str) -> None:
    data = CURLY.encode(codec)
    assert decode(data, ["windows-1252"])[0] == CURLY


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_ingest_decode_utf16_without_a_bom_is_recognised(codec: str) -> None:
    assert decode(CURLY.encode(codec)) == (CURLY, codec)


def test_ingest_decode_scattered_nul_bytes_are_not_utf16() -> None:
    data = b"teks biasa\x00 dengan \x00 beberapa NUL \x00 di tengah"
    assert bomless_utf16(data) is None


def test_ingest_decode_declared_non_western_charset_is_used() -> None:
    text = "Новости дня: цены выросли."
    assert decode(text.encode("koi8-r"), ["koi8-r"]) == (text, "koi8-r")


def test_ingest_decode_random_bytes_are_undecodable() -> None:
    rng = random.Random(7)
    garbage = bytes(rng.randrange(0x80, 0x100) for _ in range(3000))
    with pytest.raises(InputError, match=r"^undecodable bytes"):
        decode(garbage)


def test_ingest_decode_bad_bytes_after_a_bom_are_undecodable() -> None:
    with pytest.raises(InputError, match=r"^undecodable bytes"):
        decode(codecs.BOM_UTF8 + b"ok \xff\xfe\xfd")


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        (b'<html><head><meta charset="Windows-1252">', "windows-1252"),
        (
            b'<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">',
            "iso-8859-1",
        ),
        (b'<?xml version="1.0" encoding="ISO-8859-15"?><rss>', "iso-8859-15"),
        (b"<html><body>tanpa deklarasi</body></html>", None),
    ],
)
def test_ingest_decode_declared_charset_is_found(head: bytes, expected: str | None) -> None:
    assert declared_charset(head) == expected


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        ("text/html; charset=ISO-8859-1", "iso-8859-1"),
        ('text/html; Charset="utf-8"', "utf-8"),
        ("text/html", None),
        (None, None),
    ],
)
def test_ingest_decode_charset_from_content_type(header: str | None, expected: str | None) -> None:
    assert charset_from_content_type(header) == expected


def test_ingest_decode_cp1252_html_page_extracts_right() -> None:
    page = (
        "<html><head><title>Kafe René Dibuka</title></head><body><article>"
        f"<p>{CURLY}</p><p>Pengunjung memadati kafe itu sejak pagi hingga malam hari.</p>"
        "</article></body></html>"
    )
    extracted = extract(Document(source="x.html", media="html", data=page.encode("cp1252")))
    assert CURLY in extracted.text
    assert extracted.title == "Kafe René Dibuka"
