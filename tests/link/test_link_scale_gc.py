"""find_links pauses Python's cycle collector for its run: it must hand it back as it found
it and leave no cycles behind for it."""

from __future__ import annotations

import gc
from collections.abc import Iterator

import pytest
from link_records import ENGLISH, INDEPENDENT, SPUN, UNRELATED, WIRE, item, lexicons

from silang.link import find_links

ITEMS = [
    item("w", WIRE, outlet="NNA"),
    item("s", SPUN),
    item("e", ENGLISH, language="en"),
    item("i", INDEPENDENT),
    item("u", UNRELATED),
]


@pytest.fixture
def collector_state() -> Iterator[None]:
    enabled = gc.isenabled()
    yield
    if enabled:
        gc.enable()
    else:
        gc.disable()


@pytest.mark.usefixtures("collector_state")
@pytest.mark.parametrize("enabled", [True, False])
def test_link_find_links_restores_the_collector(enabled: bool) -> None:
    if enabled:
        gc.enable()
    else:
        gc.disable()
    assert find_links(ITEMS, lexicons())
    assert gc.isenabled() is enabled


@pytest.mark.usefixtures("collector_state")
def test_link_find_links_leaves_no_cycles() -> None:
    find_links(ITEMS, lexicons())  # lexicons and caches built outside the count
    gc.collect()
    gc.disable()
    assert find_links(ITEMS, lexicons())
    assert gc.collect() == 0
