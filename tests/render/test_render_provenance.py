from __future__ import annotations

import re

from silang.render.provenance import provenance_svg


def _links() -> list[dict[str, object]]:
    return [
        {"a": "wire", "b": "copy", "relation": "copy", "original": "wire"},
        {"a": "wire", "b": "own", "relation": "shares-quote", "original": None},
    ]


def test_render_provenance_draws_one_row_per_origin() -> None:
    origin = {"wire": "wire", "copy": "wire", "own": "own"}
    svg = str(provenance_svg(["wire", "copy", "own"], origin, _links(), {"wire": "NNA"}))
    rows = {int(y) for y in re.findall(r'<rect x="\d+" y="(\d+)"', svg)}
    assert len(rows) == 2
    assert svg.count('marker-end="url(#arrow)"') == 1
    assert 'stroke-dasharray="4 3"><title>shares-quote</title>' in svg


def test_render_provenance_escapes_outlet_names() -> None:
    origin = {"x": "x", "y": "x"}
    svg = str(provenance_svg(["x", "y"], origin, [], {"x": "<script>Warta</script>"}))
    assert "<script>" not in svg
    assert "&lt;script&gt;Warta" in svg


def test_render_provenance_is_empty_for_a_single_article() -> None:
    assert str(provenance_svg(["x"], {"x": "x"}, [], {})) == ""
