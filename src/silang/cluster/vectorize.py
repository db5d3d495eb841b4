"""New articles as unit tf-idf vectors, in placing order, with the sketch of document
frequencies brought up to date."""

from __future__ import annotations

from array import array
from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass, field

from silang.cluster.passages import passages
from silang.cluster.sketch import DEPTH, SlotCache, count, frequency, idf, unpack
from silang.cluster.state import ClusterParams, ClusterState
from silang.cluster.story import length, top_terms
from silang.cluster.terms import WordCache, article_terms, signature_terms
from silang.cluster.timing import day_number
from silang.cluster.titles import display_title
from silang.lang.stories import StoriesLexicon
from silang.model import Annotated

#: The lexicon of a language that has none: words are still compared, unstemmed.
PLAIN = StoriesLexicon()


@dataclass(frozen=True)
class Placed:
    """An article ready to be placed: its unit vector, day and title."""

    id: str
    day: int | None
    vector: dict[str, float]
    title: str
    headline: bool
    language: str = ""
    #: The terms of its vector that say who, where and when: names, entities, figures and
    #: dates (terms.signature_terms); only where asked for.
    signature: frozenset[str] = frozenset()
    #: Hashes of its runs of words (passages.passages), to find what it shares word for word
    #: with another; only where asked for, with the signature.
    passages: frozenset[int] = frozenset()


@dataclass
class Sketch:
    """The document-frequency sketch being updated by one run."""

    seed: int
    width: int
    counters: array[int]
    documents: int
    cache: SlotCache = field(default_factory=dict)

    @classmethod
    def of(cls, state: ClusterState) -> Sketch:
        counters = unpack(state.counters, DEPTH * state.width)
        return cls(state.seed, state.width, counters, state.documents)

    def add(self, terms: Collection[str]) -> None:
        count(self.counters, terms, self.seed, self.width, self.cache)
        self.documents += 1

    def idf(self, term: str) -> float:
        return idf(
            self.documents, frequency(self.counters, term, self.seed, self.width, self.cache)
        )


def placing_key(item: Annotated) -> tuple[bool, int, str, str, str]:
    """Undated first, then by day, then by id (then by content, for equal ids)."""
    article = item.article
    day = day_number(article.published)
    return (day is not None, day or 0, article.id, article.title or "", article.text)


def vectorize(
    items: Sequence[Annotated],
    known: Callable[[str], bool],
    lexicons: Mapping[str, StoriesLexicon],
    sketch: Sketch,
    params: ClusterParams,
    *,
    counting: bool = True,
    signatures: bool = False,
) -> list[Placed]:
    """The articles not ``known`` (one per id), counted into ``sketch`` (unless not
    ``counting``: they were counted before) and weighted by it once all are counted, in
    placing order; with their signatures and passages where ``signatures``."""
    fresh: dict[str, Annotated] = {}
    for item in sorted(items, key=placing_key):
        if not known(item.article.id):
            fresh.setdefault(item.article.id, item)
    caches: dict[str, WordCache] = {}
    counted: list[tuple[Annotated, dict[str, float]]] = []
    for item in fresh.values():
        language = item.article.language
        terms = article_terms(
            item,
            lexicons.get(language, PLAIN),
            caches.setdefault(language, {}),
            params.title_weight,
            params.name_weight,
        )
        if counting:
            sketch.add(terms)
        counted.append((item, terms))
    placed = []
    idfs: dict[str, float] = {}
    for item, terms in counted:
        weights = {}
        for term, tf in terms.items():
            weight = idfs.get(term)
            if weight is None:
                weight = idfs[term] = sketch.idf(term)
            weights[term] = tf * weight
        if len(weights) > params.article_terms:
            weights = dict(top_terms(weights, params.article_terms))
        norm = length(weights) or 1.0
        title, headline = display_title(item)
        language = item.article.language
        signature = (
            signature_terms(item, weights, lexicons.get(language, PLAIN), caches[language])
            if signatures
            else frozenset()
        )
        runs = (
            passages(f"{item.article.title or ''}\n{item.article.text}")
            if signatures
            else frozenset()
        )
        placed.append(
            Placed(
                id=item.article.id,
                day=day_number(item.article.published),
                vector={term: w / norm for term, w in weights.items()},
                title=title,
                headline=headline,
                language=language,
                signature=signature,
                passages=runs,
            )
        )
    return placed
