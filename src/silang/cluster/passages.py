"""Passages two articles share word for word: a quoted claim, a copied paragraph.

A hoax and the reports that debunk it quote the same message; outlets copy a wire's
paragraphs. Such articles are about one happening whatever else they say, so a story is not
cut between them (halves.py). Runs of PASSAGE_WORDS words are long enough that two reports
of different happenings of one kind rarely share one: on ECB+ train / dev topics (two happenings of
one kind each, bench/cluster_eval.py) 581 pairs of articles of one happening share a run of
12 words and 5 pairs of different ones do; with runs of 8, 970 and 85.
"""

from __future__ import annotations

import re

#: Words and numbers, casefolded: punctuation and spacing do not break a shared run.
TOKEN = re.compile(r"[^\W\d_]+|\d+")
#: Words in a run. B-cubed F1 of the cut stories (halves.py) against ECB+ train / dev
#: subtopics and Pratiwi stories 1-8 with runs of 10, 12, 14, 16 and 20 words: 0.921 / 0.956 /
#: 0.969, 0.931 / 0.974 / 0.969, 0.931 / 0.948 / 0.969, 0.935 / 0.938 / 0.969 and 0.930 /
#: 0.939 / 0.946.
PASSAGE_WORDS = 12


def passages(text: str, size: int = PASSAGE_WORDS) -> frozenset[int]:
    """Hashes of every run of ``size`` words in ``text`` (equal runs, equal hashes, within
    one process)."""
    words = TOKEN.findall(text.casefold())
    return frozenset(
        hash(tuple(words[start : start + size])) for start in range(len(words) - size + 1)
    )
