"""A hedge on a figure written with decimals ("some 64.37 percent") reaches at most one whole
from it: the fractional digits say the writer knows the figure better than to a whole, so
the hedge cannot hold another report's figure several points away. A round or small figure
keeps the tenth a hedge gives ("about 5.6 percent", "around 3,400 people")."""

from __future__ import annotations

import pytest

from silang.compare.status import compatible
from silang.lang.figures import load_figures_lexicon

from records import quantities_by_text


@pytest.mark.parametrize(
    ("language", "text", "written", "bounds"),
    [
        # written with decimals: one whole either way, or below only
        ("en", "It closed some 64.37 percent up.", "some 64.37 percent", (63.37, 65.37)),
        ("en", "It sank about 21.5 km off the coast.", "about 21.5 km", (20.5, 22.5)),
        ("en", "Nearly 47.62 percent were counted.", "Nearly 47.62 percent", (46.62, 47.62)),
        ("id", "Angkanya sekitar 71,28 persen.", "sekitar 71,28 persen", (70.28, 72.28)),
        # the tenth of the value is less than a whole: it stays
        ("en", "Prices rose about 5.6 percent.", "about 5.6 percent", (5.04, 6.16)),
        # no decimals written, or decimals before a multiplying word: a round figure
        ("en", "Around 3,400 people fled.", "Around 3,400 people", (3060.0, 3740.0)),
        ("en", "Some 2.6 million people voted.", "Some 2.6 million people", (2.34e6, 2.86e6)),
        ("id", "Sekitar 2.300 warga mengungsi.", "Sekitar 2.300 warga", (2070.0, 2530.0)),
    ],
)
def test_a_hedge_reaches_as_far_as_the_figure_is_written_loosely(
    language: str, text: str, written: str, bounds: tuple[float, float]
) -> None:
    quantity = quantities_by_text(text, load_figures_lexicon(language))[written]
    assert quantity.qualifier == "approximately"
    assert (quantity.low, quantity.high) == pytest.approx(bounds)


def test_a_hedged_figure_with_decimals_disputes_one_several_points_away() -> None:
    lexicon = load_figures_lexicon("en")
    text = "Officials said some 64.37 percent voted; the union said 69.12 percent, not 64 percent."
    found = quantities_by_text(text, lexicon)
    hedged = found["some 64.37 percent"]
    assert not compatible(hedged, found["69.12 percent"])
    assert compatible(hedged, found["64 percent"])
