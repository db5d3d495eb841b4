"""Quotes that meet by chance: an unclosed quote mark does not swallow the text up to the
next quote, a quote of very common words does not sign in candidate search, and a short
quote whose words turn up in a long one is no shared quote."""

from __future__ import annotations

from test_link_search_quotes import SHORT, bank
from test_link_search_sentences import filler

from silang.link.anchors import quoted_stretches
from silang.link.classify import Thresholds, shared_quotes
from silang.link.search import SearchSettings
from silang.link.text import fallback_sentences
from silang.model import Span


def stretches(text: str) -> list[str]:
    return [text[s.start : s.end] for s in quoted_stretches(text, fallback_sentences(text))]


def test_link_unclosed_quote_ends_with_its_sentence() -> None:
    text = (
        'Lurah bilang "kami akan pulang besok pagi. Lalu rombongan itu pergi. Kemudian '
        '"semua warga mengungsi ke masjid," kata Lurah.'
    )
    assert stretches(text) == ["kami akan pulang besok pagi.", "semua warga mengungsi ke masjid,"]


def test_link_closed_quote_may_span_sentences() -> None:
    text = 'Kata dia, "Kami sudah siap menghadapi banjir. Semua warga aman," ujar Camat.'
    assert stretches(text) == ["Kami sudah siap menghadapi banjir. Semua warga aman,"]


def test_link_unclosed_quote_ends_with_its_line() -> None:
    text = "Ia menulis: “Harga beras naik lagi minggu ini\nBesok pasar tutup,” katanya."
    assert stretches(text) == ["Harga beras naik lagi minggu ini"]


def test_link_curly_marks_typed_the_wrong_way_round_still_pair() -> None:
    text = "”Jembatan itu ditutup sampai Senin,” kata petugas. (“Jalan memutar dibuka,” katanya)"
    assert stretches(text) == ["Jembatan itu ditutup sampai Senin,", "Jalan memutar dibuka,"]


#: Written for these tests: a sentence whose words every article has, and a quote of them.
EVERYDAY = "Warga pasar ramai pada hari minggu pagi."
EVERYDAY_QUOTE = '"Warga pasar ramai pada hari minggu pagi," kata Lurah.'
#: Four articles, the last two only sharing the everyday sentence: its words are in all four.
SMALL = SearchSettings(quote_common_least=2, quote_common_share=0.5)


def corpus(quote: str) -> list[list[str]]:
    return [
        [*filler(0, 30), EVERYDAY, quote],
        [quote, EVERYDAY, *filler(5000, 30)],
        [*filler(10_000, 30), EVERYDAY],
        [*filler(15_000, 30), EVERYDAY],
    ]


def test_link_quote_of_very_common_words_does_not_propose_a_pair() -> None:
    texts = corpus(EVERYDAY_QUOTE)
    assert bank(texts, SMALL).candidates().quoted.tolist() == []
    every_quote = SearchSettings(
        quote_common_least=2, quote_common_share=0.5, quote_distinct=0, quote_shared=0
    )
    assert bank(texts, every_quote).candidates().quoted.tolist() == [[0, 1]]
    # Below the floor no word is very common: a small corpus's quotes all sign.
    assert bank(texts, SearchSettings()).candidates().quoted.tolist() == [[0, 1]]


def test_link_quote_with_words_of_its_own_still_proposes_a_pair() -> None:
    assert bank(corpus(SHORT), SMALL).candidates().quoted.tolist() == [[0, 1]]


def quote(words: str, start: int = 0) -> tuple[Span, tuple[str, ...]]:
    return Span(start, start + len(words)), tuple(words.split())


#: Written for these tests: normalised quote words.
LONG = "bupati minta warga jaga jembatan gantung sungai rusak banjir besar tahun lalu"


def test_link_short_quote_inside_a_long_one_is_no_shared_quote() -> None:
    short = quote("warga jaga sungai banjir")
    assert shared_quotes([short], [quote(LONG)], Thresholds()) == []
    assert len(shared_quotes([short], [quote("warga jaga sungai banjir")], Thresholds())) == 1
    lenient = Thresholds(quote_subset_words=4)
    assert len(shared_quotes([short], [quote(LONG)], lenient)) == 1


def test_link_quote_of_enough_words_inside_a_long_one_is_shared() -> None:
    part = quote("bupati minta warga jaga jembatan gantung")
    assert len(shared_quotes([part], [quote(LONG)], Thresholds())) == 1
