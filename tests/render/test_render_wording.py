from __future__ import annotations

from silang.render.wording import marked_words


def _changed(text: str, reference: str) -> list[str]:
    return [piece for piece, changed in marked_words(text, reference) if changed]


def test_render_wording_marks_the_swapped_words() -> None:
    reference = "Kami sudah mengevakuasi sekitar 2.300 warga ke tempat yang aman"
    spun = "Kami telah memindahkan sekitar 2.300 penduduk ke tempat yang aman"
    assert _changed(spun, reference) == ["telah", "memindahkan", "penduduk"]


def test_render_wording_keeps_the_text_whole() -> None:
    text = "Kami telah memindahkan, sekitar 2.300 warga."
    assert "".join(piece for piece, _ in marked_words(text, "Kami sudah")) == text


def test_render_wording_marks_nothing_across_languages() -> None:
    english = "We have moved about 2,300 residents to safe places"
    indonesian = "Kami sudah mengevakuasi sekitar 2.300 warga ke tempat yang aman"
    assert _changed(english, indonesian) == []
