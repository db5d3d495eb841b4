"""What the benchmarks share: where ../shared/data is, how a timing is taken, and the Pratiwi
articles as silang reads them."""

from __future__ import annotations

import dataclasses
import json
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from silang.model import Annotated, Document
from silang.pipeline import Toolkit, process_document

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


def annotate_pratiwi(
    toolkit: Toolkit, keep: Callable[[dict[str, Any]], bool]
) -> Iterator[Annotated]:
    """The Pratiwi records ``keep`` accepts, through silang's per-document stages, each
    article carrying the corpus id (so that gold labels can name it); rejected ones are left
    out, as a run would reject them."""
    with PRATIWI.open(encoding="utf-8") as handle:
        for line in handle:
            record = json.loads(line)
            if not keep(record):
                continue
            document = Document(
                source=record["id"],
                media="text",
                data=record["text"].encode("utf-8"),
                outlet=record.get("outlet"),
                url=record.get("url"),
                language="id",
            )
            result = process_document(document, toolkit)
            if isinstance(result, Annotated):
                article = dataclasses.replace(result.article, id=record["id"])
                yield dataclasses.replace(result, article=article)
