"""Speed of the annotate stage on real Indonesian news: figures (quantities + time expressions)
and who said what (entities, name resolution, quotes).

Corpus: ../shared/data/id-hoax-news-pratiwi/news600_topics.jsonl (600 articles, field
"text"), split into sentences with silang.extract.sentences.split_sentences. The peer pass
tokenises the same sentences with one bare regex (\\w+): the floor any annotator pays. Both
run in the same process on the same sentences; the figure that matters is the ratio.

    .venv/bin/python bench/annotate.py [--repeat 3]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

from shared_data import PRATIWI, best_of
from silang.extract.coref import resolve_names
from silang.extract.entities import RuleEntityRecognizer
from silang.extract.quantities import find_quantities
from silang.extract.quotes import find_quotes
from silang.extract.sentences import split_sentences
from silang.extract.times import find_times
from silang.lang import load_pack
from silang.lang.figures import FiguresLexicon, load_figures_lexicon
from silang.lang.quotes import QuotesLexicon
from silang.model import Span

CORPUS = PRATIWI
TOKEN = re.compile(r"\w+")

Article = tuple[str, tuple[Span, ...]]


def load(path: Path) -> list[Article]:
    pack = load_pack("id")
    articles = []
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            text = json.loads(line)["text"]
            articles.append((text, split_sentences(text, pack)))
    return articles


def bare_pass(articles: list[Article]) -> int:
    tokens = 0
    for text, sentences in articles:
        for span in sentences:
            tokens += len(TOKEN.findall(text, span.start, span.end))
    return tokens


def figures_pass(articles: list[Article], lexicon: FiguresLexicon) -> tuple[int, int]:
    quantities = times = 0
    for text, sentences in articles:
        quantities += len(find_quantities(text, sentences, lexicon))
        times += len(find_times(text, sentences, None, lexicon))
    return quantities, times


def quotes_pass(articles: list[Article], lexicon: QuotesLexicon) -> int:
    recognizer = RuleEntityRecognizer(lexicon)
    quotes = 0
    for text, sentences in articles:
        entities = resolve_names(text, recognizer.recognise(text, sentences), lexicon)
        quotes += len(find_quotes(text, sentences, entities, lexicon))
    return quotes


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    if not CORPUS.is_file():
        print(f"corpus not found: {CORPUS}", file=sys.stderr)
        return 1
    articles = load(CORPUS)
    lexicon = load_figures_lexicon("id")
    sentences = sum(len(s) for _, s in articles)
    quantities, times = figures_pass(articles, lexicon)
    bare = best_of(args.repeat, lambda: bare_pass(articles))
    figures = best_of(args.repeat, lambda: figures_pass(articles, lexicon))
    print(
        f"{len(articles)} articles, {sentences} sentences: {quantities} quantities, {times} times"
    )
    print(f"figures (quantities + times): {sentences / figures:10,.0f} sentences/s")
    print(f"bare regex tokenisation:      {sentences / bare:10,.0f} sentences/s")
    print(f"ratio (bare / figures):       {figures / bare:10.1f}x slower")
    quotes_lexicon = load_pack("id").quotes
    found = quotes_pass(articles, quotes_lexicon)
    speakers = best_of(args.repeat, lambda: quotes_pass(articles, quotes_lexicon))
    print(f"entities + quotes ({found} quotes): {sentences / speakers:10,.0f} sentences/s")
    print(f"ratio (bare / entities+quotes): {speakers / bare:10.1f}x slower")
    return 0


if __name__ == "__main__":
    sys.exit(main())
