"""Counts the grammar used to miss or misread: a share written as "half" alone, counted
nouns of the news the table lacked (cables, counts of an indictment, stages), a singular
noun after a count above one, which English never counts ("the Ranger 3 truck"), and the
whole after a count and "of" ("8 of 11 penalties"). Sentences written for these tests."""

from __future__ import annotations

import pytest

from records import quantities_in


def _counted(language: str, text: str) -> list[tuple[float, str | None]]:
    return [(q.value, q.counted_class) for q in quantities_in(language, text)]


@pytest.mark.parametrize(
    ("language", "text", "qualifier"),
    [
        ("en", "Half the bridge deck gave way in the storm.", "exact"),
        ("en", "By spring, half of the tenants had moved out.", "exact"),
        ("en", "The outage cut the line to about half its usual speed.", "approximately"),
        ("en", "More than half of the delegates backed the motion.", "more-than"),
        ("id", "Separuh dari petani desa itu gagal panen.", "exact"),
    ],
)
def test_half_of_a_whole_is_a_share(language: str, text: str, qualifier: str) -> None:
    share = quantities_in(language, text)[0]
    assert (share.value, share.unit) == (50.0, "%")
    assert share.qualifier == qualifier


@pytest.mark.parametrize(
    ("language", "text", "value", "unit"),
    [
        ("en", "The ferry was late by half an hour.", 0.5, "hour"),
        ("en", "The club raised half a million dollars.", 500000.0, "USD"),
        ("id", "Kapal itu terlambat setengah jam.", 0.5, "hour"),
    ],
)
def test_half_of_a_measure_or_a_number_is_no_share(
    language: str, text: str, value: float, unit: str
) -> None:
    (found,) = quantities_in(language, text)
    assert (found.value, found.unit) == (value, unit)


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("en", "Storms severed three undersea cables off the cape.", [(3.0, "cable")]),
        ("en", "The clerk was charged with two counts of fraud.", [(2.0, "charge")]),
        ("en", "The centre grabbed nine rebounds in the final.", [(9.0, "rebound")]),
        ("en", "The lawyer won two acquittals last year.", [(2.0, "acquittal")]),
        ("id", "Obat itu melewati dua tahap uji klinis.", [(2.0, "stage")]),
    ],
)
def test_counted_nouns_of_the_news(
    language: str, text: str, expected: list[tuple[float, str]]
) -> None:
    assert _counted(language, text) == expected


def test_a_singular_noun_after_a_count_above_one_is_not_counted() -> None:
    # "the Ranger 3 truck" names a truck; English counts three of them as "three trucks".
    text = "Mechanics will first repair the Ranger 3 truck, then the vans."
    assert all(q.counted_class != "truck" for q in quantities_in("en", text))


def test_a_singular_noun_that_modifies_another_word_is_still_counted() -> None:
    assert _counted("en", "A 300 person march crossed the square.") == [(300.0, "person")]


@pytest.mark.parametrize(
    ("language", "text", "values"),
    [
        ("en", "The keeper stopped 8 of 11 penalties this year.", [8.0, 11.0]),
        ("en", "The rookie completed 12 of 30 for 140 yards.", [12.0, 30.0, 140.0]),
        # an identifier goes on with a number: no figure
        ("en", "Regulation No. 7 of 2021 applies.", []),
    ],
)
def test_the_whole_after_a_count_and_of_is_a_figure(
    language: str, text: str, values: list[float]
) -> None:
    assert [q.value for q in quantities_in(language, text)] == values


def test_the_year_an_identifier_goes_on_with_is_no_figure() -> None:
    text = "Pasal 2 UU 31 Tahun 2009 mengatur hal itu."
    assert 2009.0 not in [q.value for q in quantities_in("id", text)]
