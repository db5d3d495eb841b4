"""What the benchmarks share: where ../shared/data is, and how a timing is taken."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

#: ../shared/data beside the repository (never copied into it).
SHARED_DATA = Path(__file__).resolve().parents[2] / "shared" / "data"
PRATIWI = SHARED_DATA / "id-hoax-news-pratiwi" / "news600_topics.jsonl"


def best_of(repeat: int, work: Callable[[], object]) -> float:
    """The fastest of ``repeat`` runs, in seconds: the least disturbed by other processes."""
    timings = []
    for _ in range(repeat):
        started = time.perf_counter()
        work()
        timings.append(time.perf_counter() - started)
    return min(timings)
