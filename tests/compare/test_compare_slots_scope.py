"""Which event, scope or kind a figure speaks of: an earlier period its sentence names, a
general statement, a part of another count, the thing a measure measures. Sentences written
for these tests, in the shapes ECB+ dev topics 12 and 20 showed."""

from __future__ import annotations

from dataclasses import replace

import pytest

from silang.compare.figures import read_figures, subject_of
from silang.compare.glossary import load_glossary
from silang.compare.scope import Period, periods_apart
from silang.compare.slots import claim_slots
from silang.extract.quantities import find_quantities
from silang.lang.figures import load_figures_lexicon
from silang.model import (
    Annotated,
    ClaimSlot,
    Entity,
    Granularity,
    Quantity,
    Span,
    TimeExpression,
)

from records import figure_in, sentences_item, slot_holding

#: The day the dated articles of these tests were published.
PUBLISHED = "2015-11-28"


def _article(
    aid: str,
    sentences: list[str],
    quantities: list[Quantity],
    times: tuple[TimeExpression, ...] = (),
    published: str | None = PUBLISHED,
    language: str = "en",
) -> Annotated:
    item = sentences_item(aid, sentences, quantities, language=language)
    item = replace(item, times=times)
    return replace(item, article=replace(item.article, published=published))


def _count(sentences: list[str], written: str, value: float, lemma: str) -> Quantity:
    return figure_in(sentences, written, value, lemma, lemma)


def _time(
    sentences: list[str], written: str, granularity: Granularity, date: str | None
) -> TimeExpression:
    text = " ".join(sentences)
    start = text.index(written)
    return TimeExpression(start, start + len(written), written, granularity, date)


def _articles(slot: ClaimSlot) -> set[str]:
    return {a for v in slot.values for a in v.article_ids}


def _tolls(
    zarand: list[str], zarand_tolls: list[Quantity], times: tuple[TimeExpression, ...]
) -> list[Annotated]:
    main = ["The quake on the island killed 10 people on Sunday."]
    other = ["Officials said the quake killed 10 people."]
    return [
        _article("a1", main, [_count(main, "10 people", 10, "person")]),
        _article("a2", other, [_count(other, "10 people", 10, "person")]),
        _article("a3", zarand, zarand_tolls, times),
    ]


def test_compare_slots_a_toll_of_an_earlier_month_is_another_event() -> None:
    zarand = ["In February, a quake hit the town of Dorrin, killing 600 people."]
    times = (_time(zarand, "February", "month", "2015-02"),)
    items = _tolls(zarand, [_count(zarand, "600 people", 600, "person")], times)
    slots = claim_slots(items, {})
    assert slot_holding(slots, "a3", 600) is not slot_holding(slots, "a1", 10)
    assert slot_holding(slots, "a1", 10).status == "agreed"


def test_compare_slots_without_the_earlier_month_the_tolls_dispute() -> None:
    zarand = ["A quake hit the town of Dorrin, killing 600 people."]
    items = _tolls(zarand, [_count(zarand, "600 people", 600, "person")], ())
    slots = claim_slots(items, {})
    assert slot_holding(slots, "a3", 600) is slot_holding(slots, "a1", 10)
    assert slot_holding(slots, "a1", 10).status == "disputed"


def test_compare_slots_a_sentence_opening_with_it_speaks_of_the_event_before() -> None:
    zarand = ["The last big quake struck Dorrin in February.", "It killed 612 people."]
    times = (_time(zarand, "February", "month", None),)
    items = _tolls(zarand, [_count(zarand, "612 people", 612, "person")], times)
    items = [replace(i, article=replace(i.article, published=None)) for i in items]
    slots = claim_slots(items, {})
    assert slot_holding(slots, "a3", 612) is not slot_holding(slots, "a1", 10)


def test_compare_slots_the_same_number_joins_whether_or_not_its_year_is_named() -> None:
    first = ["The man who killed four people in 2005 was sentenced on Saturday."]
    second = ["The man who killed four people was sentenced on Saturday."]
    items = [
        _article(
            "a1",
            first,
            [_count(first, "four people", 4, "person")],
            (_time(first, "2005", "year", "2005"),),
        ),
        _article("a2", second, [_count(second, "four people", 4, "person")]),
    ]
    assert _articles(slot_holding(claim_slots(items, {}), "a1", 4)) == {"a1", "a2"}


@pytest.mark.parametrize(
    ("a", "b", "apart"),
    [
        (None, None, False),
        (None, Period(2015, 2), True),
        (Period(None, 2), Period(2015, 2), False),
        (Period(None, 2), Period(2003, 12), True),
        (Period(2003), Period(None, 2), False),
        (Period(), Period(2003, 12), False),
    ],
)
def test_compare_scope_periods_apart(a: Period | None, b: Period | None, apart: bool) -> None:
    assert periods_apart(a, b) is apart
    assert periods_apart(b, a) is apart


@pytest.mark.parametrize(
    ("phrase", "earlier"),
    [("last year", True), ("last month", True), ("this month", False), ("this year", False)],
)
def test_compare_scope_relative_periods_of_an_undated_article(phrase: str, earlier: bool) -> None:
    sentences = [f"Raiders seized 40 ships {phrase}."]
    item = _article(
        "a1",
        sentences,
        [_count(sentences, "40 ships", 40, "ship")],
        (_time(sentences, phrase, "year" if "year" in phrase else "month", None),),
        published=None,
    )
    (figure,) = read_figures(item, load_glossary())
    assert (figure.period is not None) is earlier


def test_compare_scope_the_article_own_month_is_no_earlier_period() -> None:
    sentences = ["Raiders seized 40 ships in November."]
    item = _article(
        "a1",
        sentences,
        [_count(sentences, "40 ships", 40, "ship")],
        (_time(sentences, "November", "month", "2015-11"),),
    )
    assert read_figures(item, load_glossary())[0].period is None


def test_compare_slots_a_general_statement_is_no_value_of_the_event() -> None:
    first = ["The quake of magnitude 5.9 caused severe damage on the island."]
    second = ["A magnitude 6 quake can cause severe damage."]
    magnitude = "magnitude"
    # Other reports of the story, so that the words the two share tell something.
    others = [_article(f"o{n}", ["Rescue teams reached the villages."], []) for n in range(3)]
    items = [
        _article("a1", first, [replace(figure_in(first, "5.9", 5.9), unit=magnitude)]),
        _article("a2", second, [replace(figure_in(second, "6", 6), unit=magnitude)]),
        *others,
    ]
    slots = claim_slots(items, {})
    assert slot_holding(slots, "a1", 5.9) is not slot_holding(slots, "a2", 6)


def test_compare_scope_a_definite_count_with_can_is_no_general_statement() -> None:
    sentences = ["Officials asked where the 23 pirates can be handed over."]
    item = _article("a1", sentences, [_count(sentences, "23 pirates", 23, "pirate")])
    assert not read_figures(item, load_glossary())[0].general


def test_compare_slots_a_part_of_a_count_is_another_thing() -> None:
    first = ["He said 30 of the 80 wounded remained in hospital."]
    second = ["The quake left 70 people wounded."]
    items = [
        _article(
            "a1",
            first,
            [
                figure_in(first, "30", 30, "injured", "person:injured"),
                figure_in(first, "80 wounded", 80, "injured", "person:injured"),
            ],
        ),
        _article("a2", second, [figure_in(second, "70 people", 70, "person", "person:injured")]),
    ]
    slots = claim_slots(items, {})
    whole = slot_holding(slots, "a1", 80)
    assert _articles(whole) == {"a1", "a2"} and whole.status == "disputed"
    assert slot_holding(slots, "a1", 30) is not whole


def test_compare_scope_a_count_naming_its_noun_is_no_part_of_the_next() -> None:
    sentences = ["There were four aftershocks of around 4.0."]
    item = _article(
        "a1",
        sentences,
        [
            _count(sentences, "four aftershocks", 4, "aftershock"),
            figure_in(sentences, "around 4.0", 4.0),
        ],
    )
    assert not any(f.part for f in read_figures(item, load_glossary()))


def test_compare_slots_two_measures_of_one_counted_thing_are_one_slot() -> None:
    first = ["The larger boat, a 10-metre dhow, was later named."]
    second = ["The larger of the boats was a 24- to 30-foot dhow, officers said."]
    metres = replace(figure_in(first, "10-metre", 10), unit="m")
    feet = replace(figure_in(second, "24- to 30-foot", 24), low=24, high=30, unit="ft")
    feet = replace(feet, qualifier="range")
    items = [_article("a1", first, [metres]), _article("a2", second, [feet])]
    slot = slot_holding(claim_slots(items, {}), "a1", 10)
    assert _articles(slot) == {"a1", "a2"} and slot.status == "disputed"


def test_compare_slots_a_hedged_count_holding_another_agrees_with_it() -> None:
    first = ["The accused faced more than 50 charges in the case."]
    second = ["The judge gave the maximum sentence on each of 54 charges."]
    floor = replace(_count(first, "more than 50 charges", 50, "charge"), qualifier="more-than")
    items = [
        _article("a1", first, [floor]),
        _article("a2", second, [_count(second, "54 charges", 54, "charge")]),
    ]
    slot = slot_holding(claim_slots(items, {}), "a2", 54)
    assert _articles(slot) == {"a1", "a2"} and slot.status == "agreed"


def test_compare_slots_a_hedged_measure_holding_another_needs_shared_words() -> None:
    first = ["The ship sailed more than 50 km on Monday."]
    second = ["The ferry crossed 54 km of open sea."]
    floor = replace(figure_in(first, "more than 50 km", 50), unit="km", qualifier="more-than")
    items = [
        _article("a1", first, [floor]),
        _article("a2", second, [replace(figure_in(second, "54 km", 54), unit="km")]),
    ]
    slots = claim_slots(items, {})
    assert slot_holding(slots, "a1", 50) is not slot_holding(slots, "a2", 54)


def _places(item: Annotated, *names: str) -> Annotated:
    text = item.article.text
    found = [(text.index(name), name) for name in names if name in text]
    entities = tuple(Entity(at, at + len(n), n, "place", n) for at, n in found)
    return replace(item, entities=entities)


def test_compare_slots_the_story_own_place_tells_no_count_from_another() -> None:
    # The island is named in every report: a count on it and a count in one of its
    # districts are no two scopes, and 7 against 12 villages is a dispute.
    texts = {
        "a1": ["The quake on Qeshra flattened seven villages."],
        "a2": ["The quake shook Qeshra.", "Twelve villages of Dorrin were worst hit."],
        "a3": ["Rescue teams reached Qeshra on Monday."],
    }
    counts = {"a1": ("seven villages", 7), "a2": ("Twelve villages", 12)}
    items = [
        _places(
            _article(aid, found, [_count(found, *counts[aid], "village")] if aid in counts else []),
            "Qeshra",
            "Dorrin",
        )
        for aid, found in texts.items()
    ]
    slot = slot_holding(claim_slots(items, {}), "a1", 7)
    assert _articles(slot) == {"a1", "a2"} and slot.status == "disputed"


@pytest.mark.parametrize(
    ("sentence", "written", "subject"),
    [
        ("The arrest of the 23 pirates (12 Somali and 11 Yemeni) was announced.", "12", "somali"),
        ("The driver, Suryadi (54), was taken to hospital.", "54", None),
    ],
)
def test_compare_slots_a_count_opening_brackets_is_no_age(
    sentence: str, written: str, subject: str | None
) -> None:
    quantity = figure_in([sentence], written, float(written))
    item = _article("a1", [sentence], [quantity])
    assert subject_of(item, quantity, load_glossary())[0] == subject


@pytest.mark.parametrize(
    ("sentence", "counted"),
    [
        ("The judge imposed seven life sentences on Saturday.", "sentence"),
        ("He was convicted on seven charges.", "charge"),
        ("Two jurors spoke to reporters.", "juror"),
        ("Five federal lawsuits name the officers.", "lawsuit"),
    ],
)
def test_compare_slots_counts_of_a_trial_are_read_in_words(sentence: str, counted: str) -> None:
    lexicon = load_figures_lexicon("en")
    (quantity,) = find_quantities(sentence, [Span(0, len(sentence))], lexicon)
    assert quantity.counted_class == counted


def test_compare_slots_an_age_after_a_name_counts_no_noun_before_it() -> None:
    sentence = (
        "Between 60 and 100 rioters gathered, following a vigil for Kimani Gray, 16, who died."
    )
    lexicon = load_figures_lexicon("en")
    crowd, age = find_quantities(sentence, [Span(0, len(sentence))], lexicon)
    assert crowd.counted_class == "protester"
    assert (age.value, age.unit, age.counted_class) == (16, "year", None)


def test_compare_slots_a_span_is_no_reading_of_its_low_end() -> None:
    first = ["Between 60 and 100 rioters gathered near the store."]
    second = ["The store had about 60 people inside at the time."]
    span = replace(
        _count(first, "Between 60 and 100 rioters", 60, "protester"),
        low=60,
        high=100,
        qualifier="range",
    )
    about = replace(_count(second, "about 60 people", 60, "person"), qualifier="approximately")
    items = [_article("a1", first, [span]), _article("a2", second, [about])]
    slots = claim_slots(items, {})
    assert slot_holding(slots, "a1", 60) is not slot_holding(slots, "a2", 60)


@pytest.mark.parametrize(
    ("language", "sentence", "bounds"),
    [
        ("en", "He said 40 percent to 70 percent of the homes fell.", (40, 70)),
        ("id", "Sebanyak 40 persen hingga 70 persen rumah rusak.", (40, 70)),
        ("en", "Prices rose from 40 percent to 70 percent.", None),
    ],
)
def test_compare_slots_a_range_writing_its_unit_twice_is_one_figure(
    language: str, sentence: str, bounds: tuple[int, int] | None
) -> None:
    found = find_quantities(sentence, [Span(0, len(sentence))], load_figures_lexicon(language))
    if bounds is None:
        assert [q.value for q in found] == [40, 70]  # a change, two figures
    else:
        assert [(q.low, q.high, q.qualifier) for q in found] == [(*bounds, "range")]


def test_compare_slots_two_sources_giving_two_spans_dispute() -> None:
    first = ["The worst hit villages sustained between 40 and 80 percent damage."]
    second = ["He said 40 percent to 70 percent of the buildings were destroyed."]

    def span(sentences: list[str], written: str, high: float) -> Quantity:
        found = replace(figure_in(sentences, written, 40), unit="%", qualifier="range")
        return replace(found, low=40, high=high)

    items = [
        _article("a1", first, [span(first, "between 40 and 80 percent", 80)]),
        _article("a2", second, [span(second, "40 percent to 70 percent", 70)]),
    ]
    slot = slot_holding(claim_slots(items, {}), "a1", 40)
    assert _articles(slot) == {"a1", "a2"} and slot.status == "disputed"


@pytest.mark.parametrize(("place", "one_slot"), [("Tehran", True), ("Kerman", False)])
def test_compare_slots_two_distances_from_one_place_are_one_distance(
    place: str, one_slot: bool
) -> None:
    first = ["The island lies 1,500 kilometers south of Tehran."]
    second = [f"The island is located 1,150 kilometers southeast of {place}."]
    items = [
        _places(
            _article("a1", first, [replace(figure_in(first, "1,500", 1500), unit="km")]), "Tehran"
        ),
        _places(
            _article("a2", second, [replace(figure_in(second, "1,150", 1150), unit="km")]), place
        ),
    ]
    slots = claim_slots(items, {})
    assert (slot_holding(slots, "a1", 1500) is slot_holding(slots, "a2", 1150)) is one_slot


@pytest.mark.parametrize(
    ("language", "sentence", "written", "subject"),
    [
        ("en", "The boy was shot 11 times by police.", "11 times", "occurrence:shoot"),
        ("id", "Remaja itu ditembak 11 kali oleh polisi.", "11 kali", "occurrence:shoot"),
        ("en", "He had been arrested four times before.", "four times", "occurrence:arrest"),
        ("en", "The post was shared 12,000 times.", "12,000 times", "occurrence"),
        ("id", "Pesan itu dibagikan 12.000 kali.", "12.000 kali", "occurrence"),
    ],
)
def test_compare_slots_repetitions_are_told_by_the_event_repeated(
    language: str, sentence: str, written: str, subject: str
) -> None:
    noun = written.split()[1]
    quantity = figure_in([sentence], written, 1, noun, "occurrence")
    item = _article("a1", [sentence], [quantity], language=language)
    assert subject_of(item, quantity, load_glossary())[0] == subject


def test_compare_slots_people_left_homeless_are_not_the_dead() -> None:
    sentence = "It killed 612 people, leaving thousands of people homeless."
    homeless = replace(figure_in([sentence], "thousands", 2000), qualifier="vague")
    homeless = replace(homeless, low=1000, high=9999, counted="person", counted_class="person")
    item = _article("a1", [sentence], [_count([sentence], "612 people", 612, "person"), homeless])
    subjects = [f.subject for f in read_figures(item, load_glossary())]
    assert subjects == ["person:dead", "person:evacuee"]


def test_compare_slots_two_lengths_of_one_kind_of_term_are_two_slots() -> None:
    # A length of time measures no object: "a 12-year sentence" and "another three-year
    # sentence" are two sentences, not one sentence reported two ways.
    first = ["The smuggler was serving a 12-year sentence at the time."]
    second = ["His false plea brought him another three-year sentence."]
    twelve = replace(figure_in(first, "12-year", 12), unit="year")
    three = replace(figure_in(second, "three-year", 3), unit="year")
    items = [_article("a1", first, [twelve]), _article("a2", second, [three])]
    slots = claim_slots(items, {})
    assert [f.measured for f in read_figures(items[0], load_glossary())] == ["sentence"]
    assert slot_holding(slots, "a1", 12) != slot_holding(slots, "a2", 3)
    assert not any(s.status == "disputed" for s in slots)


def test_compare_slots_one_object_measured_in_two_lengths_is_still_one_slot() -> None:
    # The rule above leaves sizes alone: two lengths of one named vessel are a dispute.
    first = ["Officers said the pirates used a 12-metre skiff."]
    second = ["The pirates used a 30-foot skiff, officers said."]
    metres = replace(figure_in(first, "12-metre", 12), unit="m")
    feet = replace(figure_in(second, "30-foot", 30), unit="ft")
    items = [_article("a1", first, [metres]), _article("a2", second, [feet])]
    slot = slot_holding(claim_slots(items, {}), "a1", 12)
    assert _articles(slot) == {"a1", "a2"} and slot.status == "disputed"


def test_compare_scope_a_number_written_as_a_word_is_a_part_as_digits_are() -> None:
    sentences = ["The autopsy found three of the seven bullets hit his back."]
    item = _article(
        "a1",
        sentences,
        [
            figure_in(sentences, "three", 3, "bullet", "ammunition"),
            _count(sentences, "seven bullets", 7, "bullet"),
        ],
    )
    parts = [f.part for f in read_figures(item, load_glossary())]
    assert parts == [True, False]
