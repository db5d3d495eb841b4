"""Consensus facts and single-source statements of a story, from hand-made records."""

from __future__ import annotations

from silang.compare.statements import statements
from silang.model import Annotated, Entity, Quantity, Statement

from records import sentences_item


def _figure(text: str, number: str, value: float, unit: str) -> Quantity:
    start = text.index(number)
    end = start + len(number)
    return Quantity(start, end, text[start:end], value, unit=unit)


_FLOOD = "Banjir bandang merendam ratusan rumah warga di Desa Karangjati sejak Rabu dini hari."
_FLOOD_REWORDED = "Banjir bandang merendam ratusan rumah warga di Desa Karangjati pada Rabu pagi."
_OTHER = "Sekolah di kecamatan itu diliburkan sampai keadaan kembali aman bagi para murid."
_BRIDGE = "Jembatan sepanjang 1,2 km itu dibangun selama tiga tahun dengan anggaran besar."


def test_compare_statements_two_origins_saying_one_thing_are_consensus() -> None:
    items = [sentences_item("a1", [_FLOOD, _OTHER]), sentences_item("a2", [_FLOOD_REWORDED])]
    consensus, _lone = statements(items, {})
    assert len(consensus) == 1
    fact = consensus[0]
    assert fact.origins == 2
    # Each origin's own sentence is cited, by its offsets in its own article.
    cited = {m.article_id: m for m in fact.mentions}
    assert cited["a1"].text == _FLOOD and cited["a2"].text == _FLOOD_REWORDED
    text = items[1].article.text
    assert text[cited["a2"].start : cited["a2"].end] == _FLOOD_REWORDED


def test_compare_statements_copies_of_one_origin_count_once() -> None:
    items = [sentences_item("a1", [_FLOOD]), sentences_item("a2", [_FLOOD])]
    consensus, lone = statements(items, {"a2": "a1"})
    assert consensus == ()
    # A story with one origin lists no lone statements: all of it is that origin's word.
    assert lone == ()


def test_compare_statements_lone_statements_need_something_to_check() -> None:
    figure = _figure(f"{_FLOOD} {_BRIDGE}", "1,2 km", 1.2, "km")
    bridge = sentences_item("a1", [_FLOOD, _BRIDGE], quantities=(figure,))
    other = sentences_item("a2", [_FLOOD_REWORDED, _OTHER])
    _consensus, lone = statements([bridge, other], {})
    # The bridge sentence holds a figure only a1's origin gives; the school sentence holds
    # no figure, quote or named actor, so it is not listed.
    assert [(s.text, s.checkable, s.origins) for s in lone] == [(_BRIDGE, ("figure",), 1)]


def test_compare_statements_named_actor_makes_a_sentence_checkable() -> None:
    sentence = "Bupati Hendra Wiratama menetapkan status tanggap darurat bagi seluruh kabupaten."
    start = f"{_FLOOD} {sentence}".index("Hendra")
    name = "Hendra Wiratama"
    actor = Entity(start, start + len(name), name, "person", name)
    items = [
        sentences_item("a1", [_FLOOD, sentence], entities=(actor,)),
        sentences_item("a2", [_FLOOD_REWORDED]),
    ]
    _consensus, lone = statements(items, {})
    assert [s.checkable for s in lone] == [("actor",)]


def _translated() -> list[Annotated]:
    english = "Regent Hendra Wiratama declared a 14-day state of emergency on Wednesday."
    indonesian = "Bupati Hendra Wiratama menetapkan status tanggap darurat selama 14 hari."
    return [
        sentences_item("en1", [english], (_figure(english, "14", 14, "day"),), language="en"),
        sentences_item(
            "id1", [indonesian], (_figure(indonesian, "14 hari", 14, "day"),), language="id"
        ),
    ]


def test_compare_statements_a_translation_from_another_origin_is_consensus() -> None:
    consensus, _lone = statements(_translated(), {})
    assert [sorted(m.article_id for m in s.mentions) for s in consensus] == [["en1", "id1"]]


def test_compare_statements_a_shared_place_alone_joins_no_facts() -> None:
    first = "Warga Desa Karangjati di Kecamatan Wonoraja mulai membersihkan lumpur dari rumah."
    second = "Longsor menimbun jalan menuju Desa Karangjati di Kecamatan Wonoraja kemarin sore."
    consensus, _lone = statements(
        [sentences_item("a1", [first]), sentences_item("a2", [second])], {}
    )
    assert consensus == ()


def test_compare_statements_most_backed_consensus_comes_first() -> None:
    items = [
        sentences_item("a1", [_OTHER, _FLOOD]),
        sentences_item("a2", [_OTHER, _FLOOD_REWORDED]),
        sentences_item("a3", [_FLOOD]),
    ]
    consensus, _lone = statements(items, {})
    assert [s.origins for s in consensus] == [3, 2]
    assert all(isinstance(s, Statement) for s in consensus)


def test_compare_statements_sentences_giving_different_figures_are_no_consensus() -> None:
    first = "Sebanyak 2300 warga mengungsi akibat banjir bandang di Kabupaten Lembah Sari."
    second = "Sebanyak 9000 warga mengungsi akibat banjir bandang di Kabupaten Lembah Sari."
    consensus, _lone = statements(
        [sentences_item("a1", [first]), sentences_item("a2", [second])], {}
    )
    assert consensus == ()


def test_compare_statements_a_figure_written_in_words_matches_across_languages() -> None:
    # "23 thousand" and "23 ribu" share only the digits "23" as written; their values (23000)
    # with the foundation's name pin the one fact the two origins report.
    english = "The foundation YPBN counted 23 thousand souls in the camps."
    indonesian = "Yayasan YPBN menghitung 23 ribu jiwa di kamp."

    def counted(text: str, number: str) -> Quantity:
        start = text.index(number)
        return Quantity(start, start + len(number), number, 23000.0)

    items = [
        sentences_item("en1", [english], (counted(english, "23 thousand"),), language="en"),
        sentences_item("id1", [indonesian], (counted(indonesian, "23 ribu"),), language="id"),
    ]
    consensus, lone = statements(items, {})
    assert [fact.origins for fact in consensus] == [2]
    assert lone == ()
