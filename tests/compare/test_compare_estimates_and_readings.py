"""Vague estimates of one event told by reports of different days, and figures written
"282,983" that read either way. Hand-made records in the shapes Pratiwi dev topics 4 and 6
showed (the sentences are written for these tests)."""

from __future__ import annotations

import dataclasses

from silang.compare.glossary import load_glossary
from silang.compare.slots import claim_slots
from silang.model import Annotated, Entity, Quantity, TimeExpression

from records import figure_in, sentences_item, slot_holding

PROTEST = "Ribuan penari menggelar unjuk rasa di alun-alun kota, Selasa (10/11/2015)."


def _dated(item: Annotated, written: str, date: str) -> Annotated:
    """``item`` with a time expression ``written`` resolved to ``date``."""
    start = item.article.text.index(written)
    time = TimeExpression(start, start + len(written), written, "day", date)
    return dataclasses.replace(item, times=(*item.times, time))


def _estimate(sentences: list[str], written: str, low: float, high: float) -> Quantity:
    found = figure_in(sentences, written, low, counted="penari", cls="dancer")
    return dataclasses.replace(found, low=low, high=high, qualifier="vague")


def _protest_and(
    later: str, written: str = "Ratusan penari", published: str = "2015-12-10"
) -> tuple[Annotated, ...]:
    first, second = [PROTEST], [later]
    protest = sentences_item(
        "a1", first, [_estimate(first, "Ribuan penari", 2000, 9999)], published="2015-11-10"
    )
    retold = sentences_item(
        "a2", second, [_estimate(second, written, 200, 999)], published=published
    )
    return _dated(protest, "Selasa (10/11/2015)", "2015-11-10"), retold


def test_compare_an_undated_estimate_of_one_event_disputes_the_dated_one() -> None:
    # A report of December retells the November protest with "ratusan": hundreds against
    # thousands for one crowd is a dispute, not a crowd that shrank over a month.
    items = _protest_and("Ratusan penari menggelar pertunjukan di alun-alun kota.")
    slot = slot_holding(claim_slots(items, {}), "a1", 2000)
    assert {v.value for v in slot.values} == {2000, 200}
    assert slot.status == "disputed"
    assert {v.date for v in slot.values} == {"2015-11-10"}
    assert not slot.changed_over_time


def test_compare_an_estimate_marked_as_a_later_state_keeps_its_own_day() -> None:
    items = _protest_and("Kini ratusan penari masih bertahan di alun-alun kota.", "ratusan penari")
    slots = claim_slots(items, {})
    assert slot_holding(slots, "a2", 200) is not slot_holding(slots, "a1", 2000)


def test_compare_an_estimate_published_before_the_event_is_not_of_it() -> None:
    items = _protest_and(
        "Ratusan penari menggelar pertunjukan di alun-alun kota.", published="2015-11-01"
    )
    slots = claim_slots(items, {})
    assert slot_holding(slots, "a2", 200) is not slot_holding(slots, "a1", 2000)


def test_compare_exact_counts_without_a_day_stay_on_their_reports_day() -> None:
    # Exact counts are the ones that move from report to report: an undated one is not
    # moved to another report's day.
    first = ["Sebanyak 40 penari menggelar unjuk rasa, Selasa (10/11/2015)."]
    second = ["Sebanyak 25 penari menggelar pertunjukan di alun-alun kota."]
    protest = sentences_item(
        "a1", first, [figure_in(first, "40 penari", 40, "penari", "dancer")], published="2015-11-10"
    )
    retold = sentences_item(
        "a2",
        second,
        [figure_in(second, "25 penari", 25, "penari", "dancer")],
        published="2015-12-10",
    )
    items = (_dated(protest, "Selasa (10/11/2015)", "2015-11-10"), retold)
    slots = claim_slots(items, {})
    assert slot_holding(slots, "a2", 25) is not slot_holding(slots, "a1", 40)


def _tonnes(
    aid: str, sentence: str, written: str, value: float, language: str, other: float | None = None
) -> Annotated:
    """``other``: the reading the figures stage keeps beside a guess (Quantity.other_value),
    where the article's other numbers do not say how it writes."""
    sentences = [sentence]
    start = sentence.index(written)
    quantity = Quantity(start, start + len(written), written, value, unit="t", other_value=other)
    return sentences_item(aid, sentences, [quantity], language=language)


#: An English report whose "1,234,567" says its "282.983" is a decimal.
ENGLISH = "Brush bristle imports reached 282.983 tonnes of 1,234,567 tonnes in all."


def test_compare_an_ambiguous_figure_takes_the_reading_another_report_gives() -> None:
    # The Indonesian report writes nothing else that tells its marks; the figures stage
    # guessed thousands from the unit. The English report's numbers settle its own.
    items = [
        _tonnes(
            "a1", "Impor bulu sikat mencapai 282,983 ton.", "282,983 ton", 282_983, "id", 282.983
        ),
        _tonnes("a2", ENGLISH, "282.983 tonnes", 282.983, "en"),
    ]
    slot = slot_holding(claim_slots(items, {}, load_glossary()), "a1", 282.983)
    assert {v.value for v in slot.values} == {282.983}
    assert slot.status == "agreed"


def test_compare_two_ambiguous_figures_agree_on_one_of_their_readings() -> None:
    items = [
        _tonnes(
            "a1", "Impor bulu sikat mencapai 282,983 ton.", "282,983 ton", 282_983, "id", 282.983
        ),
        _tonnes("a2", "Imports reached 282.983 tonnes.", "282.983 tonnes", 282.983, "en", 282_983),
    ]
    (slot,) = claim_slots(items, {}, load_glossary())
    assert len(slot.values) == 1
    assert slot.status == "agreed"


def test_compare_an_ambiguous_figure_keeps_a_reading_its_article_settles() -> None:
    # "1,234,567" says this article groups thousands with the comma: "282,983" is 282983
    # whatever another report writes.
    sentence = "Impor bulu sikat mencapai 282,983 ton dari 1,234,567 ton seluruhnya."
    items = [
        _tonnes("a1", sentence, "282,983 ton", 282_983, "id"),
        _tonnes("a2", ENGLISH, "282.983 tonnes", 282.983, "en"),
    ]
    slots = claim_slots(items, {}, load_glossary())
    assert slot_holding(slots, "a1", 282_983) is not slot_holding(slots, "a2", 282.983)


def test_compare_an_ambiguous_figure_keeps_its_reading_when_another_report_shares_it() -> None:
    items = [
        _tonnes(
            "a1", "Impor bulu sikat mencapai 282,983 ton.", "282,983 ton", 282_983, "id", 282.983
        ),
        _tonnes("a2", "Impor bulu sikat mencapai 282.983 ton.", "282.983 ton", 282_983, "id"),
        _tonnes("a3", ENGLISH, "282.983 tonnes", 282.983, "en"),
    ]
    slots = claim_slots(items, {}, load_glossary())
    assert "a1" in slot_holding(slots, "a2", 282_983).values[0].article_ids


def _toll(aid: str, sentence: str, written: str, value: float, place: str | None) -> Annotated:
    sentences = [sentence]
    quantity = figure_in(sentences, written, value, "orang", "person")
    places = []
    if place is not None:
        at = sentence.index(place)
        places.append(Entity(at, at + len(place), place, "place", place))
    return sentences_item(aid, sentences, [quantity], entities=places)


def test_compare_tolls_of_two_places_stay_apart_beside_one_that_names_none() -> None:
    # The dead on one island and in another town's older quake: a toll that names no place
    # may join either, not both through itself.
    items = [
        _toll("a1", "Gempa di Qeshm menewaskan 10 orang kemarin.", "10 orang", 10, "Qeshm"),
        _toll("a2", "Gempa itu menewaskan 612 orang warga desa.", "612 orang", 612, None),
        _toll("a3", "Gempa di Bam menewaskan 31.000 orang dulu.", "31.000 orang", 31_000, "Bam"),
    ]
    slots = claim_slots(items, {})
    assert slot_holding(slots, "a1", 10) is not slot_holding(slots, "a3", 31_000)


def test_compare_an_english_plural_the_stemmer_keeps_names_one_thing() -> None:
    first = ["The navy held 12 Somalis after the raid on Saturday."]
    second = ["Among those held after the raid were 12 Somali nationals."]
    items = [
        sentences_item("a1", first, [figure_in(first, "12", 12)], language="en"),
        sentences_item("a2", second, [figure_in(second, "12", 12)], language="en"),
    ]
    slot = slot_holding(claim_slots(items, {}), "a1", 12)
    assert slot.values[0].article_ids == ("a1", "a2")
