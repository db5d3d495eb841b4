"""find_links in worker processes: the same links as in one."""

from __future__ import annotations

import pytest
from link_records import INDEPENDENT, item, lexicons, mixed

from silang.link import find as find_module
from silang.link import find_links

ITEMS = [
    *mixed(),
    item("q", INDEPENDENT.replace("Ribuan", "Ratusan")),
]


@pytest.mark.parametrize("workers", [2, 3])
def test_link_find_links_same_in_workers(monkeypatch: pytest.MonkeyPatch, workers: int) -> None:
    # Chunks of two articles, so that signing is split across the workers too.
    monkeypatch.setattr(find_module, "CHUNK", 2)
    expected = find_links(ITEMS, lexicons())
    # Several kinds of link, so that both the aligned and the quote-only pairs are split.
    assert len({link.relation for link in expected}) >= 3
    assert find_links(ITEMS, lexicons(), workers=workers) == expected
