"""Quantity and time span detection against IndoLEM NER-UGM's QUANTITY and TIME tags.

Each test fold's sentences are rebuilt by joining their tokens with spaces; a found span
covers the tokens it overlaps. Exact F1 needs the same first and last token; overlap F1
counts a found span right when it overlaps a gold one (and a gold span found when any found
span overlaps it). Nothing is trained or tuned on these files.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from silang.extract.quantities import find_quantities
from silang.extract.times import find_times
from silang.lang.figures import FiguresLexicon
from silang.model import Span

FOLDS = Path(__file__).resolve().parents[2] / "shared" / "data" / "indolem-ner" / "nerugm"
KINDS = ("QUANTITY", "TIME")


@dataclass(frozen=True)
class Sentence:
    tokens: list[str]
    tags: list[str]


def read_fold(path: Path) -> Iterator[Sentence]:
    tokens: list[str] = []
    tags: list[str] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            if tokens:
                yield Sentence(tokens, tags)
            tokens, tags = [], []
            continue
        token, _, tag = line.partition("\t")
        tokens.append(token)
        tags.append(tag.strip() or "O")
    if tokens:
        yield Sentence(tokens, tags)


def gold_spans(tags: list[str], kind: str) -> set[tuple[int, int]]:
    """Token ranges (first, last exclusive) of one entity kind in BIO tags."""
    spans: set[tuple[int, int]] = set()
    start = None
    for i, tag in enumerate([*tags, "O"]):
        inside = tag == f"I-{kind}" and start is not None
        if start is not None and not inside:
            spans.add((start, i))
            start = None
        if tag == f"B-{kind}" or (tag == f"I-{kind}" and start is None):
            start = i
    return spans


def found_spans(sentence: Sentence, lexicon: FiguresLexicon) -> dict[str, set[tuple[int, int]]]:
    text = " ".join(sentence.tokens)
    offsets = []
    position = 0
    for token in sentence.tokens:
        offsets.append((position, position + len(token)))
        position += len(token) + 1
    spans = [Span(0, len(text))]
    found = {
        "QUANTITY": [(q.start, q.end) for q in find_quantities(text, spans, lexicon)],
        "TIME": [(t.start, t.end) for t in find_times(text, spans, None, lexicon)],
    }
    result: dict[str, set[tuple[int, int]]] = {}
    for kind, chars in found.items():
        result[kind] = set()
        for start, end in chars:
            covered = [i for i, (s, e) in enumerate(offsets) if s < end and start < e]
            if covered:
                result[kind].add((covered[0], covered[-1] + 1))
    return result


def _f1(right_p: int, found: int, right_r: int, gold: int) -> float:
    precision = right_p / found if found else 0.0
    recall = right_r / gold if gold else 0.0
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def fold_scores(
    path: Path, lexicon: FiguresLexicon, misses: list[str] | None = None
) -> dict[str, tuple[float, float]]:
    """(exact F1, overlap F1) per kind for one fold."""
    counts = {k: [0, 0, 0, 0, 0] for k in KINDS}  # exact, found, gold, overlap-p, overlap-r
    for sentence in read_fold(path):
        found = found_spans(sentence, lexicon)
        for kind in KINDS:
            gold = gold_spans(sentence.tags, kind)
            mine = found[kind]
            c = counts[kind]
            c[0] += len(gold & mine)
            c[1] += len(mine)
            c[2] += len(gold)
            c[3] += sum(any(s < ge and gs < e for gs, ge in gold) for s, e in mine)
            c[4] += sum(any(s < ge and gs < e for s, e in mine) for gs, ge in gold)
            if misses is not None:
                for s, e in sorted(mine ^ gold):
                    side = "found" if (s, e) in mine else "gold "
                    misses.append(f"{kind} {side} {' '.join(sentence.tokens[s:e])!r}")
    return {
        k: (_f1(c[0], c[1], c[0], c[2]), _f1(c[3], c[1], c[4], c[2])) for k, c in counts.items()
    }


def indolem_scores(
    lexicon: FiguresLexicon, verbose: bool = False
) -> dict[str, tuple[float, float]]:
    """Mean (exact F1, overlap F1) per kind over the five test folds, printed."""
    per_fold = []
    for k in range(1, 6):
        misses: list[str] | None = [] if verbose else None
        per_fold.append(fold_scores(FOLDS / f"test.0{k}.tsv", lexicon, misses))
        if misses:
            print("\n".join(misses))
    means = {
        kind: (
            sum(f[kind][0] for f in per_fold) / len(per_fold),
            sum(f[kind][1] for f in per_fold) / len(per_fold),
        )
        for kind in KINDS
    }
    for kind, (exact, overlap) in means.items():
        print(
            f"IndoLEM NER-UGM {kind:8} exact F1 {100 * exact:5.1f}  overlap F1 {100 * overlap:5.1f}"
        )
    return means
