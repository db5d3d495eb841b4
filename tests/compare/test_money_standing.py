"""Whether an amount is proposed or in force is read in its own words (silang.compare.money
``standings``), and whose pay an amount is may be named before an index number between
(silang.compare.slot_apart), on Indonesian reports written for these tests."""

from __future__ import annotations

import pytest

from silang.compare.money import Key, owners_agree

from records import reports_slots, slot_holding, two_sums


@pytest.mark.parametrize(
    ("reports", "one", "other", "also_apart"),
    [
        # The report lost its full stops: one "sentence" runs from the draft to the law in
        # force. Its "jika" speaks of the draft, not of the allowance the old law sets, so
        # that allowance and another report's current one are one sum told two ways.
        pytest.param(
            [
                (
                    "nostops",
                    "Tunjangan anggota naik jika rancangan itu disahkan dan tunjangan perumahan "
                    "menjadi Rp 40 juta per bulan Sedangkan, dalam peraturan lama, disebutkan "
                    "tunjangan perumahan anggota Rp 25 juta per bulan",
                ),
                ("current", "Tunjangan perumahan anggota Rp 30 juta per bulan."),
            ],
            ("nostops", 25e6),
            ("current", 30e6),
            ("nostops", 40e6),
            id="an_early_if_in_a_report_without_full_stops_leaves_later_amounts_in_force",
        ),
        # The second amount of the list is Ani's pay, not Budi's (whose noun came first), so
        # it is the sum another report gives for Ani, told another way.
        pytest.param(
            [
                ("list", "Gaji Budi Rp 10 juta per bulan dan Ani sebesar Rp 8 juta per bulan."),
                ("other", "Gaji Ani Rp 9 juta per bulan."),
            ],
            ("list", 8e6),
            ("other", 9e6),
            ("list", 10e6),
            id="a_name_in_an_amounts_own_words_is_its_owner",
        ),
    ],
)
def test_an_amount_read_in_its_own_words_is_one_sum_with_another_reports(
    reports: list[tuple[str, ...]],
    one: tuple[str, float],
    other: tuple[str, float],
    also_apart: tuple[str, float],
) -> None:
    slots = reports_slots(reports)
    slot = slot_holding(slots, *one)
    assert slot is slot_holding(slots, *other)
    assert slot is not slot_holding(slots, *also_apart)


@pytest.mark.parametrize(
    ("reports", "one", "other"),
    [
        # No clause ends between the two amounts: both are the draft's.
        pytest.param(
            [
                (
                    "draft",
                    "Jika rancangan disahkan, tunjangan perumahan ketua Rp 40 juta per bulan dan "
                    "tunjangan perumahan anggota Rp 35 juta per bulan.",
                ),
                ("current", "Tunjangan perumahan anggota Rp 30 juta per bulan."),
            ],
            ("draft", 35e6),
            ("current", 30e6),
            id="an_if_still_reaches_the_next_amount_of_its_clause",
        ),
        # "Untuk Wakil Presiden ... indeks 64000 dan menerima Rp 368 juta": the index number
        # between does not end whose pay the words speak of, so the deputy's sum is no other
        # reading of the president's.
        pytest.param(
            [
                (
                    "deputy",
                    "Untuk Wakil Presiden memiliki indeks penghasilan sebesar 64000 dan menerima "
                    "penghasilan Rp 368 juta.",
                ),
                ("president", "Gaji Presiden sebesar Rp 553 juta."),
            ],
            ("deputy", 368e6),
            ("president", 553e6),
            id="a_holder_named_before_an_index_holds_the_amount_after_it",
        ),
    ],
)
def test_a_draft_or_another_holders_amount_is_a_sum_of_its_own(
    reports: list[tuple[str, ...]], one: tuple[str, float], other: tuple[str, float]
) -> None:
    assert two_sums(reports_slots(reports), one, other)


def test_owners_compare_from_their_first_word() -> None:
    # A name after the title narrows it ("Presiden Jokowi"); a word before it makes another
    # title ("Wakil Presiden").
    president = Key("salary", "month", owners=("presiden",))
    assert owners_agree(president, Key("salary", "month", owners=("presiden", "jokowi")))
    assert not owners_agree(president, Key("salary", "month", owners=("wakil", "presiden")))
    assert owners_agree(president, Key("salary", "month"))


def test_the_same_amount_called_base_pay_and_pay_is_one_sum() -> None:
    # One report says "gaji pokok", another only "gaji": a base salary is a salary, and the
    # very same amount of one period is one sum.
    slots = reports_slots(
        [
            ("base", "Menurut peraturan itu, gaji pokok ketua lembaga Rp 5.040.000 per bulan."),
            ("pay", "Dalam aturan lama, ketiga pejabat itu menerima gaji Rp 5.040.000 per bulan."),
        ]
    )
    assert slot_holding(slots, "base", 5_040_000) is slot_holding(slots, "pay", 5_040_000)
