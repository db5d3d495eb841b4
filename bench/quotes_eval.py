"""Quotes, speakers and entities against the project's gold set (tests/gold/quotes).

    python bench/quotes_eval.py --split dev            # both languages, development split
    python bench/quotes_eval.py --split test --lang id # held-out figures, once per change
    python bench/quotes_eval.py --split dev --errors   # list what went wrong

Tune on dev only; the test split is for the reported figure (DESIGN.md, Data).
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from silang.extract.quotes_evaluate import load_gold, score
from silang.lang import load_pack
from silang.lang.quotes import load_quotes_lexicon

GOLD = Path(__file__).resolve().parents[1] / "tests" / "gold" / "quotes"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=("dev", "test"), default="dev")
    parser.add_argument("--lang", choices=("id", "en", "all"), default="all")
    parser.add_argument("--errors", action="store_true", help="list every error")
    parser.add_argument("--json", action="store_true", help="print the measures as JSON")
    args = parser.parse_args()
    results = {}
    for code in ("id", "en") if args.lang == "all" else (args.lang,):
        passages = load_gold(GOLD / f"{code}_{args.split}.jsonl")
        started = time.perf_counter()
        scores = score(passages, load_pack(code), load_quotes_lexicon(code))
        elapsed = time.perf_counter() - started
        measures = scores.measures()
        results[code] = measures
        if args.json:
            continue
        print(f"{code} {args.split}: {len(passages)} passages, {elapsed:.2f} s")
        for name, value in measures.items():
            print(f"  {name:22} {value:.3f}")
        counts = ", ".join(f"{k} {r}/{t}" for k, (r, t) in sorted(scores.speaker.items()))
        print(f"  speaker counts: {counts}")
        print(
            f"  direct: {scores.direct_right} right of {scores.direct_found} found, "
            f"{scores.direct_gold} gold; reported: {scores.reported_gold} gold"
        )
        if args.errors:
            for error in scores.errors:
                print("   ", error)
    if args.json:
        print(json.dumps(results, indent=2))


if __name__ == "__main__":
    main()
