"""The LanguagePack: a language's data (word lists, patterns) wired together by one small class.

Algorithms never import a language; they receive a pack. A pack is a folder ``lang/<code>/`` of
text files read with importlib.resources. Long lists live in those files, not in code.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from importlib import resources

from silang.errors import UnsupportedLanguage

#: The languages that have a pack folder. Adding a language = adding a folder and a line here.
SUPPORTED: tuple[str, ...] = ("id", "en")


def read_lines(code: str, filename: str) -> tuple[str, ...]:
    """Non-empty, non-comment lines of ``lang/<code>/<filename>`` (``#`` starts a comment line)."""
    path = resources.files("silang.lang").joinpath(code, filename)
    if not path.is_file():
        return ()
    lines = []
    for line in path.read_text(encoding="utf-8").splitlines():
        stripped = line.strip()
        if stripped and not stripped.startswith("#"):
            lines.append(stripped)
    return tuple(lines)


def read_table(code: str, filename: str) -> tuple[tuple[str, str], ...]:
    """Rows ``key<TAB>value`` of a two-column pack file."""
    rows = []
    for line in read_lines(code, filename):
        key, sep, value = line.partition("\t")
        if not sep:
            raise ValueError(f"lang/{code}/{filename}: expected 'key<TAB>value', got {line!r}")
        rows.append((key.strip(), value.strip()))
    return tuple(rows)


def compile_table(
    code: str, filename: str, flags: int = re.IGNORECASE
) -> tuple[tuple[str, re.Pattern[str]], ...]:
    """Rows ``key<TAB>regex`` of a pack file, with the regex compiled."""
    return tuple((key, re.compile(value, flags)) for key, value in read_table(code, filename))


@dataclass(frozen=True)
class LanguagePack:
    code: str
    name: str
    #: Abbreviations (without their final dot) after which a sentence does not end: "Jl", "Dr".
    abbreviations: frozenset[str]


def load_pack(code: str) -> LanguagePack:
    """Build the pack for ``code``; raises UnsupportedLanguage naming the supported ones."""
    if code not in SUPPORTED:
        raise UnsupportedLanguage(code, SUPPORTED)
    names = dict(read_table(code, "meta.tsv"))
    return LanguagePack(
        code=code,
        name=names.get("name", code),
        abbreviations=frozenset(read_lines(code, "abbreviations.txt")),
    )
