"""origins(): an article derived from two unlinked originals does not make them one origin."""

from __future__ import annotations

from silang.link import origins
from silang.model import Link


def test_link_origins_merge_of_two_sources_keeps_them_apart() -> None:
    # "m" copies "p" and adds a paragraph rewritten from "q"; "p" and "q" are unrelated.
    links = [Link("p", "m", "copy", 0.97, "p"), Link("q", "m", "rewrite", 0.35, "q")]
    assert origins(["m", "p", "q"], links) == {"m": "p", "p": "p", "q": "q"}


def test_link_origins_merge_keeps_the_source_it_carries_most_of() -> None:
    # Two rewrites: the higher score is the main source.
    links = [Link("p", "m", "rewrite", 0.3, "p"), Link("q", "m", "rewrite", 0.6, "q")]
    assert origins(["m", "p", "q"], links) == {"m": "q", "p": "p", "q": "q"}


def test_link_origins_sources_linked_to_each_other_stay_one_origin() -> None:
    # "m" derives from "p" and from "q", but "q" is itself a copy of "p": one origin.
    links = [
        Link("p", "m", "copy", 0.97, "p"),
        Link("q", "m", "rewrite", 0.35, "q"),
        Link("p", "q", "copy", 0.9, "p"),
    ]
    assert set(origins(["m", "p", "q"], links).values()) == {"p"}


def test_link_origins_links_without_direction_still_join() -> None:
    # Neither link says which side merged what: the articles stay one origin.
    links = [Link("p", "m", "copy", 0.97, None), Link("q", "m", "rewrite", 0.35, None)]
    assert set(origins(["m", "p", "q"], links).values()) == {"m"}
