"""The noun a bare English figure counts when a dash is written as a hyphen: English compound
modifiers take their noun in the singular ("record-breaking", "a 10-yard run"), so a plural
hyphened to the next word ends the counted phrase. Sentences written for these tests."""

from __future__ import annotations

import pytest

from silang.compare.figures import _head_noun
from silang.compare.glossary import load_glossary


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("4,051 yards-breaking the old league record", "yards"),
        ("1,200 volunteers-the name the club gives them", "volunteers"),
    ],
)
def test_a_plural_hyphened_to_the_next_word_ends_the_counted_phrase(
    text: str, expected: str
) -> None:
    position = text.index(" ") + 1
    assert _head_noun(text, position, "en", load_glossary()) == expected


def test_a_singular_compound_modifier_is_walked_past() -> None:
    text = "40 record-breaking goals in one season"
    assert _head_noun(text, text.index(" ") + 1, "en", load_glossary()) == "goals"


@pytest.mark.parametrize(
    ("text", "expected"),
    [("12 arms-control treaties", "treaties"), ("20 news-media outlets", "outlets")],
)
def test_a_noun_plural_in_form_before_a_hyphen_is_still_a_modifier(
    text: str, expected: str
) -> None:
    assert _head_noun(text, text.index(" ") + 1, "en", load_glossary()) == expected
