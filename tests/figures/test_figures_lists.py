"""Counted nouns written once for a list of figures, counted nouns of groups, parts and
tests, and "satu"/"one" after a word that announces a count."""

from __future__ import annotations

import pytest

from silang.extract.quantities import find_quantities
from silang.lang.figures import load_figures_lexicon
from silang.model import Quantity, Span


def _quantities(language: str, text: str) -> tuple[Quantity, ...]:
    return find_quantities(text, [Span(0, len(text))], load_figures_lexicon(language))


def _counts(language: str, text: str) -> list[tuple[float, str | None, str | None]]:
    return [(q.value, q.counted, q.counted_class) for q in _quantities(language, text)]


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            "id",
            "Penonton berjumlah 90 dan 40 orang pada malam itu.",
            [(90.0, "orang", "person"), (40.0, "orang", "person")],
        ),
        (
            "id",
            "Rombongan itu terdiri atas pria 15 dan perempuan 12 orang.",
            [(15.0, "orang", "person"), (12.0, "orang", "person")],
        ),
        (
            "id",
            "Kelas itu berisi 8, 11 serta 14 siswa.",
            [(8.0, "siswa", "student"), (11.0, "siswa", "student"), (14.0, "siswa", "student")],
        ),
        (
            "en",
            "The clinic saw 35 and 60 patients on those days.",
            [(35.0, "patient", "patient"), (60.0, "patient", "patient")],
        ),
        # Not shared outside a list. Each item names its own noun: nothing to share.
        (
            "id",
            "Banjir merusak 12 rumah dan 3 sekolah.",
            [(12.0, "rumah", "house"), (3.0, "sekolah", "school")],
        ),
        # A measure is no count: "5" stays bare rather than "5 orang".
        ("id", "Angka naik 5 dan 7 persen.", [(5.0, None, None), (7.0, None, None)]),
        # More than a label between the items: not one list.
        (
            "id",
            "Tahun lalu 30 dan pada tahun ini sudah 45 orang.",
            [(30.0, None, None), (45.0, "orang", "person")],
        ),
        # A label after the joiner but a verb, no label, before the first item.
        (
            "id",
            "Tercatat 30 dan wanita 45 orang.",
            [(30.0, None, None), (45.0, "orang", "person")],
        ),
    ],
)
def test_figures_a_list_shares_the_counted_noun_of_its_last_item_and_only_a_list(
    language: str, text: str, expected: list[tuple[float, str | None, str | None]]
) -> None:
    assert _counts(language, text) == expected


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            "id",
            "Polisi memeriksa sebanyak tujuh pengurus koperasi.",
            (7.0, "pengurus", "board member"),
        ),
        ("id", "Ratusan orang seniman menari di alun-alun.", (200.0, "seniman", "artist")),
        ("id", "Sikat lama itu punya empat baris bulu.", (4.0, "baris", "row")),
        ("id", "Sampel air lolos uji lima parameter.", (5.0, "parameter", "parameter")),
        ("en", "The rug has three layers of wool.", (3.0, "layer", "layer")),
        ("en", "Dozens of artists joined.", (24.0, "artist", "artist")),
    ],
)
def test_figures_counted_nouns_of_groups_parts_and_tests(
    language: str, text: str, expected: tuple[float, str, str]
) -> None:
    assert _counts(language, text) == [expected]


@pytest.mark.parametrize(
    ("language", "text", "counted"),
    [
        ("id", "Pagar itu hanya satu lapis saja.", "lapis"),
        ("id", "Gudang itu menyimpan sebanyak satu unit mobil.", "mobil"),
        ("en", "The fence had only one layer.", "layer"),
    ],
)
def test_figures_one_counts_after_a_word_announcing_a_count(
    language: str, text: str, counted: str
) -> None:
    assert _counts(language, text) == [(1.0, counted, _class_of(language, counted))]


def _class_of(language: str, lemma: str) -> str:
    return load_figures_lexicon(language).counted.entries[(lemma,)].cls


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("id", "Mereka duduk satu baris dengan tamu."),
        ("id", "Hanya satu yang datang."),
        ("id", "Tak hanya satu kasus yang dilaporkan warga."),
        ("en", "Not just one case was reported."),
        ("en", "They sat in one row with the guests."),
    ],
)
def test_figures_one_without_a_cue_stays_no_figure(language: str, text: str) -> None:
    assert _quantities(language, text) == ()
