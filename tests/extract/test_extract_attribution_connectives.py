"""A sentence connector opening a clause ("Meanwhile,", "Sementara itu,", "Namun") links it to
the sentence before: it is never part of the source a figure is attributed to."""

from __future__ import annotations

import pytest

from silang.extract.quantities import find_quantities
from silang.lang.figures import load_figures_lexicon
from silang.model import Span


def _sources(language: str, text: str) -> list[str | None]:
    found = find_quantities(text, [Span(0, len(text))], load_figures_lexicon(language))
    return [q.attributed_to for q in found]


@pytest.mark.parametrize(
    ("language", "text", "source"),
    [
        (
            "en",
            "Meanwhile, BPBD Tanah Rekaan recorded 1,200 residents evacuated.",
            "BPBD Tanah Rekaan",
        ),
        ("en", "However, Dinas Rekaan reported 40 houses damaged.", "Dinas Rekaan"),
        (
            "id",
            "Sementara itu, BPBD Tanah Rekaan mencatat 2.300 warga mengungsi.",
            "BPBD Tanah Rekaan",
        ),
        ("id", "Namun BPBD Tanah Rekaan mencatat 2.300 warga mengungsi.", "BPBD Tanah Rekaan"),
        # A name set off by commas still joins the title before it.
        (
            "id",
            "Kepala Dinas, Budi Rekaan, mencatat 2.300 warga mengungsi.",
            "Kepala Dinas, Budi Rekaan",
        ),
    ],
)
def test_extract_attribution_drops_clause_connector(language: str, text: str, source: str) -> None:
    assert _sources(language, text) == [source]
