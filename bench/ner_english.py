"""English names: the rule recogniser (RuleEntityRecognizer with the English pack, what the
pipeline uses; no trained English model ships) against ECB+ name markables and PolNeAR sources.

    python bench/ner_english.py --split dev
    python bench/ner_english.py --split test

ECB+ marks only the participants and places of its seminal events, so precision cannot be
scored; this is recall over the markables that are proper names (every token capitalised):
HUMAN_PART_PER → person, HUMAN_PART_ORG → organisation, LOC_* → place. "exact" wants the same
span and kind, "overlap" any recognised entity overlapping the markable, of any kind.

PolNeAR sources are whole noun phrases ("Florida Sen. Marco Rubio"); those with a capitalised
word other than a pronoun or determiner hold a name. Scored: the share of them holding a
recognised person or organisation wholly inside ("inside"), or overlapping one ("overlap").
"""

from __future__ import annotations

import argparse
import json
import re
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

from shared_data import SHARED_DATA
from silang.extract.entities import RuleEntityRecognizer
from silang.extract.quotes_polnear import articles
from silang.extract.sentences import split_sentences
from silang.lang import load_pack
from silang.lang.quotes import load_quotes_lexicon
from silang.model import Span

ECB = SHARED_DATA / "ecbplus"
KINDS = {"HUMAN_PART_PER": "person", "HUMAN_PART_ORG": "organisation"}
_NAME = re.compile(r"[A-Z]")
_CAPITALISED = re.compile(r"\b[A-Z][\w.'-]+")
_NOT_NAMES = frozenset(
    [
        "The",
        "A",
        "An",
        "He",
        "She",
        "They",
        "It",
        "We",
        "I",
        "You",
        "His",
        "Her",
        "Their",
        "Its",
        "This",
        "That",
        "These",
        "Those",
        "Our",
        "One",
    ]
)


def _kind(tag: str) -> str | None:
    return "place" if tag.startswith("LOC_") else KINDS.get(tag)


def document(path: Path) -> tuple[str, list[Span], list[tuple[int, int, str]]]:
    """Text (tokens joined by spaces, a line per sentence), sentences, and the name markables
    as (start, end, kind)."""
    root = ET.parse(path).getroot()
    offsets: dict[str, tuple[int, int]] = {}
    parts: list[str] = []
    sentences: list[Span] = []
    position, sentence = 0, None
    for token in root.iter("token"):
        if token.get("sentence") != sentence:
            if parts:
                parts.append("\n")
                position += 1
            sentence = token.get("sentence")
            sentences.append(Span(position, position))
        elif parts:
            parts.append(" ")
            position += 1
        word = token.text or ""
        offsets[token.get("t_id", "")] = (position, position + len(word))
        parts.append(word)
        position += len(word)
        sentences[-1] = Span(sentences[-1].start, position)
    text = "".join(parts)
    names = []
    for markable in root.find("Markables") or []:
        kind = _kind(markable.tag)
        anchors = [offsets[a.get("t_id", "")] for a in markable.iter("token_anchor")]
        if kind is None or not anchors:
            continue
        start, end = anchors[0][0], anchors[-1][1]
        if all(_NAME.match(text[s:e]) for s, e in anchors):
            names.append((start, end, kind))
    return text, sentences, names


def ecb(split_name: str) -> None:
    split = {
        doc: info["split"]
        for doc, info in json.loads((ECB / "gold_doc_clusters.json").read_text())["docs"].items()
    }
    recognizer = RuleEntityRecognizer(load_quotes_lexicon("en"))
    counts: Counter[str] = Counter()
    for path in sorted((ECB / "ECB+_docs").glob("*/*.xml")):
        if split.get(path.stem) != split_name:
            continue
        text, sentences, names = document(path)
        found = recognizer.recognise(text, sentences)
        exact = {(e.start, e.end, e.kind) for e in found}
        for start, end, kind in names:
            counts[f"{kind} gold"] += 1
            counts[f"{kind} exact"] += (start, end, kind) in exact
            counts[f"{kind} overlap"] += any(e.start < end and start < e.end for e in found)
    print(f"ECB+ {split_name}: recall of name markables by the English rule recogniser")
    for kind in ("person", "organisation", "place"):
        gold = counts[f"{kind} gold"]
        if gold:
            print(
                f"  {kind:13} {gold:5} names  exact {counts[f'{kind} exact'] / gold:.3f}"
                f"  overlap {counts[f'{kind} overlap'] / gold:.3f}"
            )


def polnear(split_name: str) -> None:
    pack = load_pack("en")
    recognizer = RuleEntityRecognizer(pack.quotes)
    named = inside = overlap = 0
    for text, relations in articles(SHARED_DATA / "polnear", split_name):
        found = [
            e
            for e in recognizer.recognise(text, split_sentences(text, pack))
            if e.kind in ("person", "organisation")
        ]
        for start, end in {r.source for r in relations if r.source}:
            words = _CAPITALISED.findall(text[start:end])
            if not [w for w in words if w not in _NOT_NAMES]:
                continue
            named += 1
            inside += any(start <= e.start and e.end <= end for e in found)
            overlap += any(e.start < end and start < e.end for e in found)
    print(f"PolNeAR {split_name}: {named} sources holding a name")
    print(f"  person or organisation inside {inside / named:.3f}  overlap {overlap / named:.3f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=("train", "dev", "test"), default="dev")
    args = parser.parse_args()
    ecb(args.split)
    polnear(args.split)


if __name__ == "__main__":
    main()
