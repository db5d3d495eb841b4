"""Briefs on stories nobody has tuned on, for reading: the fresh-data audits.

Dev figures are tuned figures: the gold stories were read while the rules were written. This
writes silang's brief (report.json and report.md) over stories that have no gold brief, so a
reader can judge its disputes, dates, figures and quotes by reading the sentences behind them:

    PYTHONPATH=src .venv/bin/python bench/fresh_audit.py ecbplus OUTDIR [SUBTOPIC ...]
    PYTHONPATH=src .venv/bin/python bench/fresh_audit.py pratiwi OUTDIR [TOPIC ...]
    PYTHONPATH=src .venv/bin/python bench/fresh_audit.py polnear OUTDIR

``ecbplus``: one story per ECB+ subtopic of a train or dev topic (1-35) that no gold brief
draws on (28 subtopics); ``pratiwi``: one story per dev topic (1-8) of the Pratiwi articles in
no gold brief (210 articles). The held-out brief topics (ECB+ 2, 6, 8, 18, 23), the ECB+ test
topics (36-45) and the Pratiwi test topics (9-12) are never read.

``polnear``: English stories of several US outlets (PolNeAR train, 840 articles on the 2016
election; its dev and test are never read). The corpus was sampled by outlet and month, not by
happening, so its stories are found, not given: silang's own clustering over all of train, and
of each story the distinct happenings it holds (its sub-events, a few days each) that 2+
outlets wrote about, the most outlets first (at most POLNEAR_STORIES).
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from brief_eval import ECBPLUS, LOADERS, pratiwi_report, read_golds
from shared_data import PRATIWI, SHARED_DATA
from silang.cluster import cluster_stories
from silang.lang.derivations import load_derivation_lexicon
from silang.lang.stories import load_stories_lexicon
from silang.link import find_links
from silang.model import Annotated, Document, Story
from silang.pipeline import Toolkit, process_document
from silang.render.markdown import render_markdown
from silang.settings import Settings

#: ECB+ topics whose gold briefs are held out.
HELD_OUT_TOPICS = frozenset({2, 6, 8, 18, 23})
#: The Pratiwi topics that are dev (1-8); 9-12 are held out.
PRATIWI_DEV_TOPICS = range(1, 9)
#: The only PolNeAR articles read: train (dev scores quotes; test is read once, for a report).
POLNEAR_TRAIN = SHARED_DATA / "polnear" / "train" / "text"
#: Stories audited from PolNeAR: about 25 keep a run to a few minutes and a reading to an hour.
POLNEAR_STORIES = 25


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


def polnear_outlet(article_id: str) -> str:
    """The outlet of a PolNeAR article, the first part of its name (``nyt_2016-02-04_...``)."""
    return article_id.split("_", maxsplit=1)[0]


def polnear_paths() -> list[Path]:
    """The PolNeAR train articles, title on the first line."""
    return sorted(POLNEAR_TRAIN.glob("*.txt"))


def load_polnear(ids: set[str], toolkit: Toolkit) -> list[Annotated]:
    """PolNeAR train articles (by file stem, ``nyt_2016-02-04_...``) through silang's
    per-document stages, the outlet and day taken from the name, each carrying its stem.
    Only the articles named: no ids, no articles."""
    items = []
    for path in polnear_paths():
        if path.stem not in ids:
            continue
        title, _, body = path.read_text("utf-8").partition("\n")
        document = Document(
            path.stem,
            "text",
            body.strip().encode("utf-8"),
            title=title.strip(),
            published=path.stem.split("_")[1],
            outlet=polnear_outlet(path.stem),
            language="en",
        )
        result = process_document(document, toolkit)
        if isinstance(result, Annotated):
            article = dataclasses.replace(result.article, id=path.stem)
            items.append(dataclasses.replace(result, article=article))
    return items


def several_outlets(stories: Sequence[Story], cap: int) -> list[dict[str, Any]]:
    """The happenings (each story's sub-events) that 2+ outlets wrote about, the most outlets
    first, then the most articles, then the earliest; at most ``cap``."""
    happenings = [event for story in stories for event in story.sub_events]
    chosen = [
        event
        for event in happenings
        if len({polnear_outlet(aid) for aid in event.article_ids}) >= 2
    ]
    chosen.sort(
        key=lambda event: (
            -len({polnear_outlet(aid) for aid in event.article_ids}),
            -len(event.article_ids),
            event.first or "",
            event.article_ids,
        )
    )
    return [
        {"id": f"polnear-{event.first}-{index}", "article_ids": sorted(event.article_ids)}
        for index, event in enumerate(chosen[:cap], 1)
    ]


def polnear_stories(wanted: list[str], toolkit: Toolkit) -> list[dict[str, Any]]:
    """Happenings of several outlets in PolNeAR train, found by silang's own clustering over
    the articles ``toolkit`` reads (the one the report is then written with)."""
    if wanted:
        raise SystemExit("polnear picks its stories itself; name none")
    every = {path.stem for path in polnear_paths()}
    items = load_polnear(every, toolkit)
    links = find_links(items, {code: load_derivation_lexicon(code) for code in ("id", "en")})
    lexicons = {code: load_stories_lexicon(code) for code in ("id", "en")}
    return several_outlets(cluster_stories(items, links, lexicons), POLNEAR_STORIES)


#: The pickers of the corpora whose stories are given (polnear's are found: polnear_stories).
PICKERS = {"ecbplus": ecbplus_stories, "pratiwi": pratiwi_stories}


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", choices=sorted([*PICKERS, "polnear"]))
    parser.add_argument("out", type=Path)
    parser.add_argument("only", nargs="*", help="subtopics (ecbplus) or topics (pratiwi)")
    args = parser.parse_args(argv)
    # Built once: polnear reads every article with it to find its stories, then the report.
    toolkit = Toolkit.build(Settings())
    polnear = args.corpus == "polnear"
    stories = polnear_stories(args.only, toolkit) if polnear else PICKERS[args.corpus](args.only)
    load = load_polnear if polnear else LOADERS[args.corpus]
    report = pratiwi_report(stories, toolkit, load)
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "report.json").write_text(json.dumps(report, ensure_ascii=False, indent=1), "utf-8")
    (args.out / "report.md").write_text(render_markdown(report), "utf-8")
    print(" ".join(f"{s['id']}:{len(s['article_ids'])}" for s in stories))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
