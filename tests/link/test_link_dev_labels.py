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
Re-pinned after round 8 of the labels (42 fresh dev pairs labelled blind; 352 pairs) and
convention A for releases (bench/link_labels/README.md: a release printed by one outlet
against another's retelling of it, and two retellings of one release, are rewrites with the
original unknown; eight dev rows relabelled): duplicate+copy precision 0.985, recall 0.977;
direction 137 of 143 (6 unknown, none wrong); rewrite precision 0.916, recall 0.852. One
copy-type link on a shares-quote pair: 600-303/600-326, a statement one prints unmarked and
the other quotes (read as a copy). Session 22's statement rules, which mended it
(duplicate+copy precision 0.992, no such link), were taken back: on the held-out Pratiwi briefs
they lowered copy groups from 0.531/0.850 to 0.500/0.750 (tests/gold/brief/README.md).
Re-pinned after round 9 of the labels (52 fresh dev pairs drawn from silang's own derivation
links, weighted to copies and to pairs whose days are equal, missing or reversed against
containment, labelled blind; 404 pairs), a closing formula for reproduced text
(``classify._closed``: "Begitu bunyi penggalan pesan ...") and later named days widening an
inferred day (``direction.inferred_span``), with two of topic 5's BPPMI rows relabelled
rewrite under convention A: duplicate+copy precision 0.987, recall 0.981; direction 139 of
145 (6 unknown, none wrong); rewrite precision 0.909, recall 0.857. Round 9's pairs were drawn
from silang's own links, so recall over the merged labels is conditioned on silang having
linked them: a floor against loss, not a recall estimate. Two more
copy-type links on shares-quote pairs, both round-9 rows: 600-196 against the consulate's
release (600-179) and a retelling of it (600-197), where 600-196 prints the release as
speech reported without quote marks (its source, 600-178, has them) and reads as a rewrite.
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
    ("duplicate+copy", "precision", 0.98),
    ("duplicate+copy", "recall", 0.97),
    ("direction", "accuracy", 0.94),
    ("direction", "pairs", 143),
    ("rewrite", "precision", 0.9),
    ("rewrite", "recall", 0.84),
]


@pytest.mark.parametrize(("metric", "field", "floor"), FLOORS)
def test_link_dev_labels_floor(metric: str, field: str, floor: float) -> None:
    assert dev()[metric][field] >= floor


#: The labelled shares-quote pairs that silang links by a copy-type relation, by name: a
#: new leak must be read, not absorbed by a count. Convention A settled the consulate family
#: (600-156/600-185, 600-153/600-198, 600-152/600-157 before it); 600-303/600-326 is open,
#: and so are round 9's two pairs of 600-196, a release printed as unmarked reported speech.
LEAKING: tuple[str, ...] = ("600-179/600-196", "600-196/600-197", "600-303/600-326")


def test_link_dev_labels_no_copy_link_on_shared_quotes() -> None:
    assert tuple(dev()["shares_quote_pairs_with_copy_links"]) == LEAKING
