"""Money slots (silang.compare.money): which amounts of a story are one sum, on hand-made
records in the shapes of the money fixtures (tests/compare/fixtures/money-hoax, money-aid)."""

from __future__ import annotations

import re

from silang.compare.slots import claim_slots
from silang.model import Annotated, ClaimSlot, Quantity, Span

from records import make_article

_AMOUNT = re.compile(
    r"(?:Rp|US\$) ?\d+(?:,\d+)? ?(?:juta|miliar|million|billion)?"
    r"(?: (?:per |setiap |se|a )(?P<period>bulan|tahun|month|year))?"
)
_PERIODS = {"bulan": "month", "tahun": "year", "month": "month", "year": "year"}
_SPAN = re.compile(r"(\d+) bulan")
_SCALE = {"juta": 1e6, "million": 1e6, "miliar": 1e9, "billion": 1e9}


def _value(amount: str) -> float:
    digits = re.search(r"\d+(?:,\d+)?", amount)
    assert digits is not None
    scale = next((v for k, v in _SCALE.items() if k in amount.split()), 1.0)
    return float(digits.group().replace(",", ".")) * scale


def _unit(amount: re.Match[str]) -> str:
    currency = "USD" if amount.group().startswith("US") else "IDR"
    period = amount.group("period")
    return f"{currency}/{_PERIODS[period]}" if period else currency


def _item(aid: str, *sentences: str, language: str = "id") -> Annotated:
    """An article of ``sentences`` whose every "Rp ..." is an amount in rupiah, as the
    figures stage gives it (a period after it makes a rate: "Rp 5 juta sebulan" is
    "IDR/month"), and every "<n> bulan" a span of months."""
    text = " ".join(sentences)
    spans, at = [], 0
    for sentence in sentences:
        spans.append(Span(at, at + len(sentence)))
        at += len(sentence) + 1
    amounts = tuple(
        Quantity(
            m.start(),
            m.end(),
            m.group(),
            _value(m.group()),
            unit=_unit(m),
        )
        for m in _AMOUNT.finditer(text)
    ) + tuple(
        Quantity(m.start(), m.end(), m.group(), float(m.group(1)), unit="month")
        for m in _SPAN.finditer(text)
    )
    article = make_article(text, article_id=aid, language=language, published="2024-05-08")
    return Annotated(article=article, sentences=tuple(spans), quantities=amounts)


def _slot_of(slots: tuple[ClaimSlot, ...], aid: str, value: float) -> ClaimSlot:
    return next(
        s for s in slots if any(v.value == value and aid in v.article_ids for v in s.values)
    )


def _together(items: list[Annotated], first: tuple[str, float], second: tuple[str, float]) -> bool:
    slots = claim_slots(items, {})
    return _slot_of(slots, *first) is _slot_of(slots, *second)


def test_compare_money_one_paid_thing_and_period_is_one_disputed_slot() -> None:
    items = [
        _item("hoax", "Gaji anggota dewan naik menjadi Rp 500 juta per bulan."),
        _item("debunk", "Menurut dia, gaji anggota dewan hanya Rp 62,4 juta per bulan."),
    ]
    slot = _slot_of(claim_slots(items, {}), "hoax", 500e6)
    assert {v.value for v in slot.values} == {500e6, 62.4e6}
    assert slot.status == "disputed"


def test_compare_money_another_period_or_another_thing_is_another_sum() -> None:
    monthly = _item("a1", "Gaji anggota dewan Rp 62,4 juta per bulan.")
    yearly = _item("a2", "Gaji anggota dewan Rp 900 juta per tahun.")
    allowance = _item("a3", "Tunjangan perumahan anggota dewan Rp 25 juta per bulan.")
    items = [monthly, yearly, allowance]
    assert not _together(items, ("a1", 62.4e6), ("a2", 900e6))
    assert not _together(items, ("a1", 62.4e6), ("a3", 25e6))


def test_compare_money_a_yearly_restatement_joins_its_monthly_amount() -> None:
    items = [
        _item("a1", "Gaji setiap anggota disebut Rp 500 juta sebulan atau Rp 6 miliar per tahun."),
        _item("a2", "Gaji anggota dewan Rp 62,4 juta per bulan."),
    ]
    assert _together(items, ("a1", 6e9), ("a2", 62.4e6))


def test_compare_money_a_total_over_the_months_an_article_names_joins_its_rate() -> None:
    items = [
        _item(
            "a1",
            "Korban menerima jaminan hidup Rp 1,2 juta per bulan selama 3 bulan.",
            "Setiap keluarga menerima total Rp 3,6 juta.",
        ),
        _item("a2", "Pesan itu menyebut jaminan hidup Rp 10 juta per bulan."),
        _item("a3", "Warga menerima Rp 2,4 juta dari desa."),
    ]
    assert _together(items, ("a1", 3.6e6), ("a2", 10e6))
    assert not _together(items, ("a1", 1.2e6), ("a3", 2.4e6))


def test_compare_money_an_amount_that_names_nothing_takes_the_key_of_the_same_amount() -> None:
    items = [
        _item("hoax", "Gaji anggota dewan naik menjadi Rp 500 juta sebulan."),
        _item("debunk", '"Bukan Rp 500 juta, tetapi Rp 62,4 juta," kata Hendarto.'),
        _item("other", "Gaji anggota dewan Rp 62,4 juta per bulan."),
    ]
    slot = _slot_of(claim_slots(items, {}), "debunk", 500e6)
    assert {(a, v.value) for v in slot.values for a in v.article_ids} >= {
        ("hoax", 500e6),
        ("debunk", 500e6),
        ("debunk", 62.4e6),
        ("other", 62.4e6),
    }


def test_compare_money_generic_funds_of_different_size_stay_apart() -> None:
    items = [
        _item("a1", "Pemprov menyalurkan dana tanggap darurat Rp 7,5 miliar."),
        _item("a2", "Pemerintah pusat disebut mengucurkan dana Rp 50 miliar."),
    ]
    assert not _together(items, ("a1", 7.5e9), ("a2", 50e9))


def test_compare_money_one_sentence_giving_two_sums_keeps_them_apart() -> None:
    items = [
        _item(
            "a1",
            "Rumah rusak berat mendapat biaya perbaikan Rp 15 juta, sedangkan rumah rusak "
            "sedang mendapat biaya perbaikan Rp 7,5 juta.",
        ),
        _item("a2", "Pemilik rumah rusak berat mendapat biaya perbaikan Rp 15 juta."),
        _item("a3", "Biaya perbaikan rumah rusak sedang Rp 7,5 juta."),
    ]
    assert _together(items, ("a1", 15e6), ("a2", 15e6))
    assert not _together(items, ("a2", 15e6), ("a3", 7.5e6))


def test_compare_money_different_owners_and_proposed_sums_stay_apart() -> None:
    items = [
        _item("a1", "Pesan itu menyebut gaji Presiden Jokowi Rp 553 juta per bulan."),
        _item("a2", "Sebagai pembanding, gaji Presiden Obama Rp 400 juta per bulan."),
        _item("a3", "Tunjangan perumahan saat ini Rp 25 juta per bulan."),
        _item("a4", "Jika rancangan disahkan, tunjangan perumahan menjadi Rp 40 juta per bulan."),
    ]
    assert not _together(items, ("a1", 553e6), ("a2", 400e6))
    assert not _together(items, ("a3", 25e6), ("a4", 40e6))


def test_compare_money_a_noun_narrowed_two_ways_names_two_sums() -> None:
    items = [
        _item("a1", "Dinas mencatat biaya kesehatan warga Rp 769 miliar."),
        _item("a2", "Menurut dia, biaya perbaikan tanggul Rp 50 miliar."),
        _item("a3", "Tunjangan perumahan anggota disebut Rp 150 juta per bulan."),
        _item("a4", "Ia menyebut tunjangan perumahan yang diterima Rp 25 juta per bulan."),
    ]
    assert not _together(items, ("a1", 769e9), ("a2", 50e9))
    assert _together(items, ("a3", 150e6), ("a4", 25e6))


def _vague_item(aid: str, text: str, words: str, low: float, high: float) -> Annotated:
    """An article whose one amount is vague ("miliaran rupiah"): its value is its low bound."""
    start = text.index(words)
    amount = Quantity(
        start, start + len(words), words, low, low, high, qualifier="vague", unit="IDR"
    )
    article = make_article(text, article_id=aid, published="2024-05-08")
    return Annotated(article=article, sentences=(Span(0, len(text)),), quantities=(amount,))


def test_compare_money_a_vague_amount_that_holds_a_precise_one_agrees_with_it() -> None:
    items = [
        _vague_item(
            "a1",
            "Kerugian akibat banjir ditaksir miliaran rupiah.",
            "miliaran rupiah",
            2e9,
            9_999_999_999.0,
        ),
        _item("a2", "Kerugian akibat banjir ditaksir Rp 2,5 miliar."),
    ]
    slot = _slot_of(claim_slots(items, {}), "a1", 2e9)
    assert {v.value for v in slot.values} == {2e9, 2.5e9}
    assert slot.status == "agreed"
