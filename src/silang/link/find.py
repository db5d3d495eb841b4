"""find_links: candidate search, verification by alignment, relation and direction."""

from __future__ import annotations

import gc
import multiprocessing
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from heapq import heappop, heappush
from itertools import pairwise
from typing import Any, TypeVar

import numpy as np

from silang.lang.derivations import DerivationLexicon
from silang.lang.figures import FiguresLexicon, load_figures_lexicon
from silang.lang.files import read_lines
from silang.link.classify import (
    Thresholds,
    Verdict,
    across_languages,
    same_language,
    shared_quotes,
)
from silang.link.compiled import direct_compilations
from silang.link.direction import original
from silang.link.features import Features, Quote, build_features
from silang.link.lsh import Pairs
from silang.link.minhash import HashFn, seeded_hash
from silang.link.outlets import newsroom_brands
from silang.link.search import Candidates, SearchSettings, SignatureBank, Signed
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
    """The link between two articles, or None when they are not related. An article dated
    from its text is dated by its features' ``span`` (``direction.inferred_span``)."""
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
            reports=(a.own_reports, b.own_reports),
            canonical=a.lexicon.canonical if a.language == b.language else None,
            spans=(a.span, b.span),
        )
    first, second = (b, a) if source == b.id else (a, b)
    evidence = verdict.evidence
    if first is b:
        evidence = tuple(e.swapped() for e in evidence)
    return Link(first.id, second.id, verdict.relation, verdict.score, source, evidence)


def known_newsrooms(lexicons: Mapping[str, DerivationLexicon]) -> frozenset[str]:
    """Brands of the outlets the language packs know (``lang/<code>/outlets.txt``)."""
    return newsroom_brands(name for code in lexicons for name in read_lines(code, "outlets.txt"))


#: Articles whose features are built at once while signing (bounds the memory of a run to
#: about a chunk's features plus every article's signatures).
CHUNK = 2048
#: Features kept for verification at once.
CACHE = 4096


class _FeatureCache:
    """Features of articles by index for a known sequence of lookups, rebuilt when they have
    been dropped. Since the whole sequence is known, the one dropped is the one next needed
    last (Belady's rule: the fewest rebuilds any cache of this size can make). Least
    recently used rebuilt 5,532 features for 14,850 lookups on the 30,000-article pool
    corpus of bench/link.py, and more the larger the corpus, since a pair's second article
    is anywhere in it. ``figures``: the languages' figures lexicons, for each article's
    ``Features.span``."""

    def __init__(
        self,
        items: Sequence[Annotated],
        normalisers: Mapping[str, Normaliser],
        limit: int,
        lookups: Sequence[int],
        figures: Mapping[str, FiguresLexicon] | None = None,
    ) -> None:
        self._items = items
        self._normalisers = normalisers
        self._figures = figures or {}
        self._limit = limit
        self._lookups = lookups
        self._next = _next_uses(lookups)
        self._at = 0
        self._kept: dict[int, Features] = {}
        #: (minus the next lookup, index); stale entries are skipped when popped.
        self._heap: list[tuple[int, int]] = []
        self._due: dict[int, int] = {}
        self.built = 0

    def next(self) -> Features:
        """The features of the next article in the sequence of lookups."""
        at, index = self._at, self._lookups[self._at]
        self._at += 1
        found = self._kept.get(index)
        if found is None:
            item = self._items[index]
            language = item.article.language
            found = build_features(item, self._normalisers[language], self._figures.get(language))
            self.built += 1
        due = self._next[at]
        if due == _NEVER:
            self._kept.pop(index, None)
            self._due.pop(index, None)
            return found
        self._kept[index] = found
        self._due[index] = due
        heappush(self._heap, (-due, index))
        while len(self._kept) > self._limit:
            minus_due, dropped = heappop(self._heap)
            if self._due.get(dropped) == -minus_due:
                del self._kept[dropped], self._due[dropped]
        return found


_NEVER = 1 << 62


def _next_uses(lookups: Sequence[int]) -> list[int]:
    """For each lookup, the position of the next lookup of the same article (``_NEVER``)."""
    out = [_NEVER] * len(lookups)
    seen: dict[int, int] = {}
    for at in range(len(lookups) - 1, -1, -1):
        out[at] = seen.get(lookups[at], _NEVER)
        seen[lookups[at]] = at
    return out


@dataclass(frozen=True)
class LinkPlan:
    """What find_links verifies: the articles taken part and the candidate pairs by route."""

    ordered: Sequence[Annotated]
    #: Each article's quotes (a pair found by a shared quote alone is checked on these).
    quotes: Sequence[tuple[Quote, ...]]
    #: Pairs aligned in full, in order of their first article.
    aligned: Pairs
    #: Pairs whose quotes alone are compared.
    quoted: Pairs


def find_links(
    items: Sequence[Annotated],
    lexicons: Mapping[str, DerivationLexicon],
    *,
    seed: int = 1,
    hash_fn: HashFn | None = None,
    settings: SearchSettings | None = None,
    thresholds: Thresholds | None = None,
    workers: int = 1,
) -> tuple[Link, ...]:
    """Every derivation between the articles: candidates from LSH, each verified by sentence
    alignment, except pairs found only by a shared quote whose texts are far apart
    (``Thresholds.quote_only_text``): those can only share a quote, so their quotes alone
    are compared. Articles in a language without a lexicon take no part. The result does
    not depend on the order of ``items`` (a repeated id counts once) nor on ``workers``
    (processes that sign and verify in parallel, forked: POSIX only), and is sorted by
    (a, b).

    Features are built a chunk at a time for signing and again, through a bounded cache,
    for verifying: memory grows with the signatures, the quotes and the links, not with all
    features.
    """
    thresholds = thresholds or Thresholds()
    plan = plan_links(
        items,
        lexicons,
        seed=seed,
        hash_fn=hash_fn,
        settings=settings,
        thresholds=thresholds,
        workers=workers,
    )
    return verify_plan(plan, lexicons, thresholds, workers=workers)


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Python's cycle collector paused for a stage: each of its full passes walks every live
    object, the caller's articles included, and building features allocates enough to set
    off many. On the 30,000-article stories corpus of bench/link.py full passes took 12.8 s
    of a 56.7 s run (timed with gc.callbacks); paused, the run took 46.0 s, peak RSS 496 MB.
    Features hold no reference cycles (tests/link/test_link_scale_gc.py), so nothing is
    left waiting for the collector."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def plan_links(
    items: Sequence[Annotated],
    lexicons: Mapping[str, DerivationLexicon],
    *,
    seed: int = 1,
    hash_fn: HashFn | None = None,
    settings: SearchSettings | None = None,
    thresholds: Thresholds | None = None,
    workers: int = 1,
) -> LinkPlan:
    """find_links' first stage: the articles signed and their candidate pairs routed."""
    with _collector_paused():
        return _plan(items, lexicons, seed, hash_fn, settings, thresholds, workers)


def _plan(
    items: Sequence[Annotated],
    lexicons: Mapping[str, DerivationLexicon],
    seed: int,
    hash_fn: HashFn | None,
    settings: SearchSettings | None,
    thresholds: Thresholds | None,
    workers: int,
) -> LinkPlan:
    unique = {item.article.id: item for item in reversed(items)}
    ordered = [unique[key] for key in sorted(unique) if unique[key].article.language in lexicons]
    del unique
    multilingual = len({item.article.language for item in ordered}) > 1
    bank = SignatureBank(
        settings or SearchSettings(), seed, hash_fn or seeded_hash(seed), multilingual
    )
    # Quotes are all a pair found by a shared quote alone is checked on: kept for every
    # article (a few words each), unlike the features.
    quotes: list[tuple[Quote, ...]] = []
    state = {"ordered": ordered, "normalisers": _normalisers(lexicons), "bank": bank}
    for signed, chunk_quotes in _map(_sign_chunk, range(0, len(ordered), CHUNK), workers, state):
        bank.extend(signed)
        quotes.extend(chunk_quotes)
    candidates = bank.candidates()
    del bank
    aligned, quoted = _route(candidates, ordered, thresholds or Thresholds())
    return LinkPlan(ordered, quotes, aligned, quoted)


def verify_plan(
    plan: LinkPlan,
    lexicons: Mapping[str, DerivationLexicon],
    thresholds: Thresholds,
    *,
    workers: int = 1,
) -> tuple[Link, ...]:
    """find_links' second stage: each candidate pair verified, the links sorted by (a, b)."""
    with _collector_paused():
        return _verify(plan, lexicons, thresholds, workers)


def _verify(
    plan: LinkPlan, lexicons: Mapping[str, DerivationLexicon], thresholds: Thresholds, workers: int
) -> tuple[Link, ...]:
    ordered, quotes = plan.ordered, plan.quotes
    # Contiguous blocks keep each block's pairs in order of their first article; more blocks
    # than workers even out their costs.
    blocks = 1 if workers <= 1 else workers * 4
    bounds = np.linspace(0, len(plan.aligned), blocks + 1).astype(int).tolist()
    state = {
        "plan": plan,
        "lexicons": lexicons,
        "thresholds": thresholds,
        "normalisers": _normalisers(lexicons),
        "newsrooms": known_newsrooms(lexicons),
        "figures": {code: load_figures_lexicon(code) for code in lexicons},
    }
    links = [
        link
        for found in _map(_verify_block, list(pairwise(bounds)), workers, state)
        for link in found
    ]
    for i, j in plan.quoted.tolist():
        evidence = shared_quotes(quotes[i], quotes[j], thresholds)
        if evidence:
            score = max(e.score for e in evidence)
            a, b = ordered[i].article.id, ordered[j].article.id
            links.append(Link(a, b, "shares-quote", score, None, tuple(evidence)))
    # A page pasted together from two unlinked pages, undirected, would join them into one
    # origin: its links are directed to name both as its sources (link/compiled.py).
    lengths = {item.article.id: len(item.article.text) for item in ordered}
    links = direct_compilations(links, lengths)
    return tuple(sorted(links, key=lambda link: (link.a, link.b)))


def _normalisers(lexicons: Mapping[str, DerivationLexicon]) -> dict[str, Normaliser]:
    return {code: Normaliser(lexicon) for code, lexicon in lexicons.items()}


#: What a stage's jobs read: set around each _map and inherited by forked workers (neither
#: the items nor the hash function are pickled).
_STATE: dict[str, Any] = {}
_Job = TypeVar("_Job")
_Result = TypeVar("_Result")


def _map(
    task: Callable[[_Job], _Result], jobs: Sequence[_Job], workers: int, state: dict[str, Any]
) -> list[_Result]:
    """``task`` over ``jobs``, in order, in ``workers`` forked processes (here when 1)."""
    _STATE.update(state)
    try:
        if workers <= 1 or len(jobs) <= 1:
            return [task(job) for job in jobs]
        with multiprocessing.get_context("fork").Pool(min(workers, len(jobs))) as pool:
            return pool.map(task, jobs, chunksize=1)
    finally:
        _STATE.clear()


def _sign_chunk(start: int) -> tuple[Signed, list[tuple[Quote, ...]]]:
    ordered, normalisers, parent = _STATE["ordered"], _STATE["normalisers"], _STATE["bank"]
    bank = SignatureBank(parent.settings, parent.seed, parent.hash_fn, parent.multilingual)
    chunk = [
        build_features(item, normalisers[item.article.language])
        for item in ordered[start : start + CHUNK]
    ]
    bank.add(chunk)
    return bank.signed(), [f.quotes for f in chunk]


def _verify_block(bounds: tuple[int, int]) -> list[Link]:
    plan, lexicons, thresholds = _STATE["plan"], _STATE["lexicons"], _STATE["thresholds"]
    newsrooms, figures = _STATE["newsrooms"], _STATE["figures"]
    pairs = plan.aligned[bounds[0] : bounds[1]]
    features = _FeatureCache(
        plan.ordered, _STATE["normalisers"], CACHE, pairs.ravel().tolist(), figures
    )
    links = []
    for _ in range(len(pairs)):
        link = verify(features.next(), features.next(), lexicons, thresholds, newsrooms)
        if link is not None:
            links.append(link)
    return links


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
