"""Scoring figures and dates against a gold file (format: tests/gold/figures/README.md).

Each gold quantity or time names a piece of its sentence (``text``); a found item matches it
when their spans overlap (one to one, most overlap first). A metric counts a gold item right
only when it was found and the field agrees, so a miss costs every metric.
"""

from __future__ import annotations

import datetime as dt
import json
import math
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from silang.extract.quantities import find_quantities
from silang.extract.times import find_times
from silang.lang.figures import FiguresLexicon
from silang.model import Quantity, Span, TimeExpression

METRICS = (
    "value",
    "qualifier",
    "unit",
    "counted",
    "attribution",
    "time",
    "quantity_f1",
    "time_f1",
)


@dataclass(frozen=True)
class GoldSentence:
    id: str
    text: str
    published: dt.date | None
    quantities: tuple[Mapping[str, Any], ...]
    times: tuple[Mapping[str, Any], ...]
    source: str | None = None


@dataclass
class Scores:
    """Right and total counts per metric, and one line per error for the report."""

    right: dict[str, int] = field(default_factory=lambda: dict.fromkeys(METRICS, 0))
    total: dict[str, int] = field(default_factory=lambda: dict.fromkeys(METRICS, 0))
    errors: list[str] = field(default_factory=list)

    def rate(self, metric: str) -> float:
        return self.right[metric] / self.total[metric] if self.total[metric] else 1.0

    def add(self, metric: str, ok: bool, note: str) -> None:
        self.total[metric] += 1
        self.right[metric] += ok
        if not ok:
            self.errors.append(f"{metric}: {note}")


def load_gold(path: Path) -> list[GoldSentence]:
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        data = json.loads(line)
        published = data.get("published")
        rows.append(
            GoldSentence(
                id=data["id"],
                text=data["text"],
                published=dt.date.fromisoformat(published) if published else None,
                quantities=tuple(data.get("quantities", ())),
                times=tuple(data.get("times", ())),
                source=data.get("source"),
            )
        )
    return rows


def _span(text: str, item: Mapping[str, Any]) -> tuple[int, int]:
    start = -1
    for _ in range(int(item.get("nth", 0)) + 1):
        start = text.index(item["text"], start + 1)
    return start, start + len(item["text"])


def _match(
    text: str, gold: Sequence[Mapping[str, Any]], found: Sequence[Quantity | TimeExpression]
) -> list[int | None]:
    """For each gold item, the index of the found item it matches (or None)."""
    pairs = []
    for g, item in enumerate(gold):
        start, end = _span(text, item)
        for f, other in enumerate(found):
            overlap = min(end, other.end) - max(start, other.start)
            if overlap > 0:
                pairs.append((-overlap, g, f))
    matched: list[int | None] = [None] * len(gold)
    used: set[int] = set()
    for _, g, f in sorted(pairs):
        if matched[g] is None and f not in used:
            matched[g], used = f, used | {f}
    return matched


def _same(a: float | None, b: Any) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return math.isclose(a, float(b), rel_tol=1e-9, abs_tol=1e-9)


def normalise_source(name: str | None) -> str | None:
    """Sources compare without case and punctuation ("Kepala BPBD, Dani" = "kepala bpbd dani")."""
    if name is None:
        return None
    return re.sub(r"[\W_]+", " ", name.casefold()).strip() or None


def score(sentences: Iterable[GoldSentence], lexicon: FiguresLexicon) -> Scores:
    scores = Scores()
    found_q = found_t = matched_q = matched_t = gold_q = gold_t = 0
    for sentence in sentences:
        span = [Span(0, len(sentence.text))]
        quantities = find_quantities(sentence.text, span, lexicon)
        times = find_times(sentence.text, span, sentence.published, lexicon)
        _score_quantities(sentence, quantities, scores)
        _score_times(sentence, times, scores)
        q = _match(sentence.text, sentence.quantities, quantities)
        t = _match(sentence.text, sentence.times, times)
        found_q, found_t = found_q + len(quantities), found_t + len(times)
        gold_q, gold_t = gold_q + len(q), gold_t + len(t)
        matched_q += sum(m is not None for m in q)
        matched_t += sum(m is not None for m in t)
        for f, item in enumerate(quantities):
            if f not in q:
                scores.errors.append(f"extra quantity: {sentence.id} {item.text!r}")
        for f, time in enumerate(times):
            if f not in t:
                scores.errors.append(f"extra time: {sentence.id} {time.text!r}")
    for metric, right, found, gold in (
        ("quantity_f1", matched_q, found_q, gold_q),
        ("time_f1", matched_t, found_t, gold_t),
    ):
        # F1 kept as counts: right = 2·matched, total = found + gold.
        scores.right[metric], scores.total[metric] = 2 * right, found + gold
    return scores


def _score_quantities(sentence: GoldSentence, found: Sequence[Quantity], scores: Scores) -> None:
    matches = _match(sentence.text, sentence.quantities, found)
    for gold, index in zip(sentence.quantities, matches, strict=True):
        got = found[index] if index is not None else None
        where = f"{sentence.id} {gold['text']!r}"
        if got is None:
            for metric in ("value", "qualifier", "unit"):
                scores.add(metric, False, f"{where} not found")
            continue
        value_ok = _same(got.value, gold["value"]) and all(
            _same(getattr(got, side), gold[side]) for side in ("low", "high") if side in gold
        )
        scores.add("value", value_ok, f"{where} got {got.value} {got.low}-{got.high}")
        qualifier = gold.get("qualifier", "exact")
        scores.add("qualifier", got.qualifier == qualifier, f"{where} got {got.qualifier}")
        scores.add("unit", got.unit == gold.get("unit"), f"{where} got unit {got.unit}")
        if gold.get("counted") or got.counted:
            note = f"{where} got {got.counted} want {gold.get('counted')}"
            scores.add("counted", got.counted == gold.get("counted"), note)
        want = normalise_source(gold.get("source", sentence.source))
        have = normalise_source(got.attributed_to)
        if want or have:
            scores.add("attribution", want == have, f"{where} got {have!r} want {want!r}")


def _score_times(sentence: GoldSentence, found: Sequence[TimeExpression], scores: Scores) -> None:
    matches = _match(sentence.text, sentence.times, found)
    for gold, index in zip(sentence.times, matches, strict=True):
        got = found[index] if index is not None else None
        want = (gold.get("date"), gold.get("interval"))
        have = (got.date, got.interval) if got else None
        note = f"{sentence.id} {gold['text']!r} got {have} want {want}"
        scores.add("time", have == want and got is not None, note)
