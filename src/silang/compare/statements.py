"""Statements of a story: sentences whose content two or more independent origins report (the
consensus facts), and checkable sentences that only one origin reports.

Two sentences say the same thing when their words mostly agree (a copy, a light rewrite, one
sentence holding the other) or, in any language pair, when they share enough of the names,
numbers and concepts that the glossary carries across languages. Copies of one original count
once: each statement cites one sentence per origin.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from rapidfuzz import fuzz

from silang.compare.glossary import Glossary, key_terms, load_glossary, neutral
from silang.compare.summary import MIN_CHARS, SAME_SENTENCE
from silang.compare.text import words
from silang.model import Annotated, Mention, Statement

#: Across reworded or translated sentences, the informative names, numbers and concepts two of
#: them must share (a number of three or more digits counts twice). Checked by hand on
#: examples/banjir-lembah-sari: the Pacific Wire sentences and their Indonesian translation
#: share 3-6, unrelated sentences of the story at most 2.
SHARED_TERMS = 3
#: A term found in more than this share of a story's sentences (the district's name, "banjir")
#: tells no fact from another.
COMMON_SHARE = 0.2
#: What makes a sentence checkable, in the order the brief lists lone statements.
CHECKABLE = ("figure", "quote", "actor")


@dataclass(frozen=True)
class _Sentence:
    article_id: str
    origin: str
    start: int
    end: int
    text: str
    #: Position of the sentence in its article (news puts the essentials first).
    rank: int
    language: str | None
    terms: frozenset[str]
    checkable: tuple[str, ...]


def _checkable(item: Annotated, start: int, end: int) -> tuple[str, ...]:
    """What can be checked in a sentence: a figure, a quotation, a named person or body."""
    found = {
        "figure": any(start <= q.start < end for q in item.quantities),
        "quote": any(q.start < end and start < q.end for q in item.quotes),
        "actor": any(
            start <= e.start < end and e.kind in ("person", "organisation") for e in item.entities
        ),
    }
    return tuple(kind for kind in CHECKABLE if found[kind])


def _figure_terms(item: Annotated, start: int, end: int) -> frozenset[str]:
    """The sentence's figures as value and what they count ("%14:day" for "14 hari" and
    "14-day", "%14:person:dead" for "Empat belas jenazah" and "Fourteen bodies"): the same
    in any language, and specific enough to pin a fact down."""
    inside = [q for q in item.quantities if start <= q.start < end]
    counted = {
        f"%{q.value:g}:{q.unit or q.counted_class}" for q in inside if q.unit or q.counted_class
    }
    # Every figure also as its normalised value ("#23000" for "23 ribu jiwa" and "23 thousand
    # souls"), which the digits as written ("23") do not give across languages. A vague one
    # ("puluhan", read as 20) is no figure to agree or differ on.
    exact = {"#" + _plain(q.value) for q in inside if q.qualifier != "vague"}
    return frozenset(counted | exact)


def _plain(value: float) -> str:
    """A value as number terms write it: "23000", "1.5" (never "2.3e+04")."""
    return str(int(value)) if float(value).is_integer() else repr(float(value))


def _sentences(
    items: Sequence[Annotated], origin: Mapping[str, str], glossary: Glossary
) -> list[_Sentence]:
    found = []
    for item in items:
        article = item.article
        for rank, span in enumerate(item.sentences):
            raw = article.text[span.start : span.end]
            text = raw.strip()
            if len(text) < MIN_CHARS:
                continue
            start = span.start + (len(raw) - len(raw.lstrip()))
            found.append(
                _Sentence(
                    article_id=article.id,
                    origin=origin.get(article.id, article.id),
                    start=start,
                    end=start + len(text),
                    text=text,
                    rank=rank,
                    language=article.language,
                    terms=key_terms(text, article.language, glossary)
                    | _figure_terms(item, span.start, span.end),
                    checkable=_checkable(item, span.start, span.end),
                )
            )
    return found


def _number(term: str) -> str | None:
    """The digits of a number term ("#2300"); None for other terms, day terms ("##d3")
    included."""
    return term[1:] if term.startswith("#") and term[1:2].isdigit() else None


def _weight(shared: frozenset[str]) -> int:
    """Shared terms, a number of three or more digits counting twice."""
    return len(shared) + sum(len((_number(t) or "").split(".", 1)[0]) >= 3 for t in shared)


def _pins_a_fact(shared: frozenset[str]) -> bool:
    """Names and concepts alone recur across the facts of one story ("Batu Ampar", "longsor");
    a shared figure of three digits or more, or two shared figures, pin one fact down ("dua"
    alone is in too many sentences)."""
    if any(t.startswith("%") for t in shared):
        return True  # a figure with what it counts
    figures = [n for t in shared if (n := _number(t)) is not None]
    return len(figures) >= 2 or any(len(n.split(".", 1)[0]) >= 3 for n in figures)


def _alike(sentences: Sequence[_Sentence]) -> set[tuple[int, int]]:
    """Pairs (i, j), i > j, of sentences of one language in different articles whose words
    mostly agree. Only pairs sharing two words rarer than the story's article count are
    scored: a copy shares many, and scoring every pair takes seconds (the 50 articles of
    Pratiwi topic 1, 1,184 sentences: 6.4 s for all pairs, 0.74 s for the whole of
    ``statements`` this way)."""
    plain = [words(s.text) for s in sentences]
    tokens = [set(p.split()) for p in plain]
    frequency = Counter(t for found in tokens for t in found)
    limit = len({s.article_id for s in sentences}) + 1
    postings: dict[str, list[int]] = {}
    pairs = set()
    for i, sentence in enumerate(sentences):
        rare = [t for t in tokens[i] if frequency[t] <= limit]
        shared = Counter(j for t in rare for j in postings.get(t, ()))
        for j, count in shared.items():
            other = sentences[j]
            if (
                count >= 2
                and other.article_id != sentence.article_id
                and other.language == sentence.language
                and fuzz.token_set_ratio(plain[i], plain[j], score_cutoff=SAME_SENTENCE)
            ):
                pairs.add((i, j))
        for t in rare:
            postings.setdefault(t, []).append(i)
    return pairs


def _group(sentences: Sequence[_Sentence]) -> list[list[_Sentence]]:
    """Sentences grouped with the first sentence (the seed) of another article they say the
    same as. Comparing with the seed alone keeps a chain of sentences that each share a little
    with the next from gathering unrelated facts."""
    comparable = [neutral(s.terms) | {t for t in s.terms if t.startswith("%")} for s in sentences]
    counts = Counter(t for terms in comparable for t in terms)
    limit = max(2.0, COMMON_SHARE * len(sentences))
    informative = [frozenset(t for t in terms if counts[t] <= limit) for terms in comparable]
    alike = _alike(sentences)

    figures = [frozenset(n for t in s.terms if (n := _number(t)) is not None) for s in sentences]

    def same(i: int, seed: int) -> bool:
        mine, theirs = figures[i], figures[seed]
        if mine and theirs and not (mine <= theirs or theirs <= mine):
            # "2300 warga mengungsi" against "9000 warga mengungsi": a disputed figure, which
            # the figures table shows, not a fact both confirm.
            return False
        if (max(i, seed), min(i, seed)) in alike:
            return True
        shared = informative[i] & informative[seed]
        return _weight(shared) >= SHARED_TERMS and _pins_a_fact(shared)

    # Only seeds that share a term with a sentence, or whose words it mostly repeats, can
    # take it: an index over both keeps a story of a thousand sentences from comparing every
    # pair in Python.
    neighbours: dict[int, set[int]] = {}
    for i, j in alike:
        neighbours.setdefault(i, set()).add(j)
    seeds_with: dict[str, list[int]] = {}
    members: dict[int, list[int]] = {}
    articles: dict[int, set[str]] = {}
    for i, sentence in enumerate(sentences):
        candidates = set(neighbours.get(i, ())) & members.keys()
        for term in informative[i]:
            candidates.update(seeds_with.get(term, ()))
        home = next(
            (
                seed
                for seed in sorted(candidates)
                if sentence.article_id not in articles[seed] and same(i, seed)
            ),
            None,
        )
        if home is None:
            members[i] = [i]
            articles[i] = {sentence.article_id}
            for term in informative[i]:
                seeds_with.setdefault(term, []).append(i)
        else:
            members[home].append(i)
            articles[home].add(sentence.article_id)
    return [[sentences[m] for m in group] for group in members.values()]


def _statement(members: Sequence[_Sentence], originals: frozenset[str]) -> Statement:
    """One sentence per origin: its original's when the original says it, else the first."""
    cited: dict[str, _Sentence] = {}
    for member in members:
        kept = cited.get(member.origin)
        if kept is None or (member.article_id in originals and kept.article_id not in originals):
            cited[member.origin] = member
    sizes = Counter(m.origin for m in members)
    ordered = sorted(cited.values(), key=lambda m: (-sizes[m.origin], m.rank))
    checkable = {kind for m in members for kind in m.checkable}
    return Statement(
        text=ordered[0].text,
        mentions=tuple(Mention(m.article_id, m.start, m.end, m.text) for m in ordered),
        origins=len(cited),
        checkable=tuple(kind for kind in CHECKABLE if kind in checkable),
    )


def statements(
    items: Sequence[Annotated], origin: Mapping[str, str], glossary: Glossary | None = None
) -> tuple[tuple[Statement, ...], tuple[Statement, ...]]:
    """(consensus, lone): the statements two or more origins report, most backed first; and
    the checkable ones only one origin reports, figures first. A story told by one origin has
    no lone statements: everything in it is one origin's word, which the brief says already."""
    glossary = glossary or load_glossary()
    sentences = _sentences(items, origin, glossary)
    originals = frozenset(origin.values())
    consensus: list[tuple[tuple[int, int], Statement]] = []
    lone: list[tuple[tuple[int, int], Statement]] = []
    several = len({s.origin for s in sentences}) > 1
    for members in _group(sentences):
        statement = _statement(members, originals)
        first = min(m.rank for m in members)
        if statement.origins > 1:
            consensus.append(((-statement.origins, first), statement))
        elif several and statement.checkable:
            lone.append(((CHECKABLE.index(statement.checkable[0]), first), statement))
    consensus.sort(key=lambda pair: pair[0])
    lone.sort(key=lambda pair: pair[0])
    return tuple(s for _, s in consensus), tuple(s for _, s in lone)
