"""Which figures of different wording share a claim slot, and when copied sentences make one
origin: hand-made records in the shapes Pratiwi topics 1, 3, 5 and 7 showed."""

from __future__ import annotations

from silang.compare.slots import claim_slots
from silang.model import Quantity

from records import figure_in, sentences_item, slot_holding


def test_compare_slots_a_generic_person_count_joins_a_specific_one_on_the_same_number() -> None:
    first = ["Juru bicara Apple menyebut yang mengadu hanya 9 orang."]
    second = ["Apple menerima keluhan dari sembilan pelanggan saja."]
    items = [
        sentences_item("a1", first, [figure_in(first, "9 orang", 9, "orang", "person")]),
        sentences_item(
            "a2", second, [figure_in(second, "sembilan pelanggan", 9, "pelanggan", "customer")]
        ),
    ]
    slot = slot_holding(claim_slots(items, {}), "a1", 9)
    assert {a for v in slot.values for a in v.article_ids} == {"a1", "a2"}
    assert (slot.status, slot.subject) == ("agreed", "customer")


def test_compare_slots_two_specific_classes_of_people_stay_apart() -> None:
    first = ["Sebanyak 10 siswa dirawat di puskesmas."]
    second = ["Sebanyak 10 guru ikut mendampingi."]
    items = [
        sentences_item("a1", first, [figure_in(first, "10 siswa", 10, "siswa", "student")]),
        sentences_item("a2", second, [figure_in(second, "10 guru", 10, "guru", "teacher")]),
    ]
    slots = claim_slots(items, {})
    assert slot_holding(slots, "a1", 10) is not slot_holding(slots, "a2", 10)


def test_compare_slots_the_noun_after_a_measure_word_is_what_is_counted() -> None:
    first = ["Petugas menyita 345 botol permen dari pedagang."]
    second = ["Sebanyak 345 permen dot dikembalikan ke pedagang."]
    third = ["Total yang didapat sebanyak 345 botol dan masih diuji."]
    items = [
        sentences_item("a1", first, [figure_in(first, "345", 345)]),
        sentences_item("a2", second, [figure_in(second, "345", 345)]),
        sentences_item("a3", third, [figure_in(third, "345", 345)]),
    ]
    slot = slot_holding(claim_slots(items, {}), "a1", 345)
    assert {a for v in slot.values for a in v.article_ids} == {"a1", "a2", "a3"}
    assert slot.subject == "permen"


def test_compare_slots_a_passage_two_outlets_copied_is_one_origin() -> None:
    # Two outlets lift the same nutrition sentences from one health site: agreed by nobody
    # but that site. A third outlet giving one of the figures in its own words agrees.
    copied = [
        "Tiap 100 gram daging ikan lele mengandung energi sebesar 229 kilokalori.",
        "Kandungan proteinnya sekitar 18 gram dan lemaknya 13 gram.",
    ]
    lifted = [
        "Dikutip dari situs kesehatan, tiap 100 gram daging lele mengandung energi 229 kilokalori.",
        "Kandungan proteinnya sekitar 18 gram dan lemaknya sebanyak 13 gram.",
    ]
    own = ["Peneliti kami mengukur lemak lele budidaya: 13 gram dalam sepotong daging."]

    def grams(sentences: list[str]) -> list[Quantity]:
        found = [figure_in(sentences, "229", 229, None, None)]
        found[0] = Quantity(found[0].start, found[0].end, "229", 229, unit="kcal")
        text = " ".join(sentences)
        for number in ("18", "13"):
            start = text.index(number + " gram")
            found.append(
                Quantity(start, start + len(number) + 5, number + " gram", float(number), unit="g")
            )
        return found

    fat_own = figure_in(own, "13 gram", 13)
    items = [
        sentences_item("a1", copied, grams(copied)),
        sentences_item("a2", lifted, grams(lifted)),
        sentences_item("a3", own, [Quantity(fat_own.start, fat_own.end, "13 gram", 13, unit="g")]),
    ]
    slots = claim_slots(items, {})
    assert slot_holding(slots, "a1", 229).status == "single-source"
    assert slot_holding(slots, "a1", 18).status == "single-source"
    fat = slot_holding(slots, "a1", 13)
    assert (fat.status, fat.origins) == ("agreed", 2)
