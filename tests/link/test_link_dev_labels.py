"""Floors on the Pratiwi development labels (topics 1-8, bench/link_labels/): what
`bench/link_eval.py --split dev --only pratiwi` measured when pinned, less about one error.

The held-out floors are tests/gold/link's; these guard the development set, where a change
is tuned, so that a fix for one pair does not quietly undo another. Pinned after round 4 of
the labels (47 more dev originals, chosen for direction, harder than rounds 1-3's): 209
pairs; duplicate+copy precision 1.0, recall 0.978 (0.985 on the 162 pairs before round 4:
its 351/357, a copy with a long opening of its own, is found as a rewrite); direction 74 of
80 derivations found with a known original (5 unknown, 1 wrong; 41 of 41 before round 4,
which added the pairs that fail). Raised after the headline vote (``direction.cites_headline``:
two blogs point to sayangi.com's article with "(baca: <its headline>)"): 78 of 80 (1 unknown,
600-140/600-146; 1 wrong, 600-203/600-208, a spinner that traded rarer words for commoner ones),
relations unchanged. Raised after the narrative rule for rewrites told in quotes
(``classify.narrative_verbatim``, 2026-11-24): rewrite precision 0.811 -> 0.841, recall 0.638
-> 0.787 (7 rewrites that had read as shares-quote), direction 84 of 86 (the 6 new pairs with a
known original all right). Raised after round 10 of ``direction`` (a day named with its weekday
read as that day and the next; the report vote reading "detikcom" and a spun copy's kept
sentence): direction 83 of 86, as it stood before that round, -> 85 of 86 (1 unknown,
600-140/600-146); the accuracy floor 0.98 holds it. Raised after the passage rule for
rewrites (``classify.copied_passage``: three narrative sentences in a row as written): rewrite
precision 0.841 -> 0.851, recall 0.804 -> 0.870 (three labelled rewrites that had read as no
link), direction 88 of 89. Re-pinned after round 6 of the labels (68 fresh dev pairs drawn from
silang's own links and from unlinked pairs of high overlap, labelled before silang's call on
each was read; 277 pairs) and the one-moved-block order rule (``classify.kept_order``):
duplicate+copy precision 1.0, recall 0.974; direction 100 of 103 (3 unknown: 600-140/600-146,
600-357/600-376, 600-083/600-092); rewrite precision 0.847, recall 0.847; one copy-type link on a
shares-quote pair (600-156/600-185: a consulate's release that 600-156 quotes and 600-185 prints
unmarked, found as a rewrite by the narrative rule). Re-pinned after round 7 of the labels (33
fresh derivations with an original, labelled before silang's original for each was read, and
three round-6 rows given one; 310 pairs) and the slug's day code (``direction.url_window``):
direction 131 of 139 (8 unknown, none wrong; the round-7 rows 27 of 33 before the day code, 30
after); duplicate+copy precision 1.0, recall 0.976; rewrite precision 0.884, recall 0.884.
Needs ../shared/data; skipped where it is absent.
"""

from __future__ import annotations

from functools import cache
from typing import Any

import pytest

import link_eval
from shared_data import PRATIWI
from silang.pipeline import Toolkit
from silang.settings import Settings


@cache
def dev() -> dict[str, Any]:
    if not PRATIWI.is_file():
        pytest.skip(f"needs ../shared/data ({link_eval.DATA}); absent here")
    result: dict[str, Any] = link_eval.evaluate_pratiwi("dev", Toolkit.build(Settings()))
    return result


FLOORS = [
    ("duplicate+copy", "precision", 0.99),
    ("duplicate+copy", "recall", 0.96),
    ("direction", "accuracy", 0.93),
    ("direction", "pairs", 135),
    ("rewrite", "precision", 0.83),
    ("rewrite", "recall", 0.83),
]


@pytest.mark.parametrize(("metric", "field", "floor"), FLOORS)
def test_link_dev_labels_floor(metric: str, field: str, floor: float) -> None:
    assert dev()[metric][field] >= floor


def test_link_dev_labels_no_copy_link_on_shared_quotes() -> None:
    # One since round 6: 600-156/600-185 (see the module docstring).
    assert dev()["copy_links_on_shares_quote_pairs"] <= 1
