"""Whose pay an amount is where its holder is written small, as a class of people or as a
pronoun (silang.compare.slot_apart ``holder_of``), and the money grouping that heeds those
holders (silang.compare.money ``money_groups``), on Indonesian reports written for these
tests and read by the figures stage."""

from __future__ import annotations

from test_slots_apart import _report, _slots

from records import slot_holding


def test_an_amount_joins_its_own_holders_sum_not_the_first_that_fits() -> None:
    # The first report names the deputy only after "seperti" (like); the third lists the
    # president's and the deputy's pay in one sentence. The deputy's rounded figure is the
    # third report's deputy amount, not a reading of the president's pay.
    slots = _slots(
        _report("president", "Gaji Presiden naik menjadi Rp 553 juta per bulan."),
        _report(
            "like",
            "Gaji pejabat juga naik, seperti wakil presiden menjadi Rp 368,9 juta per bulan.",
        ),
        _report(
            "list",
            "Disebutkan penghasilan presiden Rp 553 juta per bulan, lalu wakil presiden "
            "sebesar Rp 368.948.462 per bulan.",
        ),
    )
    deputy = slot_holding(slots, "like", 368.9e6)
    assert deputy is slot_holding(slots, "list", 368_948_462)
    assert deputy is not slot_holding(slots, "president", 553e6)


def test_officials_written_small_are_a_holder_of_their_own() -> None:
    # "pejabat" (officials) is no title of one office, but the highest officials' base pay
    # is not the president's: two sums, no dispute.
    slots = _slots(
        _report(
            "officials",
            "Menurut peraturan itu, gaji pokok tertinggi pejabat negara adalah Rp 5.040.000 "
            "per bulan.",
        ),
        _report("president", "Menurut peraturan itu, gaji pokok presiden Rp 30.240.000 per bulan."),
    )
    assert slot_holding(slots, "officials", 5_040_000) is not slot_holding(
        slots, "president", 30_240_000
    )
    assert not any(s.status == "disputed" for s in slots)


def test_a_counted_holder_noun_with_a_demonstrative_is_that_holder() -> None:
    # "ketiga pejabat tersebut" (those three officials) still names officials, who are
    # tied to the pay by "menerima".
    slots = _slots(
        _report(
            "officials",
            "Dalam aturan lama, ketiga pejabat tersebut menerima gaji Rp 5.040.000 per bulan.",
        ),
        _report("president", "Menurut peraturan itu, gaji presiden Rp 30.240.000 per bulan."),
    )
    assert slot_holding(slots, "officials", 5_040_000) is not slot_holding(
        slots, "president", 30_240_000
    )


def test_their_pay_is_the_pay_of_the_holders_named_before() -> None:
    # "penghasilan mereka" (their income): the ministers the sentence before gives new pay
    # to, not the president of the other report.
    slots = _slots(
        _report(
            "ministers",
            "Rancangan itu juga memuat usulan gaji baru untuk para menteri dan jaksa agung.",
            "Dengan indeks sebesar 16000, penghasilan mereka Rp 92,2 juta per bulan.",
        ),
        _report("president", "Menurut kabar itu, penghasilan presiden Rp 553 juta per bulan."),
    )
    assert slot_holding(slots, "ministers", 92.2e6) is not slot_holding(slots, "president", 553e6)
    assert not any(s.status == "disputed" for s in slots)


def test_a_date_before_an_amount_does_not_hide_its_holder() -> None:
    # "sejak 1 Januari": the day's digit is no amount, so the deputy named before it still
    # holds the pay ("untuk", so that only the holder, not a word narrowing the noun,
    # tells the two sums apart).
    slots = _slots(
        _report(
            "dated",
            "Menurut kabar itu, gaji untuk wakil presiden sejak 1 Januari naik menjadi Rp 368 "
            "juta.",
        ),
        _report("president", "Menurut kabar itu, gaji untuk presiden naik menjadi Rp 500 juta."),
    )
    assert slot_holding(slots, "dated", 368e6) is not slot_holding(slots, "president", 500e6)
    assert not any(s.status == "disputed" for s in slots)


def test_an_amount_in_another_currency_before_ends_the_holders_words() -> None:
    # The prime minister's dollar pay comes first; the rupiah sum after "dan Presiden
    # Budiman" is the president's: it disputes another report's reading of his pay (in
    # slot_apart) and does not join a third report's rupiah pay of the prime minister (in
    # money's owner words).
    slots = _slots(
        _report(
            "mixed",
            "Menurut laporan itu, gaji Perdana Menteri Lee US$ 1,6 juta dan Presiden Budiman "
            "Rp 553 juta per tahun.",
        ),
        _report("president", "Menurut laporan itu, gaji Presiden Budiman Rp 500 juta per tahun."),
        _report("lee", "Menurut laporan itu, gaji Perdana Menteri Lee Rp 25 miliar per tahun."),
    )
    slot = slot_holding(slots, "mixed", 553e6)
    assert slot is slot_holding(slots, "president", 500e6)
    assert slot is not slot_holding(slots, "lee", 25e9)
    assert slot.status == "disputed"


def test_their_pay_is_not_a_single_titles_pay() -> None:
    # "mereka" are the palace staff of the sentence, not the president named before: the
    # staff's pay is no reading of the president's.
    slots = _slots(
        _report(
            "staff",
            "Usulan itu menaikkan gaji Presiden. Para pegawai istana mengeluh karena "
            "penghasilan mereka hanya Rp 6 juta per bulan.",
        ),
        _report("president", "Menurut usulan itu, gaji Presiden Rp 553 juta per bulan."),
    )
    assert slot_holding(slots, "staff", 6e6) is not slot_holding(slots, "president", 553e6)
