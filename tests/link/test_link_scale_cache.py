"""The verification stage's feature cache: what it returns, how often it rebuilds, and that
links do not depend on its size."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from link_records import lexicons, mixed

from silang.link import find as find_module
from silang.link import find_links
from silang.link.classify import Thresholds
from silang.link.find import _FeatureCache, plan_links, verify_plan
from silang.link.text import Normaliser

ITEMS = mixed()


def _cache(limit: int, lookups: list[int]) -> _FeatureCache:
    normalisers = {code: Normaliser(lexicon) for code, lexicon in lexicons().items()}
    return _FeatureCache(ITEMS, normalisers, limit, lookups)


@settings(max_examples=25, deadline=None)
@given(st.lists(st.integers(0, len(ITEMS) - 1), max_size=24), st.integers(1, 4))
def test_link_cache_returns_each_lookup_features(lookups: list[int], limit: int) -> None:
    cache = _cache(limit, lookups)
    assert [cache.next().id for _ in lookups] == [ITEMS[i].article.id for i in lookups]
    assert len(set(lookups)) <= cache.built <= len(lookups)


def test_link_cache_builds_each_article_once_when_all_fit() -> None:
    lookups = [0, 3, 0, 5, 3, 3, 5, 0]
    cache = _cache(3, lookups)
    for _ in lookups:
        cache.next()
    assert cache.built == 3


def test_link_cache_drops_the_article_needed_last() -> None:
    # One place, lookups 0 1 0 1: keeping 0 (needed again sooner) rebuilds only 1; dropping
    # the least recently used instead would rebuild every time (4).
    cache = _cache(1, [0, 1, 0, 1])
    for _ in range(4):
        cache.next()
    assert cache.built == 3


def test_link_find_links_does_not_depend_on_cache_size(monkeypatch: pytest.MonkeyPatch) -> None:
    expected = find_links(ITEMS, lexicons())
    assert expected
    monkeypatch.setattr(find_module, "CACHE", 1)
    assert find_links(ITEMS, lexicons()) == expected


def test_link_plan_then_verify_is_find_links() -> None:
    thresholds = Thresholds()
    plan = plan_links(ITEMS, lexicons(), thresholds=thresholds)
    assert verify_plan(plan, lexicons(), thresholds) == find_links(ITEMS, lexicons())
