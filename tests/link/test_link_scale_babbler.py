"""bench/link.py's sentence maker for the stories corpus: unrelated sentences must not share
long verbatim stretches by construction, nor quotes carried inside a pool word."""

from __future__ import annotations

import random

from link import _Babbler

#: Ten words that each occur once: every step along them is forced.
CHAIN = [f"rantai{i}" for i in range(10)]


def _pool() -> list[str]:
    shuffle = random.Random(0)
    filler = [f"kata{i}" for i in range(20)]
    sentences = [" ".join(shuffle.sample(filler, 10)) for _ in range(50)]
    return [" ".join(CHAIN), *sentences]


def _longest_chain_run(sentence: str) -> int:
    """The most words of CHAIN, in its order, one after another in ``sentence``."""
    places = [CHAIN.index(w) if w in CHAIN else -2 for w in sentence.split(" ")]
    longest = run = 0
    for before, place in zip([-2, *places], places, strict=False):
        run = run + 1 if place >= 0 and place == before + 1 else int(place >= 0)
        longest = max(longest, run)
    return longest


def _longest_runs(steady: int) -> int:
    babble = _Babbler(_pool(), random.Random(7), steady=steady)
    return max(_longest_chain_run(babble.sentence()) for _ in range(2000))


def test_a_walk_leaves_a_forced_chain_after_one_step() -> None:
    assert _longest_runs(steady=1) <= 3  # two words, and a fresh draw that hits the next
    assert _longest_runs(steady=100) >= 6  # unchecked, a walk copies the pool sentence


def test_words_holding_quote_marks_are_never_walked() -> None:
    pool = [*_pool(), 'lihat href="http://contoh.id/a.html" lalu unduh kata3']
    babble = _Babbler(pool, random.Random(7))
    made = [babble.sentence() for _ in range(2000)]
    assert not any("contoh.id" in s for s in made)
    assert any("unduh" in s for s in made)  # the words around them still are
