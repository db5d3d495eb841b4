"""Figures copied with their sentences: two articles that are not copies of each other can
still carry one outside source's passage ("per 100 gram ... 18 gram protein", lifted from a
health site by two outlets). Their shared figures then have one origin, not two."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from itertools import combinations

from rapidfuzz import fuzz

from silang.compare.figures import Figure
from silang.compare.text import words
from silang.disjoint import DisjointSets

#: fuzz.ratio of the words of two figure sentences at or above which one is the other's copy.
#: On the Pratiwi dev stories the sentences two outlets took from alodokter.com score 74.6 and
#: 85, and Republika's paragraph copied by the topic-5 hoax pieces 93; sentences of independent
#: reports of one figure score 70 or less (most below 60). The bar sits between.
COPIED_SENTENCE = 72.0
#: A pair of articles shares a passage when at least this many of their figure sentences are
#: copies: one alike sentence ("menggelar razia di 14 kecamatan") happens between independent
#: reports; a run of them is a copied passage.
COPIED_SENTENCES = 2


def passage_origins(
    figures: Sequence[Figure], texts: Mapping[str, str], origin: Mapping[str, str]
) -> dict[str, str]:
    """Article id → its origin, with the origins of articles that share a copied passage of
    figures merged into one."""
    label = {f.article_id: origin.get(f.article_id, f.article_id) for f in figures}
    merged: DisjointSets[str] = DisjointSets()
    alike: dict[tuple[str, str], set[tuple[int, int]]] = {}
    for a, b in combinations(figures, 2):
        if label[a.article_id] == label[b.article_id] or a.quantity.value != b.quantity.value:
            continue
        first = words(texts[a.article_id][a.sentence.start : a.sentence.end])
        second = words(texts[b.article_id][b.sentence.start : b.sentence.end])
        if fuzz.ratio(first, second) >= COPIED_SENTENCE:
            ends = sorted(((a.article_id, a.sentence.start), (b.article_id, b.sentence.start)))
            pair = (ends[0][0], ends[1][0])
            alike.setdefault(pair, set()).add((ends[0][1], ends[1][1]))
    for (first, second), sentences in alike.items():
        if len(sentences) >= COPIED_SENTENCES:
            merged.join(label[first], label[second])
    return {aid: merged.find(name) for aid, name in label.items()}
