"""What a byte string is, judged from its first bytes: binary, WARC, feed, HTML, other XML, text.

Extensions lie (an .html file that is an RSS feed, a .txt that is a saved page), so files and
HTTP responses are both judged by content; the extension or Content-Type only decides when the
content does not.
"""

from __future__ import annotations

import codecs
import re
import zlib
from typing import Literal, NamedTuple

from silang.ingest.decode import bomless_utf16

#: How much of a file is read to judge it.
HEAD_BYTES = 64 * 1024

GZIP_MAGIC = b"\x1f\x8b"

#: Magic numbers of formats that are never articles, with a name for the rejection reason.
_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF87a", "GIF image"),
    (b"GIF89a", "GIF image"),
    (b"II*\x00", "TIFF image"),
    (b"MM\x00*", "TIFF image"),
    (b"\x00\x00\x01\x00", "icon"),
    (b"%PDF-", "PDF document"),
    (b"PK\x03\x04", "zip archive (or docx/xlsx/epub)"),
    (b"PK\x05\x06", "zip archive"),
    (b"Rar!\x1a\x07", "RAR archive"),
    (b"7z\xbc\xaf\x27\x1c", "7-Zip archive"),
    (b"\xfd7zXZ\x00", "xz archive"),
    (b"(\xb5/\xfd", "zstd archive"),
    (GZIP_MAGIC, "gzip archive"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "OLE document (doc/xls/ppt)"),
    (b"SQLite format 3\x00", "SQLite database"),
    (b"\x7fELF", "executable"),
    (b"\xca\xfe\xba\xbe", "Java class or Mach-O binary"),
    (b"\xcf\xfa\xed\xfe", "Mach-O binary"),
    (b"\x00asm", "WebAssembly module"),
    (b"OggS", "Ogg media"),
    (b"ID3\x03", "MP3 audio"),
    (b"ID3\x04", "MP3 audio"),
    (b"fLaC", "FLAC audio"),
    (b"\x1aE\xdf\xa3", "Matroska/WebM video"),
    (b"wOFF", "web font"),
    (b"wOF2", "web font"),
)

#: Byte-order marks of text encodings whose text has NUL bytes (UTF-32 LE starts like UTF-16 LE).
_TEXT_BOMS = (codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE, codecs.BOM_UTF32_BE)

#: Root elements that make a document HTML rather than some other XML.
_HTML_ROOTS = frozenset(
    {"html", "head", "body", "meta", "title", "link", "base", "script", "style", "div", "p",
     "span", "article", "section", "main", "header", "nav", "table", "center", "font", "a", "ul",
     "ol", "h1", "h2", "h3", "h4", "h5", "h6", "br", "hr", "img", "form", "frameset"}
)  # fmt: skip
_FEED_ROOTS = frozenset({"rss", "feed", "rdf:rdf"})

_SKIP_PROLOGUE = re.compile(r"\s*(?:<\?.*?\?>|<!--.*?-->|<!(?!--)[^>]*>|\s)*", re.DOTALL)
_TAG = re.compile(r"<([A-Za-z][A-Za-z0-9:._-]*)")
_DOCTYPE_HTML = re.compile(r"<!doctype\s+html", re.IGNORECASE)

#: Tags whose presence makes a text field (JSON, feed summary) HTML rather than plain text.
_HTML_TAG = re.compile(
    r"</?(?:p|br|div|span|a|em|strong|b|i|u|ul|ol|li|h[1-6]|blockquote|img|figure|figcaption|"
    r"table|tr|td|html|body|article|section|iframe|script)\b[^>]*>",
    re.IGNORECASE,
)

MarkupKind = Literal["html", "feed", "xml", "text"]


class Markup(NamedTuple):
    kind: MarkupKind
    root: str | None


def binary_signature(head: bytes) -> str | None:
    """A name for what ``head`` is when it starts a binary format, else None.

    Text in UTF-16/32 has NUL bytes and is still text, with a byte-order mark or without.
    """
    for magic, name in _SIGNATURES:
        if head.startswith(magic):
            return name
    # Two- and three-byte magics ("BM", "BZh", "MZ") also start ordinary words ("BMKG
    # memperkirakan …"), so they count only with the bytes that follow them in real files.
    if head.startswith(b"BM") and head[6:10] == b"\x00\x00\x00\x00":
        return "BMP image"
    if head.startswith(b"BZh") and head[4:10] == b"1AY&SY":
        return "bzip2 archive"
    if head[4:8] == b"ftyp":
        return "MP4/QuickTime media"
    if head.startswith(b"RIFF") and head[8:12] in (b"WEBP", b"WAVE", b"AVI "):
        return "RIFF media (WebP/WAV/AVI)"
    if b"\x00" in head and not head.startswith(_TEXT_BOMS) and bomless_utf16(head) is None:
        return "NUL bytes"
    return None


def is_warc(head: bytes) -> bool:
    """Whether ``head`` starts a WARC or ARC file, plain or gzip-compressed record by record."""
    if head.startswith(GZIP_MAGIC):
        try:
            head = zlib.decompressobj(zlib.MAX_WBITS | 16).decompress(head, 64)
        except zlib.error:
            return False
    return head.startswith((b"WARC/", b"filedesc://"))


def _head_text(head: bytes) -> str:
    for bom, codec in (
        (codecs.BOM_UTF8, "utf-8"),
        (codecs.BOM_UTF16_LE, "utf-16-le"),
        (codecs.BOM_UTF16_BE, "utf-16-be"),
    ):
        if head.startswith(bom):
            return head[len(bom) :].decode(codec, errors="ignore")
    wide = bomless_utf16(head)
    if wide is not None:
        return head.decode(wide, errors="ignore")
    # Every markup we sniff for is ASCII, and latin-1 decodes any byte.
    return head.decode("latin-1")


def sniff_markup(head: bytes) -> Markup:
    """Whether ``head`` starts a feed, an HTML page, another XML document, or plain text."""
    text = _head_text(head)
    prologue = _SKIP_PROLOGUE.match(text)
    skipped = prologue.group(0) if prologue else ""
    if _DOCTYPE_HTML.search(skipped):
        return Markup("html", "html")
    tag = _TAG.match(text, len(skipped))
    if tag is None:
        return Markup("text", None)
    root = tag.group(1).lower()
    if root in _FEED_ROOTS:
        return Markup("feed", root)
    if root in _HTML_ROOTS:
        return Markup("html", root)
    return Markup("xml", root)


def looks_like_html(text: str) -> bool:
    """Whether a text field (JSON body, feed summary) carries HTML markup."""
    return _HTML_TAG.search(text) is not None
