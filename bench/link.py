"""Speed and scale of silang.link, side by side with datasketch in one run.

Articles are made from real text (the Pratiwi articles and BPPT's Indonesian side, in
../shared/data), 12 sentences each; every 20th article is a lightly edited copy of an
earlier one (a sentence dropped, three words changed), so both candidate searches can be
scored on the same known pairs. Each size runs in a fresh process, so peak memory (ru_maxrss)
is that size's own. Two corpora (``--corpus``):

- ``pool`` (the default, and the corpus of earlier figures): each sentence is drawn from
  the pool of 33,535 real sentences with a quarter of its words swapped, and a copy's source
  is any earlier article. The same pool sentence lands in ever more articles as the corpus
  grows (12n/33,535 each), so the true overlaps grow with the square: every reuse of one of
  the pool's 1,432 quoted sentences is a shared quote a correct linker must find. Pairs to
  verify per article: 0.31 / 0.85 / 2.56 at 10k / 30k / 100k.
- ``stories``: sentences are fresh (a pool sentence's punctuation and quote marks around
  words walked along the pool's word pairs), so unrelated articles share words only by
  chance; a copy's source is one of the last 1,000 articles, and every 4th article reports
  (a quarter of its words changed) a quote of one of the last 500 quoted sentences. Copy
  families and a quote's reports stay bounded, as in a news stream. Since 2026-11-23 the
  walk starts afresh after one predictable step and never takes a word that holds a quote
  mark of its own (``_Babbler``): before, it copied stretches of pool sentences word for
  word into ever more unrelated articles, and one pool word (a link's address in quotes)
  made a shared quote of every article it landed in. The corpus changed with it, so every
  figure of this corpus measured before is void; they are kept below, marked, as the
  record of how the search settings were chosen.

  On today's corpus (``--one full:N --corpus stories``, one worker, CPU seconds of
  candidates / verification, pairs aligned / found by a quote alone, shares-quote precision
  / recall, peak RSS): 10k 13.40 / 2.96 s, 927 / 407, 1.000 / 0.226, 430 MB; 100k 126.9 /
  34.2 s, 9,399 / 3,857, 0.991 / 0.219, 1,347 MB; 300k 413.7 / 87.7 s, 29,375 / 11,889,
  0.979 / 0.216, 4,149 MB; copy recall 1.0 at all three. 10k -> 100k: candidates CPU
  x9.5, verification CPU x11.6, pairs aligned x10.1, quote-only pairs x9.5; 100k -> 300k:
  x3.3, x2.6, x3.1 and x3.1 (CPU seconds measured beside other jobs, not back to back).
  What still grows faster than the corpus is chance in the quote channel, smaller again:
  shares-quote links between articles with no quoted sentence in common, about 65 at 100k
  and 455 at 300k (from the precision). The change at 100k (old walk -> one predictable
  step -> and no word holding a quote mark): quote-only pairs 4,845 -> 4,130 -> 4,183,
  shares-quote precision 0.888 -> 0.960 -> 0.983, recall 0.219 -> 0.218 -> 0.220 (truth
  pairs 32,922 -> 33,112). Of the pairs found by a quote alone at 30k (2,203, before
  routing), 23 were of unrelated articles: short quotes that share a name ("konsulat
  jenderal bangsa", "luis rodriguez zapatero") with another. With two quotes sharing
  fewer than 5 words needing 0.8 of the shorter one's words (``SearchSettings.quote_few``;
  before, 0.6 as for any), at 30k those 23 -> 4 and the pairs of articles sharing a
  quoted sentence 2,180 -> 2,158; at 10k / 100k / 300k quote-only pairs 419
  -> 407, 4,183 -> 3,857, 14,320 -> 11,889 (x10.0 and x3.4 -> x9.5 and x3.1),
  shares-quote precision 0.999 -> 1.000, 0.983 -> 0.991, 0.960 -> 0.979, recall 0.227 ->
  0.226, 0.220 -> 0.219, 0.218 -> 0.216 (at 300k about 190 of 99,037 truth pairs lost,
  whose quotes have 2 to 4 words in common, and about 445 chance links gone);
  CPU seconds before: 10k 12.98 / 2.99, 100k 140.0 / 33.2, 300k 432.8 / 96.3.
  ``--one search:N`` (measured before ``quote_few``), CPU seconds, datasketch over silang: text
  channel alone (the same work) 10k 10.56 / 1.65 = x6.4, 30k 35.30 / 5.11 = x6.9; all
  four channels x2.9 and x3.0; copy recall 1.0 for both (search mode holds every
  article's features: 3.0 GB at 30k).

  The datasketch ratio checked (2026-11-23, src of 23d06f5, the machine shared with about
  eight jobs on two cores: CPU seconds only, wall ratios meant nothing). Those runs made a
  MinHash per article, and each draws its own permutations: 28-30% of datasketch's CPU at
  10k (9.09 -> 6.59 and 10.18 -> 7.15 s with ``MinHash.generator``, which draws them once;
  the bench now uses it). The rest was already like for like: the same word-pair shingles
  of the same words, 128 permutations, 42 bands x 3 rows, the same permutation family
  (datasketch 2's default, affine mod 2^32). ``--one text:N``, text channel CPU s,
  datasketch / silang: 10k 8.28 / 1.70 = x4.9 and 7.40 / 1.32 = x5.6; 100k 74.2 / 13.07 =
  x5.7 (candidates 15,165 / 14,526, 5,459 of them in both: pairs met by chance differ with
  the hash; copy recall 0.9998 / 1.0; peak RSS 7.6 GB, 3.4 GB with ``similar_pairs`` at
  ``common`` 20 instead of 50). Equal recall, on random pairs of 130-word sets (4,000 a Jaccard;
  found by silang / datasketch / promised): J 0.198 0.274 / 0.279 / 0.280, J 0.300 0.680 /
  0.680 / 0.683, J 0.503 0.997 / 0.994 / 0.997; word-pair documents at mean J 0.336 (3,000
  pairs) 0.807 / 0.807 / 0.799; signatures agree as often as J says (mean error under
  0.001, both). On the corpus's own pairs at Jaccard 0.1-0.5 (48 at 10k, 347 at 100k, many
  of them in a few copy families, so not independent draws) silang found fewer: 10k 9 /
  17 (13.8 promised), over hash seeds 1-6 9 to 14 against 12 to 17 (datasketch's seed
  changes its permutations, not its SHA-1 hashes); 100k 94 / 122 (``common`` 50; at 20,
  of 32 pairs at 0.2-0.5, 24 / 29). Explained (2026-11-24): one draw of the hashes, on
  pairs whose meetings go together, so that a single run says little. The same pairs
  signed over many seeds (the hash and the permutations of silang, the permutations of
  datasketch; pairs found a run, mean and range): 10k, 48 pairs, 300 seeds, silang 13.61
  (6 to 26), datasketch 14.39 (7 to 29), the banding's promise over the pairs' own
  Jaccards 13.84; 100k, 347 pairs, 60 seeds, silang 103.6 (86 to 124), datasketch 105.0
  (86 to 125), promised 103.5. The signatures agree on the share of values that the
  Jaccard says (mean of 126 banded values: 10k 24.76 silang, 24.79 datasketch, 24.73 by
  the Jaccards; 100k 25.06, 24.99, 25.00). Seed 1's 9 and 94 are silang's low draws,
  17 and 122 datasketch's high ones. ``text_agree`` plays no part in this comparison
  (the bench bands without it), and in find_links it drops none of these pairs once
  they meet in a band (100 seeds at 10k, 20 at 100k: a pair at Jaccard 0.1 that meets
  agrees on 3 + 12.5 values on average, fewer than 8 with p = 0.004). Nor do the
  shingles differ: both sides sign the same word pairs of the same words. The pairs are
  not copies of one another (at 100k the 347 fall in 318 pairs of copy families, 7 of
  them within one family), but a document in several of them ties their fates.
  ``recall_by_jaccard`` now gives each band's promise over its pairs' own Jaccards (the
  band's middle misstated it: 0.132 for 0.1-0.2 against 0.142 over the 10k pairs, whose
  mean is 0.151) and the spread a run's share would have if the pairs were independent
  (``spread``), the least noise to read a difference against: at 10k, 0.1-0.2, promised
  0.142, spread 0.057, silang 0.056, datasketch 0.167.
  Signing made faster, candidates unchanged (bench/link_eval.py --split dev byte-identical;
  every count and score of ``--one full:10000`` the same): the text and sentence channels'
  words looked up and shingled for all of a chunk's articles in one pass
  (``minhash.documents_word_hashes``, ``documents_shingle_hashes``) and signatures taken in
  passes of 8,192 shingles, not 65,536 (``minhash.CHUNK``). Run alternately with the
  code before: 10k text channel 1.70 / 1.32 -> 1.17 / 1.06 CPU s, datasketch over silang
  x4.9 / x5.6 -> x6.5 / x6.7; ``--one full:10000`` candidates 13.39 -> 11.27 CPU s,
  verification 2.75 -> 2.94 (untouched: noise), peak RSS 386.5 -> 316.6 MB; 100k text
  channel 13.07 -> 11.27 CPU s (not back to back: the machine had quietened), datasketch
  73.69 s, x6.5 (wall x6.6), candidates the same 14,526.
  A 1M run of today's corpus (``flock /tmp/p10/bigmem.lock ... --one full:1000000 --corpus
  stories``) was started twice and stopped unfinished: among those jobs it had 9.6 CPU
  minutes in 40 wall minutes; started again once the machine was quiet, 33.4 CPU minutes
  in 34 wall minutes, 9.8 GB resident, no result yet (at 9 CPU minutes it held 2.2 GB,
  at 18 8.2 GB).

  1M (tree of 027ca47, alone on a quiet machine, `--one full:1000000
  --corpus stories`): 591.6 articles/s, CPU s candidates / verification 1,368.3 / 309.9 (x10.8 /
  x9.1 over 100k), quote-only pairs 46,958 (x12.2), shares-quote precision / recall 0.924 /
  0.216, copy recall 1.0, peak RSS 15,554 MB; links 54,008 copy, 806 rewrite, 77,114
  shares-quote; 112,030 pairs aligned, 1.95 ms per pair.

  Chance in the quote channel at scale, looked at (2026-11-24; no setting changed). The
  quote pairs the channel meets and its gates keep, between two copy families, scored
  offline on the 30k / 100k / 300k prefixes of one corpus (/tmp scripts, not kept): those
  whose quotes then pass the shares-quote test, of articles carrying one quoted sentence /
  carrying none: 30k 2,199 / 2, 100k 7,205 / 63 (the 65 or so chance links that find_links'
  0.991 precision implies), 300k 21,317 / 449 (x7.1 for x3 articles). Of the 63 at 100k, 51
  share their words as one unbroken run in one of the two quotes (against 981 of the 7,205;
  at 300k 358 of 449, 2,854 of 21,317): a phrase the sentence maker walks into again and
  again ("#d3 28 10 2015 artikel", "derianto kusuma pengasas unta cto traveloka", "satpol pp
  75 2000 kata"), whose words are in 2-5% of all articles ('derianto' in 5,368 of 100k), met
  inside two unrelated quotes. The pool is news on a few topics (173 of its 33,535 sentences
  name Derianto Kusuma), and the sentence maker draws every topic at every point of the
  stream, so a story's names and dates land in a fixed share of all articles however large
  the corpus, while reports of a quote come only within a news cycle (``CYCLE``): the chance
  pairs grow with the square of the corpus, the real ones with the corpus. Gates tried, at
  30k / 100k / 300k (kept pairs as above; recall is what the first figure loses): a sum of
  the shared words' idf (ln N/df) of at least ln N + 2, 2,184 / 2, 7,051 / 43 and 20,639 /
  284 (at ln N: 100k 7,165 / 58), the trade the earlier idf bars made; the shared words held
  together by at most 4 quotes of the corpus, 2,187 / 2, 7,148 / 43 and 21,160 / 241 (the
  phrases are rare among quotes: 2 to 6 hold them at 100k); their surprise under a word-pair
  model of the corpus (-ln P of the shared words in the quote's order, each word after a
  shared one by P(word | previous word), counted over every article's content words) of at
  least ln (content words in the corpus), 2,197 / 1 and 7,193 / 39 (at +2: 2,194 / 0 and
  7,180 / 32); one unbroken run needing 0.6 of the longer quote's words, 2,187 / 0, 7,155 /
  23 and 21,160 / 174 (0.5: 100k 7,177 / 37), a share cut and the growth kept (x7.6 from
  100k). None is taken. The word-pair surprise, the only one that rises with the corpus and
  keeps recall, explains a statement by its own reports: a real statement of rare words
  quoted by 30 outlets has word pairs in 30 articles, so at a million articles it is as
  predictable as a name, and would be dropped exactly where it matters. Counted outside
  quotes only (sentences mostly quoted left out) it cuts the same here (at ln T: 30k 2,198 /
  1, 100k 7,195 / 39; at +2: 2,197 / 0, 7,186 / 32; 300k 21,290 / 250, at +2 21,263 / 198:
  x6.4 and x6.2 from 100k, the growth hardly slowed; the chance links it keeps at 300k
  include 31 on web addresses, single pool tokens that the normaliser cuts into up to 30
  words (an amazon.com link met at a surprise of 81)), but a report's own indirect speech
  ("Bupati mengatakan jembatan ...") still repeats the statement's word pairs, and it needs
  every article's word pairs counted (tens of millions distinct at a million real articles;
  exact counts from a dictionary here) or a sketch whose error grows with the corpus. The
  one-run gate, and the rarity gates, cut a shared verbatim fragment of a long statement as
  readily as a name, which the babbler never writes but news does. What is left is mostly
  the corpus's own timeless phrases (at 300k the 449 chance quote pairs share 286 distinct
  word sets, the most common "cto derianto kusuma traveloka unta" 12 times, "mako brimob
  kelapa 2 rutan" and "republika co id" 11); in a stream a story's names come and go with
  it. A corpus that rotated the pool's topics through the stream, as news does, would
  measure the linker's chance rather than the sentence maker's; it would void every figure
  above.

  On the corpus before that change (void as figures of today's corpus): what still grew
  faster than the corpus here was chance: pairs that meet in a band without being related,
  most of them found by the quote channel alone (pairs per article 0.22 at 10k, 1.20 at 100k, of
  which quote-only 0.13 and 1.00; before overlong quotes were left unsigned, 0.29 and 1.83,
  quote-only 0.20 and 1.62). Quote-only pairs still grow faster than the corpus: short
  quotes of common words meet by chance. With unclosed quotes cut at their sentence end,
  quotes of under 3 words outside the 5% most common left unsigned and short quotes no
  longer matched inside long ones (``Thresholds.quote_subset_words``), at 100k: quote-only
  pairs 99,859 -> 64,324, shares-quote links 8,283 -> 8,322, of which between articles
  that carry one quoted sentence (``shares_quote_precision``) 0.524 -> 0.880. With two
  quotes that meet in a band needing two words in common that are not very common
  (``SearchSettings.quote_shared``), quote-only pairs 64,324 -> 7,660 at 100k and
  465,990 -> 43,628 at 300k, shares-quote precision / recall 0.880 / 0.222 -> 0.882 / 0.220
  and 0.706 / 0.223 -> 0.714 / 0.221. What then grew faster than the corpus was mostly the
  text channel's pairs of unrelated articles (met in one band on three of the babbler's
  common word pairs): 10,918 of its 16,411 pairs at 100k, against 1,124 of 2,778 at 30k,
  all aligned in full. With a text-band pair kept only when its signatures agree on 8
  values or more (``SearchSettings.text_agree``), pairs aligned in full 20,685 -> 10,106
  at 100k and 127,592 -> 35,277 at 300k (x3.5 for x3 articles), verification CPU
  52.5 -> 35.1 s and 302.0 -> 116.7 s, copy recall 1.0, shares-quote links 8,225 -> 8,220
  and 30,591 -> 30,572 (precision and recall unchanged to 0.001). Text-channel pairs of
  unrelated articles left: 54 at 30k, 347 at 100k; the largest share of unrelated pairs
  aligned in full now comes from the quote channel (38 at 30k, 518 at 100k). With two
  quotes that meet needing 0.6 of the shorter one's words in common as well
  (``SearchSettings.quote_overlap``), quote-only pairs 1,458 -> 1,211 at 30k, 7,660 -> 4,845
  at 100k and 43,628 -> 21,582 at 300k, shares-quote precision / recall 0.967 / 0.217 ->
  0.970 / 0.216, 0.882 / 0.220 -> 0.888 / 0.219 and 0.714 / 0.221 -> 0.726 / 0.220. What
  still grows faster than the corpus, and what lowers that precision as it grows, is mostly
  this corpus's own repeats: a word of the pool with one follower is walked along its pool
  sentence, so the same stretch (a link's address, a name and title) lands, quoted, in ever
  more unrelated articles. To the linker those share quoted words; to the shares-quote
  truth they are unrelated (of the article pairs met by a quote that share no quoted
  sentence and whose quotes pass the shares-quote test, 765 of 900 at 100k and 7,120 of
  8,151 at 300k share a phrase that three or more quote pairs share).

    .venv/bin/python bench/link.py --sizes 10000,100000 [--corpus stories] [--peer-max 100000]
        [--full-max 100000] [--workers 1] [--stream 1000000]

- ``full``: find_links (features, candidate search, verification) — articles/s and peak RSS,
  the two stages timed apart, pairs per article and verification ms per pair (``--workers``:
  find_links' worker processes);
- ``search``: candidate search alone over the same normalised words, silang's four channels
  and then its text channel alone against datasketch (MinHash.generator + MinHashLSH
  insert/query) doing the same work (``compare_text_channel``: the same word-pair shingles,
  128 permutations, 42 bands x 3 rows, affine permutations mod 2^32), with each side's
  recall of the known copies and of every pair at a word-pair Jaccard of 0.1 or more, by
  band of Jaccard (``similar_pairs``, exact);
- ``--one text:N``: that text-channel comparison alone, holding each article's content words
  only (search mode holds every article's features: 3.0 GB at 30k);
- ``--stream N``: signatures computed in chunks of 10,000 articles and banded at the end,
  as a 1M-article run would be; candidate search only (no verification, no peer).

datasketch is needed here only (not at run time): pip install datasketch.
"""

from __future__ import annotations

import argparse
import dataclasses
import gc
import json
import random
import re
import resource
import subprocess
import sys
import time
from collections import Counter, deque
from collections.abc import Iterator, Sequence
from itertools import pairwise
from pathlib import Path
from typing import Any, NamedTuple, TypeVar

import numpy as np
import numpy.typing as npt

from silang.lang.derivations import load_derivation_lexicon
from silang.link.classify import Thresholds
from silang.link.features import build_features
from silang.link.find import plan_links, verify_plan
from silang.link.lsh import Banding, Oversized, Pairs, candidate_pairs, pairs_within_groups
from silang.link.minhash import seeded_hash, shingle_hashes, signatures, word_hashes
from silang.link.search import SearchSettings, channel_signatures, find_candidates
from silang.link.text import Normaliser, words
from silang.model import Annotated, Article, Link, Span

DATA = Path(__file__).resolve().parents[2] / "shared" / "data"
PRATIWI = DATA / "id-hoax-news-pratiwi" / "news600_topics.jsonl"
BPPT = DATA / "bppt-panl-en-id" / "parallel"
SENTENCE = re.compile(r"(?<=[.!?])\s+")
COPY_EVERY = 20


def sentence_pool() -> list[str]:
    pool: list[str] = []
    with PRATIWI.open(encoding="utf-8") as handle:
        for line in handle:
            text = " ".join(json.loads(line)["text"].split())
            pool.extend(s for s in SENTENCE.split(text) if len(s.split()) >= 6)
    for path in sorted(BPPT.glob("*-ID-*.txt")):
        pool.extend(
            s.strip()
            for s in path.read_text(encoding="latin-1").splitlines()
            if len(s.split()) >= 6
        )
    return pool


def _perturb(sentence: str, vocabulary: list[str], rng: random.Random) -> str:
    """A quarter of the words swapped for random words of the pool, so that the same pool
    sentence drawn into two articles does not make them near-duplicates."""
    tokens = sentence.split(" ")
    for _ in range(max(1, len(tokens) // 4)):
        tokens[rng.randrange(len(tokens))] = rng.choice(vocabulary)
    return " ".join(tokens)


class Generated(NamedTuple):
    """A generated article: its id, sentences, the id of the article it copies (or None),
    and the quoted sentences it carries (ids; the stories corpus only), whether its own, a
    report of another article's or copied with its source."""

    key: str
    parts: list[str]
    source: str | None
    quotes: frozenset[int] = frozenset()


def articles(n: int, seed: int = 3, corpus: str = "pool") -> Iterator[Generated]:
    """The generated articles, in order."""
    if corpus == "stories":
        yield from _story_articles(n, seed)
        return
    rng = random.Random(seed)
    pool = sentence_pool()
    vocabulary = [w for s in pool[::7] for w in s.split(" ")]
    kept: list[list[str]] = []
    for index in range(n):
        key = f"a{index:07d}"
        if index % COPY_EVERY == COPY_EVERY - 1 and kept:
            source = rng.randrange(len(kept))
            parts, _ = _edited_copy(kept[source], pool, rng)
            # ``kept`` holds the articles in order (the first 200,000), so its position is the id.
            yield Generated(key, parts, f"a{source:07d}")
        else:
            parts = [_perturb(rng.choice(pool), vocabulary, rng) for _ in range(12)]
            yield Generated(key, parts, None)
        if len(kept) < 200_000:
            kept.append(parts)


def _edited_copy(parts: list[str], pool: list[str], rng: random.Random) -> tuple[list[str], int]:
    """A lightly edited copy: a sentence (not the first) dropped, three words changed; and
    the index of the sentence dropped."""
    parts = list(parts)
    dropped = rng.randrange(1, len(parts))
    del parts[dropped]
    for _ in range(3):
        at = rng.randrange(len(parts))
        tokens = parts[at].split(" ")
        tokens[rng.randrange(len(tokens))] = rng.choice(pool[:5000]).split(" ")[0]
        parts[at] = " ".join(tokens)
    return parts, dropped


#: Stories corpus: a copy's source is among the last this many articles (a news cycle), and a
#: reported quote among the last CYCLE // 2 quoted sentences (one every other article), so
#: copy families and a quote's reports stay few however large the corpus grows.
CYCLE = 1000
#: Stories corpus: every this many articles one reports a recent article's quote again.
QUOTE_EVERY = 4
_TOKEN = re.compile(r"^(\W*)(.*?)(\W*)$")
#: A quote mark inside a word of the pool ('href="http://...', 'TNI,"kata').
_INNER_QUOTE = re.compile('["\u201c\u201d]')


class _Babbler:
    """Fresh sentences shaped like the pool's: a pool sentence's punctuation and quote marks
    around words walked along the pool's word pairs (each word followed by one that follows
    it somewhere in the pool). Two sentences share their common words, and now and then a
    short stretch, by chance alone; not a whole sentence.

    After ``steady`` predictable steps in a row (to a follower that takes a third or more of
    its word's places in the pool, as the one follower of a word that occurs once does), a
    walk starts afresh on a random word. Left to itself, a walk that reaches a rare word goes
    on along the pool's few sentences that hold it, word for word: the same stretch (a link's
    address, a name and title) then lands in ever more unrelated articles as the corpus
    grows, so that they share a phrase no real news stream repeats that often.

    Quote marks come from the shapes alone: the pool's 17 words that hold one of their own
    (a link's markup, 'TNI,"kata') are never walked. Drawn again and again, the one that
    holds a link's address in quotes made a quote shared by unrelated articles, whose pairs
    grew with the square of the corpus."""

    def __init__(self, pool: list[str], rng: random.Random, steady: int = 1) -> None:
        self._rng = rng
        self._steady = steady
        self._skeletons: list[list[tuple[str, str, bool]]] = []
        self._followers: dict[str, list[str]] = {}
        self._words: list[str] = []
        for sentence in pool:
            skeleton, previous = [], None
            for token in sentence.split(" "):
                match = _TOKEN.match(token)
                assert match is not None
                prefix, word, suffix = match.groups()
                skeleton.append((prefix, suffix, bool(word)) if word else (token, "", False))
                if _INNER_QUOTE.search(word):
                    previous = None  # its place in the shape is walked, the word never
                elif word:
                    self._words.append(word)
                    if previous is not None:
                        self._followers.setdefault(previous, []).append(word)
                    previous = word
            self._skeletons.append(skeleton)
        self._counts = {word: Counter(after) for word, after in self._followers.items()}
        self.quoted = [i for i, s in enumerate(pool) if '"' in s or "\u201c" in s]

    def sentence(self, skeleton: int | None = None) -> str:
        rng = self._rng
        shape = self._skeletons[
            rng.randrange(len(self._skeletons)) if skeleton is None else skeleton
        ]
        word, steady = rng.choice(self._words), 0
        out = []
        for prefix, suffix, has_word in shape:
            if not has_word:
                out.append(prefix)
                continue
            out.append(prefix + word + suffix)
            word, steady = self._next(word, steady)
        return " ".join(out)

    def _next(self, word: str, steady: int) -> tuple[str, int]:
        """The word after ``word``, and the run of predictable steps that led to it."""
        followers = self._followers.get(word)
        if not followers:
            return self._rng.choice(self._words), 0
        after = self._rng.choice(followers)
        if 3 * self._counts[word][after] < len(followers):
            return after, 0
        if steady < self._steady:
            return after, steady + 1
        return self._rng.choice(self._words), 0


def _story_articles(n: int, seed: int) -> Iterator[Generated]:
    """The stories corpus: fresh sentences, so that two articles overlap only where one
    copies the other (every 20th, from the last ``CYCLE``) or reports a quote of the other
    (every ``QUOTE_EVERY``th, a quarter of its words changed). Each sentence's quote id
    (None when it is no quoted sentence) is tracked, for the shares-quote truth."""
    rng = random.Random(seed)
    pool = sentence_pool()
    vocabulary = [w for s in pool[::7] for w in s.split(" ")]
    babble = _Babbler(pool, rng)
    recent: deque[tuple[int, list[str], list[int | None]]] = deque(maxlen=CYCLE)
    quotes: deque[tuple[int, str]] = deque(maxlen=CYCLE // 2)
    for index in range(n):
        key = f"a{index:07d}"
        if index % COPY_EVERY == COPY_EVERY - 1 and recent:
            source, earlier, earlier_tags = recent[rng.randrange(len(recent))]
            parts, dropped = _edited_copy(earlier, pool, rng)
            tags = earlier_tags[:dropped] + earlier_tags[dropped + 1 :]
            yield Generated(key, parts, f"a{source:07d}", _quote_ids(tags))
        else:
            parts = [babble.sentence() for _ in range(12)]
            tags = [None] * len(parts)
            if index % QUOTE_EVERY == 0 and quotes:
                # In this order (the reported quote, its changes, its place): another
                # order draws another corpus, and voids the figures measured on this one.
                quote_id, reported = rng.choice(quotes)
                report = _perturb(reported, vocabulary, rng)
                at = rng.randrange(len(parts))
                parts[at], tags[at] = report, quote_id
            # A quoted sentence of its own, now and then, for later articles to report.
            if rng.random() < 0.5:
                at = rng.randrange(len(parts))
                parts[at] = babble.sentence(rng.choice(babble.quoted))
                tags[at] = index
                quotes.append((index, parts[at]))
            yield Generated(key, parts, None, _quote_ids(tags))
        recent.append((index, parts, tags))


def _quote_ids(tags: list[int | None]) -> frozenset[int]:
    return frozenset(t for t in tags if t is not None)


def annotated(key: str, parts: list[str]) -> Annotated:
    spans, text, at = [], [], 0
    for part in parts:
        spans.append(Span(at, at + len(part)))
        text.append(part)
        at += len(part) + 1
    body = " ".join(text)
    article = Article(id=key, sources=(key,), text=body, raw_text=body, language="id")
    return Annotated(article=article, sentences=tuple(spans))


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


_Pair = TypeVar("_Pair")


def recall(pairs: set[_Pair], truth: set[_Pair]) -> float:
    return round(len(pairs & truth) / len(truth), 4) if truth else 0.0


def run_full(n: int, corpus: str, workers: int = 1) -> dict[str, Any]:
    """find_links, its two stages timed apart: signing + candidate search, then verification."""
    lexicons = {"id": load_derivation_lexicon("id")}
    generated = list(articles(n, corpus=corpus))
    truth = {(g.source, g.key) for g in generated if g.source}
    quoting = quote_truth(generated)
    items = [annotated(g.key, g.parts) for g in generated]
    del generated
    thresholds = Thresholds()
    started, started_cpu = time.perf_counter(), time.process_time()
    plan = plan_links(items, lexicons, thresholds=thresholds, workers=workers)
    planned, planned_cpu = time.perf_counter(), time.process_time()
    links = verify_plan(plan, lexicons, thresholds, workers=workers)
    verified, verified_cpu = time.perf_counter(), time.process_time()
    seconds = verified - started
    found = {(link.a, link.b) for link in links} | {(link.b, link.a) for link in links}
    pairs = len(plan.aligned) + len(plan.quoted)
    return {
        "articles": n,
        "workers": workers,
        "find_links_s": round(seconds, 2),
        "articles_per_s": round(n / seconds, 1),
        "candidates_s": round(planned - started, 2),
        "verify_s": round(verified - planned, 2),
        # CPU seconds of this process (workers' not counted): steadier than the wall clock
        # when other jobs share the machine.
        "candidates_cpu_s": round(planned_cpu - started_cpu, 2),
        "verify_cpu_s": round(verified_cpu - planned_cpu, 2),
        "pairs_aligned": len(plan.aligned),
        "pairs_quotes_only": len(plan.quoted),
        "pairs_per_article": round(pairs / n, 3),
        "verify_ms_per_pair": round(1000 * (verified - planned) / pairs, 3) if pairs else 0.0,
        "links": len(links),
        "relations": dict(sorted(Counter(link.relation for link in links).items())),
        "copy_recall": recall(found, truth),
        **shares_quote_scores(links, quoting),
        "peak_rss_mb": round(peak_mb(), 1),
    }


@dataclasses.dataclass(frozen=True)
class QuoteTruth:
    """Which articles carry one quoted sentence (the stories corpus): ``sharing`` every
    pair that does, ``expected`` those of them in two copy families (a copy's pair with
    its source, or with another copy of one source, is a copy, not a shared quote)."""

    sharing: set[frozenset[str]]
    expected: set[frozenset[str]]


def quote_truth(generated: list[Generated]) -> QuoteTruth:
    family = {g.key: g.key for g in generated}
    for g in generated:
        if g.source:
            family[g.key] = family[g.source]  # sources come first: theirs is settled
    holders: dict[int, list[str]] = {}
    for g in generated:
        for quote in g.quotes:
            holders.setdefault(quote, []).append(g.key)
    sharing = {
        frozenset((a, b))
        for keys in holders.values()
        for index, a in enumerate(keys)
        for b in keys[index + 1 :]
    }
    expected = {pair for pair in sharing if len({family[k] for k in pair}) == 2}
    return QuoteTruth(sharing, expected)


def shares_quote_scores(links: Sequence[Link], truth: QuoteTruth) -> dict[str, Any]:
    """Shares-quote links whose two articles carry one quoted sentence (precision), and
    the pairs of two copy families that do which are found as shares-quote (recall)."""
    found = {frozenset((link.a, link.b)) for link in links if link.relation == "shares-quote"}
    if not truth.sharing:
        return {}
    return {
        "shares_quote_precision": round(len(found & truth.sharing) / max(1, len(found)), 4),
        "shares_quote_recall": recall(found, truth.expected),
        "shares_quote_truth_pairs": len(truth.expected),
    }


class _Clock(NamedTuple):
    """Wall and CPU seconds: the CPU ones are steadier when other jobs share the machine."""

    wall: float
    cpu: float

    @staticmethod
    def now() -> _Clock:
        return _Clock(time.perf_counter(), time.process_time())

    def since(self) -> _Clock:
        now = _Clock.now()
        return _Clock(round(now.wall - self.wall, 2), round(now.cpu - self.cpu, 2))


def run_search(n: int, peer: bool, corpus: str) -> dict[str, Any]:
    """Candidate search alone, all channels, over every article's features; then the text
    channel alone against datasketch (``compare_text_channel``)."""
    # This job holds every article's features at once (find_links never does): the cycle
    # collector's full passes over them would weigh on both searches, more the larger n
    # (silang's search took 21x as long at 100k as at 10k with it on). Paused for both
    # sides alike, as find_links pauses it for its own stages.
    gc.disable()
    normalise = Normaliser(load_derivation_lexicon("id"))
    generated = list(articles(n, corpus=corpus))
    truth = copy_truth(generated)
    started = _Clock.now()
    features = [build_features(annotated(g.key, g.parts), normalise) for g in generated]
    featured = started.since()
    started = _Clock.now()
    pairs = find_candidates(features, SearchSettings(), 1, seeded_hash(1))
    silang = started.since()
    out: dict[str, Any] = {
        "articles": n,
        "features_s": featured.wall,
        "silang_search_s": silang.wall,
        "silang_search_cpu_s": silang.cpu,
        "silang_articles_per_s": round(n / silang.wall, 1),
        "silang_candidates": len(pairs),
        "silang_copy_recall": recall(_pair_set(pairs), truth),
    }
    contents = [f.flat_content() for f in features]
    del features
    out.update(compare_text_channel(contents, truth, peer))
    if peer:
        name = "ratio_datasketch_over_silang_all_channels"
        out[name] = round(out["datasketch_search_s"] / silang.wall, 1)
        out[f"{name}_cpu"] = round(out["datasketch_search_cpu_s"] / silang.cpu, 1)
    out["peak_rss_mb"] = round(peak_mb(), 1)
    return out


def run_text(n: int, corpus: str) -> dict[str, Any]:
    """The text channel alone against datasketch, holding only each article's content words
    (interned), not its features: search mode holds every article's features (3.0 GB at 30k),
    which keeps it from larger corpora."""
    gc.disable()  # as in run_search: both sides run with the collector paused
    normalise = Normaliser(load_derivation_lexicon("id"))
    position: dict[str, int] = {}
    truth: set[tuple[int, int]] = set()
    contents: list[list[str]] = []
    for g in articles(n, corpus=corpus):
        position[g.key] = len(contents)
        if g.source:
            truth.add((position[g.source], len(contents)))
        words = build_features(annotated(g.key, g.parts), normalise).flat_content()
        contents.append([sys.intern(w) for w in words])
    del position
    out = {"articles": n, **compare_text_channel(contents, truth, peer=True)}
    out["peak_rss_mb"] = round(peak_mb(), 1)
    return out


def copy_truth(generated: Sequence[Generated]) -> set[tuple[int, int]]:
    """The known copies as pairs (source, copy) of positions in the corpus."""
    position = {g.key: index for index, g in enumerate(generated)}
    return {(position[g.source], position[g.key]) for g in generated if g.source}


def _pair_set(pairs: Pairs) -> set[tuple[int, int]]:
    return {(i, j) for i, j in pairs.tolist()}


def compare_text_channel(
    contents: list[list[str]], truth: set[tuple[int, int]], peer: bool
) -> dict[str, Any]:
    """silang's text channel (signatures and banding, no ``text_agree``) against datasketch
    doing the same work: the same shingles (word pairs of the same normalised words), the
    same number of permutations and the same bands and rows (both taken from
    ``SearchSettings``), the same permutation scheme (datasketch 2's default: a mixed 32-bit
    hash, then a·x + b mod 2³²). Besides copy recall (1.0 for both: copies are near
    duplicates), each side's recall of every pair at a word-pair Jaccard of 0.1 or more,
    by band of Jaccard, against what the banding promises (``similar_pairs``)."""
    settings = SearchSettings()
    started = _Clock.now()
    signed = channel_signatures(contents, settings.text, settings.num_perm, 1, seeded_hash(1), {})
    ours = _pair_set(candidate_pairs(signed, settings.text.banding))
    took = started.since()
    del signed
    out: dict[str, Any] = {
        "silang_text_channel_s": took.wall,
        "silang_text_channel_cpu_s": took.cpu,
        "silang_text_channel_articles_per_s": round(len(contents) / took.wall, 1),
        "silang_text_channel_candidates": len(ours),
        "silang_text_channel_copy_recall": recall(ours, truth),
    }
    if not peer:
        return out
    started = _Clock.now()
    theirs = datasketch_text_pairs(contents, settings)
    peer_took = started.since()
    similar = similar_pairs(contents)
    name = "ratio_datasketch_over_silang_text_channel"
    return {
        **out,
        "datasketch_search_s": peer_took.wall,
        "datasketch_search_cpu_s": peer_took.cpu,
        "datasketch_articles_per_s": round(len(contents) / peer_took.wall, 1),
        "datasketch_candidates": len(theirs),
        "datasketch_copy_recall": recall(theirs, truth),
        "text_candidates_of_both": len(ours & theirs),
        "recall_by_jaccard": recall_by_jaccard(similar, ours, theirs, settings.text.banding),
        name: round(peer_took.wall / took.wall, 1),
        f"{name}_cpu": round(peer_took.cpu / took.cpu, 1),
    }


def datasketch_text_pairs(
    contents: list[list[str]], settings: SearchSettings
) -> set[tuple[int, int]]:
    """datasketch's candidate pairs (i < j) over the text channel's shingles and banding."""
    # Imported here: the bench's corpus makers are also tested where datasketch, a bench-only
    # dependency, is not installed (CI).
    from datasketch import MinHash, MinHashLSH  # noqa: PLC0415

    banding = settings.text.banding
    lsh = MinHashLSH(num_perm=settings.num_perm, params=(banding.bands, banding.rows))
    shingles = ({f"{a} {b}".encode() for a, b in pairwise(words)} for words in contents)
    # MinHash.generator, datasketch's way to sign many sets: it draws the permutations once
    # (a MinHash made for each set draws its own, which at 10k articles was 28% of this
    # side's CPU time).
    signed = list(MinHash.generator(shingles, num_perm=settings.num_perm, seed=1))
    for index, minhash in enumerate(signed):
        lsh.insert(index, minhash)
    found: set[tuple[int, int]] = set()
    for index, minhash in enumerate(signed):
        found.update((min(index, o), max(index, o)) for o in lsh.query(minhash) if o != index)
    return found


def similar_pairs(
    contents: Sequence[Sequence[str]], least: float = 0.1, common: int = 20
) -> dict[tuple[int, int], float]:
    """Every pair (i < j) of documents whose sets of word pairs have a Jaccard of ``least``
    or more, with that Jaccard, computed exactly: the pairs a text search ought to find,
    found through an index of the word pairs. Word pairs in more than ``common`` documents
    are left out of the index (chance pairs of common words, whose document pairs grow
    with the square of the corpus): a pair of documents this similar shares many others,
    and its Jaccard is then counted over all its word pairs. Pairs similar through common
    word pairs alone are missed, the more the larger the corpus: stories corpus, 10k
    articles, the same 596 pairs with 20 or 50 (6.1 million document pairs met at 50);
    100k, pairs at 0.1-0.5 347 with 50 (peak RSS of ``--one text`` 7.6 GB) and 32 with 20
    (3.4 GB)."""
    vocabulary: dict[str, int] = {}
    sets = [_word_pair_codes(words, vocabulary) for words in contents]
    sizes = np.fromiter((s.size for s in sets), dtype=np.int64, count=len(sets))
    codes = np.concatenate(sets) if sets else np.empty(0, dtype=np.uint64)
    owner = np.repeat(np.arange(len(sets), dtype=np.int64), sizes)
    order = np.argsort(codes, kind="stable")
    met = pairs_within_groups(owner[order], codes[order], Oversized(common, drop=True))
    width = np.int64(max(1, len(sets)))
    found, shared = np.unique(met[:, 0] * width + met[:, 1], return_counts=True)
    left, right = found // width, found % width
    # Shared word pairs left out of the index only raise a Jaccard: those counted without
    # them at half the bar or more are counted again over all their word pairs.
    near = shared >= least / 2 * (sizes[left] + sizes[right] - shared)
    out: dict[tuple[int, int], float] = {}
    for i, j in zip(left[near].tolist(), right[near].tolist(), strict=True):
        both = np.intersect1d(sets[i], sets[j], assume_unique=True).size
        jaccard = both / (sets[i].size + sets[j].size - both)
        if jaccard >= least:
            out[(i, j)] = jaccard
    return out


def _word_pair_codes(words: Sequence[str], vocabulary: dict[str, int]) -> npt.NDArray[np.uint64]:
    """A document's distinct word pairs, each as one number (sorted)."""
    ids = np.fromiter(
        (vocabulary.setdefault(w, len(vocabulary)) for w in words),
        dtype=np.uint64,
        count=len(words),
    )
    return np.unique((ids[:-1] << np.uint64(32)) | ids[1:])


#: Bands of word-pair Jaccard that ``recall_by_jaccard`` scores apart.
JACCARD_BANDS = (0.1, 0.2, 0.3, 0.5, 1.0)


def recall_by_jaccard(
    similar: dict[tuple[int, int], float],
    ours: set[tuple[int, int]],
    theirs: set[tuple[int, int]],
    banding: Banding,
) -> list[dict[str, Any]]:
    """For each band of Jaccard: its pairs, the share the banding promises over their own
    Jaccards, the spread of the share found if the pairs were found independently (one
    standard deviation: pairs that share a document go together, so a run varies more),
    and the share each search found."""
    rows = []
    for low, high in pairwise(JACCARD_BANDS):
        pairs = {p for p, j in similar.items() if low <= j < high or j == high == 1.0}
        chances = np.array([banding.probability(similar[p]) for p in pairs])
        spread = np.sqrt((chances * (1 - chances)).sum()) / max(1, len(pairs))
        rows.append(
            {
                "jaccard": f"{low}-{high}",
                "pairs": len(pairs),
                "promised": round(float(chances.mean()), 3) if pairs else 0.0,
                "spread": round(float(spread), 3),
                "silang": recall(ours, pairs),
                "datasketch": recall(theirs, pairs),
            }
        )
    return rows


def run_stream(n: int, chunk: int = 10_000, length: int = 150, seed: int = 5) -> dict[str, Any]:
    """MinHash + banding at scale: documents of ``length`` normalised words drawn from the
    pool's word frequencies (numpy, no Python text), every 20th a copy with 5% of its words
    changed. Measures the numpy path only: no feature building, no verification."""
    lexicon = load_derivation_lexicon("id")
    normalise = Normaliser(lexicon)
    corpus = normalise.content(words(" ".join(sentence_pool()[::3])))
    distinct = sorted(set(corpus))
    index = {w: i for i, w in enumerate(distinct)}
    drawn = np.array([index[w] for w in corpus], dtype=np.int64)
    table = word_hashes(distinct, {}, seeded_hash(1))
    rng = np.random.default_rng(seed)
    settings = SearchSettings()
    truth: set[tuple[int, int]] = set()
    blocks = []
    started = time.perf_counter()
    for first in range(0, n, chunk):
        size = min(chunk, n - first)
        docs = drawn[rng.integers(0, drawn.size, (size, length))]
        for row in range(COPY_EVERY - 1, size, COPY_EVERY):
            docs[row] = docs[row - 7]
            edits = rng.integers(0, length, length // 20)
            docs[row, edits] = drawn[rng.integers(0, drawn.size, edits.size)]
            truth.add((first + row - 7, first + row))
        hashed = table[docs]
        shingles = [shingle_hashes(hashed[row], settings.text.shingle) for row in range(size)]
        blocks.append(signatures(shingles, settings.num_perm, 1))
    signed = time.perf_counter() - started
    matrix = np.concatenate(blocks)
    del blocks
    started = time.perf_counter()
    pairs = candidate_pairs(matrix, settings.text.banding)
    banded = time.perf_counter() - started
    found = {(int(i), int(j)) for i, j in pairs.tolist()}
    return {
        "articles": n,
        "shingle_sign_s": round(signed, 1),
        "lsh_banding_s": round(banded, 1),
        "articles_per_s": round(n / (signed + banded), 1),
        "candidates": len(pairs),
        "copy_recall": round(len(found & truth) / len(truth), 4) if truth else 0.0,
        "signature_mb": round(matrix.nbytes / 2**20, 1),
        "peak_rss_mb": round(peak_mb(), 1),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="10000,100000")
    parser.add_argument("--full-max", type=int, default=100_000)
    parser.add_argument("--peer-max", type=int, default=100_000)
    parser.add_argument("--stream", type=int, default=0)
    parser.add_argument("--corpus", choices=("pool", "stories"), default="pool")
    parser.add_argument("--workers", type=int, default=1, help="find_links' worker processes")
    parser.add_argument("--one", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if not PRATIWI.is_file():
        print(f"skipped: {DATA} is absent", file=sys.stderr)
        return 0
    if args.one:
        mode, size = args.one.split(":")
        n = int(size)
        result = (
            run_full(n, args.corpus, args.workers)
            if mode == "full"
            else run_search(n, n <= args.peer_max, args.corpus)
            if mode == "search"
            else run_text(n, args.corpus)
            if mode == "text"
            else run_stream(n)
        )
        print(json.dumps(result))
        return 0
    jobs = []
    for size in (int(s) for s in args.sizes.split(",") if s):
        jobs.append(f"search:{size}")
        if size <= args.full_max:
            jobs.append(f"full:{size}")
    if args.stream:
        jobs.append(f"stream:{args.stream}")
    results = []
    for job in jobs:
        done = subprocess.run(
            [
                *(sys.executable, __file__, "--one", job, "--corpus", args.corpus),
                *("--peer-max", str(args.peer_max), "--workers", str(args.workers)),
            ],
            capture_output=True,
            text=True,
            check=True,
        )
        results.append(
            {"job": job, "corpus": args.corpus, **json.loads(done.stdout.strip().splitlines()[-1])}
        )
        print(json.dumps(results[-1]), flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
