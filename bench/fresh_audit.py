"""Briefs on stories nobody has tuned on, for reading: the fresh-data audits.

Dev figures are tuned figures: the gold stories were read while the rules were written. This
writes silang's brief (report.json and report.md) over stories that have no gold brief, so a
reader can judge its disputes, dates, figures and quotes by reading the sentences behind them:

    PYTHONPATH=src .venv/bin/python bench/fresh_audit.py ecbplus OUTDIR [SUBTOPIC ...]
    PYTHONPATH=src .venv/bin/python bench/fresh_audit.py pratiwi OUTDIR [TOPIC ...]

``ecbplus``: one story per ECB+ subtopic of a train or dev topic (1-35) that no gold brief
draws on (28 subtopics); ``pratiwi``: one story per dev topic (1-8) of the Pratiwi articles in
no gold brief (210 articles). The held-out brief topics (ECB+ 2, 6, 8, 18, 23), the ECB+ test
topics (36-45) and the Pratiwi test topics (9-12) are never read.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from brief_eval import ECBPLUS, LOADERS, pratiwi_report, read_golds
from shared_data import PRATIWI
from silang.pipeline import Toolkit
from silang.render.markdown import render_markdown
from silang.settings import Settings

#: ECB+ topics whose gold briefs are held out.
HELD_OUT_TOPICS = frozenset({2, 6, 8, 18, 23})
#: The Pratiwi topics that are dev (1-8); 9-12 are held out.
PRATIWI_DEV_TOPICS = range(1, 9)


def _golded(corpus: str) -> set[str]:
    return {aid for gold in read_golds("all", corpus) for aid in gold["article_ids"]}


def ecbplus_stories(wanted: list[str]) -> list[dict[str, Any]]:
    """The ECB+ subtopics (``10_ecb``) of train/dev topics that no gold brief draws on, or
    those of ``wanted``, each as a story of its documents."""
    clusters = json.loads((ECBPLUS / "gold_doc_clusters.json").read_text("utf-8"))["docs"]
    by_subtopic: dict[str, list[str]] = {}
    for doc, info in clusters.items():
        if info["split"] != "test":  # the corpus's own split: topics 36-45 are its test
            by_subtopic.setdefault(info["subtopic"], []).append(doc)
    golded = _golded("ecbplus")
    fresh = sorted(
        name
        for name, docs in by_subtopic.items()
        if int(name.split("_")[0]) not in HELD_OUT_TOPICS and not golded & set(docs)
    )
    chosen = wanted or fresh
    refused = [name for name in chosen if name not in fresh]
    if refused:
        raise SystemExit(f"not fresh (gold, held out or test): {' '.join(refused)}")
    return [{"id": name, "article_ids": sorted(by_subtopic[name])} for name in chosen]


def pratiwi_stories(wanted: list[str]) -> list[dict[str, Any]]:
    """Per dev topic (or those of ``wanted``), the Pratiwi articles no gold brief draws on."""
    topics = [int(t) for t in wanted] or list(PRATIWI_DEV_TOPICS)
    if any(t not in PRATIWI_DEV_TOPICS for t in topics):
        raise SystemExit("only the dev topics 1-8 are read")
    golded = _golded("pratiwi")
    by_topic: dict[int, list[str]] = {}
    for line in PRATIWI.read_text("utf-8").splitlines():
        record = json.loads(line)
        if record["topic_id"] in topics and record["id"] not in golded:
            by_topic.setdefault(record["topic_id"], []).append(record["id"])
    return [
        {"id": f"pratiwi-topic-{topic}-fresh", "article_ids": sorted(ids)}
        for topic, ids in sorted(by_topic.items())
    ]


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", choices=["ecbplus", "pratiwi"])
    parser.add_argument("out", type=Path)
    parser.add_argument("only", nargs="*", help="subtopics (ecbplus) or topics (pratiwi)")
    args = parser.parse_args(argv)
    pick = ecbplus_stories if args.corpus == "ecbplus" else pratiwi_stories
    stories = pick(args.only)
    report = pratiwi_report(stories, Toolkit.build(Settings()), LOADERS[args.corpus])
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "report.json").write_text(json.dumps(report, ensure_ascii=False, indent=1))
    (args.out / "report.md").write_text(render_markdown(report), "utf-8")
    print(" ".join(f"{s['id']}:{len(s['article_ids'])}" for s in stories))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
