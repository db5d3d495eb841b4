"""Whether an amount is proposed or in force is read in its own words (silang.compare.money
``standings``), and whose pay an amount is may be named before an index number between
(silang.compare.slot_apart), on Indonesian reports written for these tests."""

from __future__ import annotations

from test_slots_apart import _report, _slots

from silang.compare.money import Key, owners_agree

from records import slot_holding


def test_an_early_if_in_a_report_without_full_stops_leaves_later_amounts_in_force() -> None:
    # The report lost its full stops: one "sentence" runs from the draft to the law in
    # force. Its "jika" speaks of the draft, not of the allowance the old law sets, so that
    # allowance and another report's current one are one sum told two ways.
    slots = _slots(
        _report(
            "nostops",
            "Tunjangan anggota naik jika rancangan itu disahkan dan tunjangan perumahan menjadi "
            "Rp 40 juta per bulan Sedangkan, dalam peraturan lama, disebutkan tunjangan "
            "perumahan anggota Rp 25 juta per bulan",
        ),
        _report("current", "Tunjangan perumahan anggota Rp 30 juta per bulan."),
    )
    slot = slot_holding(slots, "nostops", 25e6)
    assert slot is slot_holding(slots, "current", 30e6)
    assert slot is not slot_holding(slots, "nostops", 40e6)


def test_an_if_still_reaches_the_next_amount_of_its_clause() -> None:
    # No clause ends between the two amounts: both are the draft's.
    slots = _slots(
        _report(
            "draft",
            "Jika rancangan disahkan, tunjangan perumahan ketua Rp 40 juta per bulan dan "
            "tunjangan perumahan anggota Rp 35 juta per bulan.",
        ),
        _report("current", "Tunjangan perumahan anggota Rp 30 juta per bulan."),
    )
    assert slot_holding(slots, "draft", 35e6) is not slot_holding(slots, "current", 30e6)


def test_a_holder_named_before_an_index_holds_the_amount_after_it() -> None:
    # "Untuk Wakil Presiden ... indeks 64000 dan menerima Rp 368 juta": the index number
    # between does not end whose pay the words speak of, so the deputy's sum is no other
    # reading of the president's.
    slots = _slots(
        _report(
            "deputy",
            "Untuk Wakil Presiden memiliki indeks penghasilan sebesar 64000 dan menerima "
            "penghasilan Rp 368 juta.",
        ),
        _report("president", "Gaji Presiden sebesar Rp 553 juta."),
    )
    assert slot_holding(slots, "deputy", 368e6) is not slot_holding(slots, "president", 553e6)
    assert not any(s.status == "disputed" for s in slots)


def test_a_name_in_an_amounts_own_words_is_its_owner() -> None:
    # The second amount of the list is Ani's pay, not Budi's (whose noun came first), so it
    # is the sum another report gives for Ani, told another way.
    slots = _slots(
        _report("list", "Gaji Budi Rp 10 juta per bulan dan Ani sebesar Rp 8 juta per bulan."),
        _report("other", "Gaji Ani Rp 9 juta per bulan."),
    )
    slot = slot_holding(slots, "list", 8e6)
    assert slot is slot_holding(slots, "other", 9e6)
    assert slot is not slot_holding(slots, "list", 10e6)


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
    slots = _slots(
        _report("base", "Menurut peraturan itu, gaji pokok ketua lembaga Rp 5.040.000 per bulan."),
        _report(
            "pay", "Dalam aturan lama, ketiga pejabat itu menerima gaji Rp 5.040.000 per bulan."
        ),
    )
    assert slot_holding(slots, "base", 5_040_000) is slot_holding(slots, "pay", 5_040_000)
