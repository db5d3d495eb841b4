"""Figures told differently by reports that share sentences: one sentence retold with another
number, a copy that counts for itself, a thing named beside another's count, a year before a
comma. Hand-made records in the shapes Pratiwi dev topics 3, 4 and 6 showed."""

from __future__ import annotations

from silang.compare.figures import subject_of
from silang.compare.glossary import load_glossary
from silang.compare.slots import claim_slots
from silang.model import Quantity

from records import figure_in, sentences_item, slot_holding


def _people(sentences: list[str], number: str, value: float) -> Quantity:
    text = " ".join(sentences)
    start = text.index(number)
    end = start + len(number) + len(" orang")
    return Quantity(start, end, text[start:end], value, counted="orang", counted_class="person")


def _gathered(number: str) -> list[str]:
    return [f"{number} orang perwakilan paguyuban berkumpul di depan kantor kementerian pagi itu."]


def test_compare_slots_one_sentence_retold_with_another_number_is_one_slot() -> None:
    first, second = _gathered("15"), _gathered("18")
    items = [
        sentences_item("a1", first, [_people(first, "15", 15)]),
        sentences_item("a2", second, [_people(second, "18", 18)]),
    ]
    slot = slot_holding(claim_slots(items, {}), "a1", 15)
    assert {v.value for v in slot.values} == {15, 18}
    assert slot.status == "disputed"


def test_compare_slots_two_figures_of_one_copied_sentence_stay_apart() -> None:
    # Both articles write both numbers: each figure's frame holds the other's number, which
    # says the sentences are alike because they are one sentence, not one figure retold.
    sentence = ["Hadir 40 orang pria dan 25 orang wanita dalam pertemuan di balai desa."]
    items = [
        sentences_item(aid, sentence, [_people(sentence, "40", 40), _people(sentence, "25", 25)])
        for aid in ("a1", "a2")
    ]
    slots = claim_slots(items, {})
    assert slot_holding(slots, "a1", 40) is not slot_holding(slots, "a2", 25)


def test_compare_slots_alike_sentences_counting_two_things_stay_apart() -> None:
    first = ["Polisi menangkap 5 orang pelaku di lokasi kejadian pada Senin malam."]
    second = ["Polisi memeriksa 7 orang saksi di lokasi kejadian pada Senin malam."]
    items = [
        sentences_item("a1", first, [_people(first, "5", 5)]),
        sentences_item("a2", second, [_people(second, "7", 7)]),
    ]
    slots = claim_slots(items, {})
    assert slot_holding(slots, "a1", 5) is not slot_holding(slots, "a2", 7)


def test_compare_slots_a_copy_counting_for_itself_backs_the_figures_it_shares() -> None:
    # The link stage calls a2 a copy of a1; a2 counts 18 where a1 counts 15, so it is a
    # report of its own, and the meeting's 30 minutes both give are agreed, not one source's.
    def story(number: str) -> list[str]:
        return [*_gathered(number), "Pertemuan itu berlangsung selama 30 menit di ruang rapat."]

    def minutes(sentences: list[str]) -> Quantity:
        text = " ".join(sentences)
        start = text.index("30 menit")
        return Quantity(start, start + 8, "30 menit", 30, unit="minute")

    first, second = story("15"), story("18")
    items = [
        sentences_item("a1", first, [_people(first, "15", 15), minutes(first)]),
        sentences_item("a2", second, [_people(second, "18", 18), minutes(second)]),
    ]
    slots = claim_slots(items, {"a2": "a1"})
    assert slot_holding(slots, "a1", 15).status == "disputed"
    meeting = slot_holding(slots, "a1", 30)
    assert (meeting.status, meeting.origins) == ("agreed", 2)


def test_compare_slots_a_thing_named_beside_another_count_of_the_same_number_joins_it() -> None:
    first = ["Pihak perusahaan baru menerima 9 keluhan pengguna sejauh ini."]
    second = ["Keluhan yang masuk ke perusahaan sebanyak sembilan pelanggan saja."]
    third = ["Perusahaan mencatat 9 mesin rusak dalam pengiriman."]
    customers = figure_in(second, "sembilan pelanggan", 9, "pelanggan", "customer")
    items = [
        sentences_item("a1", first, [figure_in(first, "9", 9)]),
        sentences_item("a2", second, [customers]),
        sentences_item("a3", third, [figure_in(third, "9", 9)]),
    ]
    slot = slot_holding(claim_slots(items, {}), "a1", 9)
    assert {a for v in slot.values for a in v.article_ids} == {"a1", "a2"}


def test_compare_slots_a_year_before_a_comma_counts_nothing() -> None:
    sentences = ["Lalu pada 1844, dirancang sikat dengan tiga baris bulu."]
    text = sentences[0]
    at = text.index("1844")
    item = sentences_item("a1", sentences, [Quantity(at, at + 4, "1844", 1844)])
    assert subject_of(item, item.quantities[0], load_glossary()) == (None, False)
