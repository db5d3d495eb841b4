"""find_links: candidate search, verification by alignment, relation and direction."""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Mapping, Sequence

import numpy as np

from silang.lang.derivations import DerivationLexicon
from silang.lang.files import read_lines
from silang.link.classify import (
    Thresholds,
    Verdict,
    across_languages,
    same_language,
    shared_quotes,
)
from silang.link.direction import newsroom_brands, original
from silang.link.features import Features, Quote, build_features
from silang.link.lsh import Pairs
from silang.link.minhash import HashFn, seeded_hash
from silang.link.search import Candidates, SearchSettings, SignatureBank
from silang.link.spin import spin_score
from silang.link.text import Normaliser
from silang.model import Annotated, Link


def verify(
    a: Features,
    b: Features,
    lexicons: Mapping[str, DerivationLexicon],
    thresholds: Thresholds,
    newsrooms: frozenset[str] = frozenset(),
) -> Link | None:
    """The link between two articles, or None when they are not related."""
    verdict: Verdict | None
    if a.language == b.language:
        verdict = same_language(a, b, lexicons[a.language], thresholds)
    else:
        verdict = across_languages(a, b, thresholds)
    if verdict is None:
        return None
    source: str | None = None
    if verdict.relation not in ("duplicate", "shares-quote"):
        spin_a = spin_b = 0.0
        if verdict.relation == "spin":
            # The swapped words themselves say which side is spun; the whole-article score
            # only where they are even.
            spin_a, spin_b = float(verdict.spun < 0), float(verdict.spun > 0)
            if not verdict.spun:
                spin_a = spin_score(a.item, lexicons[a.language])
                spin_b = spin_score(b.item, lexicons[b.language])
        source = original(
            a.item.article,
            b.item.article,
            spin_a=spin_a,
            spin_b=spin_b,
            cut=verdict.cut,
            newsrooms=newsrooms,
        )
    first, second = (b, a) if source == b.id else (a, b)
    evidence = verdict.evidence
    if first is b:
        evidence = tuple(
            type(e)(e.kind, e.b_start, e.b_end, e.a_start, e.a_end, e.score, e.note)
            for e in evidence
        )
    return Link(first.id, second.id, verdict.relation, verdict.score, source, evidence)


def known_newsrooms(lexicons: Mapping[str, DerivationLexicon]) -> frozenset[str]:
    """Brands of the outlets the language packs know (``lang/<code>/outlets.txt``)."""
    return newsroom_brands(name for code in lexicons for name in read_lines(code, "outlets.txt"))


#: Articles whose features are built at once while signing (bounds the memory of a run to
#: about a chunk's features plus every article's signatures).
CHUNK = 2048
#: Features kept for verification, most recently used first: candidate pairs are taken in
#: order of their first article, so that one's features are reused across its pairs.
CACHE = 4096


class _FeatureCache:
    """Features of articles by index, rebuilt when they have been dropped."""

    def __init__(
        self, items: Sequence[Annotated], normalisers: Mapping[str, Normaliser], limit: int
    ) -> None:
        self._items = items
        self._normalisers = normalisers
        self._limit = limit
        self._kept: OrderedDict[int, Features] = OrderedDict()

    def __getitem__(self, index: int) -> Features:
        found = self._kept.get(index)
        if found is None:
            item = self._items[index]
            found = build_features(item, self._normalisers[item.article.language])
            self._kept[index] = found
            if len(self._kept) > self._limit:
                self._kept.popitem(last=False)
        else:
            self._kept.move_to_end(index)
        return found


def find_links(
    items: Sequence[Annotated],
    lexicons: Mapping[str, DerivationLexicon],
    *,
    seed: int = 1,
    hash_fn: HashFn | None = None,
    settings: SearchSettings | None = None,
    thresholds: Thresholds | None = None,
) -> tuple[Link, ...]:
    """Every derivation between the articles: candidates from LSH, each verified by sentence
    alignment, except pairs found only by a shared quote whose texts are far apart
    (``Thresholds.quote_only_text``): those can only share a quote, so their quotes alone
    are compared. Articles in a language without a lexicon take no part. The result does
    not depend on the order of ``items`` (a repeated id counts once) and is sorted by (a, b).

    Features are built a chunk at a time for signing and again, through a bounded cache,
    for verifying: memory grows with the signatures, the quotes and the links, not with all
    features.
    """
    unique = {item.article.id: item for item in reversed(items)}
    ordered = [unique[key] for key in sorted(unique) if unique[key].article.language in lexicons]
    del unique
    normalisers = {code: Normaliser(lexicon) for code, lexicon in lexicons.items()}
    multilingual = len({item.article.language for item in ordered}) > 1
    bank = SignatureBank(
        settings or SearchSettings(), seed, hash_fn or seeded_hash(seed), multilingual
    )
    # Quotes are all a pair found by a shared quote alone is checked on: kept for every
    # article (a few words each), unlike the features.
    quotes: list[tuple[Quote, ...]] = []
    for start in range(0, len(ordered), CHUNK):
        chunk = [
            build_features(item, normalisers[item.article.language])
            for item in ordered[start : start + CHUNK]
        ]
        bank.add(chunk)
        quotes.extend(f.quotes for f in chunk)
    candidates = bank.candidates()
    del bank
    thresholds = thresholds or Thresholds()
    aligned, quoted = _route(candidates, ordered, thresholds)
    newsrooms = known_newsrooms(lexicons)
    features = _FeatureCache(ordered, normalisers, CACHE)
    links = []
    for i, j in aligned.tolist():
        link = verify(features[i], features[j], lexicons, thresholds, newsrooms)
        if link is not None:
            links.append(link)
    for i, j in quoted.tolist():
        evidence = shared_quotes(quotes[i], quotes[j], thresholds)
        if evidence:
            score = max(e.score for e in evidence)
            a, b = ordered[i].article.id, ordered[j].article.id
            links.append(Link(a, b, "shares-quote", score, None, tuple(evidence)))
    return tuple(sorted(links, key=lambda link: (link.a, link.b)))


def _route(
    candidates: Candidates, ordered: Sequence[Annotated], thresholds: Thresholds
) -> tuple[Pairs, Pairs]:
    """The pairs to align in full and those to check by their quotes alone: a pair found
    only by a shared quote whose texts are too far apart for anything but shares-quote.
    Pairs in two languages are aligned in full (their quotes are compared by names and
    numbers, which need the features)."""
    quoted = candidates.quoted
    languages = np.array([item.article.language for item in ordered], dtype=object)
    full = candidates.quoted_text >= thresholds.quote_only_text
    if quoted.size:
        full |= languages[quoted[:, 0]] != languages[quoted[:, 1]]
    aligned = np.concatenate((candidates.aligned, quoted[full]))
    # In order of the first article, so that its features are reused across its pairs.
    return aligned[np.lexsort((aligned[:, 1], aligned[:, 0]))], quoted[~full]
