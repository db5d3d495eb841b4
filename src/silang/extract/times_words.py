"""The word lists the time grammar reads beside the figures lexicon: the cues that tell a
day as still to come (silang.extract.times_coming), the places that make a bracketed year a
happening's, not a cited source's ("(Jakarta, 1998)"), and the words a span starts at
("since 2021"; silang.extract.times_beside).

A ``TimesWords`` reads each list once, on its first use: most articles never need the place
lists (no year in brackets) or the span words (no later year between a month and its day).
silang.extract.times.find_times makes one per call, so each list is read at most once per
article, not once per time expression."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

from silang.extract.times_coming import ComingCues, load_coming
from silang.lang.base import read_folded

#: The pack's gazetteers of places: a place before a year in brackets ("(Jakarta, 1998)")
#: says where and when something happened, and cites no source.
PLACE_FILES = ("cities.txt", "entities_places.txt")
#: Words after which a year is where a span starts ("since 2021", "sejak 2021"): it leaves
#: the passage in the time told before it.
SINCE_FILE = "dates_since.txt"


@dataclass(frozen=True)
class TimesWords:
    """The time grammar's word lists of pack ``code``, each read on first use."""

    code: str

    @cached_property
    def coming(self) -> ComingCues:
        """The cues of dates_coming.tsv."""
        return load_coming(self.code)

    @cached_property
    def places(self) -> frozenset[str]:
        """The known places, casefolded."""
        return frozenset(p for f in PLACE_FILES for p in read_folded(self.code, f))

    @cached_property
    def since(self) -> frozenset[str]:
        """The words a span starts at, casefolded."""
        return read_folded(self.code, SINCE_FILE)
