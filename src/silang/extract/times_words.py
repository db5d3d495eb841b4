"""The word lists the time grammar reads beside the figures lexicon: the cues that tell a
day as still to come (silang.extract.times_coming), the places that make a bracketed year a
happening's, not a cited source's ("(Jakarta, 1998)"), and the words a span starts at
("since 2021"; silang.extract.times_beside).

``load_times_words`` reads them once per language and process, as a pure function of the
pack's files: silang.extract.times.find_times runs once or more per article, and building
the lists on each call would read dates_coming.tsv again each time."""

from __future__ import annotations

import functools
from dataclasses import dataclass

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
    """The time grammar's word lists of one pack."""

    #: The cues of dates_coming.tsv.
    coming: ComingCues
    #: The known places, casefolded.
    places: frozenset[str]
    #: The words a span starts at, casefolded.
    since: frozenset[str]


@functools.cache
def load_times_words(code: str) -> TimesWords:
    """The time grammar's word lists of pack ``code``, read once per process: the files do
    not change while it runs, and the lists are never changed once read."""
    return TimesWords(
        coming=load_coming(code),
        places=frozenset(p for f in PLACE_FILES for p in read_folded(code, f)),
        since=read_folded(code, SINCE_FILE),
    )
