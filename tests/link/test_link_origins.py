"""origins(): an original and what derives from it form one origin."""

from __future__ import annotations

from silang.link import origins
from silang.model import Link


def test_link_origins_independent_article_is_its_own() -> None:
    assert origins(["a", "b"], []) == {"a": "a", "b": "b"}


def test_link_origins_chain_leads_to_the_original() -> None:
    links = [Link("w", "c1", "copy", 1.0, "w"), Link("c1", "c2", "spin", 0.9, "c1")]
    assert origins(["w", "c1", "c2"], links) == {"w": "w", "c1": "w", "c2": "w"}


def test_link_origins_shares_quote_keeps_articles_apart() -> None:
    links = [Link("a", "b", "shares-quote", 0.9, None)]
    assert origins(["a", "b"], links) == {"a": "a", "b": "b"}


def test_link_origins_without_direction_picks_smallest_id() -> None:
    links = [Link("b", "a", "copy", 1.0, None)]
    assert origins(["a", "b"], links) == {"a": "a", "b": "a"}


def test_link_origins_ignores_links_to_unknown_articles() -> None:
    links = [Link("a", "zz", "copy", 1.0, "zz")]
    assert origins(["a"], links) == {"a": "a"}
