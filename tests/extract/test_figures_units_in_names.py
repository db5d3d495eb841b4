"""A unit word written with a capital inside a sentence and followed by another capitalised word
is a word of a name ("12 Mile Road", "the 2 Days Inn"): the number opens the
name and measures nothing. An abbreviation keeps its unit however it is written ("5 Kg",
"10 KM"), and so does a headline in title case."""

from __future__ import annotations

import pytest

from silang.lang.figures import load_figures_lexicon

from records import quantities_by_text


def _read(text: str) -> list[tuple[str, float, str | None]]:
    found = quantities_by_text(text, load_figures_lexicon("en"))
    return [(written, q.value, q.unit) for written, q in found.items()]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a name: the number measures nothing
        ("The family moved to a house on 14 Mile Road last spring.", []),
        ("Guests at the 3 Days Lodge were told to leave.", []),
        ("The 4 Ton Cider's founder opened a second shop.", []),
        ("Tickets for the 9 Hour Marathon's final leg sold out.", []),
        # an abbreviation: short, or in capitals
        ("The sack weighed 25 Kg when it left Medan.", [("25 Kg", 25.0, "kg")]),
        ("The convoy drove 40 KM to Palu.", [("40 KM", 40.0, "km")]),
        # ... also before a capital
        ("They unloaded 25 Kg Rice sacks at Medan.", [("25 Kg Rice", 25.0, "kg")]),
        ("The convoy drove 40 KM Past the last village.", [("40 KM", 40.0, "km")]),
        # a capital, but no name goes on after it
        ("The search lasted 6 Days, the agency said.", [("6 Days", 6.0, "day")]),
        # a lower-case unit before a name
        ("The hikers walked 18 miles to Fort William.", [("18 miles", 18.0, "mile")]),
        # a headline in title case capitalises every longer word
        ("Blizzard Leaves 30 Inches Of Snow Across Vermont", [("30 Inches", 30.0, "in")]),
    ],
)
def test_a_capitalised_unit_word_followed_by_a_name_is_part_of_the_name(
    text: str, expected: list[tuple[str, float, str | None]]
) -> None:
    assert _read(text) == expected
