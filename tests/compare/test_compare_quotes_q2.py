"""A retold passage beside an article's own quotation: the sentences a trailing attribution
("…, tulisnya") did not reach back over are still a version of the statement."""

from __future__ import annotations

from dataclasses import replace

from silang.compare.quotes import quote_groups
from silang.model import Annotated, Entity, Quote, Span

from records import make_article

FIRST = (
    "Penutupan jembatan gantung itu sama sekali bukan upaya dinas untuk menghambat warga "
    "yang setiap hari menyeberang ke pasar"
)
SECOND = "Perbaikan akan dilakukan dengan hati-hati dan selesai sebelum musim hujan tiba"


def _article(aid: str, text: str, *quotes: Quote) -> Annotated:
    article = make_article(text, article_id=aid)
    return Annotated(article=article, sentences=(Span(0, len(text)),), quotes=quotes)


def _quote(text: str, said: str, speaker: str | None, direct: bool) -> Quote:
    at = text.index(said)
    return Quote(at, at + len(said), said, direct, speaker=speaker)


def test_compare_quotes_the_prose_before_an_articles_own_quotation_is_a_version() -> None:
    release = f"{FIRST}. {SECOND}."
    quoted = f'Dinas menjawab. "{release}" tulis Dinas PU.'
    prose = f"Warga bertanya. {FIRST}. {SECOND}, tulisnya. Pasar tetap buka."
    a1 = _article("a1", quoted, _quote(quoted, release, "Dinas PU", True))
    a2 = _article("a2", prose, _quote(prose, SECOND, "Dinas PU", False))
    (group,) = quote_groups([a1, a2])
    told = [v.text for v in group.versions if v.article_id == "a2"]
    assert FIRST in told
    assert SECOND in told


def test_compare_quotes_a_short_stretch_before_a_quotation_is_no_version() -> None:
    # Only a few of the release's words stand before a2's own quotation: they are the
    # quotation's lead-in, not a sentence of their own.
    release = f"{FIRST}. {SECOND}."
    quoted = f'Dinas menjawab. "{release}" tulis Dinas PU.'
    prose = f"Warga bertanya. Dinas menyebut {FIRST}. {SECOND}, tulisnya."
    own = prose[prose.index("upaya") : prose.index(", tulisnya")]
    a1 = _article("a1", quoted, _quote(quoted, release, "Dinas PU", True))
    a2 = _article("a2", prose, _quote(prose, own, "Dinas PU", False))
    (group,) = quote_groups([a1, a2])
    assert [v.text for v in group.versions if v.article_id == "a2"] == [own]


def test_compare_quotes_a_few_quoted_words_join_through_their_sentence() -> None:
    # a2 quotes two words inside its reported sentence; a1 quotes the whole statement. The
    # two words alone match nothing; the sentence that reports them tells a1's statement.
    said = "Kami telah menguji mesin baru itu selama ribuan jam untuk tahap uji ini"
    quoted = f'Pabrik itu bersiap. "{said}," kata Andi Wijaya.'
    reported = 'Andi Wijaya menegaskan pabrik itu menguji mesin baru selama "ribuan jam".'
    a1 = _article("a1", quoted, _quote(quoted, said, "Andi Wijaya", True))
    article = make_article(reported, article_id="a2")
    who = Entity(0, len("Andi Wijaya"), "Andi Wijaya", "person", "Andi Wijaya")
    fragment = _quote(reported, "ribuan jam", "Andi Wijaya", True)
    fragment = replace(fragment, speaker_start=who.start, speaker_end=who.end)
    sentence = (Span(0, len(reported)),)
    a2 = Annotated(article=article, sentences=sentence, entities=(who,), quotes=(fragment,))
    (group,) = quote_groups([a1, a2])
    told = [v.text for v in group.versions if v.article_id == "a2"]
    assert told == ['pabrik itu menguji mesin baru selama "ribuan jam"']
