"""A reading glued to its measure word by a hyphen is small: a comma before three digits
after it is no decimal mark ("5-foot-8,135 pounds" is a height, then a weight). Sentences
written for these tests."""

from __future__ import annotations

from silang.extract.figures_tokens import tokenize
from silang.extract.quantities import find_quantities
from silang.lang.figures import load_figures_lexicon
from silang.model import Span


def _values(text: str) -> list[float]:
    lexicon = load_figures_lexicon("en")
    return [q.value for q in find_quantities(text, [Span(0, len(text))], lexicon)]


def test_a_height_then_a_weight_after_a_comma() -> None:
    values = _values("Police said the man is 5-foot-8,135 pounds, with short hair.")
    assert 135.0 in values
    assert 8135.0 not in values


def test_a_glued_decimal_reading_stays_one_number() -> None:
    tokens = tokenize("a magnitude-5.9 quake and gempa magnitudo-5,9 SR")
    assert "5.9" in tokens.text and "5,9" in tokens.text
