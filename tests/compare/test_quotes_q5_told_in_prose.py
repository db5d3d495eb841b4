"""A statement an outlet reports in its own words around the core of what was said: a prose
sentence that repeats seven words of a quotation in a row, in a paragraph that names the
quotation's speaker before it (quotes._told_in_prose). Hand-made records in the shape of
Pratiwi dev topics 4 and 9."""

from __future__ import annotations

import re

from silang.compare.quotes import quote_groups
from silang.model import Annotated, Entity, Quote, Span

from records import make_article

SAID = (
    "Penutupan jembatan gantung itu terpaksa dilakukan karena kabel penahannya sudah berkarat "
    "dan lantainya lapuk"
)
#: The core of SAID, word for word (eight words in lower case), in the reporter's sentence.
TOLD = "Jembatan tua itu ditutup karena kabel penahannya sudah berkarat dan lantainya lapuk."


def _sentences(text: str) -> tuple[Span, ...]:
    return tuple(Span(m.start(), m.end()) for m in re.finditer(r"[^.?\n]+[.?]?", text))


def _quoted(aid: str) -> Annotated:
    text = f'Warga bertanya. "{SAID}," tulis Dinas PU Kota Baru.'
    at = text.index(SAID)
    quote = Quote(at, at + len(SAID), SAID, True, speaker="Dinas PU Kota Baru")
    entity = Entity(
        text.index("Dinas"),
        len(text) - 1,
        "Dinas PU Kota Baru",
        "organisation",
        "Dinas PU Kota Baru",
    )
    return Annotated(
        article=make_article(text, article_id=aid),
        sentences=_sentences(text),
        quotes=(quote,),
        entities=(entity,),
    )


def _prose(aid: str, text: str, named: str | None = "Dinas PU Kota Baru") -> Annotated:
    entities: tuple[Entity, ...] = ()
    if named is not None:
        at = text.index(named)
        entities = (Entity(at, at + len(named), named, "organisation", named),)
    return Annotated(
        article=make_article(text, article_id=aid),
        sentences=_sentences(text),
        entities=entities,
    )


def _versions(*items: Annotated) -> list[tuple[str, str]]:
    return [(v.article_id, v.text) for g in quote_groups(list(items)) for v in g.versions]


def test_quotes_q5_a_sentence_after_the_speaker_is_named_tells_the_statement() -> None:
    prose = (
        "Dinas PU Kota Baru dalam situsnya membenarkan telah menutup jembatan itu. "
        f"{TOLD} Perbaikan dimulai bulan depan."
    )
    assert ("a2", TOLD) in _versions(_quoted("a1"), _prose("a2", prose))


def test_quotes_q5_a_paragraph_naming_no_speaker_of_the_group_tells_nothing() -> None:
    prose = (
        "Kantor Camat Sukamaju mengumumkan jalan memutar bagi warga. "
        f"{TOLD} Perbaikan dimulai bulan depan."
    )
    assert _versions(_quoted("a1"), _prose("a2", prose, "Kantor Camat Sukamaju")) == []


def test_quotes_q5_the_speaker_named_in_an_earlier_paragraph_does_not_reach() -> None:
    prose = (
        "Dinas PU Kota Baru dalam situsnya membenarkan telah menutup jembatan itu.\n\n"
        f"{TOLD} Perbaikan dimulai bulan depan."
    )
    assert _versions(_quoted("a1"), _prose("a2", prose)) == []


def test_quotes_q5_a_run_of_names_is_no_statement() -> None:
    # The quotation and the prose share nine words in a row, "Jembatan Gantung Sungai
    # Cisadane Desa Suka Maju Kabupaten Lebak": the name of what the story is about, not the
    # statement's words.
    said = (
        "Jembatan Gantung Sungai Cisadane Desa Suka Maju Kabupaten Lebak ditutup sementara "
        "sampai kabel penahannya diganti"
    )
    text = f'Warga bertanya. "{said}," tulis Dinas PU Kota Baru.'
    at = text.index(said)
    quoted = Annotated(
        article=make_article(text, article_id="a1"),
        sentences=_sentences(text),
        quotes=(Quote(at, at + len(said), said, True, speaker="Dinas PU Kota Baru"),),
    )
    prose = (
        "Dinas PU Kota Baru memasang papan pengumuman. Warga Jembatan Gantung Sungai Cisadane "
        "Desa Suka Maju Kabupaten Lebak berkumpul di balai desa."
    )
    assert _versions(quoted, _prose("a2", prose)) == []


def test_quotes_q5_a_question_or_a_denial_of_the_words_tells_no_statement() -> None:
    # The core of the statement asked about ("Benarkah …?") or denied ("Tidak benar …") in
    # the paragraph that names the speaker is not the speaker's statement told as said.
    opening = "Dinas PU Kota Baru dalam situsnya membenarkan telah menutup jembatan itu. "
    core = TOLD[0].lower() + TOLD[1:-1]
    for told in (f"Benarkah {core}?", f"Tidak benar {core}."):
        prose = f"{opening}{told} Perbaikan dimulai bulan depan."
        assert _versions(_quoted("a1"), _prose("a2", prose)) == []
