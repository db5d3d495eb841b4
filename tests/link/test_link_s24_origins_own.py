"""origins() on a rewrite: one whose two sides each carry reporting of their own is two
origins, unless both print the same quotes word for word (versions of one story); one side
of which adds almost nothing is one origin with the other (tests/gold/brief/README.md: "an
article that carries another's sentences but has its own counts, officials and quotes is its
own origin"). Articles end to end: test_link_s24_origins_wire.py."""

from __future__ import annotations

import jsonschema
import pytest

from silang.link import origins
from silang.link.own import own_material
from silang.model import Annotated, Article, Link, OwnMaterial
from silang.pipeline import Toolkit, annotate
from silang.render.report import load_schema
from silang.settings import Settings


def test_link_origins_rewrite_both_of_whose_sides_add_their_own_keeps_them_apart() -> None:
    links = [Link("a", "b", "rewrite", 0.5, None, own=OwnMaterial(3, 4, 2))]
    assert origins(["a", "b"], links) == {"a": "a", "b": "b"}


def test_link_origins_rewrite_printing_the_same_quotes_word_for_word_joins() -> None:
    # Versions of one wire story: each adds its own, both print three quotes word for word.
    links = [Link("a", "b", "rewrite", 0.5, "a", own=OwnMaterial(3, 4, 3))]
    assert origins(["a", "b"], links) == {"a": "a", "b": "a"}


def test_link_origins_rewrite_one_side_of_which_adds_almost_nothing_joins() -> None:
    for own in (OwnMaterial(1, 9, 0), OwnMaterial(0, 0, 0), None):
        links = [Link("a", "b", "rewrite", 0.5, "a", own=own)]
        assert origins(["a", "b"], links) == {"a": "a", "b": "a"}


def test_link_origins_copy_joins_whatever_its_sides_add() -> None:
    links = [Link("a", "b", "copy", 0.9, "a", own=OwnMaterial(5, 5, 0))]
    assert origins(["a", "b"], links) == {"a": "a", "b": "a"}


def test_link_origins_rewrite_both_of_whose_sides_add_two_items_keeps_them_apart() -> None:
    links = [Link("a", "b", "rewrite", 0.5, None, own=OwnMaterial(2, 2, 0))]
    assert origins(["a", "b"], links) == {"a": "a", "b": "b"}


#: Written for this test: a council meeting, and what a longer report adds to it.
MEETING = (
    "The council of Alder Bay met on Monday to discuss the flooded bridge. The bridge has been "
    "closed for 40 days since the storm."
)
PLEDGE = ' "We will rebuild the bridge before winter," said Mayor Ruth Calder'


@pytest.fixture(scope="module")
def toolkit() -> Toolkit:
    return Toolkit.build(Settings())


def _item(key: str, text: str, toolkit: Toolkit) -> Annotated:
    article = Article(id=key, sources=(f"{key}.txt",), text=text, raw_text=text, language="en")
    return annotate(article, toolkit)


@pytest.mark.parametrize(
    ("added", "own"),
    [
        # Counts alone are no reporting of its own.
        (" About 40 workers will be needed and the repair will cost 3 million dollars.", 0),
        # A quote, its named speaker and a count ("40 workers" is not "40 days"); a group
        # ("county engineers") is no named source.
        (PLEDGE + ". About 40 workers will be needed, county engineers said.", 3),
        # One person under two names is one source; an age and a year are no counts.
        (PLEDGE + ", 42. The bridge was built in 1887, Mayor Ruth Calder said.", 2),
    ],
)
def test_link_own_material_counts_quotes_named_sources_and_counts_beside_them(
    toolkit: Toolkit, added: str, own: int
) -> None:
    first = _item("a", MEETING, toolkit)
    longer = _item("b", MEETING + added, toolkit)
    assert own_material(first, longer, ()) == OwnMaterial(0, own, 0)


def _link_errors(own: object, *, drop: bool = False) -> list[str]:
    """What the report schema finds wrong with a rewrite link whose ``own`` is ``own``."""
    link = {"a": "a", "b": "b", "relation": "rewrite", "score": 0.5, "original": None}
    link |= {"evidence": []} if drop else {"evidence": [], "own": own}
    schema = load_schema()["$defs"]["link"]
    return [e.message for e in jsonschema.Draft202012Validator(schema).iter_errors(link)]


def test_link_own_in_the_report_is_two_counts_and_the_shared_quotes_or_null() -> None:
    assert _link_errors({"a": 0, "b": 3, "shared_quotes": 1}) == []
    assert _link_errors(None) == []
    assert _link_errors(None, drop=True) != []
    assert _link_errors({"a": -1, "b": 3, "shared_quotes": 1}) != []
    assert _link_errors({"a": 0, "b": 3, "shared_quotes": 1, "spare": 2}) != []
