"""Page titles lose the site's name."""

from __future__ import annotations

import pytest
from cleaning_checks import PACKS

from silang.clean import clean_title

TITLES = [
    ("id", "Banjir di Lembah Sari - Kompas.com", "Banjir di Lembah Sari"),
    ("id", "Harga Cabai Naik | Liputan6.com", "Harga Cabai Naik"),
    ("id", "Sungai Sari Meluap Halaman all - Kompas.com", "Sungai Sari Meluap"),
    ("id", "Jembatan Ambruk di Kali Sari - detikNews", "Jembatan Ambruk di Kali Sari"),
    ("id", "Harga Emas Turun - Ekonomi - Kabarnusa.com", "Harga Emas Turun - Ekonomi"),
    ("id", "Sidang Ditunda - Pengacara Protes", "Sidang Ditunda - Pengacara Protes"),
    ("id", "  Gempa   Terasa di Lembah Sari  ", "Gempa Terasa di Lembah Sari"),
    ("en", "Floods hit Sari City - Reuters", "Floods hit Sari City"),
    ("en", "Ferry sinks off Port Sari | The Sari Herald", "Ferry sinks off Port Sari"),
    ("en", "Reuters", "Reuters"),
]


@pytest.mark.parametrize(("language", "title", "expected"), TITLES)
def test_clean_title_strips_site_name(language: str, title: str, expected: str) -> None:
    assert clean_title(title, PACKS[language]) == expected
