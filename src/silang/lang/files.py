"""Reading a language pack's data files (``lang/<code>/<file>``) with importlib.resources."""

from __future__ import annotations

import re
from importlib import resources

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


# -- rule tables ---------------------------------------------------------------------------
