from __future__ import annotations

import html
import re

from hypothesis import given, settings
from hypothesis import strategies as st

from silang.render.marks import Mark, nested


def test_render_marks_ignore_marks_outside_the_text() -> None:
    assert nested("abc", [Mark(2, 9, "quote", "x")]) == nested("abc", [])


def test_render_marks_nested_puts_the_figure_inside_one_quote_element() -> None:
    text = 'Ia berkata "2.300 warga mengungsi" kemarin.'
    quote = Mark(12, 33, "quote", "Hendra", anchor="q")
    figure = Mark(12, 17, "quantity", "2300", anchor="f")
    out = str(nested(text, [quote, figure]))
    assert out == (
        'Ia berkata &#34;<span class="quote" title="Hendra" id="q"><span class="quantity" '
        'title="2300" id="f">2.300</span> warga mengungsi</span>&#34; kemarin.'
    )


def test_render_marks_nested_overlapping_marks_keep_one_id() -> None:
    text = "abcdefghij"
    first = Mark(0, 6, "quote", "", anchor="q")
    second = Mark(3, 9, "time", "", anchor="t")
    out = str(nested(text, [first, second]))
    assert out.count('id="q"') == 1 and out.count('id="t"') == 1
    assert out.count("<span") == out.count("</span>")


@settings(max_examples=60, deadline=None)
@given(
    text=st.text(max_size=60),
    spans=st.lists(st.tuples(st.integers(0, 60), st.integers(0, 60)), max_size=6),
)
def test_render_marks_nested_html_holds_the_text(text: str, spans: list[tuple[int, int]]) -> None:
    marks = [Mark(min(a, b), max(a, b), "entity", "x", f"e{a}-{b}") for a, b in spans]
    out = str(nested(text, marks))
    assert html.unescape(re.sub(r"<[^>]+>", "", out)) == text
    assert out.count("<span") == out.count("</span>")
