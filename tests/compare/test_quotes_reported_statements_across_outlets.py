"""One company's statement told by several outlets in other shapes: reported speech cut from
the middle of a sentence that opens with a product's name and number, a statement whose
second half an outlet tells in the next sentence with no speech verb, and a short post that
one outlet quotes without marks (Pratiwi dev topic 3's shapes, in sentences written for
these tests)."""

from __future__ import annotations

import re

from silang.compare.quotes import quote_groups
from silang.model import Annotated, Quote, Span

from records import make_article

SPEAKER = "Lumo"


def _article(aid: str, text: str, *said: str, direct: bool = False) -> Annotated:
    """An Indonesian article of ``text`` whose quotes are the passages ``said``, given to
    the company (or to no one when ``direct``: a post quoted in marks)."""
    article = make_article(text, article_id=aid, language="id", raw_prefix="")
    quotes = tuple(
        Quote(
            text.index(s),
            text.index(s) + len(s),
            s,
            direct,
            speaker=None if direct else SPEAKER,
            speaker_start=None if direct else text.index(SPEAKER),
            speaker_end=None if direct else text.index(SPEAKER) + len(SPEAKER),
            cue=None if direct else "mengatakan",
        )
        for s in said
    )
    sentences = tuple(Span(m.start(), m.end()) for m in re.finditer(r"[^.!?\s][^.!?]*[.!?]", text))
    return Annotated(article=article, sentences=sentences, quotes=quotes)


def _groups(*items: Annotated) -> list[dict[str, str]]:
    return [{v.article_id: v.text for v in g.versions} for g in quote_groups(list(items))]


def test_a_product_number_opening_a_reported_statement_is_no_shared_figure() -> None:
    # Two statements of the company; each names its phone "Lumo 7" right after the speech
    # verb, so the number stands after a name inside the sentence, not at its start.
    rare = "Lumo 7 yang bengkok sangat jarang terjadi dan hanya sedikit pengguna mengalaminya"
    steel = "Lumo 7 memakai rangka baja yang berguna memperkuat struktur ponsel itu"
    groups = _groups(
        _article("a1", f"Perusahaan Lumo mengatakan {rare}.", rare),
        _article("a2", f"Perusahaan Lumo menambahkan {steel}.", steel),
    )
    assert groups == []


def test_the_next_sentence_that_tells_the_rest_of_a_statement_is_part_of_its_version() -> None:
    whole = (
        "akan mengganti ponsel yang rusak, namun pihak Lumo akan memeriksa dulu setiap "
        "kasus satu per satu sebelum memberikan garansi"
    )
    first = "akan mengganti ponsel yang rusak"
    told = (
        f"Lumo mengatakan {first}. Namun mereka akan memeriksa setiap kasus satu per satu "
        "sebelum memberikan garansi."
    )
    groups = _groups(
        _article("a1", f"Lumo mengatakan {whole}.", whole),
        _article("a2", told, first),
    )
    assert len(groups) == 1
    assert groups[0]["a2"].endswith("sebelum memberikan garansi.")


def test_a_sentence_after_a_quotation_in_marks_stays_the_reporters() -> None:
    whole = (
        "Kami akan mengganti ponsel yang rusak, namun kami memeriksa setiap kasus satu per "
        "satu sebelum memberikan garansi"
    )
    first = "Kami akan mengganti ponsel yang rusak"
    told = (
        f'"{first}," kata Lumo. Namun mereka akan memeriksa setiap kasus satu per satu '
        "sebelum memberikan garansi."
    )
    groups = _groups(
        _article("a1", f'"{whole}," kata Lumo.', whole, direct=True),
        _article("a2", told, first, direct=True),
    )
    assert [sorted(g) for g in groups] == [["a1", "a2"]]
    assert groups[0]["a2"] == first


def test_a_short_post_told_without_marks_joins_the_posts_quotations() -> None:
    post = "Kami tidak bengkok, kami #patah. #bengkokgate #lumo7"
    groups = _groups(
        _article("a1", f'Akun itu berkicau, "{post}"', post, direct=True),
        _article("a2", f'Mereka juga berkicau, "{post}"', post, direct=True),
        _article("a3", "Mereka juga berkicau, Kami tidak bengkok, kami #patah. Lalu viral."),
    )
    assert [sorted(g) for g in groups] == [["a1", "a2", "a3"]]
