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
#: dev (topics 1, 3, 4, 5, 6 and 7, seven stories, 52 articles): grouping P 1.000 R 0.970,
#: disputed 1.000/0.750, agreed 1.000/0.923, single-source 0.923/0.900, changed over time
#: 1.000/1.000, quotes 1.000/0.787, other-speaker flags none (none expected), copy groups
#: 0.829/1.000. The dev sum grew from 5 to 7 stories when topics 4 and 6 were added; the
#: floors below were measured again on the seven. Four floors went down for that reason
#: alone, not because any story scored less (no story's figure dropped in the change that
#: re-pinned them): disputed recall (topic 4's thousands-or-hundreds dispute is not found),
#: single-source recall (topic 6's "satu baris", "tiga baris" and "282,983 ton" are not
#: extracted as the gold reads them), quotes recall (topics 4 and 6 have versions told
#: without quote marks, which the quote stage does not extract) and copy-groups precision
#: (the link stage makes 600-163/164 copies of 600-154, which the gold keeps apart).
#: On the five stories before: grouping 1.000/0.956, disputed 1.000/1.000, agreed
#: 1.000/0.900, single-source 0.933/0.966, quotes 1.000/1.000, copy groups 0.920/1.000.
#: Dev quotes recall was 0.766 before a whole version of a statement quoted in two parts
#: joined the groups of both parts (topic 3's Apple statement in two translations), 0.894
#: before the quote stage read 600-104's unquoted statement instead of its channel "seperti
#: detikINET kutip dari CNBC". Dev copy groups were 1.000/1.000 until the link stage's
#: sentence channel found 600-216 and 600-220 to be rewrites of 600-201; the link labels
#: (bench/link_labels/pratiwi_pairs.tsv) say so too, the brief's gold keeps 600-201 apart,
#: and the two golds were left as written.
#: test (topics 10, 11 and 12, 30 articles, scored once when topics 10 and 11 were added, on
#: the code that added them): grouping P 0.821 R 0.458, disputed 0.500/0.250, agreed
#: 0.529/0.750, single-source 0.583/0.600, changed over time 0/0 (one found, one expected,
#: not the same), quotes 1.000/0.849 with 3 false other-speaker flags, copy groups
#: 0.750/0.667. Topic 12 alone was 0.303/0.396 in grouping before money slots; the old
#: floors were for topic 12 alone, these are a little under the three-story figures.
#: Scored once more after dev topics 4 and 6 and the fixes they led to (figure lists,
#: rates, retold-sentence slots, quote marks): grouping 0.826/0.474, disputed 0.500/0.250,
#: agreed 0.529/0.750, single-source 0.609/0.600, changed over time none found (one
#: expected), quotes 1.000/0.849 with 2 false other-speaker flags, copy groups 0.750/0.667.
#: The floors were left where they were: the gains are one or two items each.
FLOORS = [
    ("dev", "slots grouping", 0.95, 0.95),
    ("dev", "slots disputed", 0.95, 0.7),
    ("dev", "slots agreed", 0.95, 0.9),
    ("dev", "slots single-source", 0.9, 0.87),
    ("dev", "slots changed-over-time", 0.95, 0.95),
    ("dev", "quotes grouping", 0.95, 0.75),
    ("dev", "quotes other-speaker", 0.95, 0.95),
    ("dev", "copy groups", 0.8, 0.95),
    ("test", "slots grouping", 0.79, 0.43),
    ("test", "slots disputed", 0.45, 0.24),
    ("test", "slots agreed", 0.5, 0.7),
    ("test", "slots single-source", 0.55, 0.55),
    ("test", "quotes grouping", 0.95, 0.82),
    ("test", "copy groups", 0.7, 0.65),
]


@pytest.mark.parametrize(("split", "category", "precision", "recall"), FLOORS)
def test_brief_gold_pratiwi_meets_its_floor(
    split: str, category: str, precision: float, recall: float
) -> None:
    found = scores(split)[category]
    assert found["precision"] >= precision
    assert found["recall"] >= recall
