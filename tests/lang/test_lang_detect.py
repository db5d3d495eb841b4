from __future__ import annotations

import pytest

from silang.errors import UnsupportedLanguage
from silang.lang import SUPPORTED, load_pack
from silang.lang.detect import LanguageIdentifier


@pytest.fixture(scope="module")
def identifier() -> LanguageIdentifier:
    return LanguageIdentifier(["id", "en", "ms", "tl", "nl"])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Banjir bandang melanda tiga kecamatan dan ribuan warga terpaksa mengungsi.", "id"),
        ("Pemerintah daerah menyalurkan bantuan kepada para korban sejak kemarin.", "id"),
        ("Flash floods swept through three districts, forcing thousands to flee.", "en"),
        ("The regent said the government would rebuild the damaged bridge.", "en"),
    ],
)
def test_lang_detect_tells_indonesian_from_english(
    identifier: LanguageIdentifier, text: str, expected: str
) -> None:
    assert identifier.identify(text) == expected


def test_lang_detect_returns_none_without_letters(identifier: LanguageIdentifier) -> None:
    assert identifier.identify("12.345 — 67/89") is None


def test_lang_detect_needs_a_choice() -> None:
    with pytest.raises(ValueError, match="at least two"):
        LanguageIdentifier(["id"])


def test_lang_unknown_pack_names_the_supported_ones() -> None:
    with pytest.raises(UnsupportedLanguage) as caught:
        load_pack("ms")
    assert caught.value.supported == SUPPORTED
    assert "id, en" in str(caught.value)


def test_lang_detect_calls_malay_only_on_malay_spellings(identifier: LanguageIdentifier) -> None:
    malay = (
        "Kerajaan negeri berkata bahawa bantuan akan dihantar kerana ramai penduduk "
        "terjejas, dan khabar itu disahkan oleh pejabat daerah sahaja."
    )
    assert identifier.identify(malay) == "ms"


def test_lang_detect_keeps_indonesian_without_malay_spellings(
    identifier: LanguageIdentifier,
) -> None:
    # lingua alone calls this Malay: short, and every word is shared by both languages.
    text = "Dua produk terbaru itu diragukan kekuatannya oleh beberapa pengguna di media sosial."
    assert identifier.identify(text) == "id"
