"""Key terms of a stretch of text that survive rewording and translation between languages.

Reuses the language packs' own cross-language data rather than a lexicon of its own: the
event concepts of story clustering (``stories_concepts.tsv``: "hilang" and "missing" are one
concept) with its light stemmer, and the number words of the derivations stage
(``link_numbers.tsv``: "enam" and "six" are 6). Names, numbers and concepts are neutral
across languages; other word stems only compare within one language.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from silang.cluster.terms import word_term
from silang.compare.text import numbers
from silang.lang.files import SUPPORTED, read_table
from silang.lang.stories import StoriesLexicon, load_stories_lexicon

_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
#: Terms that two languages can share: numbers, names and concepts.
NEUTRAL = ("#", "@", "=")


@dataclass(frozen=True)
class Glossary:
    """Per language code: its story-clustering lexicon and its number words."""

    lexicons: Mapping[str, StoriesLexicon] = field(default_factory=dict, hash=False)
    number_words: Mapping[str, Mapping[str, str]] = field(default_factory=dict, hash=False)


def load_glossary(codes: Iterable[str] = SUPPORTED) -> Glossary:
    """The glossary of the given language packs (read once per run, then passed down)."""
    codes = tuple(codes)
    return Glossary(
        lexicons={code: load_stories_lexicon(code) for code in codes},
        number_words={code: dict(read_table(code, "link_numbers.tsv")) for code in codes},
    )


def key_terms(text: str, language: str | None, glossary: Glossary) -> frozenset[str]:
    """Numbers ("#2300"), names ("@karangjati"), concepts ("=missing") and other word stems.

    A capitalised word that does not open the text is a name; an unknown language gives names
    and numbers only.
    """
    lexicon = glossary.lexicons.get(language or "")
    spelled = glossary.number_words.get(language or "", {})
    found = {"#" + n for n in numbers(text)}
    for index, match in enumerate(_WORD.finditer(text)):
        word = match.group()
        lower = word.casefold()
        if lower in spelled:
            found.add("#" + spelled[lower])
            continue
        if lexicon is None:
            if index and word[0].isupper():
                found.add("@" + lower)
            continue
        term = word_term(lower, lexicon)
        if term is None:
            continue
        if term.startswith("="):
            found.add(term)
        elif index and word[0].isupper():
            found.add("@" + lower)
        elif len(term) > 3:
            found.add(term)
    return frozenset(found)


def neutral(terms: Iterable[str]) -> frozenset[str]:
    """The terms two languages can share."""
    return frozenset(t for t in terms if t.startswith(NEUTRAL))
