"""The unit codes of lengths of time, one table for every stage that asks whether a figure's
unit is a span of time (extraction, money, claim slots, the report's labels).

These are codes of the packs' figures_units.tsv ("tiga bulan" and "three months" are both
3 month), the same in every pack, not words of a language: they live here, beside the packs,
so that extraction and compare read one list and a code renamed in the packs is renamed once.
"""

from __future__ import annotations

#: The calendar periods: the term an amount of money runs over ("$140 million over seven
#: years") and what a rate is paid per ("Rp 500 juta sebulan": IDR/month).
PERIODS = frozenset({"day", "week", "month", "year"})
#: The clock's units, shorter than a day ("40 hours of deliberation").
CLOCK = frozenset({"second", "minute", "hour"})
#: Every length of time the packs read: the calendar and the clock, and the longer spans
#: ("two semesters", "three decades", "a century").
TIME_UNITS = PERIODS | CLOCK | frozenset({"semester", "decade", "century"})
#: How many of a shorter period a year holds, as a writer counts them when a yearly amount
#: restates a monthly one ("Rp 500 juta sebulan atau Rp 6 miliar per tahun"): 52 weeks, not
#: 365/7.
PER_YEAR = {"month": 12, "week": 52, "day": 365}
#: The lengths of time from the shortest up: a length written in two units names the
#: larger first ("7 minutes 41 seconds", "two hours and 30 minutes").
TIME_ORDER = (
    *("second", "minute", "hour", "day", "week"),
    *("month", "semester", "year", "decade", "century"),
)
#: How many of a unit a compound length's smaller part stays below: the count of it that
#: makes up a larger unit ("41 seconds" of a minute; "48 hours" is no day's part, so "two
#: days or 48 hours" is two lengths).
PART_BELOW = {"second": 60, "minute": 60, "hour": 24, "day": 31, "week": 5, "month": 12}
