"""Ingest + clean speed on real Indonesian news, against a bare read + regex tokenisation pass.

Corpus: ../shared/data/id-hoax-news-pratiwi/news600_topics.jsonl (600 real articles, 371
outlets). The peer pass reads the same file, parses the JSON and tokenises every text with one
regex: the floor any pipeline pays. The figure that matters is the ratio, measured in one run.

    .venv/bin/python bench/ingest_clean.py [--repeat 3]
"""

from __future__ import annotations

import argparse
import json
import re
import statistics
import sys
from collections import Counter
from pathlib import Path

from shared_data import PRATIWI, best_of
from silang.ingest import iter_documents
from silang.model import Article, Document, Rejection
from silang.pipeline import Toolkit, annotate, make_article
from silang.settings import Settings

CORPUS = PRATIWI
TOKEN = re.compile(r"\w+")


def bare_pass(path: Path) -> int:
    tokens = 0
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            tokens += len(TOKEN.findall(json.loads(line)["text"]))
    return tokens


def silang_pass(path: Path, toolkit: Toolkit) -> tuple[list[Article], list[Rejection]]:
    articles: list[Article] = []
    rejected: list[Rejection] = []
    for item in iter_documents([str(path)], toolkit.settings):
        if isinstance(item, Rejection):
            rejected.append(item)
            continue
        article = _article_or_rejection(item, toolkit)
        if isinstance(article, Rejection):
            rejected.append(article)
        else:
            articles.append(article)
    return articles, rejected


def _article_or_rejection(document: Document, toolkit: Toolkit) -> Article | Rejection:
    try:
        return make_article(document, toolkit)
    except Exception as exc:
        return Rejection(document.source, str(exc))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    if not CORPUS.is_file():
        print(f"skipped: {CORPUS} is absent", file=sys.stderr)
        return 0
    toolkit = Toolkit.build(Settings())
    articles, rejected = silang_pass(CORPUS, toolkit)  # warm-up, and the counts below
    count = len(articles) + len(rejected)
    bare_s = best_of(args.repeat, lambda: bare_pass(CORPUS))
    clean_s = best_of(args.repeat, lambda: silang_pass(CORPUS, toolkit))
    annotate_s = best_of(args.repeat, lambda: [annotate(a, toolkit) for a in articles])
    kinds = Counter(r.kind for a in articles for r in a.removed)
    relations = Counter(c.relation for a in articles for c in a.credits)
    result = {
        "corpus": str(CORPUS.name),
        "documents": count,
        "articles": len(articles),
        "rejected": len(rejected),
        "rejection_reasons": Counter(r.reason.split(":")[0] for r in rejected).most_common(5),
        "bare_read_tokenise_s": round(bare_s, 4),
        "ingest_clean_s": round(clean_s, 4),
        "ingest_clean_articles_per_s": round(count / clean_s, 1),
        "annotate_articles_per_s": round(len(articles) / annotate_s, 1),
        "ratio_ingest_clean_to_bare": round(clean_s / bare_s, 1),
        "articles_with_dateline": sum(a.dateline is not None for a in articles),
        "articles_with_outlet_from_dateline": sum(
            bool(a.dateline and a.dateline.outlet) for a in articles
        ),
        "articles_with_credits": sum(bool(a.credits) for a in articles),
        "removed_by_kind": dict(kinds.most_common()),
        "credits_by_relation": dict(relations.most_common()),
        "median_chars_removed": statistics.median(
            sum(r.end - r.start for r in a.removed) for a in articles
        ),
    }
    print(json.dumps(result, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
