"""Photo captions, photo credits and the article codes agencies and portals close with."""

from __future__ import annotations

import pytest
from cleaning_checks import checked

# language, raw, kept text, removals (kind, text)
CAPTIONS = [
    (
        "id",
        "Foto: Warga melintasi banjir di Lembah Sari, Senin (13/3/2024).\nWarga mengungsi.",
        "Warga mengungsi.",
        [("caption", "Foto: Warga melintasi banjir di Lembah Sari, Senin (13/3/2024).")],
    ),
    (
        "id",
        "(FOTO: ANTARA/Budi Santoso)\nWarga mengungsi.",
        "Warga mengungsi.",
        [("photo-credit", "(FOTO: ANTARA/Budi Santoso)")],
    ),
    (
        "id",
        "Foto: ANTARA/Budi Santoso\nWarga mengungsi.",
        "Warga mengungsi.",
        [("photo-credit", "Foto: ANTARA/Budi Santoso")],
    ),
    (
        "id",
        "Ilustrasi banjir. (Dok. Istimewa)\nWarga mengungsi.",
        "Warga mengungsi.",
        [("caption", "Ilustrasi banjir. (Dok. Istimewa)")],
    ),
    (
        "id",
        (
            "Warga melintasi jalan yang tergenang di Lembah Sari. (ANTARA FOTO/Budi "
            "Santoso)\nWarga mengungsi."
        ),
        "Warga mengungsi.",
        [
            (
                "caption",
                "Warga melintasi jalan yang tergenang di Lembah Sari. (ANTARA FOTO/Budi Santoso)",
            )
        ],
    ),
    (
        "id",
        (
            "Warga melintasi banjir di Lembah Sari. (FOTO: ANTARA/Budi Santoso) Mereka mengungsi "
            "ke balai desa yang berada di dataran tinggi sejak Senin pagi, kata kepala desa "
            "kepada wartawan di lokasi pengungsian."
        ),
        (
            "Warga melintasi banjir di Lembah Sari. Mereka mengungsi ke balai desa yang berada "
            "di dataran tinggi sejak Senin pagi, kata kepala desa kepada wartawan di lokasi "
            "pengungsian."
        ),
        [("photo-credit", "(FOTO: ANTARA/Budi Santoso)")],
    ),
    (
        "en",
        "Photo: Reuters\nResidents fled the flood.",
        "Residents fled the flood.",
        [("photo-credit", "Photo: Reuters")],
    ),
    (
        "en",
        (
            "Residents wade through a flooded street in Sari City. (AP Photo/Jane "
            "Doe)\nResidents fled."
        ),
        "Residents fled.",
        [("caption", "Residents wade through a flooded street in Sari City. (AP Photo/Jane Doe)")],
    ),
    (
        "en",
        "Residents fled the flood. Photo: Reuters",
        "Residents fled the flood.",
        [("photo-credit", "Photo: Reuters")],
    ),
]


@pytest.mark.parametrize(("language", "raw", "kept", "removed"), CAPTIONS)
def test_clean_removes_caption(
    language: str, raw: str, kept: str, removed: list[tuple[str, str]]
) -> None:
    cleaned = checked(raw, language)
    assert [(r.kind, r.text) for r in cleaned.removed] == removed
    assert cleaned.text == kept


# language, raw, the code removed
CODES = [
    ("id", "Warga mengungsi ke balai desa. (dhn/asp)", "(dhn/asp)"),
    ("id", "Warga mengungsi ke balai desa.\n(mdk/rnd)", "(mdk/rnd)"),
    ("id", "Warga mengungsi ke balai desa. [123456]", "[123456]"),
    ("id", "Warga mengungsi ke balai desa. (*)", "(*)"),
    ("id", "Warga mengungsi ke balai desa. (ant)", "(ant)"),
    ("id", "Warga mengungsi ke balai desa.(vit/up)", "(vit/up)"),
    ("en", "Residents fled to the town hall. [20240313]", "[20240313]"),
]


@pytest.mark.parametrize(("language", "raw", "code"), CODES)
def test_clean_removes_trailing_code(language: str, raw: str, code: str) -> None:
    cleaned = checked(raw, language)
    assert [(r.kind, r.text) for r in cleaned.removed] == [("numeric-id", code)]
    assert cleaned.text == raw.replace(code, "").strip()


def test_clean_removes_codes_one_after_another_at_end() -> None:
    cleaned = checked("Warga mengungsi ke balai desa. (ant) (dhn/asp)\nEditor: Budi Santoso", "id")
    assert [r.kind for r in cleaned.removed] == ["numeric-id", "numeric-id", "byline"]
    assert cleaned.text == "Warga mengungsi ke balai desa."
