"""A spokesman's quotation whose last sentence another outlet quotes apart, as a statement of
its own: the sentence is a version of that statement, the rest stays with its own group
(Pratiwi dev topic 9's shape, in sentences written for these tests)."""

from __future__ import annotations

from silang.compare.quotes import quote_groups
from silang.model import Annotated, Quote, Span

from records import make_article

SPOKESMAN = "Andi Wirawan"
BOTH = (
    "Petugas piket melepaskan tembakan peringatan ke udara. "
    "Setelah itu anggota berjaga sambil menunggu perkembangan."
)
FIRST = "Petugas piket melepaskan tembakan peringatan ke udara"
SECOND_LONGER = (
    "Setelah itu anggota berjaga sambil menunggu perkembangan, namun para tahanan masih "
    "terus berteriak sehingga memancing penghuni blok sebelahnya"
)


def _outlet(aid: str, said: str, speaker: str = SPOKESMAN) -> Annotated:
    """An Indonesian article quoting ``said`` in marks, given to ``speaker``."""
    text = f'"{said}," kata {speaker} kepada wartawan.'
    article = make_article(text, article_id=aid, language="id", raw_prefix="")
    quote = Quote(1, 1 + len(said), said, True, speaker=speaker)
    return Annotated(article=article, sentences=(Span(0, len(text)),), quotes=(quote,))


def _grouped(*items: Annotated) -> list[set[tuple[str, str]]]:
    return [{(v.article_id, v.text) for v in g.versions} for g in quote_groups(list(items))]


def test_quotes_a_last_sentence_quoted_apart_elsewhere_is_a_version_of_that_statement() -> None:
    groups = _grouped(_outlet("a1", FIRST), _outlet("a2", BOTH), _outlet("a3", SECOND_LONGER))
    first, second = BOTH.split(". ")
    assert sorted(map(sorted, groups)) == [
        [("a1", FIRST), ("a2", first + ".")],
        [("a2", second), ("a3", SECOND_LONGER)],
    ]


def test_quotes_a_sentence_another_person_says_apart_stays_in_the_quotation() -> None:
    # The outlet quoting the second sentence's words gives them to someone else: they are no
    # statement of the spokesman's told apart, and his quotation stays whole.
    groups = _grouped(
        _outlet("a1", FIRST),
        _outlet("a2", BOTH),
        _outlet("a3", SECOND_LONGER, speaker="Rina Kusuma"),
    )
    assert {("a1", FIRST), ("a2", BOTH)} in groups


LONG_FIRST = (
    "Petugas piket dari satuan pelopor melepaskan tembakan peringatan ke udara untuk "
    "menghentikan keributan yang terjadi di blok tahanan"
)
REWORDED_BOTH = (
    f"{LONG_FIRST}. Setelah itu anggota kami berjaga di pos piket sambil menunggu perkembangan."
)
REWORDED = (
    "Sesudah itu anggota kami siaga di pos piket sambil memantau perkembangan situasi keamanan "
    "di dalam rutan dan sekitarnya sepanjang malam"
)


def test_quotes_a_sentence_reworded_apart_at_its_own_measure_is_cut_off() -> None:
    # Fewer than HELD_SHARE of the sentence's words, but a close rewording of its length.
    groups = _grouped(
        _outlet("a1", LONG_FIRST), _outlet("a2", REWORDED_BOTH), _outlet("a3", REWORDED)
    )
    second = REWORDED_BOTH.split(". ")[1]
    assert [("a2", second), ("a3", REWORDED)] in map(sorted, groups)


def test_quotes_a_sentence_alike_to_a_much_longer_passage_stays_in_the_quotation() -> None:
    # The other outlet's words say the sentence inside a passage twice its length and more:
    # no statement quoted apart, and the quotation stays whole.
    longer = (
        f"{REWORDED}, namun para tahanan masih terus berteriak sehingga memancing penghuni "
        "blok sebelahnya untuk ikut berteriak keras hingga pagi hari tiba"
    )
    groups = _grouped(
        _outlet("a1", LONG_FIRST), _outlet("a2", REWORDED_BOTH), _outlet("a3", longer)
    )
    assert [("a1", LONG_FIRST), ("a2", REWORDED_BOTH)] in map(sorted, groups)


def test_quotes_a_sentence_whose_words_another_holds_out_of_order_stays_in_the_quotation() -> None:
    # The third outlet's sentence holds every word of "Semua tahanan sudah kembali ke sel"
    # but in another order and saying the opposite ("belum kembali", "semua petugas sudah"):
    # no version of it, so the spokesman's quotation stays whole.
    first = "Tidak ada tahanan yang kabur dari rutan malam itu"
    both = first + ". Semua tahanan sudah kembali ke sel."
    other = (
        "Sebagian tahanan belum kembali ke sel, semua petugas sudah dikerahkan untuk mencari "
        "mereka di hutan"
    )
    groups = _grouped(_outlet("a1", first), _outlet("a2", both), _outlet("a3", other))
    assert {("a1", first), ("a2", both)} in groups
