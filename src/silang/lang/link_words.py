"""Word data of silang.link beyond the derivation lexicon: the phrases that introduce a text
reproduced as received (``lang/<code>/link_reproduction_cues.txt``)."""

from __future__ import annotations

import re
from functools import cache

from silang.lang.files import SUPPORTED, read_lines


@cache
def reproduction_cue(code: str) -> re.Pattern[str] | None:
    """One pattern for the language's cues (any of its lines, case ignored); None for a
    language without a cue file."""
    if code not in SUPPORTED:
        return None
    lines = read_lines(code, "link_reproduction_cues.txt")
    if not lines:
        return None
    return re.compile("|".join(lines), re.IGNORECASE)
