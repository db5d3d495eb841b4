"""Story clustering speed and memory at scale, on articles made from real news text.

Articles are made from real sentences (../shared/data: BPPT English-Indonesian parallel news,
Guntara et al.'s parallel news, the Pratiwi articles and ECB+): each synthetic story takes a
block of consecutive real sentences, a publication day and 1-30 articles; each article keeps
about 70% of the block's sentences (in Indonesian or, where the block is parallel, sometimes
in English), in a shuffled order, plus two unrelated sentences. The stories are known, so
the bench also reports B-cubed F1 against them (a sanity check, not an accuracy figure: the
stories are made to be separable).

The days span three years whatever the size (as all figures before --articles-per-day), so
ten times the articles is ten times the news a day, and ten times the open stories a chunk
is placed among and the stories it grows; or, with --articles-per-day, as many days as keep
that density, as a real archive grows over time (a news stream's density is about constant;
its archive grows): growth with the size at a constant density is what an archive of 1M
articles costs.

Measured, each size in a fresh process (peak memory is the process's maximum resident size):

- batch: cluster_stories() on all N articles at once;
- stream: assign() in chunks of 1,000 articles in publication order, the state passed from
  chunk to chunk, then the records of the stories the chunk changed (cuts and sub-events:
  records.remade_records, in place of the records that held their articles), as the corpus
  stage runs them (silang.corpus.StoriesRun: the state handed to a chunk holds the open
  stories; the archived ones are kept aside, as the store keeps them in rows); one process
  throughout, so the records re-use the article features (term counts, signatures,
  passages) that earlier chunks read (one vectorize.FeatureCache for the stream; the corpus
  stage keeps one per run, so a run re-reads what earlier runs read). Each chunk is "add
  1,000 new articles to the state of N"; at every checkpoint the bench prints the CPU so
  far, the last chunk's time (placing, and records apart, wall and CPU), the state's JSON
  size and the time of its JSON round trip through silang.store.codec, and memory; at
  every --store-every articles and at the end, the last chunk again as the corpus stage
  runs it on an in-memory Store left as the run before left it (put there untimed), wall
  and CPU of each step: the read (the state's JSON, which articles are new, the archived
  stories the links name, the stored records the changed stories replace), placing,
  records and the write, and how many of the chunk's articles joined a story that was
  there (stage_joined_stories), of those how many the records placed into a grown story's
  sub-events (stage_placed_into_sub_events), and the articles grouped in full;
- padded (--pad-to, after a stream stopped by --stop-at or --limit, or with --pad-at
  after those article counts, the stream going on): the next chunk added by the corpus
  stage as above, to the stream's state with its archive padded by copies
  to N articles, the cheap way to a state of 1M: what grows with the archive (membership
  scans, the store) at the stream's density of open stories; --profile-padded runs that
  chunk under cProfile;
- peer: a bare pass that tokenises every article with one regex and counts its words, the
  floor any clustering of these texts pays; speed is reported as a ratio to it.

    .venv/bin/python bench/cluster.py --sizes 10000,100000 [--modes batch,stream]
    .venv/bin/python bench/cluster.py --write-pool bench/results/cluster-pool.json.gz
    .venv/bin/python bench/cluster.py --pool bench/results/cluster-pool.json.gz \
        --sizes 1000000 --modes stream --every 50000 --store-every 250000 --limit 2400
    .venv/bin/python bench/cluster.py --pool bench/results/cluster-pool.json.gz \
        --sizes 21000 --modes stream --stop-at 20000 --pad-to 1000000 [--profile-padded]
    .venv/bin/python bench/cluster.py --pool bench/results/cluster-pool.json.gz \
        --sizes 10000,100000 --modes stream --every 10000 --store-every 50000 \
        --articles-per-day 100 --pad-to 1000000 --pad-at 99000 [--profile-at 9000,99000]

Articles are made from 6,235 blocks, used in turn: past about 6,000 stories (some 47,000
articles) a block recurs as another made story on another day, which the clustering may
rightly join as a repeat: B-cubed against the made stories falls with size partly for that.
With --fresh-blocks a story past the first round takes a block mixed from three blocks of its
kind (mixed_block), a third of its sentences from each, so that no story retells an earlier
one: what the pool's repeats cost can be told from what the stream itself costs.

Figures (CPU s; a 2-core machine shared with other jobs: CPU figures of one code vary by
some 20% from run to run, wall figures far more; --every 10000 --store-every 50000):

- growth with size, (a) three years whatever the size against (b) 100 articles a day
  (--articles-per-day 100: 10k span 100 days, 100k 1,000 days), before / after the lazy
  open stories (ledger.py) with the stream remaking records as the corpus stage does, run
  side by side: (a) 10k 16.5 / 19.3 (the latter under a heavier load), 100k 395.6 / 352.0
  (placing 223.9 / 192.0, records 171.7 / 160.0), x24.0 / x18.2; (b) 10k 25.9 / 27.1
  (the 100k stream's first 10k, at its density), 100k 415.7 / 369.7 (placing 231.7 /
  197.2, records 184.0 / 172.5), x16.1 / x13.6. The same stories and records (B-cubed,
  remade and placed counts equal). Ten times the articles at one density is not ten
  times the open stories: they grow until a year of news is open (recall_days; 1,228 at
  10k, 4,009 at 100k), and so does placing. The stream to 1M at 100 a day (after; stopped
  at 450k by the time given), CPU per 1,000 added over each 10k: placing 1.5 at 20k, then
  1.6-2.4 from 40k to 450k, flat, with the open stories (3,650-3,860 past the first
  year); records 1.1 at 20k, 2.4 at 50k, 2.8 at 100k, 4.1 at 240k, 5.5 at 450k. Records
  follow the stories a chunk grows, and the pool's repeats (a block recurs every some
  47,000 articles, its made story joining the earlier one within recall_days) keep
  stories open and growing: the largest a chunk remade held 458 articles at 50k, 3,501
  at 450k, where 18,011 articles were re-weighted for 1,000 new (3,070 grouped in full,
  124 placed into grown stories' sub-events): re-weighting a grown story's earlier
  members is what still grows in the stream. The corpus stage's chunk at 100k / 200k /
  300k / 400k: placing 1.30 / 1.28 / 1.34 / 1.69, records 1.72 / 2.70 / 2.62 / 3.80,
  write 0.75 / 0.70 / 0.74 / 1.09, but start 1.52 / 4.39 / 5.55 / 7.16: the read grew
  with the store. Two causes, since mended (corpus._unplaced looked each stored article up
  in the chunk's tuple of ids; the garbage collector's collections during codec.loads
  walked every object the run holds): start at 40k / 60k 2.38 / 3.27 -> 0.64 / 0.76
  (two runs beside each other, not this stream again). rss 2,491 MiB at
  100k, 2,724 at 450k (2,120 of it the 1M articles made up front).
- an open story a chunk does not name as a candidate costs a listing in the index and
  nothing else (ledger.py): Ledger() and state() over 4,500 open stories 0.53-0.74 s
  before, 0.10 s after; the chunk at 99k (b) under cProfile, 14,088 / 10,112 calls of
  heapq.nlargest, and from_state out of the top. Of that chunk's 5,562 articles
  re-weighted by the records (_placed, some 18% of its profile), 2,119 were grouped in
  full and 86 placed into grown stories' sub-events: some 3,350 earlier members were
  re-weighted to place those 86 (about 11% of the chunk). A summed vector per sub-event
  kept in the stored record would spare them, at the cost of a field in SubEvent
  (silang.model) and records weighed by older document frequencies: not done.
- the corpus stage at 100k (b), after: start 2.80 (the state's JSON, 16.9 MiB of 4,009
  open stories), placing 1.19, records 1.74, write 0.74. The state's JSON is what most
  follows the open stories now: a centroid and title terms packed into one string each
  take codec.loads from 0.86 to 0.10 s and dumps from 0.57 to 0.08 s at 4,000 open
  stories (a state format change: not done).
- padded 1M add-1,000 at (b) (--pad-at 99000 --pad-to 1000000: the stream's own next
  chunk, articles 99,001-100,000, to its state padded to 1M articles, 105,769 archived
  stories): start 2.85, placing 1.46, records 1.90 (3.22 with no features kept), write
  0.57, rss 1,345 MiB; 541 of the 1,000 joined a story there before, 86 of them placed
  into a grown story's sub-events, 2,119 articles grouped in full (the same chunk
  unpadded: 2.80 / 1.19 / 1.74 / 0.74): the archive adds nothing measurable.

- stream, pool as is, 10k / 100k: placing 11.1 / 209.0, records 6.2 / 270.6 (total x28 for
  x10 articles; again, with this file's store changes: 10.9 / 203.7, 5.6 / 258.4, the same
  stories). The last chunk's records take 0.5-1.0 s up to 10k and 3.8-5.1 s past 80k: a
  chunk remakes the records of the stories it changed, each in full (every member
  re-weighted by the document frequencies of the moment, cut, grouped into sub-events), so
  their cost follows the members of those stories, not the chunk: 1,063 articles remade for
  1,000 new at 10k, 4,802 at 100k (178 stories, the largest 808).
- grown stories placed into their sub-events, grouped in full only at each rung of growth
  (subevents.regroups, records.py), before / after, the two 100k streams side by side under
  the same load (--sizes 100000 --every 10000 --store-every 50000): records 7.8 / 7.2 at
  10k, 33.8 / 28.1 at 30k, 143.0 / 92.7 at 70k, 301.8 / 165.7 at 100k; placing the same
  (222.5 / 214.4); stream total 10k -> 100k x23.8 / x18.4 (records alone x38.7 / x23.0).
  The last chunk's records at 100k 5.91 / 2.89 (the corpus stage's 5.21 / 2.24); of its
  4,802 articles re-weighted, 1,721 grouped in full (the new stories' and those crossing a
  rung) and 101 placed (add_1000_regrouped_articles, add_1000_placed_articles). What still
  grows is re-weighting every article of a grown story to place its new ones. Records
  against the made stories B-cubed 0.741 / 0.740.
- the same with --fresh-blocks (another run, beside the first, 100k): records 171.2 against
  317.9, placing 231.8 against 235.3; the last chunk's records 2.2 s, 2,632 articles remade
  (176 stories, the largest 660). The pool's repeats make about half the records' cost at
  100k; what still grows is the story that keeps taking articles within recall_days and so
  never closes, whose record is made again from all its members at each chunk it grows.
- placing: the last chunk 1.1-1.4 s at 10k, 2.0-2.5 s at 100k, with the open stories (473 /
  3,667: a year of stories at the stream's density, each made a working story and indexed
  at every run), not with the archive.
- the corpus stage's last chunk at 100k, before / after: write 1.65 / 0.66 (the state's
  JSON, 15.5 MiB of open stories, and the records: store.codec.to_jsonable keeps tuples of
  scalars as they are instead of asdict's copy of every string and float); the state's
  JSON round trip 4.54 / 3.05.
- padded 1M add-1,000 (--sizes 21000 --stop-at 20000 --pad-to 1000000; one of its
  articles took the grown records' placing path, the rest grouped in full), before / after:
  start 0.61 / 0.55, placing 1.27 / 1.67 (the same code: noise), records 0.75 / 0.70 (0.79
  with no features kept, as a pipeline run has it), write 0.50 / 0.17; the state's JSON
  round trip 1.28 / 0.60. The padded run holds only the stream's 21k articles; at 1M stored
  articles (1M ids in story records), asking about every one (corpus._unplaced) took 2.0 s,
  and 0.09 s told the run's own (Store.unfinished_articles, 0.001 s).
"""

from __future__ import annotations

import argparse
import cProfile
import gzip
import hashlib
import json
import math
import pstats
import random
import re
import resource
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from pathlib import Path

from silang.cluster import (
    ClusterState,
    assign,
    cluster_stories,
    empty_state,
    state_stories,
)
from silang.cluster.corpora import load_ecbplus, load_pratiwi
from silang.cluster.evaluate import labels_of, score
from silang.cluster.records import members_of, remade_records, story_order
from silang.cluster.state import Archive
from silang.cluster.subevents import regroups
from silang.cluster.vectorize import FeatureCache
from silang.corpus import StoriesRun, save_state
from silang.lang.stories import StoriesLexicon, load_stories_lexicon
from silang.model import Annotated, Article, Story, SubEvent
from silang.store import Store, codec

DATA = Path(__file__).resolve().parents[2] / "shared" / "data"
LEXICONS: dict[str, StoriesLexicon] = {code: load_stories_lexicon(code) for code in ("id", "en")}
TOKEN = re.compile(r"\w+")
START = date(2022, 1, 1)
CHUNK = 1000


@dataclass(frozen=True)
class Block:
    """Consecutive real sentences; ``english`` is their translation where the source is
    parallel."""

    sentences: tuple[str, ...]
    language: str
    english: tuple[str, ...] = ()


def read_lines(path: Path) -> list[str]:
    return [line.strip() for line in path.read_text(encoding="utf-8").splitlines()]


def blocks(pool: Path | None = None) -> tuple[list[Block], dict[str, list[str]]]:
    """Story seeds and, per language, a pool of filler sentences; from ``pool`` (written by
    --write-pool) where given, else from ../shared/data."""
    if pool is not None:
        with gzip.open(pool, "rt", encoding="utf-8") as handle:
            found = [Block(tuple(s), lang, tuple(e)) for s, lang, e in json.load(handle)]
    else:
        found = read_blocks()
    fillers: dict[str, list[str]] = {"id": [], "en": []}
    for block in found:
        fillers[block.language].extend(block.sentences)
        fillers["en"].extend(block.english)
    return found, fillers


def read_blocks(size: int = 6) -> list[Block]:
    """Blocks of consecutive real sentences from ../shared/data."""
    found: list[Block] = []
    pairs: list[tuple[Path, Path]] = []
    parallel = DATA / "bppt-panl-en-id" / "parallel"
    for indonesian in sorted(parallel.glob("PANL-BPPT-*-ID-*.txt")):
        pairs.append((indonesian, Path(str(indonesian).replace("-ID-", "-EN-"))))
    guntara = DATA / "gunnxx-en-id-news"
    pairs += [(guntara / f"{split}.id", guntara / f"{split}.en") for split in ("valid", "test")]
    for indonesian, english in pairs:
        if not indonesian.is_file() or not english.is_file():
            continue
        id_lines, en_lines = read_lines(indonesian), read_lines(english)
        for start in range(0, min(len(id_lines), len(en_lines)) - size + 1, size):
            found.append(
                Block(
                    tuple(id_lines[start : start + size]),
                    "id",
                    tuple(en_lines[start : start + size]),
                )
            )
    pratiwi = DATA / "id-hoax-news-pratiwi" / "news600_topics.jsonl"
    if pratiwi.is_file():
        for gold in load_pratiwi(pratiwi):
            found.append(Block(tuple(gold.item.article.text.split(". ")), "id"))
    if (DATA / "ecbplus" / "gold_doc_clusters.json").is_file():
        for gold in load_ecbplus(DATA / "ecbplus"):
            found.append(Block(tuple(gold.item.article.text.split(" . ")), "en"))
    if not found:
        raise SystemExit(f"no real text found under {DATA}")
    return found


def make_articles(
    count: int,
    pool: Path | None = None,
    seed: int = 7,
    days: int = 3 * 365,
    fresh: bool = False,
) -> tuple[list[Annotated], dict[str, int]]:
    """``count`` articles in stories over ``days`` days, in publication order, and each
    article's story; past the blocks' first round, a story's block is ``fresh``
    (mixed_block) where asked, else the block again."""
    rng = random.Random(seed)
    seeds, fillers = blocks(pool)
    order = list(range(len(seeds)))
    rng.shuffle(order)
    kinds: dict[tuple[str, bool], list[int]] = {}
    for number in order:
        kinds.setdefault((seeds[number].language, bool(seeds[number].english)), []).append(number)
    items: list[Annotated] = []
    story_of: dict[str, int] = {}
    story = 0
    while len(items) < count:
        block = seeds[order[story % len(order)]]
        if fresh and story >= len(order):
            block = mixed_block(seeds, kinds, order[story % len(order)], story // len(order))
        day = START + timedelta(days=rng.randrange(days))
        for _ in range(min(1 + int(rng.expovariate(1 / 7)), 30)):
            english = bool(block.english) and rng.random() < 0.3
            language = "en" if english else block.language
            source = block.english if english else block.sentences
            kept = [s for s in source if s and rng.random() < 0.7] or list(source[:1])
            rng.shuffle(kept)
            kept += rng.sample(fillers[language], 2)
            text = " ".join(kept)
            article_id = hashlib.sha256(f"{story}/{len(items)}".encode()).hexdigest()[:16]
            published = (day + timedelta(days=rng.randrange(7))).isoformat()
            article = Article(
                id=article_id,
                sources=(article_id,),
                text=text,
                raw_text=text,
                language=language,
                title=" ".join(kept[0].split()[:12]),
                published=published,
            )
            items.append(Annotated(article=article))
            story_of[article_id] = story
            if len(items) == count:
                break
        story += 1
    items.sort(key=lambda a: (a.article.published or "", a.article.id))
    return items, story_of


def mixed_block(
    seeds: list[Block], kinds: dict[tuple[str, bool], list[int]], number: int, round_: int
) -> Block:
    """A block no earlier story told, in place of block ``number`` in the ``round_``-th round
    of the blocks: its sentence i comes from the (i mod 3)-th of three blocks of its kind
    (language, parallel or not) at offsets 0, round and 3 x round along the kind's order, so
    that it shares a third of its sentences with any block it draws on and no two stories
    are the same mix (--fresh-blocks: a real stream rarely repeats a story's text years on,
    while the pool's blocks recur past their first round and grow the stories that the
    repeat joins)."""
    block = seeds[number]
    kind = kinds[(block.language, bool(block.english))]
    if len(kind) < 7 * round_:
        return block
    at = kind.index(number)
    partners = [seeds[kind[(at + offset) % len(kind)]] for offset in (0, round_, 3 * round_)]

    def mixed(pick: Callable[[Block], tuple[str, ...]]) -> tuple[str, ...]:
        own = pick(block)
        drawn = [pick(partners[i % 3]) for i in range(len(own))]
        return tuple(d[i] if i < len(d) else own[i] for i, d in enumerate(drawn))

    english = mixed(lambda b: b.english) if block.english else ()
    return Block(mixed(lambda b: b.sentences), block.language, english)


def peak_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def bare_pass(items: list[Annotated]) -> float:
    started = time.perf_counter()
    for annotated in items:
        Counter(TOKEN.findall(annotated.article.text.lower()))
    return time.perf_counter() - started


def rss_mib() -> float:
    """Current resident size (Linux), for memory at a checkpoint."""
    with open("/proc/self/statm", encoding="ascii") as handle:
        return int(handle.read().split()[1]) * resource.getpagesize() / 2**20


def span_days(size: int, per_day: float) -> int:
    """Days the made articles span: three years (the density grows with the size) or, where
    ``per_day`` is given (--articles-per-day), as many days as keep that density, as a real
    archive grows over time."""
    return max(1, math.ceil(size / per_day)) if per_day > 0 else 3 * 365


def batch(
    size: int, pool: Path | None, fresh: bool = False, per_day: float = 0.0
) -> dict[str, object]:
    """cluster_stories() on ``size`` articles at once."""
    items, story_of = make_articles(size, pool, days=span_days(size, per_day), fresh=fresh)
    base = peak_mib()
    peer = bare_pass(items)
    started, cpu = time.perf_counter(), time.process_time()
    stories = cluster_stories(items, (), LEXICONS)
    seconds = time.perf_counter() - started
    cpu = time.process_time() - cpu
    truth = {a.article.id: story_of[a.article.id] for a in items}
    scores = score(labels_of(story.article_ids for story in stories), truth)
    return {
        "mode": "batch",
        "size": size,
        "seconds": round(seconds, 1),
        "articles_per_s": round(size / seconds),
        "cpu_s": round(cpu, 1),
        "peer_s": round(peer, 2),
        "ratio_to_peer": round(seconds / peer, 1),
        "peak_mib": round(peak_mib()),
        "peak_over_data_mib": round(peak_mib() - base),
        "stories": len(stories),
        "gold_stories": len(set(truth.values())),
        "b3_f1": round(scores.b3_f1, 3),
    }


def padded(state: ClusterState, articles: int) -> ClusterState:
    """The state with copies of its archived stories (under new ids) appended until it holds
    ``articles`` articles: what a state that has seen that many looks like to a run, whose
    work depends on its open stories and on the size of its archive."""
    archive = state.archive
    held = sum(len(members) for members in archive.members) + sum(
        len(story.article_ids) for story in state.stories
    )
    extra = []
    copy = 0
    while held < articles and archive.ids:
        for story in archive.stories():
            copy += 1
            ids = tuple(f"{article_id}~{copy}" for article_id in story.article_ids)
            extra.append(replace(story, id=f"{story.id}~{copy}", article_ids=ids))
            held += len(ids)
            if held >= articles:
                break
    return replace(state, archive=archive.adding(extra))


@dataclass
class Stream:
    """What a stream carries from chunk to chunk, and what its last chunk took. As the corpus
    stage keeps them (silang.corpus.StoriesRun), a chunk is handed the open stories alone
    (the store keeps the archived ones in rows and hands a run those its must-links name:
    none here), and remakes the records of the stories it changed alone
    (records.remade_records), in place of the records that held their articles."""

    #: The open stories (its archive: the stories the last chunk archived).
    state: ClusterState
    features: FeatureCache
    #: Every story archived so far (the store's rows), and as it was before the last chunk.
    archive: Archive = field(default_factory=Archive)
    archive_before: Archive = field(default_factory=Archive)
    #: The open stories before the last chunk.
    before: ClusterState = field(default_factory=empty_state)
    #: The records (the store's), by id, and the record holding each article.
    by_id: dict[str, Story] = field(default_factory=dict)
    record_of: dict[str, str] = field(default_factory=dict)
    #: The records the last chunk replaced, and those it made.
    replaced: tuple[Story, ...] = ()
    made: tuple[Story, ...] = ()
    done: int = 0
    spent: float = 0.0
    spent_records: float = 0.0
    #: CPU seconds so far, placing and records (wall figures suffer on a shared machine).
    cpu: float = 0.0
    cpu_records: float = 0.0
    #: The last chunk: placing wall and CPU seconds, records wall and CPU seconds.
    last: tuple[float, float, float, float] = (0.0, 0.0, 0.0, 0.0)
    #: The last chunk's articles, and what its records remade: the stories, their articles
    #: (each re-vectorised) and the largest story's; of those articles, the ones of stories
    #: grouped again in full, and the new ones placed into grown stories' sub-events
    #: (subevents.regroups; a must-link merge, grouped in full, counts as grown here).
    chunk: tuple[str, ...] = ()
    remade: tuple[int, int, int] = (0, 0, 0)
    regrouped: tuple[int, int] = (0, 0)

    @property
    def records(self) -> tuple[Story, ...]:
        """Every record, in story order."""
        return tuple(sorted(self.by_id.values(), key=story_order))

    @property
    def previous(self) -> tuple[Story, ...]:
        """The records before the last chunk (what the store held when it came)."""
        made = {story.id for story in self.made}
        kept = [story for story in self.by_id.values() if story.id not in made]
        return tuple(sorted([*kept, *self.replaced], key=story_order))

    def whole(self) -> ClusterState:
        """The state with every archived story, as the store holds it."""
        return replace(self.state, archive=self.archive)

    def whole_before(self) -> ClusterState:
        """The state before the last chunk with every archived story."""
        return replace(self.before, archive=self.archive_before)

    def add(self, items: list[Annotated]) -> None:
        """Place the next chunk of ``items`` and remake the records of what it changed, as
        the corpus stage does (silang.corpus.update_stories)."""
        chunk = items[self.done : self.done + CHUNK]
        tick, cpu = time.perf_counter(), time.process_time()
        self.before, self.archive_before = self.state, self.archive
        placed, changed = assign(self.state, chunk, (), LEXICONS, features=self.features)
        took, cpu_placing = time.perf_counter() - tick, time.process_time() - cpu
        self.done += len(chunk)
        tick, cpu = time.perf_counter(), time.process_time()
        stale = {story.id for story in changed}
        members = members_of(placed, stale)
        holding = {self.record_of[member] for member in members if member in self.record_of}
        replaced = tuple(self.by_id[held] for held in sorted(holding))
        made = remade_records(
            placed,
            stale,
            items[: self.done],
            (),
            LEXICONS,
            features=self.features,
            previous=replaced,
        )
        took_records, cpu_records = time.perf_counter() - tick, time.process_time() - cpu
        self.spent += took
        self.spent_records += took_records
        self.cpu += cpu_placing
        self.cpu_records += cpu_records
        self.last = (took, cpu_placing, took_records, cpu_records)
        self.chunk = tuple(item.article.id for item in chunk)
        sizes = [len(story.article_ids) for story in changed]
        self.remade = (len(sizes), sum(sizes), max(sizes, default=0))
        full = grown = 0
        for story in changed:
            # Every article placed before is in a record.
            before = sum(1 for article_id in story.article_ids if article_id in self.record_of)
            if before == 0 or regroups(before, len(story.article_ids)):
                full += len(story.article_ids)
            else:
                grown += len(story.article_ids) - before
        self.regrouped = (full, grown)
        self.replaced, self.made = replaced, made
        for story in replaced:
            del self.by_id[story.id]
            for article_id in story.article_ids:
                del self.record_of[article_id]
        for story in made:
            self.by_id[story.id] = story
            self.record_of.update(dict.fromkeys(story.article_ids, story.id))
        self.archive = self.archive.adding(placed.archive.stories())
        self.state = replace(placed, archive=Archive())


def profiled_add(run: Stream, items: list[Annotated]) -> None:
    """Run.add under cProfile."""
    profiler = cProfile.Profile()
    profiler.runcall(run.add, items)
    print(f"-- profile of the chunk ending at {run.done} articles", file=sys.stderr)
    print_profile(profiler)


def print_profile(profiler: cProfile.Profile, top: int = 25) -> None:
    """The top costs (own time, then cumulative) to stderr."""
    stats = pstats.Stats(profiler, stream=sys.stderr)
    stats.sort_stats("tottime").print_stats(top)
    stats.sort_stats("cumulative").print_stats(top)
    sys.stderr.flush()


def corpus_run(
    before: ClusterState,
    previous: tuple[Story, ...],
    items: list[Annotated],
    features: FeatureCache,
    new: tuple[str, ...],
    profile: bool = False,
) -> dict[str, float]:
    """Seconds (wall and CPU, keys "stage_...") of each step of the corpus stage
    (silang.corpus.StoriesRun) adding the last of ``items`` that ``before`` does not hold,
    in an in-memory store that holds ``before`` and its ``previous`` records (put there
    untimed). ``features`` is the stream's, as its own chunks had it; ``new``: the new
    articles' ids, as the pipeline tells the stage (Store.unfinished_articles)."""
    timings: dict[str, float] = {}

    def timed(name: str, step: Callable[[], object]) -> object:
        tick, cpu = time.perf_counter(), time.process_time()
        done = step()
        timings[f"stage_{name}_s"] = round(time.perf_counter() - tick, 2)
        timings[f"stage_{name}_cpu_s"] = round(time.process_time() - cpu, 2)
        return done

    with Store(":memory:") as store:
        with store.transaction():
            save_state(store, before, None)
            store.replace_stories_in_transaction(previous)
        profiler = cProfile.Profile() if profile else None
        if profiler is not None:
            profiler.enable()
        run = timed("start", lambda: StoriesRun.start(store, items, (), features, new))
        assert isinstance(run, StoriesRun), "the chunk's articles are new"
        timed("placing", lambda: run.place(LEXICONS))
        timed("read_records", run.read_replaced)
        timed("records", lambda: run.remake(items, LEXICONS))
        timed("write", run.save)
        if profiler is not None:
            profiler.disable()
            print_profile(profiler)
        placed = [item.article.id for item in run.new_items]
        assert set(placed) == set(new), "the new articles are the chunk's"
        assert store.in_stories(placed) == set(placed), "store lost records"
    read = timings["stage_start_cpu_s"] + timings["stage_read_records_cpu_s"]
    timings["stage_store_read_cpu_s"] = round(read, 2)
    timings["stage_new_articles"] = len(placed)
    timings["stage_records_made"] = len(run.records)
    timings.update(paths(run.changed, run.previous, set(placed)))
    return timings


def paths(changed: Sequence[Story], previous: Sequence[Story], new: set[str]) -> dict[str, float]:
    """How many of the ``new`` articles joined a story that was there before (placing into
    an open story), and of those, how many the records placed into a grown story's
    sub-events (subevents.regroups: not grouped again in full); the articles the records
    grouped in full."""
    stored = {article_id for record in previous for article_id in record.article_ids}
    joined = placed = full = 0
    for story in changed:
        before = sum(1 for article_id in story.article_ids if article_id in stored)
        fresh = sum(1 for article_id in story.article_ids if article_id in new)
        if before:
            joined += fresh
        if before and not regroups(before, len(story.article_ids)):
            placed += fresh
        else:
            full += len(story.article_ids)
    return {
        "stage_joined_stories": joined,
        "stage_placed_into_sub_events": placed,
        "stage_grouped_in_full": full,
    }


@dataclass(frozen=True)
class StreamOptions:
    """How a stream runs and what it reports (see main's flags)."""

    every: int = 10_000
    limit: float = float("inf")
    stop_at: int = 0
    store_every: int = 10_000
    profile_at: frozenset[int] = frozenset()
    pad: int = 0
    #: Where the stream goes on, the articles after which the padded chunk is timed (its
    #: next chunk, padded), instead of after the stop.
    pad_at: frozenset[int] = frozenset()
    profile_padded: bool = False
    fresh: bool = False
    #: Articles a day (the span grows with the size); 0: three years whatever the size.
    per_day: float = 0.0


def stream(size: int, pool: Path | None, options: StreamOptions) -> None:
    """assign() in chunks of 1,000 articles in publication order, printing a line at every
    ``every`` articles: the time the last chunk took (adding 1,000 articles to a state of
    that size), the state's JSON size and round-trip time, memory, and at every
    ``store_every`` articles and at the end the store's round trip (at 1M it costs more than
    a chunk); stops after ``limit`` seconds of clustering or at ``stop_at`` articles. The
    chunks ending at ``profile_at`` run under cProfile (slower: keep them off checkpoints)."""
    days = span_days(size, options.per_day)
    items, story_of = make_articles(size, pool, days=days, fresh=options.fresh)
    base = peak_mib()
    peer = bare_pass(items)
    head = {"mode": "stream", "size": size, "days": days, "peer_s": round(peer, 2)}
    print(json.dumps(head), flush=True)
    run = Stream(empty_state(), FeatureCache())
    while run.done < size:
        if run.done + CHUNK in options.profile_at:
            profiled_add(run, items)
        else:
            run.add(items)
        stopped = run.spent > options.limit or run.done == options.stop_at
        if run.done % options.every == 0 or run.done == size or stopped:
            line = checkpoint(run, peer * run.done / size, base)
            if run.done % options.store_every == 0 or run.done == size or stopped:
                line.update(
                    corpus_run(
                        run.whole_before(),
                        run.previous,
                        items[: run.done],
                        run.features,
                        run.chunk,
                    )
                )
            if run.done == size or stopped:
                line.update(sanity(run, items[: run.done], story_of))
            print(json.dumps(line), flush=True)
        if options.pad and run.done in options.pad_at and run.done < size:
            padded_add(run, items[: run.done + CHUNK], options.pad, options.profile_padded)
        if stopped:
            print(json.dumps({"stopped": f"at {run.done} articles"}), flush=True)
            break
    if options.pad and not options.pad_at and run.done < len(items):
        padded_add(run, items[: run.done + CHUNK], options.pad, options.profile_padded)


def checkpoint(run: Stream, peer: float, base: float) -> dict[str, object]:
    """The line printed at a checkpoint: speed so far, the last chunk, the state's size and
    round trips, memory."""
    took, cpu_placing, took_records, cpu_records = run.last
    return {
        "articles": run.done,
        "seconds": round(run.spent, 1),
        "articles_per_s": round(run.done / run.spent),
        "cpu_s": round(run.cpu, 1),
        "articles_per_cpu_s": round(run.done / run.cpu),
        "ratio_to_peer": round(run.spent / peer, 1),
        "add_1000_s": round(took, 2),
        "add_1000_cpu_s": round(cpu_placing, 2),
        "records_s": round(run.spent_records, 1),
        "records_cpu_s": round(run.cpu_records, 1),
        "add_1000_records_s": round(took_records, 2),
        "add_1000_records_cpu_s": round(cpu_records, 2),
        **kept_json(run.state),
        "open_stories": len(run.state.stories),
        "archived_stories": len(run.archive.ids),
        "records": len(run.by_id),
        "add_1000_remade_stories": run.remade[0],
        "add_1000_remade_articles": run.remade[1],
        "add_1000_remade_largest": run.remade[2],
        "add_1000_regrouped_articles": run.regrouped[0],
        "add_1000_placed_articles": run.regrouped[1],
        "rss_mib": round(rss_mib()),
        "peak_over_data_mib": round(peak_mib() - base),
    }


def sanity(run: Stream, placed: list[Annotated], story_of: dict[str, int]) -> dict[str, object]:
    """B-cubed F1 of the placed stories and of the records against the made stories."""
    truth = {a.article.id: story_of[a.article.id] for a in placed}
    found = labels_of(story.article_ids for story in state_stories(run.whole()))
    from_records = labels_of(story.article_ids for story in run.records)
    return {
        "b3_f1": round(score(found, truth).b3_f1, 3),
        "records_b3_f1": round(score(from_records, truth).b3_f1, 3),
        "gold_stories": len(set(truth.values())),
    }


def kept_json(state: ClusterState) -> dict[str, float]:
    """The size of the JSON the store keeps of ``state`` (its open stories: the archived ones
    have rows of their own), and the wall and CPU seconds of its round trip."""
    tick, cpu = time.perf_counter(), time.process_time()
    payload = codec.dumps(replace(state, archive=Archive()))
    codec.loads(ClusterState, payload)
    return {
        "state_json_mib": round(len(payload.encode()) / 2**20, 1),
        "json_round_trip_s": round(time.perf_counter() - tick, 2),
        "json_round_trip_cpu_s": round(time.process_time() - cpu, 2),
    }


def padded_add(run: Stream, items: list[Annotated], pad: int, profile: bool) -> None:
    """Time the corpus stage adding the 1,000 articles after the stream's of ``items`` to its
    state padded with archived copies to ``pad`` articles (under cProfile where
    ``profile``), with the stream's features, then again (keys "cold_...") with none kept, as
    a run of the pipeline has it (one FeatureCache a run: the records read every article of
    the stories it changes afresh)."""
    grown = padded(run.whole(), pad)
    # The copies' records as an earlier run would have left them (one sub-event each).
    copies = [with_sub_event(s) for s in state_stories(grown) if "~" in s.id]
    previous = (*run.records, *copies)
    new = tuple(item.article.id for item in items[run.done :])
    line: dict[str, object] = {
        "padded_to_articles": pad,
        "archived_stories": len(grown.archive.ids),
        **kept_json(grown),
        **corpus_run(grown, previous, items, run.features, new, profile),
    }
    cold = corpus_run(grown, previous, items, FeatureCache(), new)
    line.update({f"cold_{key}": value for key, value in cold.items() if "cpu" in key})
    line["rss_mib"] = round(rss_mib())
    print(json.dumps(line), flush=True)


def with_sub_event(story: Story) -> Story:
    """The story with one sub-event holding all its articles."""
    return replace(story, sub_events=(SubEvent(story.title, story.article_ids),))


def write_pool(path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    rows = [[list(b.sentences), b.language, list(b.english)] for b in read_blocks()]
    with gzip.open(path, "wt", encoding="utf-8") as handle:
        json.dump(rows, handle, ensure_ascii=False)


def stream_options(args: argparse.Namespace) -> StreamOptions:
    return StreamOptions(
        every=args.every,
        limit=args.limit,
        stop_at=args.stop_at,
        store_every=args.store_every or args.every,
        profile_at=frozenset(int(n) for n in args.profile_at.split(",") if n),
        pad=args.pad_to,
        pad_at=frozenset(int(n) for n in args.pad_at.split(",") if n),
        profile_padded=args.profile_padded,
        fresh=args.fresh_blocks,
        per_day=args.articles_per_day,
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="10000,100000")
    parser.add_argument("--modes", default="batch,stream")
    parser.add_argument("--pool", type=Path, help="read the sentence pool from this file")
    parser.add_argument("--write-pool", type=Path, help="write the sentence pool and stop")
    parser.add_argument("--every", type=int, default=10_000, help="stream checkpoint interval")
    parser.add_argument("--limit", type=float, default=float("inf"), help="stream time limit")
    parser.add_argument(
        "--pad-to",
        type=int,
        default=0,
        help="after a stopped stream, time adding 1,000 "
        "articles to its state padded with archived copies to this many articles",
    )
    parser.add_argument(
        "--pad-at",
        default="",
        help="with --pad-to: time the padded chunk after these article counts (comma-"
        "separated; the stream's next chunk, padded) and go on, instead of after a stop",
    )
    parser.add_argument("--stop-at", type=int, default=0, help="stream: stop at this many")
    parser.add_argument(
        "--store-every", type=int, default=0, help="stream store round-trip interval"
    )
    parser.add_argument(
        "--profile-padded", action="store_true", help="profile the padded chunk (--pad-to)"
    )
    parser.add_argument(
        "--profile-at",
        default="",
        help="stream: profile the chunks ending at these article counts (comma-separated)",
    )
    parser.add_argument(
        "--fresh-blocks",
        action="store_true",
        help="past the pool's first round, stories take blocks mixed afresh (mixed_block) "
        "instead of the pool's blocks again",
    )
    parser.add_argument(
        "--articles-per-day",
        type=float,
        default=0.0,
        help="spread the articles at this density (the span grows with the size) instead of "
        "over three years",
    )
    parser.add_argument("--child", nargs=2, metavar=("SIZE", "MODE"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.write_pool:
        write_pool(args.write_pool)
        return 0
    if args.child:
        size, mode = int(args.child[0]), args.child[1]
        if mode == "batch":
            found = batch(size, args.pool, args.fresh_blocks, args.articles_per_day)
            print(json.dumps(found), flush=True)
        else:
            stream(size, args.pool, stream_options(args))
        return 0
    for mode in args.modes.split(","):
        for size in (int(s) for s in args.sizes.split(",")):
            command = [sys.executable, __file__, "--child", str(size), mode]
            command += ["--every", str(args.every), "--limit", str(args.limit)]
            command += ["--stop-at", str(args.stop_at), "--store-every", str(args.store_every)]
            command += ["--profile-at", args.profile_at, "--pad-to", str(args.pad_to)]
            command += ["--profile-padded"] if args.profile_padded else []
            command += ["--pad-at", args.pad_at] if args.pad_at else []
            command += ["--fresh-blocks"] if args.fresh_blocks else []
            command += ["--articles-per-day", str(args.articles_per_day)]
            if args.pool:
                command += ["--pool", str(args.pool)]
            # Each size in a fresh process, so that peak memory is its own.
            subprocess.run(command, check=False)
    return 0


if __name__ == "__main__":
    sys.exit(main())
