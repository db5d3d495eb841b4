"""What an English figure counts when its words differ from report to report: qualifiers,
breakdowns, roles, measured things and what happened to the people counted. Sentences
written for these tests, in the shapes ECB+ dev topics 12 and 20 showed."""

from __future__ import annotations

from dataclasses import replace

import pytest

from silang.compare.figures import read_figures, subject_of
from silang.compare.glossary import load_glossary
from silang.compare.slots import claim_slots
from silang.model import Annotated, ClaimSlot, Quantity

from records import figure_in, sentences_item, slot_holding


def _english(aid: str, sentence: str, *quantities: Quantity) -> Annotated:
    return sentences_item(aid, [sentence], quantities, language="en")


def _bare(sentence: str, written: str, value: float) -> Quantity:
    return figure_in([sentence], written, value)


def _counted(sentence: str, written: str, value: float, lemma: str, cls: str) -> Quantity:
    return figure_in([sentence], written, value, lemma, cls)


def _articles(slot: ClaimSlot) -> set[str]:
    return {a for v in slot.values for a in v.article_ids}


def test_compare_slots_a_qualifier_before_the_noun_is_not_what_is_counted() -> None:
    first = "Sailors arrested 23 heavily armed Somali and Yemeni sea brigands at dawn."
    second = "The navy said it held 23 pirates after the raid."
    items = [
        _english("a1", first, _bare(first, "23", 23)),
        _english("a2", second, _counted(second, "23 pirates", 23, "pirate", "pirate")),
    ]
    subject, _refined = subject_of(items[0], items[0].quantities[0], load_glossary())
    assert subject == "pirate"
    assert _articles(slot_holding(claim_slots(items, {}), "a1", 23)) == {"a1", "a2"}


def test_compare_slots_the_parts_of_a_breakdown_are_told_by_their_qualifier() -> None:
    first = "Marines seized 12 Somali and 11 Yemeni pirates on the dhow."
    second = "Those held were 12 Somalis and 11 Yemenis, the ministry said."
    items = [
        _english(
            "a1",
            first,
            _bare(first, "12", 12),
            _counted(first, "11 Yemeni pirates", 11, "pirate", "pirate"),
        ),
        _english("a2", second, _bare(second, "12", 12), _bare(second, "11", 11)),
    ]
    glossary = load_glossary()
    assert [f.subject for f in read_figures(items[0], glossary)] == ["somali", "yemeni"]
    slots = claim_slots(items, {})
    assert _articles(slot_holding(slots, "a1", 11)) == {"a1", "a2"}
    assert slot_holding(slots, "a1", 11) is not slot_holding(slots, "a1", 12)


def test_compare_slots_nationals_are_named_by_their_nationality() -> None:
    first = "Commandos detained 12 Somali nationals on board."
    item = _english("a1", first, _bare(first, "12", 12))
    assert subject_of(item, item.quantities[0], load_glossary())[0] == "somali"


def test_compare_slots_a_quake_with_decimals_is_its_magnitude() -> None:
    first = "A 5.9 earthquake shook the island on Sunday."
    second = "The tremor measured magnitude 5.9, the seismological centre said."
    quake = _counted(first, "5.9 earthquake", 5.9, "earthquake", "earthquake")
    magnitude = replace(_bare(second, "magnitude 5.9", 5.9), unit="magnitude")
    items = [_english("a1", first, quake), _english("a2", second, magnitude)]
    slot = slot_holding(claim_slots(items, {}), "a1", 5.9)
    assert _articles(slot) == {"a1", "a2"} and slot.unit == "magnitude"


def test_compare_slots_passengers_evacuated_and_passengers_flown_are_two_counts() -> None:
    first = "Raids prompted a German cruise ship to evacuate some 420 passengers."
    second = "The German cruise liner said it would fly its 246 passengers over the gulf."
    items = [
        _english("a1", first, _counted(first, "420 passengers", 420, "passenger", "passenger")),
        _english("a2", second, _counted(second, "246 passengers", 246, "passenger", "passenger")),
    ]
    slots = claim_slots(items, {})
    assert slot_holding(slots, "a1", 420) is not slot_holding(slots, "a2", 246)
    assert slot_holding(slots, "a1", 420).status == "single-source"


def test_compare_slots_a_cue_after_a_conjunction_belongs_to_the_next_count() -> None:
    sentence = "The flood hit the valley, killing 10 people and evacuating 80."
    item = _english(
        "a1",
        sentence,
        _counted(sentence, "10 people", 10, "person", "person"),
        _bare(sentence, "80", 80),
    )
    figures = read_figures(item, load_glossary())
    assert [f.subject for f in figures] == ["person:dead", "person:evacuee"]


def test_compare_slots_two_spans_of_one_report_are_two_things() -> None:
    sentences = [
        "The worst hit villages sustained between 40 and 80 percent damage.",
        "Experts said between 50 and 70 percent of the industrial plant was lost.",
    ]

    def span(written: str, low: float, high: float) -> Quantity:
        found = figure_in(sentences, written, low)
        return replace(found, unit="%", qualifier="range", low=low, high=high)

    quantities = [
        span("between 40 and 80 percent", 40, 80),
        span("between 50 and 70 percent", 50, 70),
    ]
    item = sentences_item("a1", sentences, quantities, language="en")
    slots = claim_slots([item], {})
    assert slot_holding(slots, "a1", 40) is not slot_holding(slots, "a1", 50)


def test_compare_slots_later_state_words_come_from_the_language_packs() -> None:
    sentence = "The number of people in shelters rose to thousands overnight."
    vague = replace(
        _counted(sentence, "thousands", 2000, "person", "person"),
        qualifier="vague",
        low=2000,
        high=9999,
    )
    glossary = load_glossary()
    assert "kini" in glossary.later_state["id"] and "rose" in glossary.later_state["en"]
    assert read_figures(_english("a1", sentence, vague), glossary)[0].later


#: A report's sentence, the figure's words in it, what it counts (lemma and class).
_Told = tuple[str, str, str, str]
#: Three reports of 23 people: the pirates captured, and fishermen no report of them counts.
_PIRATES: _Told = ("Commandos captured 23 pirates in the gulf.", "23 pirates", "pirate", "pirate")
_FISHERMEN: _Told = (
    "A trawler with 23 fishermen on board was found drifting.",
    "23 fishermen",
    "fisherman",
    "fisherman",
)


@pytest.mark.parametrize(
    ("value", "reports"),
    [
        pytest.param(
            23,
            [
                ("The navy captured 23 pirates in the gulf.", "23 pirates", "pirate", "pirate"),
                (
                    "The 23 suspects surrendered peacefully to the boarding party.",
                    "23 suspects",
                    "suspect",
                    "suspect",
                ),
                _FISHERMEN,
            ],
            id="people_named_by_deed_and_by_legal_standing_join_on_one_number",
        ),
        pytest.param(
            100,
            [
                (
                    "There have been nearly 100 attacks in these waters this year.",
                    "nearly 100 attacks",
                    "attack",
                    "attack",
                ),
                (
                    "This year, raiders have attacked 100 vessels off the coast.",
                    "100 vessels",
                    "vessel",
                    "ship",
                ),
            ],
            id="a_count_of_attacks_joins_the_count_of_ships_attacked",
        ),
        pytest.param(
            23,
            [
                ("The navy took 23 into custody on the dhow.", "23", "", "person:arrested"),
                _PIRATES,
                _FISHERMEN,
            ],
            id="people_taken_into_custody_are_the_people_of_their_role",
        ),
        # "46 demonstrators were arrested" and "46 people had been arrested" count one group;
        # so do "three climbers died" and "three people were killed".
        pytest.param(
            46,
            [
                (
                    "At least 46 demonstrators were arrested on the avenue.",
                    "At least 46 demonstrators",
                    "protester",
                    "protester",
                ),
                (
                    "Police said 46 people had been arrested by then.",
                    "46 people",
                    "person",
                    "person:arrested",
                ),
            ],
            id="a_class_in_a_state_joins_the_count_of_people_in_it-arrested",
        ),
        pytest.param(
            3,
            [
                (
                    "Three climbers died on the ridge overnight.",
                    "Three climbers",
                    "climber",
                    "climber",
                ),
                (
                    "Rescuers said three people were killed in the fall.",
                    "three people",
                    "person",
                    "person:dead",
                ),
            ],
            id="a_class_in_a_state_joins_the_count_of_people_in_it-dead",
        ),
    ],
)
def test_compare_slots_one_group_named_two_ways_is_one_count(
    value: float, reports: list[_Told]
) -> None:
    # The first two reports count one group; where a third is given (the fishermen), it
    # counts another.
    items = [
        _english(f"a{n}", told, _counted(told, written, value, lemma, cls))
        for n, (told, written, lemma, cls) in enumerate(reports, 1)
    ]
    assert _articles(slot_holding(claim_slots(items, {}), "a1", value)) == {"a1", "a2"}


@pytest.mark.parametrize(
    ("sentence", "written", "subject"),
    [
        ("The island has about 200,000 residents.", "about 200,000 residents", "person:resident"),
        ("Troops evacuated 200 residents from the valley.", "200 residents", "person:evacuee"),
    ],
)
def test_compare_slots_residents_are_the_people_of_a_place_unless_a_cue_says_more(
    sentence: str, written: str, subject: str
) -> None:
    value = float(written.split()[-2].replace(",", ""))
    quantity = _counted(sentence, written, value, "resident", "person:resident")
    item = _english("a1", sentence, quantity)
    assert subject_of(item, quantity, load_glossary())[0] == subject


#: A striker's goals averaged over his seasons, 20 a season.
_AVERAGED = "The striker has averaged 20 goals in his eight seasons here."


def _goals(*reports: tuple[str, int]) -> list[Annotated]:
    """Reports a1, a2, ... each giving one count of goals: its sentence and the count."""
    return [
        _english(f"a{n}", told, _counted(told, f"{value} goals", value, "goal", "goal"))
        for n, (told, value) in enumerate(reports, 1)
    ]


def test_compare_slots_an_average_is_no_value_of_one_of_its_terms() -> None:
    # "has averaged 20 goals a season" is a mean over seasons; "scored 27 goals last season"
    # is one season's total. Two reports giving them on one day do not dispute a count.
    items = _goals((_AVERAGED, 20), ("The club said its striker scored 27 goals last season.", 27))
    assert [f.average for f in read_figures(items[0], load_glossary())] == [True]
    slots = claim_slots(items, {})
    assert slot_holding(slots, "a1", 20) != slot_holding(slots, "a2", 27)
    assert not any(s.status == "disputed" for s in slots)


def test_compare_slots_two_averages_of_one_thing_still_compare() -> None:
    items = _goals(
        (_AVERAGED, 20), ("Over eight seasons the striker averaged 22 goals, the club said.", 22)
    )
    slot = slot_holding(claim_slots(items, {}), "a1", 20)
    assert _articles(slot) == {"a1", "a2"} and slot.status == "disputed"


def test_compare_figures_an_averaging_word_binds_figures_of_the_first_ones_kind() -> None:
    # "average" governs "$21 million", the first figure after it; "seven years" further on
    # is the contract's length, no average of anything.
    sentence = "He wants an average annual value above $21 million for the next seven years."
    money = replace(figure_in([sentence], "$21 million", 21e6), unit="USD")
    years = replace(figure_in([sentence], "seven years", 7), unit="year")
    item = _english("a1", sentence, money, years)
    averaged = {f.quantity.value: f.average for f in read_figures(item, load_glossary())}
    assert averaged == {21e6: True, 7: False}
