"""Speaker accuracy on the quotes gold set (tests/gold/quotes, Indonesian) with each entity
recogniser: the rule baseline, the trained model, the two combined either way, and the
pipeline's choice (rules on cased text, rules then model on lower-cased text). ``--lower``
scores the same passages lower-cased, as some outlets publish (offsets are unchanged).

    python bench/ner_quotes.py --split dev [--lower]   # decisions
    python bench/ner_quotes.py --split test [--lower]  # the reported figure
"""

from __future__ import annotations

import argparse
from pathlib import Path

from silang.extract.entities import EntityRecognizer, RuleEntityRecognizer
from silang.extract.quotes_evaluate import GoldPassage, load_gold, score
from silang.lang import load_pack
from silang.lang.quotes import load_quotes_lexicon
from silang.ner.recognizer import (
    CombinedEntityRecognizer,
    ModelEntityRecognizer,
    indonesian_recognizer,
)

GOLD = Path(__file__).resolve().parents[1] / "tests" / "gold" / "quotes"
SHOWN = (
    "speaker_direct",
    "speaker_indirect",
    "speaker_resolution",
    "entity_f1",
    "channel_accuracy",
)


def recognizer_variants(rules: EntityRecognizer) -> dict[str, EntityRecognizer]:
    """The rule baseline, the trained model, and the two combined either way."""
    return {
        "rules": rules,
        "model": ModelEntityRecognizer(),
        "model+rules": CombinedEntityRecognizer(ModelEntityRecognizer(), rules),
        "rules+model": CombinedEntityRecognizer(rules, ModelEntityRecognizer()),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=("dev", "test"), default="dev")
    parser.add_argument("--lower", action="store_true", help="lower-case every passage")
    args = parser.parse_args()
    passages = load_gold(GOLD / f"id_{args.split}.jsonl")
    if args.lower:
        passages = [_lower_cased(p) for p in passages]
    pack, lexicon = load_pack("id"), load_quotes_lexicon("id")
    rules = RuleEntityRecognizer(lexicon)
    recognizers = {**recognizer_variants(rules), "pipeline": indonesian_recognizer(rules)}
    print(f"id {args.split}{' lower-cased' if args.lower else ''}: {len(passages)} passages")
    for name, recognizer in recognizers.items():
        measures = score(passages, pack, lexicon, recognizer).measures()
        shown = "  ".join(f"{k} {measures[k]:.3f}" for k in SHOWN if k in measures)
        print(f"  {name:12} {shown}")


def _lower_cased(passage: GoldPassage) -> GoldPassage:
    lowered = passage["text"].lower()
    if len(lowered) != len(passage["text"]):
        raise ValueError(f"{passage['id']}: lower-casing moves the gold offsets")
    return {**passage, "text": lowered}


if __name__ == "__main__":
    main()
