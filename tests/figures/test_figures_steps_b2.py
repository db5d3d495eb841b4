"""A floor or ceiling on a spelled number that ends in a multiplying word reaches one of its
steps past it: "more than two dozen" holds up to three dozen, so it agrees with 31 of the
same thing. The sentences are written for these tests."""

from __future__ import annotations

from silang.compare.status import compatible
from silang.extract.quantities import find_quantities
from silang.lang.figures import load_figures_lexicon
from silang.model import Quantity, Span

EN = load_figures_lexicon("en")


def _only(text: str) -> Quantity:
    (found,) = find_quantities(text, (Span(0, len(text)),), EN)
    return found


def test_figures_floor_in_dozens_reaches_a_dozen_past() -> None:
    floor = _only("More than two dozen fire engines were sent to the mill.")
    assert (floor.value, floor.qualifier, floor.high) == (24, "more-than", 36)
    assert compatible(floor, _only("Officials said 31 fire engines were sent."))
    assert not compatible(floor, _only("Officials said 40 fire engines were sent."))


def test_figures_ceiling_in_dozens_reaches_a_dozen_below() -> None:
    ceiling = _only("Up to two dozen boats were lost in the storm.")
    assert (ceiling.value, ceiling.low) == (24, 12)


def test_figures_floor_on_a_plain_number_word_keeps_its_own_step() -> None:
    floor = _only("More than twenty-five workers were hurt in the blast.")
    assert floor.high is None
