from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from silang.render.marks import Mark, cut


def test_render_marks_nested_marks_name_the_innermost() -> None:
    text = 'Ia berkata "2.300 warga mengungsi" kemarin.'
    quote = Mark(12, 33, "quote", "Hendra")
    figure = Mark(12, 17, "quantity", "2300", anchor="q1")
    pieces = cut(text, [quote, figure])
    inside = next(p for p in pieces if p.text == "2.300")
    assert inside.kinds == ("quantity", "quote")
    assert inside.anchor == "q1"
    assert next(p for p in pieces if p.text == " warga mengungsi").kinds == ("quote",)


def test_render_marks_ignore_marks_outside_the_text() -> None:
    assert cut("abc", [Mark(2, 9, "quote", "x")]) == cut("abc", [])


@settings(max_examples=60, deadline=None)
@given(
    text=st.text(max_size=60),
    spans=st.lists(st.tuples(st.integers(0, 60), st.integers(0, 60)), max_size=6),
)
def test_render_marks_pieces_rebuild_the_text(text: str, spans: list[tuple[int, int]]) -> None:
    marks = [Mark(min(a, b), max(a, b), "entity", "x") for a, b in spans]
    assert "".join(p.text for p in cut(text, marks)) == text
