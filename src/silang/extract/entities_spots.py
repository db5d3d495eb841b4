"""Words that are no name, or name no person, only where they stand: a prayer that is also a
given name ("selepas Isya" but "kata Isya"), a verb that also opens names ("Ada yang ..." but
"Ada Band"), and the role nouns that make "kepala desa Slamet" a title and its holder."""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

from silang.extract.entities_runs import Word
from silang.lang.base import read_folded


class SpotWords(NamedTuple):
    #: Times of day that are also given names ("ashar", "isya"): a time only after a cue.
    cued_times: frozenset[str]
    #: Words after which such a word is the time ("salat", "selepas", "waktu").
    time_cues: frozenset[str]
    #: Words that are no name when they stand alone ("ada"), but open names ("Ada Lovelace").
    lone_not_names: frozenset[str]
    #: Nouns of a role before a lower-case place noun ("kepala desa", "imam masjid"): the place
    #: noun is then part of a title, and the word after it the holder's name.
    place_noun_roles: frozenset[str]


def load_spot_words(code: str) -> SpotWords:
    return SpotWords(
        cued_times=read_folded(code, "entities_cued_times.txt"),
        time_cues=read_folded(code, "entities_time_cues.txt"),
        lone_not_names=read_folded(code, "entities_lone_not_names.txt"),
        place_noun_roles=read_folded(code, "entities_place_noun_roles.txt"),
    )


def without_spot_words(
    text: str,
    found_runs: Sequence[Sequence[Word]],
    found: Sequence[Word],
    index: dict[int, int],
    spots: SpotWords,
) -> list[list[Word]]:
    """The runs less what their place says is no name: a run that is a lone "Ada", and a
    cued time right after its cue, only a space between ("usai salat Isya", "Sholat Ashar"),
    which cuts its run in two."""
    result: list[list[Word]] = []
    for run in found_runs:
        if len(run) == 1 and run[0].key in spots.lone_not_names:
            continue
        part: list[Word] = []
        for word in run:
            if _cued_time(text, word, found, index, spots):
                if part:
                    result.append(part)
                part = []
            else:
                part.append(word)
        if part:
            result.append(part)
    return result


def _cued_time(
    text: str, word: Word, found: Sequence[Word], index: dict[int, int], spots: SpotWords
) -> bool:
    i = index[word.start]
    if word.key not in spots.cued_times or i == 0:
        return False
    cue = found[i - 1]
    return cue.key in spots.time_cues and text[cue.end : word.start] == " "
