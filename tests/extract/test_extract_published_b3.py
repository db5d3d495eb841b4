"""A day the body marks as gone by ("20 Oktober lalu") is an event the report retells, never
the day the report is written, wherever else the body names that day with its year."""

from __future__ import annotations

import re

import pytest

from silang.extract.times import find_times, infer_published
from silang.lang.figures import load_figures_lexicon
from silang.model import Span


def _inferred(text: str) -> str | None:
    lexicon = load_figures_lexicon("id")
    lines = [Span(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text)]
    times = find_times(text, lines, None, lexicon)
    day = infer_published(text, times, lexicon)
    return day.isoformat() if day else None


@pytest.mark.parametrize(
    "text",
    [
        # The yearless mention says "lalu"; the dated one later names the same day.
        "Warga mendatangi balai desa untuk menanyakan banjir pada 3 Maret lalu.\n"
        "Menurut pengumuman desa, pada tanggal 3 Maret 2021 tanggul sungai jebol.",
        # The dated mention itself carries "lalu" after its year.
        "Warga kembali mendatangi balai desa untuk menanyakan ganti rugi.\n"
        "Tanggul sungai jebol pada 3 Maret 2021 lalu dan merusak puluhan rumah.",
    ],
)
def test_a_day_told_as_past_dates_no_report(text: str) -> None:
    assert _inferred(text) is None


def test_the_report_day_stays_beside_a_past_day() -> None:
    # The weekday-with-date is the report's; the day marked "lalu" is the flood's.
    text = (
        "Warga mendatangi balai desa pada Senin (15/3/2021).\n"
        "Mereka menanyakan banjir pada 3 Maret lalu.\n"
        "Menurut pengumuman desa, pada tanggal 3 Maret 2021 tanggul sungai jebol."
    )
    assert _inferred(text) == "2021-03-15"
