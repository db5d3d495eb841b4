"""Bytes to text: BOM, then the declared charset, then UTF-8, then windows-1252, then a guess.

Indonesian and English news sites that are not UTF-8 are almost always windows-1252 or declare
iso-8859-1 while serving windows-1252 (curly quotes at 0x93/0x94), so windows-1252 is tried before
charset-normalizer's guess, which on short Latin text picks cp1250 or even cp1125.
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Iterable

import charset_normalizer
from charset_normalizer.md import mess_ratio

from silang.errors import InputError

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF32_LE, "utf-32-le"),  # before UTF-16 LE: it starts with the same two bytes
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

#: Labels that browsers decode as windows-1252 (WHATWG Encoding Standard), and so do we.
_WINDOWS_1252_LABELS = frozenset({"latin_1", "iso8859-1", "ascii", "cp1252"})

#: windows-1252 as browsers decode it: the five bytes Python's cp1252 leaves undefined
#: (0x81, 0x8D, 0x8F, 0x90, 0x9D) map to the C1 control of the same number instead of failing.
_WINDOWS_1252 = {
    byte: bytes([byte]).decode("cp1252", errors="ignore") or chr(byte) for byte in range(0x80, 0xA0)
}

#: How much charset-normalizer's mess measure may find in a windows-1252 reading before we
#: stop believing it. 0.2 is charset-normalizer's own default; very short texts score higher
#: for the same few typographic quotes ('Kata “ya”.' scores 0.3), so they get more room.
_MAX_MESS = 0.2
_MAX_MESS_SHORT = 0.5
_SHORT = 100

_META_CHARSET = re.compile(
    rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE
)
_XML_ENCODING = re.compile(
    rb"""<\?xml[^>]*encoding\s*=\s*["']([A-Za-z0-9_.:-]+)["']""", re.IGNORECASE
)
#: A page declares its charset near the top; browsers look at the first 1,024 bytes, but
#: pages with long inline scripts before the meta tag are common, so we look a little further.
_PRESCAN = 8192


def declared_charset(data: bytes) -> str | None:
    """The charset an HTML meta tag or an XML declaration names near the start of ``data``."""
    head = data[:_PRESCAN]
    match = _XML_ENCODING.search(head) or _META_CHARSET.search(head)
    return match.group(1).decode("ascii").lower() if match else None


def charset_from_content_type(content_type: str | None) -> str | None:
    """The ``charset`` parameter of an HTTP Content-Type header, if any."""
    if not content_type:
        return None
    for part in content_type.split(";")[1:]:
        name, _, value = part.strip().partition("=")
        if name.strip().lower() == "charset" and value.strip(" \"'"):
            return value.strip(" \"'").lower()
    return None


def _codec_name(label: str) -> str | None:
    try:
        return codecs.lookup(label).name
    except LookupError:
        return None


def _windows_1252(data: bytes) -> str:
    return data.decode("latin-1").translate(_WINDOWS_1252)


def _decode_declared(data: bytes, label: str) -> str | None:
    codec = _codec_name(label)
    if codec is None:  # an unknown label ("x-user-defined", "none") declares nothing
        return None
    if codec in _WINDOWS_1252_LABELS:
        return _windows_1252(data)
    try:
        return data.decode(codec)
    except UnicodeDecodeError:  # a wrong declaration is common; detection takes over
        return None


#: A text saved as UTF-16 without a byte-order mark (some Windows tools do) is told by its NUL
#: bytes: Latin-script text has a zero high byte in nearly every code unit. Nine in ten of the
#: high bytes, and at most one in ten of the low ones, keep binary files with scattered NULs out.
_UTF16_MIN_UNITS = 8
_UTF16_HIGH_NUL = 0.9
_UTF16_LOW_NUL = 0.1


def bomless_utf16(head: bytes) -> str | None:
    """ "utf-16-le" or "utf-16-be" when ``head`` reads as BOM-less UTF-16 text, else None."""
    units = len(head) // 2
    if units < _UTF16_MIN_UNITS:
        return None
    even, odd = head[0 : units * 2 : 2], head[1 : units * 2 : 2]
    for high, low, codec in ((odd, even, "utf-16-le"), (even, odd, "utf-16-be")):
        high_nul = high.count(0) / units
        low_nul = low.count(0) / units
        if high_nul >= _UTF16_HIGH_NUL and low_nul <= _UTF16_LOW_NUL:
            return codec
    return None


def decode(data: bytes, declared: Iterable[str | None] = ()) -> tuple[str, str]:
    """Decode ``data``; return the text and the name of the encoding used.

    ``declared`` are charsets named by the container, strongest first (HTTP header, then meta
    tag or XML declaration). Raises InputError("undecodable bytes …") when nothing fits.
    """
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom) :].decode(codec), codec
            except UnicodeDecodeError as exc:
                raise InputError(f"undecodable bytes: starts with a {codec} BOM but {exc}") from exc
    wide = bomless_utf16(data[:4096])
    if wide is not None:
        try:
            return data.decode(wide), wide
        except UnicodeDecodeError as exc:
            raise InputError(f"undecodable bytes: reads as {wide} without a BOM but {exc}") from exc
    utf8: str | None
    try:
        utf8 = data.decode("utf-8")
    except UnicodeDecodeError:
        utf8 = None
    for label in declared:
        if not label:
            continue
        name = _codec_name(label)
        # Valid UTF-8 with non-ASCII bytes is almost never meant as a single-byte charset: a
        # page declaring iso-8859-1 whose bytes are valid UTF-8 was saved as UTF-8.
        if utf8 is not None and name in _WINDOWS_1252_LABELS and not data.isascii():
            return utf8, "utf-8"
        text = _decode_declared(data, label)
        if text is not None and name is not None:
            return text, "windows-1252" if name in _WINDOWS_1252_LABELS else name
    if utf8 is not None:
        return utf8, "utf-8"
    western = _windows_1252(data)
    limit = _MAX_MESS if len(western) >= _SHORT else _MAX_MESS_SHORT
    if mess_ratio(western, maximum_threshold=1.0) < limit:
        return western, "windows-1252"
    guess = charset_normalizer.from_bytes(data).best()
    if guess is not None:
        return str(guess), guess.encoding
    raise InputError(
        f"undecodable bytes: {len(data):,} bytes are not UTF-8, windows-1252 or any encoding "
        "charset-normalizer recognises"
    )


def normalise_newlines(text: str) -> str:
    """CRLF, CR and the Unicode line and paragraph separators become plain newlines."""
    return re.sub(r"\r\n?|[\u2028\u2029\x85]", "\n", text)
