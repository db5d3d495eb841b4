"""Figures that a story's own words keep apart (silang.compare.slot_apart): pay of two holders,
an index against the pay it computes, and values one sentence lists as two things, on
Indonesian reports written for these tests and read by the figures stage."""

from __future__ import annotations

import pytest

from silang.compare.glossary import article_counts, load_glossary
from silang.compare.slot_apart import read_apart, same_figure
from silang.compare.slots import story_figures

from records import (
    id_report,
    one_disputed_sum,
    reports_slots,
    slot_holding,
    two_sums,
)

#: The president's and the vice-president's basic pay, as one long sentence of a law gives
#: them: each a count of times the highest officials' pay.
_LAW = (
    "Menurut undang-undang itu gaji pokok Presiden adalah enam kali gaji pokok tertinggi "
    "pejabat negara sedangkan gaji pokok Wakil Presiden adalah empat kali gaji pokok "
    "tertinggi pejabat negara"
)


def test_same_figure_is_one_value_written_with_fewer_digits() -> None:
    assert same_figure(368.9e6, 368_948_462)  # rounded
    assert same_figure(88.3e6, 88_393_902)  # cut after one decimal
    assert same_figure(20e6, 20_160_000)  # "Rp 20 juta"
    assert not same_figure(500e6, 553e6)  # a round figure of its own, no cut of 553
    assert not same_figure(10, 13)
    assert not same_figure(368_948, 368_948_462)  # digits dropped: another value


@pytest.mark.parametrize(
    ("reports", "one", "other"),
    [
        # "Wakil Presiden" holds "Presiden" as a word, but the head of an Indonesian title is
        # its first word: the deputy's pay is another sum.
        pytest.param(
            [
                ("a", "Gaji Presiden naik menjadi Rp 553 juta per bulan."),
                ("b", "Gaji Wakil Presiden naik menjadi Rp 368 juta per bulan."),
            ],
            ("a", 553e6),
            ("b", 368e6),
            id="pay_of_the_president_and_of_the_vice_president",
        ),
        pytest.param(
            [
                ("a", "Tunjangan jabatan sebesar Rp 32 juta untuk Presiden."),
                ("b", "Tunjangan jabatan sebesar Rp 22 juta untuk Wakil Presiden."),
            ],
            ("a", 32e6),
            ("b", 22e6),
            id="a_holder_named_after_the_amount_with_untuk",
        ),
        # The index is written in rupiah by mistake ("Rp 96.000"); its words say what it is.
        pytest.param(
            [
                ("a", "Indeks gaji presiden mencapai Rp 96.000."),
                ("b", "Gaji presiden mencapai Rp 62 juta."),
            ],
            ("a", 96_000),
            ("b", 62e6),
            id="an_index_of_pay_is_not_the_pay",
        ),
        # The president's basic pay is six times the officials', the vice-president's four.
        # Two reports print one long sentence giving both; each pair of its figures across
        # the two reads as one sentence retold with another number, which would chain 6 and
        # 4 into one slot, but the words name whose each figure is.
        pytest.param(
            [
                ("release", _LAW + " kata juru bicara."),
                ("copy", "Dikutip dari rilis, " + _LAW + "."),
            ],
            ("release", 6),
            ("release", 4),
            id="counts_of_two_holders_stay_apart_however_they_chain",
        ),
    ],
)
def test_two_holders_or_an_index_and_pay_are_two_slots(
    reports: list[tuple[str, ...]], one: tuple[str, float], other: tuple[str, float]
) -> None:
    assert two_sums(reports_slots(reports), one, other)


@pytest.mark.parametrize(
    ("reports", "one", "other"),
    [
        pytest.param(
            [
                ("a", "Gaji Presiden naik menjadi Rp 553 juta per bulan."),
                ("b", "Gaji Presiden disebut naik menjadi Rp 500 juta per bulan."),
            ],
            ("a", 553e6),
            ("b", 500e6),
            id="one_holder_two_values_is_still_a_dispute",
        ),
        # "Bukan X, tetapi Y" answers a claim: the two are one sum's readings, and a report
        # of X alone disputes one of Y alone.
        pytest.param(
            [
                ("debunk", "Gaji anggota dewan bukan Rp 500 juta, tetapi Rp 62,4 juta per bulan."),
                ("hoax", "Gaji anggota dewan naik menjadi Rp 500 juta per bulan."),
                ("denial", "Gaji anggota dewan hanya Rp 62,4 juta per bulan."),
            ],
            ("hoax", 500e6),
            ("denial", 62.4e6),
            id="a_value_set_against_another_in_its_sentence_is_no_list",
        ),
    ],
)
def test_one_holders_two_values_are_a_dispute(
    reports: list[tuple[str, ...]], one: tuple[str, float], other: tuple[str, float]
) -> None:
    assert one_disputed_sum(reports_slots(reports), one, other)


def test_values_one_sentence_lists_keep_their_rounded_forms_apart() -> None:
    # One report lists two sums in one sentence; two others give each rounded, naming no
    # holder: the rounded figures are the two listed sums, not two values of one.
    slots = reports_slots(
        [
            (
                "table",
                "Penghasilan pejabat A disimulasikan Rp 553.422.694 per bulan, lalu pejabat B "
                "Rp 368.948.462 per bulan.",
            ),
            ("b", "Gaji itu naik menjadi Rp 553 juta per bulan."),
            ("c", "Gaji itu naik menjadi Rp 368,9 juta per bulan."),
        ]
    )
    deputy = slot_holding(slots, "c", 368.9e6)
    assert slot_holding(slots, "b", 553e6) is not deputy
    assert {v.value for v in deputy.values} <= {368.9e6, 368_948_462}


def test_a_holder_or_kind_is_read_from_the_same_value_elsewhere() -> None:
    # "naik menjadi Rp 553 juta" names no pay noun; another report's "gaji presiden ... Rp
    # 553 juta" says it is pay and whose, so it is neither the index nor the deputy's pay.
    items = [
        id_report("index", "Indeks gaji presiden mencapai Rp 96.000."),
        id_report("bare", "Angka itu naik menjadi Rp 553 juta."),
        id_report("named", "Gaji presiden naik menjadi Rp 553 juta."),
        id_report("deputy", "Gaji Wakil Presiden naik menjadi Rp 368 juta."),
    ]
    glossary = load_glossary()
    story = story_figures(items, {}, glossary, article_counts(items, glossary))
    amounts = story.buckets[("money", "IDR")]
    apart = read_apart(amounts, story.texts, story.titles_of, money=True)
    bare, index, deputy = (
        next(f for f in amounts if f.article_id == aid) for aid in ("bare", "index", "deputy")
    )
    assert apart.conflict(bare, index)
    assert apart.conflict(bare, deputy)
