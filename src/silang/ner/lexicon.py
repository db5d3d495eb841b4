"""Gazetteer classes of words, taken from the Indonesian pack's lexicons.

Each lower-cased word maps to the classes of lexicon entries it occurs in ("jakarta" → city,
"kementerian" → org head). The table is frozen into the model folder at training time, so that
a later edit of the pack cannot shift the features a shipped model was trained with.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping
from pathlib import Path

from silang.lang.files import read_lines, read_table
from silang.ner.tokens import words_of

#: Pack file → class name; for two-column files the entry is the given column.
_LISTS: tuple[tuple[str, str], ...] = (
    ("cities.txt", "city"),
    ("entities_places.txt", "place"),
    ("entities_organisations.txt", "org"),
    ("entities_org_heads.txt", "orghead"),
    ("entities_place_heads.txt", "placehead"),
    ("entities_place_tails.txt", "placetail"),
    ("entities_not_names.txt", "notname"),
    ("entities_times.txt", "time"),
    ("quotes_office_words.txt", "office"),
    ("outlets.txt", "outlet"),
)
_TABLES: tuple[tuple[str, str, int], ...] = (
    ("quotes_titles.tsv", "title", 0),
    ("quotes_verbs.tsv", "verb", 1),
    ("figures_months.tsv", "month", 0),
    ("figures_weekdays.tsv", "weekday", 0),
)

Gazetteer = Mapping[str, tuple[str, ...]]


def from_pack(code: str = "id") -> dict[str, tuple[str, ...]]:
    """Word → sorted classes, from the pack's files."""
    classes: defaultdict[str, set[str]] = defaultdict(set)
    entries: list[tuple[str, str]] = [
        (line, name) for filename, name in _LISTS for line in read_lines(code, filename)
    ]
    entries += [
        (row[column], name)
        for filename, name, column in _TABLES
        for row in read_table(code, filename)
    ]
    for entry, name in entries:
        for word in words_of(entry.casefold()):
            if word.isalnum():
                classes[word].add(name)
    return {word: tuple(sorted(names)) for word, names in sorted(classes.items())}


def save(gazetteer: Gazetteer, path: Path) -> None:
    lines = [f"{word}\t{' '.join(names)}\n" for word, names in gazetteer.items()]
    path.write_text("".join(lines), encoding="utf-8")


def load(text: str) -> dict[str, tuple[str, ...]]:
    result = {}
    for line in text.splitlines():
        word, _, names = line.partition("\t")
        result[word] = tuple(names.split())
    return result
