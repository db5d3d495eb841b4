"""New articles as unit tf-idf vectors, in placing order, with the sketch of document
frequencies brought up to date.

What a vector is made from before document frequencies weigh it (an article's term counts,
its signature and passages) does not change as the sketch does, and reading it off the text
is most of the cost; the story records re-vectorise every member of a story each time the
story grows, so a run keeps what it read (FeatureCache), passed in by the caller: no
module-level cache (DESIGN.md), so one caller's articles never outlive its run.
"""

from __future__ import annotations

from array import array
from collections import OrderedDict
from collections.abc import Callable, Collection, KeysView, Mapping, Sequence
from dataclasses import dataclass, field

from silang.cluster.passages import passages
from silang.cluster.sketch import DEPTH, SlotCache, count, frequency, idf, unpack
from silang.cluster.state import ClusterParams, ClusterState
from silang.cluster.story import length, top_terms
from silang.cluster.terms import WordCache, article_terms, named_years, signature_terms
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
    #: The years it names (terms.named_years), from which halves.py reads the latest; only
    #: where asked for, with the signature.
    years: frozenset[int] = frozenset()


@dataclass
class Sketch:
    """The document-frequency sketch being updated by one run."""

    seed: int
    width: int
    counters: array[int]
    documents: int
    cache: SlotCache = field(default_factory=dict)
    #: Each term's idf as the counters stand (emptied when they change).
    idfs: dict[str, float] = field(default_factory=dict)

    @classmethod
    def of(cls, state: ClusterState) -> Sketch:
        counters = unpack(state.counters, DEPTH * state.width)
        return cls(state.seed, state.width, counters, state.documents)

    def add(self, terms: Collection[str]) -> None:
        count(self.counters, terms, self.seed, self.width, self.cache)
        self.documents += 1
        if self.idfs:
            self.idfs.clear()

    def idfs_of(self, terms: KeysView[str]) -> dict[str, float]:
        """The idfs kept, holding those of ``terms`` (read in one pass: a lookup per term
        through idf() is a method call per term of every article vectorised)."""
        # set.difference walks the set, checking the dict; keys - keys would walk all idfs.
        for term in set(terms).difference(self.idfs):
            self.idf(term)
        return self.idfs

    def idf(self, term: str) -> float:
        found = self.idfs.get(term)
        if found is None:
            frequent = frequency(self.counters, term, self.seed, self.width, self.cache)
            found = self.idfs[term] = idf(self.documents, frequent)
        return found


@dataclass(eq=False)
class Features:
    """What an article's vector is made from, whatever the sketch: its term counts
    (terms.article_terms), and where asked for, the signature of all those terms, the
    hashes of its passages and the years it names. Kept for the very item, lexicon and
    weights it was read with."""

    item: Annotated
    lexicon: StoriesLexicon
    weights: tuple[float, float]
    terms: dict[str, float]
    signature: frozenset[str] | None = None
    #: Passage hashes, packed as 8 bytes each (a frozenset of ints holds several times that).
    passages: array[int] | None = None
    years: frozenset[int] | None = None

    def matches(self, item: Annotated, lexicon: StoriesLexicon, params: ClusterParams) -> bool:
        """Whether these are the features of ``item`` as read with ``lexicon`` and ``params``."""
        return (
            self.lexicon is lexicon
            and self.weights == (params.title_weight, params.name_weight)
            and (self.item is item or self.item == item)
        )


#: Articles whose features a FeatureCache keeps by default. On the 1M-article bench pool
#: (bench/cluster.py) streamed in chunks of 1,000, the records re-vectorise some 3,800
#: articles a chunk at 5,000 articles (the members of the stories the chunk grew), nearly all
#: read in the last few chunks; the bound leaves room for bigger stories further on.
FEATURES_KEPT = 30_000


class FeatureCache:
    """The features of the ``size`` articles vectorised most recently, by id, and the word
    caches they were read with (one per lexicon)."""

    def __init__(self, size: int = FEATURES_KEPT) -> None:
        self.size = size
        self.entries: OrderedDict[str, Features] = OrderedDict()
        self.words: dict[int, tuple[StoriesLexicon, WordCache]] = {}

    def word_cache(self, lexicon: StoriesLexicon) -> WordCache:
        """The word cache of ``lexicon`` (token terms depend on nothing else)."""
        held = self.words.get(id(lexicon))
        if held is None or held[0] is not lexicon:
            held = self.words[id(lexicon)] = (lexicon, {})
        return held[1]

    def features(self, item: Annotated, lexicon: StoriesLexicon, params: ClusterParams) -> Features:
        """``item``'s features, read now unless kept."""
        article_id = item.article.id
        found = self.entries.get(article_id)
        if found is not None and found.matches(item, lexicon, params):
            self.entries.move_to_end(article_id)
            return found
        terms = article_terms(
            item, lexicon, self.word_cache(lexicon), params.title_weight, params.name_weight
        )
        found = Features(item, lexicon, (params.title_weight, params.name_weight), terms)
        if self.size > 0:
            self.entries[article_id] = found
            self.entries.move_to_end(article_id)
            while len(self.entries) > self.size:
                self.entries.popitem(last=False)
        return found

    def signature(self, features: Features, weights: Collection[str]) -> frozenset[str]:
        """The signature terms among ``weights`` (a subset of the article's terms):
        terms.signature_terms judges each term on its own, so it is read once over all."""
        if features.signature is None:
            features.signature = signature_terms(
                features.item, features.terms, features.lexicon, self.word_cache(features.lexicon)
            )
        if len(weights) == len(features.terms):
            return features.signature
        return features.signature.intersection(weights)

    def passages(self, features: Features) -> frozenset[int]:
        """The hashes of the article's passages (passages.passages of title and text)."""
        if features.passages is None:
            article = features.item.article
            features.passages = array("q", passages(f"{article.title or ''}\n{article.text}"))
        return frozenset(features.passages)

    def years(self, features: Features) -> frozenset[int]:
        """The years the article names (terms.named_years)."""
        if features.years is None:
            features.years = named_years(features.item)
        return features.years


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
    cache: FeatureCache | None = None,
) -> list[Placed]:
    """The articles not ``known`` (one per id), counted into ``sketch`` (unless not
    ``counting``: they were counted before) and weighted by it once all are counted, in
    placing order; with their signatures and passages where ``signatures``. Their features
    come from ``cache`` where it holds them (none kept without one)."""
    kept = FeatureCache(0) if cache is None else cache
    fresh: dict[str, Annotated] = {}
    for item in sorted(items, key=placing_key):
        if not known(item.article.id):
            fresh.setdefault(item.article.id, item)
    counted: list[Features] = []
    for item in fresh.values():
        features = kept.features(item, lexicons.get(item.article.language, PLAIN), params)
        if counting:
            sketch.add(features.terms)
        counted.append(features)
    return [_placed(features, sketch, params, kept, signatures) for features in counted]


def _placed(
    features: Features, sketch: Sketch, params: ClusterParams, cache: FeatureCache, full: bool
) -> Placed:
    """The article weighted by the sketch: its unit vector of the ``article_terms`` most
    weighty terms, with its signature and passages where ``full``."""
    idfs = sketch.idfs_of(features.terms.keys())
    weights = {term: tf * idfs[term] for term, tf in features.terms.items()}
    if len(weights) > params.article_terms:
        weights = dict(top_terms(weights, params.article_terms))
    norm = length(weights) or 1.0
    item = features.item
    title, headline = display_title(item)
    return Placed(
        id=item.article.id,
        day=day_number(item.article.published),
        vector={term: w / norm for term, w in weights.items()},
        title=title,
        headline=headline,
        language=item.article.language,
        signature=cache.signature(features, weights) if full else frozenset(),
        passages=cache.passages(features) if full else frozenset(),
        years=cache.years(features) if full else frozenset(),
    )
