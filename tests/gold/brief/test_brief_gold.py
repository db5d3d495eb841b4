"""Evaluation gate for the cross-checked brief on the Pratiwi gold briefs (see
bench/brief_eval.py and README.md here).

Pinned floors sit a little below the figures measured with
`.venv/bin/python bench/brief_eval.py pratiwi --split dev|test` (listed at FLOORS); a change
that drops below one fails; lower a floor only on purpose, in the open. Needs ../shared/data;
skipped with a message when it is absent.
"""

from __future__ import annotations

from functools import cache
from typing import Any

import pytest

import brief_eval
from shared_data import PRATIWI


@cache
def scores(split: str) -> dict[str, Any]:
    if not PRATIWI.is_file():
        pytest.skip(f"needs {PRATIWI}; absent here")
    result: dict[str, Any] = brief_eval.evaluate_pratiwi(split)
    return result


def test_brief_gold_files_name_their_articles_and_split() -> None:
    golds = brief_eval.read_golds("all")
    assert len(golds) >= 3
    for gold in golds:
        assert gold["split"] in ("dev", "test")
        named = {aid for slot in gold["slots"] for v in slot["values"] for aid in v["article_ids"]}
        named |= {v["article_id"] for g in gold["quote_groups"] for v in g["versions"]}
        assert named <= set(gold["article_ids"])


#: (split, category, precision floor, recall floor). Measured (bench/brief_eval.py pratiwi):
#: dev (topics 1, 3, 5 and 7, five stories, 32 articles): grouping P 1.000 R 0.956, disputed
#: 1.000/1.000, agreed 1.000/0.900, single-source 0.933/0.966, changed over time 1.000/1.000,
#: quotes 1.000/0.894 (0.766 before a whole version of a statement quoted in two parts joined
#: the groups of both parts; the five pairs left all need 600-104's unquoted version, which the
#: quote stage reads as "seperti detikINET kutip dari CNBC"), other-speaker flags none (none
#: expected), copy groups 1.000/1.000;
#: test (topic 12, 10 articles): grouping P 0.303 R 0.396, disputed P 0.333 R 1.000, agreed
#: P 0.222 R 0.400, single-source P 0.455 R 0.444, quotes P 1.000 R 0.692 (one false
#: other-speaker flag, four before). The dev quotes recall floor went from 0.9 to 0.72 on
#: purpose: the dev set grew by topics 3 and 7, and topic 3 holds one Apple statement in two
#: independent translations and two versions without quote marks, which silang did not
#: join; on the first three dev stories quotes rose to 1.000/1.000 from 0.917/0.957. It is
#: back up to 0.87 now that the two translations join (through 600-112, which quotes the
#: statement in two parts, and 600-134/600-140, which quote it whole). The test
#: figures are older history: "96,000 poin" reads 96000 and lands in a gold slot that two
#: copies of one article (not linked as copies: test copy groups R 0.250) back as if they
#: were two origins.
FLOORS = [
    ("dev", "slots grouping", 0.95, 0.93),
    ("dev", "slots disputed", 0.95, 0.95),
    ("dev", "slots agreed", 0.95, 0.85),
    ("dev", "slots single-source", 0.9, 0.93),
    ("dev", "slots changed-over-time", 0.95, 0.95),
    ("dev", "quotes grouping", 0.95, 0.87),
    ("dev", "quotes other-speaker", 0.95, 0.95),
    ("dev", "copy groups", 0.95, 0.95),
    ("test", "slots grouping", 0.28, 0.37),
    ("test", "slots disputed", 0.3, 0.95),
    ("test", "slots agreed", 0.2, 0.35),
    ("test", "slots single-source", 0.4, 0.4),
    ("test", "quotes grouping", 0.95, 0.65),
]


@pytest.mark.parametrize(("split", "category", "precision", "recall"), FLOORS)
def test_brief_gold_pratiwi_meets_its_floor(
    split: str, category: str, precision: float, recall: float
) -> None:
    found = scores(split)[category]
    assert found["precision"] >= precision
    assert found["recall"] >= recall
