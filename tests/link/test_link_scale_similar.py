"""bench/link.py's exact similar pairs, against which both candidate searches' recall is
scored: every pair of documents at a word-pair Jaccard of the bar or more, with that
Jaccard, however common the word pairs they share."""

from __future__ import annotations

import random
from itertools import combinations, pairwise

from link import recall_by_jaccard, similar_pairs
from silang.link.lsh import Banding


def _jaccard(a: list[str], b: list[str]) -> float:
    left, right = set(pairwise(a)), set(pairwise(b))
    return len(left & right) / len(left | right)


def _documents() -> list[list[str]]:
    """Forty documents of 200 words, each with one common run of words in it (its word
    pairs are in every document), six of them copies of others, edited more and more."""
    rng = random.Random(4)
    words = [f"kata{i}" for i in range(200)]
    documents = []
    for _ in range(34):
        document = [rng.choice(words) for _ in range(30)]
        at = rng.randrange(28)
        document[at : at + 3] = ["harga", "minyak", "dunia"]
        documents.append(document)
    for source in range(6):
        copy = list(documents[source])
        for _ in range(source * 3):
            copy[rng.randrange(len(copy))] = rng.choice(words)
        documents.append(copy)
    return documents


def test_similar_pairs_are_every_pair_over_the_bar_with_its_jaccard() -> None:
    documents = _documents()
    brute = {
        (i, j): _jaccard(documents[i], documents[j])
        for i, j in combinations(range(len(documents)), 2)
    }
    expected = {pair: j for pair, j in brute.items() if j >= 0.3}
    # The common run's word pairs, in all 40 documents, are left out of the index; they
    # still count in each Jaccard.
    found = similar_pairs(documents, least=0.3, common=5)
    assert found.keys() == expected.keys()
    assert all(abs(found[p] - expected[p]) < 1e-12 for p in expected)
    assert len(expected) >= 4  # the copies, but the most edited ones


def test_recall_by_jaccard_scores_each_band_apart() -> None:
    similar = {(0, 1): 0.15, (0, 2): 0.18, (1, 2): 0.4, (3, 4): 1.0}
    rows = recall_by_jaccard(similar, {(0, 1), (3, 4)}, {(1, 2), (3, 4)}, Banding(42, 3))
    by_band = {row["jaccard"]: row for row in rows}
    assert by_band["0.1-0.2"] | {"promised": 0, "spread": 0} == {
        "jaccard": "0.1-0.2",
        "pairs": 2,
        "promised": 0,
        "spread": 0,
        "silang": 0.5,
        "datasketch": 0.0,
    }
    # The promise is taken over the band's own pairs (J 0.15 and 0.18), not its middle.
    banding = Banding(42, 3)
    chances = [banding.probability(0.15), banding.probability(0.18)]
    assert by_band["0.1-0.2"]["promised"] == round(sum(chances) / 2, 3)
    spread = sum(c * (1 - c) for c in chances) ** 0.5 / 2
    assert by_band["0.1-0.2"]["spread"] == round(spread, 3)
    assert by_band["0.2-0.3"]["promised"] == by_band["0.2-0.3"]["spread"] == 0.0
    assert (by_band["0.3-0.5"]["silang"], by_band["0.3-0.5"]["datasketch"]) == (0.0, 1.0)
    assert by_band["0.2-0.3"]["pairs"] == 0
    assert by_band["0.5-1.0"]["silang"] == by_band["0.5-1.0"]["datasketch"] == 1.0
