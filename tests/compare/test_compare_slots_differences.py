"""Figures that give a difference between two things rather than a value of either ("five
rounds sooner than expected", "lima tahun lebih tua dari kakaknya"). Sentences written for
these tests, in the shapes ECB+ dev topic 7 showed."""

from __future__ import annotations

from dataclasses import replace

import pytest

from silang.compare.figures import read_figures
from silang.compare.glossary import load_glossary
from silang.compare.slots import claim_slots
from silang.extract.quantities import find_quantities
from silang.lang.figures import load_figures_lexicon
from silang.model import Annotated

from records import figured_report, sentences_item, slot_holding


def _differences(sentence: str, language: str = "en") -> dict[str, bool]:
    if language == "en":
        item = figured_report("a1", [sentence], published="2015-11-02")
    else:
        item = sentences_item("a1", [sentence], language=language)
        found = find_quantities(sentence, list(item.sentences), load_figures_lexicon(language))
        item = replace(item, quantities=tuple(found))
    return {f.quantity.text: f.difference for f in read_figures(item, load_glossary())}


@pytest.mark.parametrize(
    ("sentence", "written"),
    [
        ("The champion won the bout five rounds sooner than his trainer expected.", "five rounds"),
        ("The new mayor is four years older than her rival.", "four years"),
        ("The second storm killed 10 more people than the first one.", "10 more people"),
    ],
)
def test_compare_figures_a_number_before_a_comparative_and_than_is_a_difference(
    sentence: str, written: str
) -> None:
    assert _differences(sentence) == {written: True}


@pytest.mark.parametrize(
    "sentence",
    [
        # A bound: the comparative stands before the number.
        "Police said more than 400 people came to the square.",
        # Compared with a number, not with another thing.
        "Sales were 3 percent higher than 2012.",
        "The fight lasted 12 rounds.",
    ],
)
def test_compare_figures_a_bound_or_a_plain_count_is_no_difference(sentence: str) -> None:
    assert not any(_differences(sentence).values())


def test_compare_figures_indonesian_differences_and_from() -> None:
    assert _differences("Korban berusia lima tahun lebih tua dari kakaknya.", "id") == {
        "lima tahun": True
    }
    # "lebih dari" right after the count is "100-odd ... from", no comparison.
    assert not any(_differences("Sebanyak 100 orang lebih dari desa itu mengungsi.", "id").values())


def test_compare_slots_a_difference_does_not_dispute_a_count() -> None:
    # "five rounds sooner than" is how much shorter one fight was than another, no number
    # of rounds any fight lasted: it does not set the other report's "12 rounds" in dispute.
    # Both reports of one day count rounds once: without the rule they set 5 against 12.
    day = "2015-11-02"
    first = figured_report(
        "a1", ["The champion won the bout five rounds sooner than his trainer expected."], day
    )
    second = figured_report("a2", ["The champion won the bout after 12 rounds."], day)
    slots = claim_slots([first, second], {})
    assert slot_holding(slots, "a1", 5) != slot_holding(slots, "a2", 12)
    assert not any(s.status == "disputed" for s in slots)


def _indonesian(aid: str, sentence: str) -> Annotated:
    item = sentences_item(aid, [sentence])
    found = find_quantities(sentence, list(item.sentences), load_figures_lexicon("id"))
    return replace(item, quantities=tuple(found))


def test_compare_slots_a_generic_count_counts_the_class_its_clause_names() -> None:
    # "jumlah peserta aksi ... 10 ribu orang" counts the rally's participants, whom the other
    # report calls "massa": two counts of one crowd on one day, set against each other.
    first = _indonesian("a1", "Ia memperkirakan jumlah peserta aksi yang hadir 10 ribu orang.")
    second = _indonesian("a2", "Sekitar 50.000 massa memadati kawasan Monas.")
    named = [f.named_class for f in read_figures(first, load_glossary())]
    assert named == ["participant"]
    slot = slot_holding(claim_slots([first, second], {}), "a1", 10000)
    assert {a for v in slot.values for a in v.article_ids} == {"a1", "a2"}
    assert slot.status == "disputed"


def test_compare_slots_a_generic_count_naming_no_class_stays_apart() -> None:
    # "10 ribu orang" with no class beside it may count anyone of the story.
    first = _indonesian("a1", "Sebanyak 10 ribu orang memadati jalan protokol.")
    second = _indonesian("a2", "Sekitar 50.000 massa memadati kawasan Monas.")
    assert [f.named_class for f in read_figures(first, load_glossary())] == [None]
    slots = claim_slots([first, second], {})
    assert slot_holding(slots, "a1", 10000) != slot_holding(slots, "a2", 50000)
