"""Compilations: an article made of two others' texts, each taken from a different one.

A page that sets one page's opening before another page's body derives from both, but the
two stay independent of each other; with no date or credit to direct its links, it joins
them into one origin through itself. Its shape says which way the text went: it is made
of blocks pasted as written, each from a different source, and each source goes on beyond
what the page took of it. Had the two been cut down from the page instead, each would be
nearly all in it. Versions of one wire story look alike in part (each keeps paragraphs the
others dropped) but are edited throughout: their paragraphs align at lower scores and
leave more of each other unmatched, and they stay one origin.

Pratiwi dev: 600-078 and its duplicate 600-095 (a health site's page: 600-067's opening,
then 600-075's first-aid steps) join 600-067 and 600-075, which the gold keeps apart; each
block aligns at 0.96 on average, 97% of the page is in one of them, and 600-067 and
600-075 each keep 32% and 21% of their text to themselves. ECB+ dev wire versions of one
story with the same shape but one origin (3_9 between 3_1 and 3_7, 31_2 and 31_6 between
31_5 and 31_9, 26_3 between 26_11 and 26_9) align their blocks at 0.74-0.87 on average
(the lower of the two), and three of the four leave 13-40% of the middle page unmatched.
The thresholds rest on that one compilation against those four: ``PASTED`` sits between
0.87 and 0.96. With the rule, bench/brief_eval.py pratiwi --split dev copy groups P 0.861
-> 0.873 (R 0.969 the same); ECB+ dev and bench/link_eval.py --split dev the same (four
more links with an original).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace
from itertools import combinations

import numpy as np
import numpy.typing as npt

from silang.link.origins import DERIVATIONS
from silang.model import Link

#: Share of the page's text that each source must give it better than the other does.
BLOCK_SHARE = 0.25
#: Share of each source's text that the page must leave out: a source cut down from the
#: page would be nearly all in it.
OWN_SHARE = 0.2
#: Share of the page's text that the two sources' evidence must cover: it is made of them.
MADE_OF = 0.9
#: Mean alignment score of each source's block: pasted as written, not edited.
PASTED = 0.9
#: The share of a page both sources carry as written above which they are versions of one
#: text (a shared lede), not a compilation of two.
SHARED_PASTED = 0.05


def direct_compilations(links: Sequence[Link], lengths: Mapping[str, int]) -> list[Link]:
    """``links``, with the undirected derivation links of a compilation (see the module)
    directed to name its two sources as originals, so that ``origins`` keeps it with the
    source it carries most of and leaves the other apart. ``lengths``: each article's
    text length (the evidence's offsets are into it). A link that two readings would
    direct both ways stays undirected."""
    linked = {frozenset((link.a, link.b)) for link in links if link.relation in DERIVATIONS}
    undirected: dict[str, list[int]] = {}
    for index, link in enumerate(links):
        if link.relation in DERIVATIONS and link.original is None:
            undirected.setdefault(link.a, []).append(index)
            undirected.setdefault(link.b, []).append(index)
    sources: dict[int, set[str]] = {}
    # A link joins two pages and is read from both: the far side's scores that tell whether
    # a source keeps text of its own are the page's scores when that side is the page, so
    # each side of each link is scored once.
    scored: dict[tuple[int, str], npt.NDArray[np.float64]] = {}

    def scores(index: int, side: str) -> npt.NDArray[np.float64]:
        if (index, side) not in scored:
            scored[index, side] = _scores(links[index], side, lengths[side])
        return scored[index, side]

    for page, found in undirected.items():
        if len(found) < 2 or not lengths.get(page, 0):
            continue
        # Each link's evidence over the page, for links whose source keeps text of its own.
        kept = {
            index: scores(index, page)
            for index in found
            if lengths.get(far := _far(links[index], page), 0) and _keeps_own(scores(index, far))
        }
        for first, second in combinations(kept, 2):
            one, other = _far(links[first], page), _far(links[second], page)
            if frozenset((one, other)) not in linked and _compiled(kept[first], kept[second]):
                sources.setdefault(first, set()).add(one)
                sources.setdefault(second, set()).add(other)
    return [
        _directed(link, next(iter(sources[index]))) if len(sources.get(index, ())) == 1 else link
        for index, link in enumerate(links)
    ]


def _directed(link: Link, source: str) -> Link:
    """``link`` naming ``source`` its original, first as ``find.verify`` puts it."""
    if link.a == source:
        return replace(link, original=source)
    evidence = tuple(e.swapped() for e in link.evidence)
    return replace(link, a=link.b, b=link.a, original=source, evidence=evidence)


def _far(link: Link, page: str) -> str:
    return link.b if link.a == page else link.a


def _keeps_own(scores: npt.NDArray[np.float64]) -> bool:
    """Whether a link's evidence ``scores`` over a source's text leave ``OWN_SHARE`` or more
    of it out."""
    return float((scores == 0).mean()) >= OWN_SHARE


def _compiled(one: npt.NDArray[np.float64], other: npt.NDArray[np.float64]) -> bool:
    """Whether a page, by the evidence scores of two links over its characters, is made
    (``MADE_OF``) of a block from each source pasted as written (``PASTED``), each block
    ``BLOCK_SHARE`` of it or more and aligned better with its source than with the other.
    Two sources that both carry some of the page as written (``SHARED_PASTED`` of it or
    more: a lede three outlets keep from one wire story, each trimming the rest its own
    way) are versions of one text, not two texts pasted together."""
    if float(((one >= PASTED) & (other >= PASTED)).mean()) > SHARED_PASTED:
        return False
    if float((np.maximum(one, other) > 0).mean()) < MADE_OF:
        return False
    for best, rival in ((one, other), (other, one)):
        block = best > rival
        if block.sum() < BLOCK_SHARE * one.size or float(best[block].mean()) < PASTED:
            return False
    return True


def _scores(link: Link, side: str, size: int) -> npt.NDArray[np.float64]:
    """Per character of ``side``'s text, the best score of ``link``'s evidence over it (0
    where none)."""
    out = np.zeros(size, dtype=np.float64)
    for e in link.evidence:
        start, end = (e.a_start, e.a_end) if link.a == side else (e.b_start, e.b_end)
        out[start:end] = np.maximum(out[start:end], e.score)
    return out
