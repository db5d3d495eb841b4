"""find_links: candidate search, verification by alignment, relation and direction."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from silang.lang.derivations import DerivationLexicon
from silang.link.classify import Thresholds, Verdict, across_languages, same_language
from silang.link.direction import original
from silang.link.features import Features, build_features
from silang.link.minhash import HashFn, seeded_hash
from silang.link.search import SearchSettings, find_candidates
from silang.link.spin import spin_score
from silang.link.text import Normaliser
from silang.model import Annotated, Link


def verify(
    a: Features,
    b: Features,
    lexicons: Mapping[str, DerivationLexicon],
    thresholds: Thresholds,
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
            a.item.article, b.item.article, spin_a=spin_a, spin_b=spin_b, cut=verdict.cut
        )
    first, second = (b, a) if source == b.id else (a, b)
    evidence = verdict.evidence
    if first is b:
        evidence = tuple(
            type(e)(e.kind, e.b_start, e.b_end, e.a_start, e.a_end, e.score, e.note)
            for e in evidence
        )
    return Link(first.id, second.id, verdict.relation, verdict.score, source, evidence)


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
    alignment. Articles in a language without a lexicon take no part. The result does not
    depend on the order of ``items`` (a repeated id counts once) and is sorted by (a, b)."""
    unique = {item.article.id: item for item in reversed(items)}
    ordered = [unique[key] for key in sorted(unique) if unique[key].article.language in lexicons]
    normalisers = {code: Normaliser(lexicon) for code, lexicon in lexicons.items()}
    features = [build_features(item, normalisers[item.article.language]) for item in ordered]
    pairs = find_candidates(
        features, settings or SearchSettings(), seed, hash_fn or seeded_hash(seed)
    )
    thresholds = thresholds or Thresholds()
    links = []
    for i, j in pairs.tolist():
        link = verify(features[i], features[j], lexicons, thresholds)
        if link is not None:
            links.append(link)
    return tuple(sorted(links, key=lambda link: (link.a, link.b)))
