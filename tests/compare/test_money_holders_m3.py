"""Whose pay an amount is where its holder is written small, as a class of people or as a
pronoun (silang.compare.slot_apart ``holder_of``), and the money grouping that heeds those
holders (silang.compare.money ``money_groups``), on Indonesian reports written for these
tests and read by the figures stage."""

from __future__ import annotations

import pytest

from records import one_disputed_sum, reports_slots, slot_holding, two_sums


def test_an_amount_joins_its_own_holders_sum_not_the_first_that_fits() -> None:
    # The first report names the deputy only after "seperti" (like); the third lists the
    # president's and the deputy's pay in one sentence. The deputy's rounded figure is the
    # third report's deputy amount, not a reading of the president's pay.
    slots = reports_slots(
        [
            ("president", "Gaji Presiden naik menjadi Rp 553 juta per bulan."),
            (
                "like",
                "Gaji pejabat juga naik, seperti wakil presiden menjadi Rp 368,9 juta per bulan.",
            ),
            (
                "list",
                "Disebutkan penghasilan presiden Rp 553 juta per bulan, lalu wakil presiden "
                "sebesar Rp 368.948.462 per bulan.",
            ),
        ]
    )
    deputy = slot_holding(slots, "like", 368.9e6)
    assert deputy is slot_holding(slots, "list", 368_948_462)
    assert deputy is not slot_holding(slots, "president", 553e6)


@pytest.mark.parametrize(
    ("reports", "one", "other"),
    [
        # "pejabat" (officials) is no title of one office, but the highest officials' base
        # pay is not the president's: two sums, no dispute.
        pytest.param(
            [
                (
                    "officials",
                    "Menurut peraturan itu, gaji pokok tertinggi pejabat negara adalah "
                    "Rp 5.040.000 per bulan.",
                ),
                (
                    "president",
                    "Menurut peraturan itu, gaji pokok presiden Rp 30.240.000 per bulan.",
                ),
            ],
            ("officials", 5_040_000),
            ("president", 30_240_000),
            id="officials_written_small_are_a_holder_of_their_own",
        ),
        # "ketiga pejabat tersebut" (those three officials) still names officials, who are
        # tied to the pay by "menerima".
        pytest.param(
            [
                (
                    "officials",
                    "Dalam aturan lama, ketiga pejabat tersebut menerima gaji Rp 5.040.000 per "
                    "bulan.",
                ),
                ("president", "Menurut peraturan itu, gaji presiden Rp 30.240.000 per bulan."),
            ],
            ("officials", 5_040_000),
            ("president", 30_240_000),
            id="a_counted_holder_noun_with_a_demonstrative_is_that_holder",
        ),
        # "penghasilan mereka" (their income): the ministers the sentence before gives new
        # pay to, not the president of the other report.
        pytest.param(
            [
                (
                    "ministers",
                    "Rancangan itu juga memuat usulan gaji baru untuk para menteri dan jaksa "
                    "agung.",
                    "Dengan indeks sebesar 16000, penghasilan mereka Rp 92,2 juta per bulan.",
                ),
                ("president", "Menurut kabar itu, penghasilan presiden Rp 553 juta per bulan."),
            ],
            ("ministers", 92.2e6),
            ("president", 553e6),
            id="their_pay_is_the_pay_of_the_holders_named_before",
        ),
        # "sejak 1 Januari": the day's digit is no amount, so the deputy named before it still
        # holds the pay ("untuk", so that only the holder, not a word narrowing the noun,
        # tells the two sums apart).
        pytest.param(
            [
                (
                    "dated",
                    "Menurut kabar itu, gaji untuk wakil presiden sejak 1 Januari naik menjadi "
                    "Rp 368 juta.",
                ),
                ("president", "Menurut kabar itu, gaji untuk presiden naik menjadi Rp 500 juta."),
            ],
            ("dated", 368e6),
            ("president", 500e6),
            id="a_date_before_an_amount_does_not_hide_its_holder",
        ),
        # "mereka" are the palace staff of the sentence, not the president named before: the
        # staff's pay is no reading of the president's.
        pytest.param(
            [
                (
                    "staff",
                    "Usulan itu menaikkan gaji Presiden. Para pegawai istana mengeluh karena "
                    "penghasilan mereka hanya Rp 6 juta per bulan.",
                ),
                ("president", "Menurut usulan itu, gaji Presiden Rp 553 juta per bulan."),
            ],
            ("staff", 6e6),
            ("president", 553e6),
            id="their_pay_is_not_a_single_titles_pay",
        ),
    ],
)
def test_a_holder_written_small_or_as_a_pronoun_holds_a_sum_of_its_own(
    reports: list[tuple[str, ...]], one: tuple[str, float], other: tuple[str, float]
) -> None:
    assert two_sums(reports_slots(reports), one, other)


def test_an_amount_in_another_currency_before_ends_the_holders_words() -> None:
    # The prime minister's dollar pay comes first; the rupiah sum after "dan Presiden
    # Budiman" is the president's: it disputes another report's reading of his pay (in
    # slot_apart) and does not join a third report's rupiah pay of the prime minister (in
    # money's owner words).
    slots = reports_slots(
        [
            (
                "mixed",
                "Menurut laporan itu, gaji Perdana Menteri Lee US$ 1,6 juta dan Presiden "
                "Budiman Rp 553 juta per tahun.",
            ),
            ("president", "Menurut laporan itu, gaji Presiden Budiman Rp 500 juta per tahun."),
            ("lee", "Menurut laporan itu, gaji Perdana Menteri Lee Rp 25 miliar per tahun."),
        ]
    )
    assert one_disputed_sum(slots, ("mixed", 553e6), ("president", 500e6))
    assert slot_holding(slots, "mixed", 553e6) is not slot_holding(slots, "lee", 25e9)
