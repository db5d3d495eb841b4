"""Key terms of a stretch of text that survive rewording and translation between languages.

Reuses the language packs' own cross-language data rather than a lexicon of its own: the
event concepts of story clustering (``stories_concepts.tsv``: "hilang" and "missing" are one
concept) with its light stemmer, and the number words of the derivations stage
(``link_numbers.tsv``: "enam" and "six" are 6). Names, numbers and concepts are neutral
across languages; other word stems only compare within one language.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from importlib import resources

from silang.cluster.terms import word_term
from silang.compare.speakers import SpeakerLexicon, load_speaker_lexicon
from silang.compare.text import numbers
from silang.lang.base import read_folded
from silang.lang.figures import FiguresLexicon, load_figures_lexicon
from silang.lang.files import SUPPORTED, read_lines, read_table
from silang.lang.quotes import QuotesLexicon, load_quotes_lexicon
from silang.lang.stories import StoriesLexicon, load_stories_lexicon
from silang.model import Annotated

_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
#: Terms that two languages can share: numbers, names and concepts.
NEUTRAL = ("#", "@", "=")


@dataclass(frozen=True)
class Glossary:
    """Per language code: its story-clustering lexicon and its number words."""

    lexicons: Mapping[str, StoriesLexicon] = field(default_factory=dict, hash=False)
    number_words: Mapping[str, Mapping[str, str]] = field(default_factory=dict, hash=False)
    #: Measure words before a counted noun ("20 biji permen", "10 juta unit iPhone"), from
    #: the figures stage's own list (figures_words.tsv, role "classifier").
    classifiers: Mapping[str, frozenset[str]] = field(default_factory=dict, hash=False)
    #: The counted classes of people ("customer", "worshipper"): the "# people" section of
    #: the packs' figures_counted.tsv.
    person_classes: frozenset[str] = frozenset()
    #: Per language, the cue words that narrow a count of people ("tewas", "evacu") to a
    #: class ("person:dead"), as (class, cue) pairs: compare_person_cues.tsv.
    person_cues: Mapping[str, tuple[tuple[str, str], ...]] = field(default_factory=dict, hash=False)
    #: Per language, the counted lemmas of the figures stage and their classes
    #: (figures_counted.tsv: "brigand" → "pirate").
    counted: Mapping[str, Mapping[str, str]] = field(default_factory=dict, hash=False)
    #: Classes of people that may name the same people, with their role ("pirate" and
    #: "suspect" → "accused"): compare_person_roles.tsv.
    roles: Mapping[str, str] = field(default_factory=dict, hash=False)
    #: Counted classes that a figure with decimals measures, with the unit it is then in
    #: ("earthquake" → "magnitude"): compare_measured.tsv.
    measured: Mapping[str, str] = field(default_factory=dict, hash=False)
    #: The languages whose counted phrases end in their head noun ("23 heavily armed
    #: pirates"): compare_noun_phrase.txt.
    head_last: frozenset[str] = frozenset()
    #: Per language, words that join two counts in one clause ("and", "dan"):
    #: compare_conjunctions.txt.
    conjunctions: Mapping[str, frozenset[str]] = field(default_factory=dict, hash=False)
    #: Per language, words that mark a later state of a count ("kini", "rose"):
    #: compare_later_state.txt.
    later_state: Mapping[str, frozenset[str]] = field(default_factory=dict, hash=False)
    #: Per language, nouns that count people after a bare figure ("jiwa", "souls"):
    #: compare_person_nouns.txt.
    person_nouns: Mapping[str, frozenset[str]] = field(default_factory=dict, hash=False)
    #: Per language, the figures stage's lexicon, whose time grammar reads again what an
    #: unresolved time expression names ("February", "last year": silang.compare.scope).
    figures: Mapping[str, FiguresLexicon] = field(default_factory=dict, hash=False)
    #: Per language, words that open a sentence standing for the one before ("it"):
    #: compare_scope_anaphors.txt (silang.compare.scope).
    scope_anaphors: Mapping[str, frozenset[str]] = field(default_factory=dict, hash=False)
    #: Per language, the words of a general statement rather than a value of the story's
    #: event ("a magnitude 6 quake can cause severe damage") by role ("cue", "indefinite"):
    #: compare_general.tsv.
    general: Mapping[str, Mapping[str, frozenset[str]]] = field(default_factory=dict, hash=False)
    #: Per language, phrases between a part and its whole ("30 of the 80"):
    #: compare_part_of.txt.
    part_of: Mapping[str, frozenset[str]] = field(default_factory=dict, hash=False)
    #: Who is who among speakers, in every pack's words (silang.compare.speakers).
    speakers: SpeakerLexicon = field(default_factory=SpeakerLexicon)
    #: Per language, noun endings folded onto a verb stem when one speaker's quotes are
    #: compared on their key terms ("deliberations", "deliberating"):
    #: quotes_derivations.tsv, role "noun".
    noun_endings: Mapping[str, tuple[str, ...]] = field(default_factory=dict, hash=False)
    #: Per language, the quotes stage's lexicon, whose speech cues read again the reported
    #: speech a few quoted words stand inside (silang.compare.quotes).
    quotes: Mapping[str, QuotesLexicon] = field(default_factory=dict, hash=False)
    #: Per language, the words that open a page stamp of a later change ("Last updated"):
    #: dates_stamps.tsv, kind "updated" (silang.compare.timeline).
    stamp_updates: Mapping[str, frozenset[str]] = field(default_factory=dict, hash=False)
    #: Per language, the words that open a page stamp of its writing ("Published", "Posted"):
    #: dates_stamps.tsv, kind "published".
    stamp_published: Mapping[str, frozenset[str]] = field(default_factory=dict, hash=False)


def load_glossary(codes: Iterable[str] = SUPPORTED) -> Glossary:
    """The glossary of the given language packs (read once per run, then passed down)."""
    codes = tuple(codes)
    lexicons = {code: load_stories_lexicon(code) for code in codes}
    return Glossary(
        lexicons=lexicons,
        number_words={code: dict(read_table(code, "link_numbers.tsv")) for code in codes},
        classifiers={
            code: frozenset(_of_role(code, "figures_words.tsv", "classifier")) for code in codes
        },
        person_classes=frozenset().union(*(_people(code) for code in codes)),
        person_cues={code: read_table(code, "compare_person_cues.tsv") for code in codes},
        counted={code: dict(read_table(code, "figures_counted.tsv")) for code in codes},
        roles={k: v for code in codes for k, v in read_table(code, "compare_person_roles.tsv")},
        measured={k: v for code in codes for k, v in read_table(code, "compare_measured.tsv")},
        head_last=frozenset(
            code for code in codes if read_lines(code, "compare_noun_phrase.txt") == ("last",)
        ),
        conjunctions={code: read_folded(code, "compare_conjunctions.txt") for code in codes},
        later_state={code: read_folded(code, "compare_later_state.txt") for code in codes},
        person_nouns={code: read_folded(code, "compare_person_nouns.txt") for code in codes},
        figures={code: load_figures_lexicon(code) for code in codes},
        scope_anaphors={code: read_folded(code, "compare_scope_anaphors.txt") for code in codes},
        general={code: _roles(read_table(code, "compare_general.tsv")) for code in codes},
        part_of={code: read_folded(code, "compare_part_of.txt") for code in codes},
        speakers=load_speaker_lexicon(codes, lexicons),
        noun_endings={code: _of_role(code, "quotes_derivations.tsv", "noun") for code in codes},
        quotes={code: load_quotes_lexicon(code) for code in codes},
        stamp_updates={code: _stamp_words(code, "updated") for code in codes},
        stamp_published={code: _stamp_words(code, "published") for code in codes},
    )


def _stamp_words(code: str, kind: str) -> frozenset[str]:
    """The words of one kind of page stamp (dates_stamps.tsv; a line may hold several)."""
    return frozenset(
        w.casefold() for line in _of_role(code, "dates_stamps.tsv", kind) for w in line.split()
    )


def _of_role(code: str, filename: str, role: str) -> tuple[str, ...]:
    """The values of ``role`` in a pack's role<TAB>value file, in file order."""
    return tuple(value for key, value in read_table(code, filename) if key == role)


def _roles(rows: Sequence[tuple[str, str]]) -> dict[str, frozenset[str]]:
    """role<TAB>word rows as role → words."""
    out: dict[str, set[str]] = {}
    for role, word in rows:
        out.setdefault(role, set()).add(word.casefold())
    return {role: frozenset(found) for role, found in out.items()}


def _people(code: str) -> frozenset[str]:
    """The classes listed under the "# people" heading of a pack's counted-things table."""
    path = resources.files("silang.lang").joinpath(code, "figures_counted.tsv")
    if not path.is_file():
        return frozenset()
    section, found = "", set()
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("#"):
            section = line.lstrip("# ").strip()
        elif "\t" in line and section == "people":
            found.add(line.split("\t")[1].strip())
    return frozenset(c for c in found if ":" not in c)


def article_counts(items: Sequence[Annotated], glossary: Glossary) -> Counter[str]:
    """In how many of ``items`` each key term stands: a story's own place or main actor stands
    in most of them, and so tells nothing about which of its figures or dates is which."""
    counts: Counter[str] = Counter()
    for item in items:
        counts.update(key_terms(item.article.text, item.article.language, glossary))
    return counts


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
