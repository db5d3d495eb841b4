"""The LanguagePack: a language's data (word lists, patterns) wired together by one small class.

Algorithms never import a language; they receive a pack. A pack is a folder ``lang/<code>/`` of
text files read with importlib.resources. Long lists live in those files, not in code.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from silang.errors import UnsupportedLanguage
from silang.lang.derivations import DerivationLexicon, load_derivation_lexicon
from silang.lang.figures import FiguresLexicon, load_figures_lexicon
from silang.lang.files import SUPPORTED, compile_table, read_lines, read_table
from silang.lang.quotes import QuotesLexicon, load_quotes_lexicon
from silang.lang.rules import (
    CREDIT_RELATIONS,
    EMPTY_RULES,
    REMOVAL_KINDS,
    Rules,
    compile_alternation,
    compile_rules,
    fold,
    read_macros,
)
from silang.lang.stories import StoriesLexicon, load_stories_lexicon

__all__ = [
    "SUPPORTED",
    "LanguagePack",
    "Rules",
    "compile_table",
    "fold",
    "load_pack",
    "read_folded",
    "read_lines",
    "read_table",
]


#: Dateline shapes known to the cleaning code (see lang/<code>/datelines.tsv).
DATELINE_SHAPES: frozenset[str] = frozenset({"paren", "pair", "single", "known", "lead", "tight"})
#: How sure an in-sentence citation cue is that what follows is an outlet (citations.tsv).
CITATION_STRENGTHS: frozenset[str] = frozenset({"outlet", "agency"})


def read_folded(code: str, filename: str) -> frozenset[str]:
    """The lines of a pack's word-list file, casefolded: a set to look casefolded words up in."""
    return frozenset(line.casefold() for line in read_lines(code, filename))


@dataclass(frozen=True)
class LanguagePack:
    code: str
    name: str
    #: Abbreviations (without their final dot) after which a sentence does not end: "Jl", "Dr".
    abbreviations: frozenset[str]
    #: Quotes and entities: speech verbs, pronouns, titles, channels, gazetteers (lang/quotes.py).
    quotes: QuotesLexicon
    #: Figures and dates: number words, multipliers, hedges, units, months (lang/figures.py).
    figures: FiguresLexicon
    #: Derivations: stopwords, stems, synonym classes for shingles that survive spinning.
    derivations: DerivationLexicon
    #: Stories: stopwords, light stemming, event concepts shared across languages.
    stories: StoriesLexicon
    #: Cleaning: whole paragraphs that are boilerplate (boilerplate.tsv, kind → regex).
    boilerplate: Rules = EMPTY_RULES
    #: Cleaning: credit and byline paragraphs (credits.tsv, relation → regex).
    credits: Rules = EMPTY_RULES
    #: Cleaning: pieces cut out of the inside of a paragraph (inserts.tsv).
    inserts: Rules = EMPTY_RULES
    #: Cleaning: "Baca juga:"-like cues followed by a headline (teasers.tsv).
    teasers: Rules = EMPTY_RULES
    #: Cleaning: pieces cut from the very end of the body only (tail.tsv).
    tail: Rules = EMPTY_RULES
    #: Cleaning: headings of a list of links ("Berita terkait"), removed with the list
    #: (headings.tsv).
    headings: Rules = EMPTY_RULES
    #: Cleaning: in-sentence citations of an outlet, kept in the text (citations.tsv).
    citations: Rules = EMPTY_RULES
    #: Cleaning: dateline shapes (datelines.tsv, shape → regex with groups ``a`` and ``b``).
    datelines: Rules = EMPTY_RULES
    #: Known outlet and wire agency names, casefolded (outlets.txt).
    outlets: frozenset[str] = frozenset()
    #: What an unknown outlet name looks like: domains, "detikX" (outlet_shapes.txt).
    outlet_shapes: re.Pattern[str] = field(default_factory=lambda: re.compile("(?!)"))
    #: Known city (and province) names, casefolded (cities.txt).
    cities: frozenset[str] = frozenset()
    #: Lower-case words that may sit inside a Title Case headline: "di", "of" (title_words.txt).
    title_words: frozenset[str] = frozenset()
    #: Noise at the end of a page title besides the site name: "Halaman all" (title_noise.txt).
    title_noise: re.Pattern[str] = field(default_factory=lambda: re.compile("(?!)"))


def load_pack(code: str) -> LanguagePack:
    """Build the pack for ``code``; raises UnsupportedLanguage naming the supported ones."""
    if code not in SUPPORTED:
        raise UnsupportedLanguage(code, SUPPORTED)
    names = dict(read_table(code, "meta.tsv"))
    macros = read_macros(code)
    kinds = REMOVAL_KINDS
    kinds_or_credits = REMOVAL_KINDS | CREDIT_RELATIONS
    return LanguagePack(
        code=code,
        name=names.get("name", code),
        abbreviations=frozenset(read_lines(code, "abbreviations.txt")),
        quotes=load_quotes_lexicon(code),
        figures=load_figures_lexicon(code),
        derivations=load_derivation_lexicon(code),
        stories=load_stories_lexicon(code),
        boilerplate=compile_rules(code, "boilerplate.tsv", macros, kinds, re.IGNORECASE),
        credits=compile_rules(code, "credits.tsv", macros, CREDIT_RELATIONS),
        inserts=compile_rules(code, "inserts.tsv", macros, kinds_or_credits, re.MULTILINE),
        teasers=compile_rules(code, "teasers.tsv", macros, kinds, re.MULTILINE),
        tail=compile_rules(code, "tail.tsv", macros, kinds_or_credits, re.MULTILINE),
        headings=compile_rules(code, "headings.tsv", macros, kinds, re.IGNORECASE),
        citations=compile_rules(code, "citations.tsv", macros, CITATION_STRENGTHS, re.MULTILINE),
        datelines=compile_rules(code, "datelines.tsv", macros, DATELINE_SHAPES),
        outlets=read_folded(code, "outlets.txt"),
        outlet_shapes=compile_alternation(code, "outlet_shapes.txt", macros),
        cities=read_folded(code, "cities.txt"),
        title_words=read_folded(code, "title_words.txt"),
        title_noise=compile_alternation(code, "title_noise.txt", macros, re.IGNORECASE),
    )
