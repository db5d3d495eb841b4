"""What story clustering needs to know about a language: which words carry no topic, how to
take light affixes off a word, how figures are written, and which event words mean the same
across languages.

The data lives in ``lang/<code>/stories_*`` files; this module only reads them. Story
clustering receives a lexicon per language code and never imports a language itself.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from silang.errors import UnsupportedLanguage
from silang.lang.files import SUPPORTED, read_lines, read_table

#: Kinds of row in ``stories_affixes.tsv``.
AFFIX_KINDS = frozenset({"prefix", "suffix", "final", "keep", "min"})


@dataclass(frozen=True)
class StoriesLexicon:
    """A language's word data for story clustering. The empty lexicon (the default) is a valid
    fallback for a language without one: no stopwords, no stemming, "." as decimal mark."""

    code: str = ""
    #: Casefolded words that say nothing about the happening (stories_stopwords.txt).
    stopwords: frozenset[str] = frozenset()
    #: Prefixes taken off a word, longest first, with what replaces them (stories_affixes.tsv).
    prefixes: tuple[tuple[str, str], ...] = ()
    #: Suffixes taken off a word, in the file's order (the first that fits wins).
    suffixes: tuple[tuple[str, str], ...] = ()
    #: A letter dropped from the end of every stem ("e": "charge" and "charged" → "charg").
    final: str = ""
    #: Endings that block suffix removal ("ss": "press" keeps its "s").
    keep: tuple[str, ...] = ()
    #: The fewest letters a stem keeps.
    min_stem: int = 4
    #: The mark before decimals ("," in "5,4 juta", "." in "5.4 million").
    decimal_mark: str = "."
    #: Words that multiply the figure before them: "ribu" → 1000 (stories_numbers.tsv).
    multipliers: Mapping[str, float] = field(default_factory=dict, hash=False)
    #: Word → language-neutral concept: "banjir" and "flood" → "flood" (stories_concepts.tsv).
    concepts: Mapping[str, str] = field(default_factory=dict, hash=False)


def load_stories_lexicon(code: str) -> StoriesLexicon:
    """The story-clustering lexicon of ``code``; raises UnsupportedLanguage for an unknown one."""
    if code not in SUPPORTED:
        raise UnsupportedLanguage(code, SUPPORTED)
    stopwords = frozenset(
        word.casefold()
        for line in read_lines(code, "stories_stopwords.txt")
        for word in line.split()
    )
    affixes: dict[str, list[tuple[str, str]]] = {kind: [] for kind in AFFIX_KINDS}
    for line in read_lines(code, "stories_affixes.tsv"):
        kind, affix, replacement = ([*line.split("\t"), "", ""])[:3]
        if kind not in AFFIX_KINDS or not affix:
            raise ValueError(f"lang/{code}/stories_affixes.tsv: bad row {line!r}")
        affixes[kind].append((affix.strip(), replacement.strip()))
    numbers = dict(read_table(code, "stories_numbers.tsv"))
    decimal_mark = numbers.pop("decimal", ".")
    concepts: dict[str, str] = {}
    for concept, words in read_table(code, "stories_concepts.tsv"):
        for word in words.split():
            concepts[word.casefold()] = concept
    return StoriesLexicon(
        code=code,
        stopwords=stopwords,
        prefixes=tuple(sorted(affixes["prefix"], key=lambda pair: -len(pair[0]))),
        suffixes=tuple(affixes["suffix"]),
        final=affixes["final"][0][0] if affixes["final"] else "",
        keep=tuple(affix for affix, _ in affixes["keep"]),
        min_stem=int(affixes["min"][0][0]) if affixes["min"] else 4,
        decimal_mark=decimal_mark,
        multipliers={word.casefold(): float(value) for word, value in numbers.items()},
        concepts=concepts,
    )
