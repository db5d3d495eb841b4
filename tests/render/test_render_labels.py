from __future__ import annotations

from typing import Any

import pytest

from silang.render.labels import (
    context,
    language_name,
    outlet_label,
    subject_label,
    title_label,
    when,
)


@pytest.mark.parametrize(
    ("article", "label"),
    [
        ({"id": "ab12", "outlet": "NNA", "source": "x.txt"}, "NNA"),
        ({"id": "ab12", "outlet": None, "url": "https://www.warta.example/x"}, "warta.example"),
        ({"id": "ab12", "outlet": None, "source": "/data/feeds/wire-nna.txt"}, "wire-nna.txt"),
        ({"id": "ab12", "outlet": None, "sources": ["C:\\berita\\lokal.html"]}, "lokal.html"),
        ({"id": "ab12", "outlet": None}, "ab12"),
    ],
)  # fmt: skip
def test_render_labels_an_article_without_an_outlet_is_named_by_its_source(
    article: dict[str, Any], label: str
) -> None:
    assert outlet_label(article) == label


def test_render_labels_an_untitled_article_is_named_by_its_opening_words() -> None:
    text = "Banjir melanda tiga desa di Lembah Sari sejak Rabu pagi dan warga mulai mengungsi."
    assert title_label({"title": None, "text": text}) == (
        "Banjir melanda tiga desa di Lembah Sari sejak Rabu pagi …"
    )
    assert title_label({"title": "Banjir", "text": text}) == "Banjir"


@pytest.mark.parametrize(
    ("claim", "label"),
    [
        ({"kind": "quantity", "subject": "person:evacuee", "unit": None}, "evacuee (people)"),
        ({"kind": "quantity", "subject": "person", "unit": None}, "people"),
        ({"kind": "quantity", "subject": "km", "unit": "km"}, "length (km)"),
        ({"kind": "quantity", "subject": "IDR", "unit": "IDR"}, "money (IDR)"),
        ({"kind": "quantity", "subject": "IDR/month", "unit": "IDR/month"}, "money (IDR a month)"),
        ({"kind": "quantity", "subject": "day", "unit": "day"}, "duration (day)"),
        ({"kind": "quantity", "subject": "house", "unit": None}, "house"),
        ({"kind": "date", "subject": "statement: Sri", "unit": None}, "statement: Sri"),
    ],
)  # fmt: skip
def test_render_labels_claim_subjects_read_as_words(claim: dict[str, Any], label: str) -> None:
    assert subject_label(claim) == label


@pytest.mark.parametrize(
    ("value", "shown"),
    [
        ("2024-03-13", "13 Mar 2024"),
        ("2024-03-14T04:05:00+00:00", "14 Mar 2024"),
        ("2024-03", "Mar 2024"),
        ("2023", "2023"),
        ("2024-03-04/2024-03-10", "4–10 Mar 2024"),
        ("2024-02-28/2024-03-02", "28 Feb – 2 Mar 2024"),
        ("2023-12-30/2024-01-02", "30 Dec 2023 – 2 Jan 2024"),
        (None, ""),
    ],
)
def test_render_labels_dates_read_as_a_reader_writes_them(value: str | None, shown: str) -> None:
    assert when(value) == shown


def test_render_labels_context_keeps_the_words_around_a_figure_as_written() -> None:
    text = "Hujan turun. Tim SAR menyisir sekitar 8 km aliran Sungai Ranggasari, kata dia kemarin."
    sentences = [{"start": 0, "end": 12}, {"start": 13, "end": len(text)}]
    start = text.index("8 km")
    before, words, after = context({"text": text, "sentences": sentences}, start, start + 4)
    assert (before, words) == ("Tim SAR menyisir sekitar ", "8 km")
    assert after == " aliran Sungai Ranggasari, kata dia kemarin."
    assert "Hujan" not in before  # the sentence before is another statement


def test_render_labels_context_clips_long_sentences() -> None:
    text = "satu dua tiga empat lima enam tujuh 9 km satu dua tiga empat lima enam tujuh."
    start = text.index("9 km")
    before, _, after = context({"text": text}, start, start + 4)
    assert before == "… dua tiga empat lima enam tujuh "
    assert after == " satu dua tiga empat lima enam …"


def test_render_labels_language_names() -> None:
    assert (language_name("id"), language_name("en"), language_name("ms")) == (
        "Indonesian",
        "English",
        "ms",
    )
