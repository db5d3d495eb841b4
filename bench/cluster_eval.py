"""Story clustering against gold groups: ECB+, the Pratiwi corpus, BPPT translations and the
example corpus. Reports B-cubed F1, V-measure and ARI per corpus and split.

Corpora (../shared/data beside the repository; missing ones are skipped with a message):

- ECB+ (ecbplus/): 43 topics of English news, two seminal events (subtopics) each. Each split
  is clustered on its own; stories are scored against gold subtopics and gold topics, and the
  stories' sub-events (Story.sub_events) against gold subtopics. Develop on train and
  dev, report test (topics 36-45). Reference on test, Barhom et al. 2019's released K-means
  clusters scored the same way: V 0.984 / ARI 0.965 / B3 0.968 against subtopics.
- Pratiwi (id-hoax-news-pratiwi/): 600 Indonesian articles on 12 stories. Develop on topics
  1-8, report 9-12 and all 12.
- BPPT (bppt-panl-en-id/parallel): English news and its Indonesian translation, line-aligned;
  five consecutive lines make an article. Scores whether each English article lands in the
  story of its translation (neighbouring chunks of one news item may join them too).
- examples/banjir-lembah-sari: the stories of expected.json, through the whole pipeline.

    .venv/bin/python bench/cluster_eval.py [--report] [--threshold 0.14] [--only ecb,pratiwi]

Without --report only the development splits are scored; --report adds the test splits.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from silang.cluster import DEFAULT_PARAMS, ClusterParams, cluster_stories
from silang.cluster.corpora import GoldItem, load_bppt_pairs, load_ecbplus, load_pratiwi
from silang.cluster.evaluate import Scores, labels_of, score
from silang.lang.stories import StoriesLexicon, load_stories_lexicon
from silang.model import Annotated
from silang.pipeline import analyze
from silang.settings import Settings
from silang.store import Store

ROOT = Path(__file__).resolve().parents[1]
#: Pratiwi's gold: its 12 topics are the stories.
STORIES = {"event": "stories"}
DATA = ROOT.parent / "shared" / "data"
EXAMPLE = ROOT / "examples" / "banjir-lembah-sari"
LEXICONS: dict[str, StoriesLexicon] = {code: load_stories_lexicon(code) for code in ("id", "en")}


def run(items: list[Annotated], params: ClusterParams) -> tuple[dict[str, int], float]:
    started = time.perf_counter()
    stories = cluster_stories(items, (), LEXICONS, params)
    return labels_of(story.article_ids for story in stories), time.perf_counter() - started


def row(name: str, scores: Scores, seconds: float) -> str:
    return (
        f"| {name} | {scores.items} | {scores.predicted}/{scores.gold} | {scores.b3_f1:.3f} "
        f"| {scores.v_measure:.3f} | {scores.ari:.3f} | {seconds:.1f} |"
    )


def gold_rows(
    name: str, gold: list[GoldItem], params: ClusterParams, levels: dict[str, str]
) -> list[str]:
    """Rows scoring one clustering of ``gold`` against each gold level (attribute → label)."""
    predicted, seconds = run([g.item for g in gold], params)
    rows = []
    for level, label in levels.items():
        truth = {g.item.article.id: getattr(g, level) for g in gold}
        rows.append(row(f"{name} vs {label}", score(predicted, truth), seconds))
    return rows


def sub_event_rows(name: str, gold: list[GoldItem], params: ClusterParams) -> list[str]:
    """The stories' sub-events (Story.sub_events) scored against ECB+'s subtopics."""
    started = time.perf_counter()
    stories = cluster_stories([g.item for g in gold], (), LEXICONS, params)
    predicted = {
        article_id: (story.id, number)
        for story in stories
        for number, sub_event in enumerate(story.sub_events)
        for article_id in sub_event.article_ids
    }
    seconds = time.perf_counter() - started
    truth = {g.item.article.id: g.event for g in gold}
    return [row(f"{name} sub-events vs subtopics", score(predicted, truth), seconds)]


def ecbplus(params: ClusterParams, report: bool) -> list[str]:
    folder = DATA / "ecbplus"
    if not (folder / "gold_doc_clusters.json").is_file():
        return [f"(ECB+ not found at {folder}: skipped)"]
    documents = load_ecbplus(folder)
    rows = []
    for split in ("train", "dev", *(("test",) if report else ())):
        gold = [g for g in documents if g.split == split]
        rows += gold_rows(f"ECB+ {split}", gold, params, {"event": "subtopics", "topic": "topics"})
        rows += sub_event_rows(f"ECB+ {split}", gold, params)
    return rows


def pratiwi(params: ClusterParams, report: bool) -> list[str]:
    path = DATA / "id-hoax-news-pratiwi" / "news600_topics.jsonl"
    if not path.is_file():
        return [f"(Pratiwi corpus not found at {path}: skipped)"]
    articles = load_pratiwi(path)
    rows = gold_rows("Pratiwi 1-8", [g for g in articles if g.split == "dev"], params, STORIES)
    if report:
        test = [g for g in articles if g.split == "test"]
        rows += gold_rows("Pratiwi 9-12", test, params, STORIES)
        rows += gold_rows("Pratiwi all 12", articles, params, STORIES)
    return rows


def bppt(params: ClusterParams) -> list[str]:
    rows = []
    for domain in ("INT", "ECO"):
        gold = load_bppt_pairs(DATA / "bppt-panl-en-id" / "parallel", domain)
        if not gold:
            return [f"(BPPT corpus not found under {DATA / 'bppt-panl-en-id'}: skipped)"]
        predicted, seconds = run([g.item for g in gold], params)
        by_pair: dict[str, set[int]] = {}
        for g in gold:
            by_pair.setdefault(g.event, set()).add(predicted[g.item.article.id])
        together = sum(len(stories) == 1 for stories in by_pair.values())
        scores = score(predicted, {g.item.article.id: g.event for g in gold})
        rows.append(row(f"BPPT {domain} vs translation pairs", scores, seconds))
        rows.append(
            f"| BPPT {domain}: English article in its translation's story | "
            f"{together}/{len(by_pair)} = {together / len(by_pair):.3f} | | | | | |"
        )
    return rows


def example_items() -> tuple[list[Annotated], dict[str, str]]:
    """The example corpus through the pipeline, and each article's expected story."""
    expected = json.loads((EXAMPLE / "expected.json").read_text(encoding="utf-8"))
    with tempfile.TemporaryDirectory() as scratch:
        store = Store(Path(scratch) / "silang.db")
        analyze([str(EXAMPLE)], store, Settings())
        items = list(store.annotated())
        store.close()
    gold: dict[str, str] = {}
    for story in expected["stories"]:
        for key in story["keys"]:
            for annotated in items:
                if any(s == key or s.endswith("/" + key) for s in annotated.article.sources):
                    gold[annotated.article.id] = story["id"]
    return items, gold


def example(params: ClusterParams) -> list[str]:
    items, gold = example_items()
    predicted, seconds = run(items, params)
    rows = [row("example corpus vs expected.json", score(predicted, gold), seconds)]
    undated = [replace(i, article=replace(i.article, published=None)) for i in items]
    predicted, seconds = run(undated, params)
    rows.append(row("example corpus, dates removed", score(predicted, gold), seconds))
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--report", action="store_true", help="also score the test splits")
    parser.add_argument("--threshold", type=float, default=DEFAULT_PARAMS.threshold)
    parser.add_argument("--only", default="ecb,pratiwi,bppt,example")
    args = parser.parse_args(argv)
    params = replace(DEFAULT_PARAMS, threshold=args.threshold)
    only = set(args.only.split(","))
    print(f"threshold {params.threshold}")
    print("| corpus | articles | stories/gold | B3 F1 | V | ARI | seconds |")
    print("|---|---|---|---|---|---|---|")
    sections: list[tuple[str, Callable[[], list[str]]]] = [
        ("ecb", lambda: ecbplus(params, args.report)),
        ("pratiwi", lambda: pratiwi(params, args.report)),
        ("bppt", lambda: bppt(params) if args.report else []),
        ("example", lambda: example(params)),
    ]
    for name, section in sections:
        if name in only:
            for line in section():
                print(line, flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
