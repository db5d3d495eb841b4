"""The source a sentence gives for its figures."""

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
            "id",
            "Menurut badan intelijen Ukraina, Rusia menembakkan 8.000 rudal.",
            "badan intelijen Ukraina",
        ),
        (
            "id",
            "Sebanyak 2.300 warga mengungsi, kata Kepala BPBD Uka Suska.",
            "Kepala BPBD Uka Suska",
        ),
        (
            "id",
            '"Ada 215 rumah rusak," ujar Camat Sukajaya, Dedi Kurnia.',
            "Camat Sukajaya, Dedi Kurnia",
        ),
        ("id", "Dilansir dari Antara, 1.350 jemaah haji berangkat.", "Antara"),
        ("id", "Mengutip Reuters, harga emas naik ke US$ 2.650.", "Reuters"),
        ("id", "Polisi mengklaim menangkap 32 anggota geng.", "Polisi"),
        ("id", "Berdasarkan data BNPB, terdapat 1.930 kejadian bencana.", "BNPB"),
        ("id", "BPS mencatat inflasi 1,71 persen.", "BPS"),
        (
            "id",
            "Data Kementerian Pertanian menunjukkan produksi naik 12 persen.",
            "Kementerian Pertanian",
        ),
        ("id", "Menhub memperkirakan 193,6 juta orang mudik.", "Menhub"),
        (
            "id",
            "Ada 3.000 bus, kata Menteri Perhubungan kepada wartawan, Senin.",
            "Menteri Perhubungan",
        ),
        ("en", "At least 400 soldiers died, local media reported.", "local media"),
        (
            "en",
            "Rainfall reached 155 mm, according to the meteorological agency.",
            "meteorological agency",
        ),
        (
            "en",
            "Nearly 600 houses were damaged, said Asep Sukma, head of the agency.",
            "Asep Sukma, head of the agency",
        ),
        ("en", "The agency said about 1,500 homes were flooded.", "agency"),
        ("en", "Floods forced 2,300 people out, officials said on Wednesday.", "officials"),
        ("en", "The figure of 12 deaths was reported by Antara.", "Antara"),
        # A sentence connector opening a clause ("Meanwhile,", "Sementara itu,", "Namun")
        # links it to the sentence before: it is never part of the source.
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
def test_figures_sources_are_read_from_their_cues(language: str, text: str, source: str) -> None:
    assert _sources(language, text) == [source]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("id", "Dia menuturkan sekitar 80 ekor kambing hanyut."),
        ("id", "Menurut dia, harga turun ke Rp 12.500."),
        ("id", "Dilaporkan 14 orang hilang setelah kapal terbalik."),
        ("id", "Pemerintah menyiapkan 50 ton beras."),
        ("en", "He said about 80 goats were swept away."),
        ("en", "Police seized 2.5 kilograms of methamphetamine."),
    ],
)
def test_figures_pronouns_and_cueless_sentences_give_no_source(language: str, text: str) -> None:
    assert _sources(language, text) == [None]


def test_figures_source_offsets_point_at_the_name() -> None:
    text = "Sebanyak 2.300 warga mengungsi, kata Kepala BPBD Uka Suska."
    lexicon = load_figures_lexicon("id")
    (quantity,) = find_quantities(text, [Span(0, len(text))], lexicon)
    assert quantity.attribution_start is not None and quantity.attribution_end is not None
    assert text[quantity.attribution_start : quantity.attribution_end] == quantity.attributed_to
