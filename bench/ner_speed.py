"""Speed of the Indonesian entity recognisers: tokens per second over the Pratiwi articles
and the trained model's load time, beside the rule baseline.

    python bench/ner_speed.py
"""

from __future__ import annotations

import functools
import json
import time

from ner_quotes import recognizer_variants
from shared_data import PRATIWI, best_of
from silang.extract.entities import EntityRecognizer, RuleEntityRecognizer
from silang.extract.sentences import split_sentences
from silang.lang import load_pack
from silang.lang.quotes import load_quotes_lexicon
from silang.model import Span
from silang.ner.recognizer import (
    load_tagger,
    shipped_folder,
)
from silang.ner.tagger import Tagger
from silang.ner.tokens import words_of

ARTICLES = 200


def main() -> None:
    started = time.perf_counter()
    load_tagger(shipped_folder())
    first_load = time.perf_counter() - started
    reload = best_of(3, lambda: Tagger(shipped_folder()))
    print(f"model load: {first_load:.3f} s first, {reload:.3f} s again")
    pack, lexicon = load_pack("id"), load_quotes_lexicon("id")
    lines = PRATIWI.read_text(encoding="utf-8").splitlines()[:ARTICLES]
    texts = [json.loads(line)["text"] for line in lines]
    documents = [(t, split_sentences(t, pack)) for t in texts]
    tokens = sum(len(words_of(t)) for t in texts)
    recognizers = recognizer_variants(RuleEntityRecognizer(lexicon))
    print(f"{len(texts)} Pratiwi articles, {tokens} tokens")
    for name, recognizer in recognizers.items():
        seconds = best_of(3, functools.partial(_run, recognizer, documents))
        print(f"  {name:12} {tokens / seconds:9,.0f} tokens/s  ({seconds:.2f} s)")


def _run(recognizer: EntityRecognizer, documents: list[tuple[str, tuple[Span, ...]]]) -> None:
    for text, sentences in documents:
        recognizer.recognise(text, sentences)


if __name__ == "__main__":
    main()
