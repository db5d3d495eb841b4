"""Story clustering speed and memory at scale, on articles made from real news text.

Articles are made from real sentences (../shared/data: BPPT English-Indonesian parallel news,
Guntara et al.'s parallel news, the Pratiwi articles and ECB+): each synthetic story takes a
block of consecutive real sentences, a publication day in a three-year span and 1-30
articles; each article keeps about 70% of the block's sentences (in Indonesian or, where the
block is parallel, sometimes in English), in a shuffled order, plus two unrelated sentences.
The stories are known, so the bench also reports B-cubed F1 against them (a sanity check, not
an accuracy figure: the stories are made to be separable).

Measured, each size in a fresh process (peak memory is the process's maximum resident size):

- batch: cluster_stories() on all N articles at once;
- stream: assign() in chunks of 1,000 articles in publication order (about a day of news at
  this density), the state passed from chunk to chunk, then refresh_records() (the records
  of the stories the chunk changed: cuts and sub-events), as the corpus stage runs them; one
  process throughout, so the records re-use the article features (term counts, signatures,
  passages) that earlier chunks read (one vectorize.FeatureCache for the stream; the corpus
  stage keeps one per run, so a run re-reads what earlier runs read). Each
  chunk is "add 1,000 new articles to the state of N"; at every checkpoint the bench prints
  the last chunk's time (placing, and records apart, wall and CPU), the state's JSON size
  and the time of its JSON round trip through silang.store.codec (what the store would
  add), and memory;
- peer: a bare pass that tokenises every article with one regex and counts its words, the
  floor any clustering of these texts pays; speed is reported as a ratio to it.

    .venv/bin/python bench/cluster.py --sizes 10000,100000 [--modes batch,stream]
    .venv/bin/python bench/cluster.py --write-pool bench/results/cluster-pool.json.gz
    .venv/bin/python bench/cluster.py --pool bench/results/cluster-pool.json.gz \
        --sizes 1000000 --modes stream --every 100000 --limit 540
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import random
import re
import resource
import subprocess
import sys
import time
from collections import Counter
from dataclasses import dataclass, replace
from datetime import date, timedelta
from pathlib import Path

from silang.cluster import (
    ClusterState,
    assign,
    cluster_stories,
    empty_state,
    refresh_records,
    state_stories,
)
from silang.cluster.corpora import load_ecbplus, load_pratiwi
from silang.cluster.evaluate import labels_of, score
from silang.cluster.vectorize import FeatureCache
from silang.lang.stories import StoriesLexicon, load_stories_lexicon
from silang.model import Annotated, Article, Story, SubEvent
from silang.store import codec

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
    count: int, pool: Path | None = None, seed: int = 7, days: int = 3 * 365
) -> tuple[list[Annotated], dict[str, int]]:
    """``count`` articles in stories over ``days`` days, in publication order, and each
    article's story."""
    rng = random.Random(seed)
    seeds, fillers = blocks(pool)
    order = list(range(len(seeds)))
    rng.shuffle(order)
    items: list[Annotated] = []
    story_of: dict[str, int] = {}
    story = 0
    while len(items) < count:
        block = seeds[order[story % len(order)]]
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


def batch(size: int, pool: Path | None) -> dict[str, object]:
    """cluster_stories() on ``size`` articles at once."""
    items, story_of = make_articles(size, pool)
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


def stream(size: int, pool: Path | None, every: int, limit: float, pad: int) -> None:
    """assign() in chunks of 1,000 articles in publication order, printing a line at every
    ``every`` articles: the time the last chunk took (adding 1,000 articles to a state of
    that size), the state's JSON size and round-trip time, memory; stops after ``limit``
    seconds of clustering."""
    items, story_of = make_articles(size, pool)
    base = peak_mib()
    peer = bare_pass(items)
    print(json.dumps({"mode": "stream", "size": size, "peer_s": round(peer, 2)}), flush=True)
    state = empty_state()
    features = FeatureCache()
    records: tuple[Story, ...] = ()
    spent = spent_records = 0.0
    done = 0
    for start in range(0, size, CHUNK):
        chunk = items[start : start + CHUNK]
        tick = time.perf_counter()
        state, changed = assign(state, chunk, (), LEXICONS, features=features)
        took = time.perf_counter() - tick
        spent += took
        done += len(chunk)
        tick, cpu = time.perf_counter(), time.process_time()
        records = refresh_records(
            state, changed, records, items[:done], (), LEXICONS, features=features
        )
        took_records = time.perf_counter() - tick
        cpu_records = time.process_time() - cpu
        spent_records += took_records
        if done % every == 0 or done == size or spent > limit:
            tick = time.perf_counter()
            payload = codec.dumps(state)
            codec.loads(ClusterState, payload)
            round_trip = time.perf_counter() - tick
            line: dict[str, object] = {
                "articles": done,
                "seconds": round(spent, 1),
                "articles_per_s": round(done / spent),
                "ratio_to_peer": round(spent / (peer * done / size), 1),
                "add_1000_s": round(took, 2),
                "records_s": round(spent_records, 1),
                "add_1000_records_s": round(took_records, 2),
                "add_1000_records_cpu_s": round(cpu_records, 2),
                "state_json_mib": round(len(payload.encode()) / 2**20, 1),
                "json_round_trip_s": round(round_trip, 2),
                "open_stories": len(state.stories),
                "archived_stories": len(state.archive.ids),
                "rss_mib": round(rss_mib()),
                "peak_over_data_mib": round(peak_mib() - base),
            }
            if done == size or spent > limit:
                placed = items[:done]
                truth = {a.article.id: story_of[a.article.id] for a in placed}
                found = labels_of(story.article_ids for story in state_stories(state))
                line["b3_f1"] = round(score(found, truth).b3_f1, 3)
                found = labels_of(story.article_ids for story in records)
                line["records_b3_f1"] = round(score(found, truth).b3_f1, 3)
                line["gold_stories"] = len(set(truth.values()))
            print(json.dumps(line), flush=True)
        if spent > limit:
            print(json.dumps({"stopped": f"time limit {limit} s reached"}), flush=True)
            break
    if pad and done < len(items):
        padded_add(state, records, items[: done + CHUNK], done, pad, features)


def padded_add(
    state: ClusterState,
    records: tuple[Story, ...],
    items: list[Annotated],
    done: int,
    pad: int,
    features: FeatureCache,
) -> None:
    """Time adding the 1,000 articles after ``done`` of ``items`` to ``state`` padded with
    archived copies to ``pad`` articles."""
    grown = padded(state, pad)
    tick = time.perf_counter()
    payload = codec.dumps(grown)
    grown = codec.loads(ClusterState, payload)
    round_trip = time.perf_counter() - tick
    chunk = items[done : done + CHUNK]
    tick = time.perf_counter()
    grown, changed = assign(grown, chunk, (), LEXICONS, features=features)
    took = time.perf_counter() - tick
    # The copies' records as an earlier run would have left them (one sub-event each).
    previous = (*records, *(with_sub_event(s) for s in state_stories(grown) if "~" in s.id))
    tick = time.perf_counter()
    refresh_records(grown, changed, previous, items, (), LEXICONS, features=features)
    took_records = time.perf_counter() - tick
    line = {
        "padded_to_articles": pad,
        "add_1000_s": round(took, 2),
        "add_1000_records_s": round(took_records, 2),
        "state_json_mib": round(len(payload.encode()) / 2**20, 1),
        "json_round_trip_s": round(round_trip, 2),
        "rss_mib": round(rss_mib()),
    }
    print(json.dumps(line), flush=True)


def with_sub_event(story: Story) -> Story:
    """The story with one sub-event holding all its articles."""
    return replace(story, sub_events=(SubEvent(story.title, story.article_ids),))


def write_pool(path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    rows = [[list(b.sentences), b.language, list(b.english)] for b in read_blocks()]
    with gzip.open(path, "wt", encoding="utf-8") as handle:
        json.dump(rows, handle, ensure_ascii=False)


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
    parser.add_argument("--child", nargs=2, metavar=("SIZE", "MODE"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.write_pool:
        write_pool(args.write_pool)
        return 0
    if args.child:
        size, mode = int(args.child[0]), args.child[1]
        if mode == "batch":
            print(json.dumps(batch(size, args.pool)), flush=True)
        else:
            stream(size, args.pool, args.every, args.limit, args.pad_to)
        return 0
    for mode in args.modes.split(","):
        for size in (int(s) for s in args.sizes.split(",")):
            command = [sys.executable, __file__, "--child", str(size), mode]
            command += ["--every", str(args.every), "--limit", str(args.limit)]
            command += ["--pad-to", str(args.pad_to)]
            if args.pool:
                command += ["--pool", str(args.pool)]
            # Each size in a fresh process, so that peak memory is its own.
            subprocess.run(command, check=False)
    return 0


if __name__ == "__main__":
    sys.exit(main())
