"""Scoring English attribution against PolNeAR (Newell, Margolin & Ruths, LREC 2018).

PolNeAR annotates attributions in US political news: a Source (who), a Cue ("said",
"according to") and a Content span, in brat standoff files beside each article's text. Articles
annotated by several people have one .ann file per annotator; the one whose annotator id sorts
first is used. Measures, each as precision / recall / F1:

- source and cue detection, exact (same span) and lenient (overlapping spans);
- content detection (a predicted content overlapping a gold one) and content overlap
  (characters shared between each gold content and the predictions, over all gold and all
  predicted content characters).

PolNeAR counts many attributions this project does not look for (beliefs, plans, polls that
"show", several attributions in one sentence), so recall is the weak side. PolNeAR sources are
whole noun phrases ("Florida Sen. Marco Rubio"), ours the name alone, so exact source matches
are rare by design; the lenient figure compares who was found.
"""

from __future__ import annotations

import re
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from silang.extract.coref import resolve_names
from silang.extract.entities import RuleEntityRecognizer
from silang.extract.quotes import find_attributions
from silang.extract.sentences import split_sentences
from silang.lang import load_pack
from silang.lang.quotes import load_quotes_lexicon

_SPAN = re.compile(r"(\d+) (\d+)")

Spans = list[tuple[int, int]]


@dataclass
class Relation:
    content: Spans
    cue: tuple[int, int] | None = None
    source: tuple[int, int] | None = None


@dataclass
class Tally:
    found: int = 0
    gold: int = 0
    precise: int = 0  # found items that match
    covered: int = 0  # gold items matched

    def add(self, found: Spans, gold: Spans, exact: bool) -> None:
        def hit(a: tuple[int, int], b: tuple[int, int]) -> bool:
            return a == b if exact else a[0] < b[1] and b[0] < a[1]

        self.found += len(found)
        self.gold += len(gold)
        self.precise += sum(any(hit(f, g) for g in gold) for f in found)
        self.covered += sum(any(hit(f, g) for f in found) for g in gold)

    def prf(self) -> tuple[float, float, float]:
        p = self.precise / self.found if self.found else 0.0
        r = self.covered / self.gold if self.gold else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)


@dataclass
class Overlap:
    shared_gold: int = 0
    gold: int = 0
    shared_found: int = 0
    found: int = 0

    def add(self, found: Spans, gold: Spans) -> None:
        for g in gold:
            self.gold += g[1] - g[0]
            self.shared_gold += max((_shared(g, f) for f in found), default=0)
        for f in found:
            self.found += f[1] - f[0]
            self.shared_found += max((_shared(f, g) for g in gold), default=0)

    def prf(self) -> tuple[float, float, float]:
        p = self.shared_found / self.found if self.found else 0.0
        r = self.shared_gold / self.gold if self.gold else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def _shared(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


@dataclass
class Report:
    tallies: dict[str, Tally] = field(default_factory=dict)
    overlap: Overlap = field(default_factory=Overlap)

    def tally(self, name: str) -> Tally:
        return self.tallies.setdefault(name, Tally())


def read_ann(path: Path) -> list[Relation]:
    spans: dict[str, tuple[str, Spans]] = {}
    relations = []
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if line.startswith("T") and len(parts) >= 2:
            kind, _, where = parts[1].partition(" ")
            spans[parts[0]] = (kind, [(int(a), int(b)) for a, b in _SPAN.findall(where)])
        elif line.startswith("E") and len(parts) >= 2:
            roles = dict(item.split(":", 1) for item in parts[1].split())
            relations.append(roles)
    result = []
    for roles in relations:
        content = spans.get(roles.get("Content", ""), ("", []))[1]
        cue = spans.get(roles.get("Cue", ""), ("", []))[1]
        source = spans.get(roles.get("Source", ""), ("", []))[1]
        result.append(
            Relation(
                content=content,
                cue=(cue[0][0], cue[-1][1]) if cue else None,
                source=(source[0][0], source[-1][1]) if source else None,
            )
        )
    return result


def articles(root: Path, split: str) -> Iterator[tuple[str, list[Relation]]]:
    """(text, relations) of each article of a split, one annotator each."""
    chosen: dict[str, Path] = {}
    for ann in sorted((root / split / "attributions").glob("*.ann")):
        article = ann.stem.rsplit("_", 1)[0]
        chosen.setdefault(article, ann)
    for article, ann in sorted(chosen.items()):
        text_path = root / split / "text" / f"{article}.txt"
        if text_path.is_file():
            yield text_path.read_text(encoding="utf-8"), read_ann(ann)


def evaluate(root: Path, split: str, limit: int | None = None) -> tuple[Report, int, float]:
    """Score the PolNeAR ``split`` under ``root``: the report, articles read, seconds."""
    pack, lexicon = load_pack("en"), load_quotes_lexicon("en")
    recognizer = RuleEntityRecognizer(lexicon)
    report = Report()
    count = 0
    started = time.perf_counter()
    for text, relations in articles(root, split):
        if limit is not None and count >= limit:
            break
        count += 1
        sentences = split_sentences(text, pack)
        entities = resolve_names(text, recognizer.recognise(text, sentences), lexicon)
        found = find_attributions(text, sentences, entities, lexicon)
        sources = sorted(
            {
                (q.speaker_start, q.speaker_end)
                for q, _ in found
                if q.speaker_start is not None and q.speaker_end is not None
            }
        )
        cues = sorted({(c.start, c.end) for _, c in found if c is not None})
        contents = [(q.start, q.end) for q, _ in found]
        gold_sources = sorted({r.source for r in relations if r.source})
        gold_cues = sorted({r.cue for r in relations if r.cue})
        gold_contents = [(r.content[0][0], r.content[-1][1]) for r in relations if r.content]
        for name, mine, theirs in (
            ("source", sources, gold_sources),
            ("cue", cues, gold_cues),
            ("content", contents, gold_contents),
        ):
            report.tally(f"{name} exact").add(mine, theirs, exact=True)
            report.tally(f"{name} lenient").add(mine, theirs, exact=False)
        report.overlap.add(contents, gold_contents)
    return report, count, time.perf_counter() - started
