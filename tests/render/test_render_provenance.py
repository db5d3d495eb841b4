from __future__ import annotations

import re

from silang.render.provenance import (
    LONE_PER_LINE,
    links_by_article,
    links_within,
    provenance_svg,
    shared_quotes,
)


def _links() -> list[dict[str, object]]:
    return [
        {"a": "wire", "b": "copy", "relation": "copy", "original": "wire"},
        {"a": "wire", "b": "own", "relation": "shares-quote", "original": None},
    ]


def _boxes(svg: str) -> dict[str, tuple[int, int]]:
    """Each box's (x, y), by the article its link goes to."""
    found = re.findall(r'<a href="#a-([^"]+)"><title>[^<]*</title><rect x="(\d+)" y="(\d+)"', svg)
    return {aid: (int(x), int(y)) for aid, x, y in found}


def test_render_provenance_draws_one_row_per_origin() -> None:
    origin = {"wire": "wire", "copy": "wire", "own": "own"}
    svg = str(provenance_svg(["wire", "copy", "own"], origin, _links(), {"wire": "NNA"}))
    boxes = _boxes(svg)
    assert boxes["wire"][1] == boxes["copy"][1] != boxes["own"][1]
    assert svg.count("marker-end=") == 1
    # Sharing a quote is no derivation: not drawn as one.
    assert "shares-quote" not in svg


def test_render_provenance_names_the_derivation_in_the_derived_box() -> None:
    origin = {"wire": "wire", "copy": "wire"}
    svg = str(provenance_svg(["wire", "copy"], origin, _links(), {"wire": "NNA", "copy": "Warta"}))
    assert ">original</text>" in svg and ">copy</text>" in svg


def test_render_provenance_a_copy_of_a_copy_sits_a_column_further() -> None:
    links = [
        {"a": "wire", "b": "copy", "relation": "copy", "original": "wire"},
        {"a": "copy", "b": "spun", "relation": "spin", "original": "copy"},
    ]
    origin = {"wire": "wire", "copy": "wire", "spun": "wire"}
    boxes = _boxes(str(provenance_svg(["wire", "copy", "spun"], origin, links, {})))
    assert boxes["wire"][0] < boxes["copy"][0] < boxes["spun"][0]
    assert boxes["wire"][1] == boxes["copy"][1] == boxes["spun"][1]


def test_render_provenance_two_copies_of_one_original_stack_in_one_column() -> None:
    links = [
        {"a": "wire", "b": "one", "relation": "copy", "original": "wire"},
        {"a": "wire", "b": "two", "relation": "rewrite", "original": "wire"},
    ]
    origin = {"wire": "wire", "one": "wire", "two": "wire"}
    boxes = _boxes(str(provenance_svg(["wire", "one", "two"], origin, links, {})))
    assert boxes["one"][0] == boxes["two"][0] > boxes["wire"][0]
    assert boxes["one"][1] != boxes["two"][1]


def test_render_provenance_a_derivation_of_unknown_direction_says_so() -> None:
    links: list[dict[str, str | None]] = [
        {"a": "wire", "b": "copy", "relation": "copy", "original": "wire"},
        {"a": "copy", "b": "twin", "relation": "rewrite", "original": None},
    ]
    origin = {"wire": "wire", "copy": "wire", "twin": "wire"}
    svg = str(provenance_svg(["wire", "copy", "twin"], origin, links, {}))
    boxes = _boxes(svg)
    assert boxes["twin"][0] > boxes["copy"][0]
    assert ">rewrite, direction unknown</text>" in svg


def test_render_provenance_packs_lone_origins_side_by_side() -> None:
    ids = [f"own{n}" for n in range(LONE_PER_LINE + 2)]
    svg = str(provenance_svg(ids, {aid: aid for aid in ids}, [], {}))
    lines = {y for _, y in _boxes(svg).values()}
    assert len(lines) == 2


def test_render_provenance_arrow_ids_are_unique_per_story() -> None:
    origin = {"wire": "wire", "copy": "wire"}
    svg = str(provenance_svg(["wire", "copy"], origin, _links(), {}, key="-s-1"))
    assert 'id="arrow-s-1"' in svg and 'marker-end="url(#arrow-s-1)"' in svg


def test_render_provenance_escapes_outlet_names() -> None:
    origin = {"x": "x", "y": "x"}
    svg = str(provenance_svg(["x", "y"], origin, [], {"x": "<script>Warta</script>"}))
    assert "<script>" not in svg
    assert "&lt;script&gt;Warta" in svg


def test_render_provenance_is_empty_for_a_single_article() -> None:
    assert str(provenance_svg(["x"], {"x": "x"}, [], {})) == ""


def test_render_provenance_shared_quotes_are_pairs_of_origins() -> None:
    links = [
        {"a": "copy", "b": "own", "relation": "shares-quote", "original": None},
        {"a": "wire", "b": "own", "relation": "shares-quote", "original": None},
        {"a": "wire", "b": "copy", "relation": "shares-quote", "original": None},
    ]
    origin = {"wire": "wire", "copy": "wire", "own": "own"}
    assert shared_quotes(["wire", "copy", "own"], origin, links) == [("own", "wire")]


def test_render_provenance_a_story_takes_its_links_from_the_report_index() -> None:
    # Indexed once per report, a story's links are those between two of its articles or
    # their origins, each once and in the report's order (the graph and the quote pairs
    # follow that order): the graph and the quote pairs are those all the links give.
    links: list[dict[str, object]] = [
        {"a": "wire", "b": "copy", "relation": "copy", "original": "wire"},
        {"a": "wire", "b": "elsewhere", "relation": "shares-quote", "original": None},
        {"a": "own", "b": "wire", "relation": "shares-quote", "original": None},
        {"a": "twin", "b": "wire", "relation": "duplicate", "original": None},
        {"a": "copy", "b": "twin", "relation": "copy", "original": None},
    ]
    index = links_by_article(links)
    origin = {"wire": "wire", "copy": "wire", "twin": "wire", "own": "own"}
    ids = ["own", "twin", "wire", "copy"]
    story = links_within(ids, origin, index)
    assert story == [links[0], links[2], links[3], links[4]]
    assert provenance_svg(ids, origin, story, {}) == provenance_svg(ids, origin, links, {})
    assert shared_quotes(ids, origin, story) == shared_quotes(ids, origin, links)
    # The wire, told in another story, is still the origin these hang from: the twin hangs
    # under it through their link of unknown direction.
    ids = ["twin", "copy"]
    story = links_within(ids, origin, index)
    assert story == [links[0], links[3], links[4]]
    svg = provenance_svg(ids, origin, story, {})
    assert "duplicate, direction unknown" in svg
    assert svg == provenance_svg(ids, origin, links, {})
