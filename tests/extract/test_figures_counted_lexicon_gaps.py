"""Counted nouns and units the packs lacked on fresh text: a stat line's passes, attempts, RBIs,
blocks (a blocked shot is a block, not ammunition), completions, tackles, steals and punches;
robbers, youths and delegates (people: listed without a comment line inside the pack's people
list, which compare/glossary.py reads up to its first comment); comments, vulnerabilities and
flaws; an abbreviation's apostrophe plural ("12 KO's"); Indonesian "penelitian", "manfaat",
"bln" (month), "mgr" (milligram) and "ppm". Sentences written for these tests."""

from __future__ import annotations

import pytest

from silang.extract.quantities import find_quantities
from silang.lang.figures import load_figures_lexicon
from silang.model import Span


def _read(language: str, text: str) -> list[tuple[float, str | None, str | None]]:
    quantities = find_quantities(text, [Span(0, len(text))], load_figures_lexicon(language))
    return [(q.value, q.unit, q.counted_class) for q in quantities]


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("The tight end caught 9 passes in the rain.", [(9.0, None, "pass")]),
        ("She made 12 attempts before the break.", [(12.0, None, "attempt")]),
        ("The catcher has 37 RBIs this spring.", [(37.0, None, "rbi")]),
        ("Our center had 5 blocks off the bench.", [(5.0, None, "block")]),
        ("Our center had five blocked shots off the bench.", [(5.0, None, "block")]),
        ("Two robbers ran from the jeweller's shop.", [(2.0, None, "perpetrator")]),
        ("The quarterback threw 19 completions.", [(19.0, None, "completion")]),
        (
            "The linebacker made 64 tackles and 3 steals.",
            [(64.0, None, "tackle"), (3.0, None, "steal")],
        ),
        ("The champion landed 140 punches.", [(140.0, None, "punch")]),
        ("About 50 youths threw stones at the station.", [(50.0, None, "teenager")]),
        ("Some 80 delegates attended the congress.", [(80.0, None, "delegate")]),
        ("The ministry received 9,000 comments.", [(9000.0, None, "comment")]),
        (
            "The update fixes 12 vulnerabilities and 4 flaws.",
            [(12.0, None, "vulnerability"), (4.0, None, "vulnerability")],
        ),
    ],
)
def test_counted_nouns_of_a_stat_line_and_a_raid(
    text: str, read: list[tuple[float, str | None, str | None]]
) -> None:
    assert _read("en", text) == read


def test_youth_before_a_noun_counts_no_young_people() -> None:
    # Only the plural counts young people; the singular modifies the noun after it.
    assert _read("en", "The city funds 200 youth groups.")[0][2] != "teenager"


def test_a_shot_alone_is_still_ammunition() -> None:
    assert _read("en", "The officer fired 3 shots at the car.") == [(3.0, None, "ammunition")]


@pytest.mark.parametrize("mark", ["'", "\u2019"])
def test_an_apostrophe_plural_is_the_plural(mark: str) -> None:
    assert _read("en", f"The champion has 21 KO{mark}s in 24 bouts.")[0] == (
        21.0,
        None,
        "knockout",
    )


def test_a_possessive_after_a_count_is_no_plural() -> None:
    text = "The clinic treated five women's soccer players."
    assert _read("en", text) == [(5.0, None, "player")]


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("Tim itu meninjau 6 penelitian sebelumnya.", [(6.0, None, "study")]),
        ("Dokter menyebut 3 manfaat tidur siang.", [(3.0, None, "benefit")]),
        ("Warga menguras kolam 2 bln sekali.", [(2.0, "month", None)]),
        ("Segelas susu itu mengandung 120 mgr kalsium.", [(120.0, "mg", None)]),
        ("Kadar amonia air kolam itu 3 ppm.", [(3.0, "ppm", None)]),
        # the longer phrase still wins: a household receiving aid, not a benefit
        ("Ada 40 keluarga penerima manfaat di desa itu.", [(40.0, None, "household")]),
    ],
)
def test_indonesian_counted_nouns_and_a_short_month(
    text: str, read: list[tuple[float, str | None, str | None]]
) -> None:
    assert _read("id", text) == read
