"""English attribution against PolNeAR (../shared/data/polnear; README there).

    python bench/polnear_eval.py --split dev     # development (train or dev)
    python bench/polnear_eval.py --split test    # the reported figure, once

What is measured, and why recall is the weak side: silang.extract.quotes_polnear.
Tuned on train and dev; the test split was scored once for the reported figure.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from silang.extract.quotes_polnear import evaluate

POLNEAR = Path(__file__).resolve().parents[2] / "shared" / "data" / "polnear"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=("train", "dev", "test"), default="dev")
    parser.add_argument("--limit", type=int, default=None, help="first N articles only")
    args = parser.parse_args()
    if not POLNEAR.is_dir():
        sys.exit(f"PolNeAR not found at {POLNEAR} (see DESIGN.md, Data)")
    report, count, elapsed = evaluate(POLNEAR, args.split, args.limit)
    print(f"PolNeAR {args.split}: {count} articles, {elapsed:.1f} s")
    print(f"  {'measure':18} precision recall  F1")
    for name, tally in report.tallies.items():
        p, r, f = tally.prf()
        print(f"  {name:18} {p:9.3f} {r:6.3f} {f:5.3f}")
    p, r, f = report.overlap.prf()
    print(f"  {'content overlap':18} {p:9.3f} {r:6.3f} {f:5.3f}")


if __name__ == "__main__":
    main()
