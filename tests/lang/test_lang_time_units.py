"""The one table of lengths of time (silang.lang.time_units) agrees with the packs that write
the codes, and the stages that used to keep their own copy read it."""

from __future__ import annotations

import pytest

from silang.extract.quantities import find_quantities
from silang.lang.figures import load_figures_lexicon
from silang.lang.files import SUPPORTED, read_table
from silang.lang.time_units import CLOCK, PER_YEAR, PERIODS, TIME_UNITS
from silang.model import Span
from silang.render.labels import subject_label


def _unit_codes(language: str) -> set[str]:
    """The unit codes a pack's figures_units.tsv gives its words (the first column after the
    word; a second one places the word before the number)."""
    return {value.split("\t")[0].strip() for _, value in read_table(language, "figures_units.tsv")}


@pytest.mark.parametrize("language", SUPPORTED)
def test_lang_time_units_every_pack_reads_the_calendar_and_the_clock(language: str) -> None:
    # A code renamed in one pack ("months" for "month") would leave the table naming a unit
    # that pack never gives, and its spans would fall out of terms, rates and durations.
    assert _unit_codes(language) >= PERIODS | CLOCK


def test_lang_time_units_every_length_of_time_is_a_code_some_pack_writes() -> None:
    written = set().union(*(_unit_codes(language) for language in SUPPORTED))
    assert written >= TIME_UNITS


def test_lang_time_units_a_year_counts_only_the_shorter_calendar_periods() -> None:
    assert set(PER_YEAR) < PERIODS
    assert PER_YEAR["month"] == 12
    assert PER_YEAR["week"] == 52  # as writers count a year's weeks, not 365 / 7


@pytest.mark.parametrize("unit", sorted(PERIODS | CLOCK))
def test_lang_time_units_a_slot_of_the_calendar_or_the_clock_is_a_duration(unit: str) -> None:
    claim = {"kind": "quantity", "subject": unit, "unit": unit}
    assert subject_label(claim) == f"duration ({unit})"


@pytest.mark.parametrize(
    ("text", "term"),
    [
        ("The agency will lend $40 million over 18 months.", ("18 months", 18.0, "month")),
        ("The firm paid $5,000 over 30 days to the tenants.", ("30 days", 30.0, "day")),
        ("The city pledged $2 million over ten weeks.", ("ten weeks", 10.0, "week")),
    ],
)
def test_lang_time_units_each_calendar_period_after_an_amount_is_its_term(
    text: str, term: tuple[str, float, str]
) -> None:
    found = find_quantities(text, [Span(0, len(text))], load_figures_lexicon("en"))
    last = found[-1]
    assert (last.text, last.value, last.unit) == term
    assert last.qualifier == "exact"
