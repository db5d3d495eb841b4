"""Scoring quotes, speakers and entities against the project's gold set (tests/gold/quotes).

The gold format is documented in tests/gold/quotes/README.md. Measures:

- direct-quote span precision / recall / F1: a predicted direct quotation is right when its
  content span is exactly a gold one's;
- speaker accuracy, direct and indirect: of the gold quotations with a speaker, the share for
  which a predicted quotation overlapping it names the same speaker (case and spacing aside);
  a missed quotation counts as wrong;
- resolution accuracy: the same, over gold quotations whose speaker is named in place by a
  pronoun or a title ("katanya", "sang menteri", "he", "the minister"); short names ("Andi")
  are scored apart;
- reported speech precision / recall / F1 (a predicted span overlapping a gold one) and the
  mean character overlap F1 of the matched content spans;
- channel accuracy: of the gold quotations with a channel, the share whose matched prediction
  gives a channel sharing at least half its words;
- entity precision / recall / F1 (exact span and kind) and name accuracy (canonical names of
  the mentions found exactly).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypedDict

from silang.extract.coref import resolve_names
from silang.extract.entities import EntityRecognizer, RuleEntityRecognizer
from silang.extract.quotes import find_quotes
from silang.extract.sentences import split_sentences
from silang.lang.base import LanguagePack
from silang.lang.quotes import QuotesLexicon
from silang.model import Entity, Quote


class GoldQuote(TypedDict, total=False):
    start: int
    end: int
    text: str
    direct: bool
    speaker: str | None
    via: str
    channel: str | None
    problem: bool
    speaker_start: int
    speaker_end: int
    speaker_text: str


class GoldEntity(TypedDict):
    start: int
    end: int
    text: str
    kind: str
    name: str


class GoldPassage(TypedDict):
    id: str
    lang: str
    text: str
    quotes: list[GoldQuote]
    entities: list[GoldEntity]


def load_gold(path: Path) -> list[GoldPassage]:
    """Passages of one gold file; raises ValueError where a span does not hold its text."""
    passages: list[GoldPassage] = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        passage: GoldPassage = json.loads(line)
        text = passage["text"]
        for item in (*passage["quotes"], *passage["entities"]):
            if text[item["start"] : item["end"]] != item["text"]:
                raise ValueError(
                    f"{path}:{number}: span {item['start']}-{item['end']} is not {item['text']!r}"
                )
        passages.append(passage)
    return passages


@dataclass
class Scores:
    """Counts and measures over a set of passages."""

    direct_found: int = 0
    direct_gold: int = 0
    direct_right: int = 0
    reported_found: int = 0
    reported_gold: int = 0
    reported_hit: int = 0
    reported_matched: int = 0
    overlap_sum: float = 0.0
    speaker: dict[str, list[int]] = field(default_factory=dict)
    channel_right: int = 0
    channel_gold: int = 0
    entity_found: int = 0
    entity_gold: int = 0
    entity_right: int = 0
    names_right: int = 0
    errors: list[str] = field(default_factory=list)

    def tally(self, group: str, right: bool) -> None:
        counts = self.speaker.setdefault(group, [0, 0])
        counts[0] += int(right)
        counts[1] += 1

    def measures(self) -> dict[str, float]:
        def ratio(a: float, b: float) -> float:
            return a / b if b else 0.0

        def f1(p: float, r: float) -> float:
            return 2 * p * r / (p + r) if p + r else 0.0

        dp = ratio(self.direct_right, self.direct_found)
        dr = ratio(self.direct_right, self.direct_gold)
        rp = ratio(self.reported_hit, self.reported_found)
        rr = ratio(self.reported_matched, self.reported_gold)
        ep = ratio(self.entity_right, self.entity_found)
        er = ratio(self.entity_right, self.entity_gold)
        result = {
            "direct_precision": dp,
            "direct_recall": dr,
            "direct_f1": f1(dp, dr),
            "reported_precision": rp,
            "reported_recall": rr,
            "reported_f1": f1(rp, rr),
            "reported_overlap": ratio(self.overlap_sum, self.reported_matched),
            "channel_accuracy": ratio(self.channel_right, self.channel_gold),
            "entity_precision": ep,
            "entity_recall": er,
            "entity_f1": f1(ep, er),
            "entity_names": ratio(self.names_right, self.entity_right),
        }
        for group, (right, total) in sorted(self.speaker.items()):
            result[f"speaker_{group}"] = ratio(right, total)
        return result


def _same(a: str | None, b: str | None) -> bool:
    return (
        a is not None
        and b is not None
        and " ".join(a.casefold().split()) == " ".join(b.casefold().split())
    )


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def _char_f1(gold: tuple[int, int], found: tuple[int, int]) -> float:
    shared = _overlap(gold, found)
    if not shared:
        return 0.0
    p, r = shared / (found[1] - found[0]), shared / (gold[1] - gold[0])
    return 2 * p * r / (p + r)


def annotate(
    text: str, pack: LanguagePack, lexicon: QuotesLexicon, recognizer: EntityRecognizer
) -> tuple[tuple[Entity, ...], tuple[Quote, ...]]:
    """Sentences, entities (with canonical names) and quotations of one text."""
    sentences = split_sentences(text, pack)
    entities = resolve_names(text, recognizer.recognise(text, sentences), lexicon)
    return entities, find_quotes(text, sentences, entities, lexicon)


def _words(value: str) -> set[str]:
    return set(value.casefold().split())


def score(
    passages: Iterable[GoldPassage],
    pack: LanguagePack,
    lexicon: QuotesLexicon,
    recognizer: EntityRecognizer | None = None,
) -> Scores:
    """Run the extractors on each passage and compare with its gold annotations."""
    recognizer = recognizer or RuleEntityRecognizer(lexicon)
    scores = Scores()
    for passage in passages:
        entities, quotes = annotate(passage["text"], pack, lexicon, recognizer)
        _score_quotes(passage, quotes, scores)
        _score_entities(passage, entities, scores)
    return scores


def _score_quotes(passage: GoldPassage, quotes: Sequence[Quote], scores: Scores) -> None:
    text = passage["text"]
    direct = [q for q in quotes if q.direct]
    gold_direct = {(g["start"], g["end"]) for g in passage["quotes"] if g["direct"]}
    scores.direct_found += len(direct)
    scores.direct_gold += len(gold_direct)
    scores.direct_right += sum((q.start, q.end) in gold_direct for q in direct)
    reported = [q for q in quotes if not q.direct]
    gold_reported = [(g["start"], g["end"]) for g in passage["quotes"] if not g["direct"]]
    scores.reported_found += len(reported)
    scores.reported_gold += len(gold_reported)
    scores.reported_hit += sum(
        any(_overlap((q.start, q.end), g) for g in gold_reported) for q in reported
    )
    for q in direct:
        if (q.start, q.end) not in gold_direct:
            scores.errors.append(f"{passage['id']} extra direct {q.text!r}")
    for q in reported:
        if not any(_overlap((q.start, q.end), g) for g in gold_reported):
            scores.errors.append(f"{passage['id']} extra reported {q.text!r}")
    for gold in passage["quotes"]:
        span = (gold["start"], gold["end"])
        pool = direct if gold["direct"] else reported
        match = max(pool, key=lambda q: _overlap(span, (q.start, q.end)), default=None)
        if match is not None and not _overlap(span, (match.start, match.end)):
            match = None
        if not gold["direct"] and match is not None:
            scores.reported_matched += 1
            scores.overlap_sum += _char_f1(span, (match.start, match.end))
        if match is None:
            scores.errors.append(f"{passage['id']} missed {gold['text']!r}")
        if gold.get("channel"):
            scores.channel_gold += 1
            got = match.channel if match else None
            right = got is not None and len(_words(got) & _words(gold["channel"] or "")) >= (
                len(_words(gold["channel"] or "")) / 2
            )
            scores.channel_right += right
            if not right:
                scores.errors.append(f"{passage['id']} channel {got!r} want {gold['channel']!r}")
        if gold.get("speaker") is None:
            continue
        right = match is not None and _same(match.speaker, gold.get("speaker"))
        scores.tally("direct" if gold["direct"] else "indirect", right)
        via = gold.get("via", "name")
        if via in ("pronoun", "title"):
            scores.tally("resolution", right)
        elif via == "short":
            scores.tally("short_names", right)
        if match is not None and not right:
            mention = text[match.speaker_start or 0 : match.speaker_end or 0]
            scores.errors.append(
                f"{passage['id']} speaker {match.speaker!r} ({mention!r}) want "
                f"{gold.get('speaker')!r} for {gold['text'][:40]!r}"
            )


def _score_entities(passage: GoldPassage, entities: Sequence[Entity], scores: Scores) -> None:
    gold = {(e["start"], e["end"], e["kind"]): e["name"] for e in passage["entities"]}
    scores.entity_found += len(entities)
    scores.entity_gold += len(gold)
    for entity in entities:
        key = (entity.start, entity.end, entity.kind)
        if key in gold:
            scores.entity_right += 1
            scores.names_right += gold[key] == entity.name
