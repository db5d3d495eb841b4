"""Newsletter, app, subscription, cookie, share, tag and comment-widget paragraphs."""

from __future__ import annotations

import pytest
from cleaning_checks import checked

# language, raw (after a first paragraph of story), removals (kind, text)
PROMPTS = [
    (
        "id",
        (
            "Dapatkan update berita pilihan dan breaking news setiap hari dari Kabarnusa.com. "
            'Mari bergabung di Grup Telegram "Kabarnusa News Update", caranya klik link '
            "https://t.me/kabarnusaupdate, kemudian join."
        ),
        "newsletter",
    ),
    ("id", "Mari bergabung di Channel WhatsApp Kabarnusa untuk kabar terkini.", "newsletter"),
    ("id", "Ikuti kami di Google News", "newsletter"),
    ("id", "Klik di sini untuk membaca berita lainnya.", "newsletter"),
    ("id", "Download aplikasi Kabarnusa untuk akses berita lebih cepat.", "app-prompt"),
    ("id", "Unduh aplikasi Warta Sari di Play Store dan App Store.", "app-prompt"),
    ("id", "Sudah berlangganan? Masuk untuk membaca artikel ini.", "subscription"),
    (
        "id",
        "Kami menggunakan cookie untuk meningkatkan pengalaman Anda di situs ini.",
        "cookie-notice",
    ),
    ("id", "Bagikan:", "share-prompt"),
    ("id", "Bagikan artikel ini", "share-prompt"),
    ("id", "Facebook Twitter WhatsApp Salin Link", "share-prompt"),
    ("id", "Tags: banjir, lembah sari, bencana", "tags"),
    ("id", "Tag : banjir", "tags"),
    ("id", "#banjir #lembahsari #bencana", "tags"),
    ("id", "Komentar", "comments"),
    ("id", "Tulis komentar", "comments"),
    ("id", "0 Komentar", "comments"),
    ("id", "Home > Berita > Nasional", "navigation"),
    ("id", "Halaman Selanjutnya", "navigation"),
    ("id", "Copyright © 2024 Kabarnusa. All rights reserved.", "navigation"),
    ("en", "Subscribe to our newsletter for the latest updates.", "newsletter"),
    ("en", "Sign up for our morning briefing", "newsletter"),
    ("en", "Download the Sari News app for breaking news alerts.", "app-prompt"),
    ("en", "Already a subscriber? Log in to continue reading.", "subscription"),
    ("en", "We use cookies to improve your experience on our site.", "cookie-notice"),
    ("en", "Share this article", "share-prompt"),
    ("en", "Comments", "comments"),
    ("en", "Load more comments", "comments"),
    ("en", "Topics: floods, weather", "tags"),
]

STORY = {"id": "Harga cabai naik dua kali lipat.", "en": "Chili prices doubled in a week."}


@pytest.mark.parametrize(("language", "prompt", "kind"), PROMPTS)
def test_clean_removes_prompt_paragraph(language: str, prompt: str, kind: str) -> None:
    raw = f"{STORY[language]}\n{prompt}\n"
    cleaned = checked(raw, language)
    assert [(r.kind, r.text) for r in cleaned.removed] == [(kind, prompt)]
    assert cleaned.text == STORY[language]


def test_clean_removes_prompt_merged_into_last_paragraph() -> None:
    raw = (
        "Harga cabai naik dua kali lipat. Dapatkan update berita pilihan dan breaking news "
        "setiap hari dari Kabarnusa.com."
    )
    cleaned = checked(raw, "id")
    assert [r.kind for r in cleaned.removed] == ["newsletter"]
    assert cleaned.text == "Harga cabai naik dua kali lipat."
