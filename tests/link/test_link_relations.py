"""Which relation find_links gives a pair of hand-made articles, one behaviour each."""

from __future__ import annotations

import re

from link_records import ENGLISH, INDEPENDENT, SPUN, UNRELATED, WIRE, item, lexicons

from silang.link import find_links
from silang.link.classify import Thresholds
from silang.model import Link


def _only(links: tuple[Link, ...]) -> Link:
    assert len(links) == 1, links
    return links[0]


def test_link_same_text_same_outlet_is_duplicate() -> None:
    links = find_links([item("a", WIRE, outlet="NNA"), item("b", WIRE, outlet="NNA")], lexicons())
    link = _only(links)
    assert link.relation == "duplicate"
    assert link.original is None


def test_link_same_text_other_outlet_is_copy() -> None:
    links = find_links([item("a", WIRE, outlet="NNA"), item("b", WIRE)], lexicons())
    assert _only(links).relation == "copy"


def test_link_truncated_copy_is_copy() -> None:
    cut = WIRE[: WIRE.index("Hujan deras")].strip()
    links = find_links([item("a", WIRE), item("b", cut)], lexicons())
    assert _only(links).relation == "copy"


def test_link_synonym_spin_is_spin_with_swaps() -> None:
    link = _only(find_links([item("a", WIRE), item("b", SPUN)], lexicons()))
    assert link.relation == "spin"
    swaps = {e.note for e in link.evidence if e.kind == "swap"}
    assert "hilang→lenyap" in swaps
    assert len(swaps) >= 4


def test_link_translation_found_across_languages() -> None:
    links = find_links([item("a", ENGLISH, language="en"), item("b", WIRE)], lexicons())
    assert _only(links).relation == "translation"


def test_link_same_facts_in_another_order_across_languages_is_no_translation() -> None:
    # An independent report in the other language meets the same names and figures, in its
    # own order: the English sentences of the translation above, last first.
    sentences = re.findall(r"[^.!?]+[.!?]+", ENGLISH)
    reordered = " ".join(s.strip() for s in reversed(sentences))
    assert find_links([item("a", ENGLISH, language="en"), item("b", WIRE)], lexicons())
    links = find_links([item("a", reordered, language="en"), item("b", WIRE)], lexicons())
    assert all(link.relation != "translation" for link in links)


def test_link_shared_quote_only_is_shares_quote() -> None:
    link = _only(find_links([item("a", WIRE), item("b", INDEPENDENT)], lexicons()))
    assert link.relation == "shares-quote"
    assert link.original is None


def test_link_shared_quote_checked_alone_gives_the_full_alignments_link() -> None:
    pair = [item("a", WIRE), item("b", INDEPENDENT)]
    # Found by its quote alone (no text candidate); its texts' Jaccard is about 0.1.
    aligned_in_full = find_links(pair, lexicons(), thresholds=Thresholds(quote_only_text=0.0))
    quotes_alone = find_links(pair, lexicons(), thresholds=Thresholds(quote_only_text=1.0))
    alone, full = _only(quotes_alone), _only(aligned_in_full)
    assert (alone.a, alone.b, alone.relation, alone.score) == (
        full.a,
        full.b,
        full.relation,
        full.score,
    )
    # Alignment adds the quoted sentences around the quote; the quote itself is in both.
    assert alone.evidence and set(alone.evidence) <= set(full.evidence)


def test_link_unrelated_articles_have_no_link() -> None:
    assert find_links([item("a", WIRE), item("b", UNRELATED)], lexicons()) == ()


def test_link_language_without_lexicon_takes_no_part() -> None:
    only_id = {"id": lexicons()["id"]}
    links = find_links([item("a", ENGLISH, language="en"), item("b", WIRE)], only_id)
    assert links == ()


def test_link_evidence_spans_index_each_articles_text() -> None:
    cut = WIRE[: WIRE.index("Petugas")].strip()
    link = _only(find_links([item("a", WIRE), item("b", cut)], lexicons()))
    texts = {"a": WIRE, "b": cut}
    for evidence in link.evidence:
        assert texts[link.a][evidence.a_start : evidence.a_end].strip()
        assert texts[link.b][evidence.b_start : evidence.b_end].strip()
        assert 0 <= evidence.a_start < evidence.a_end <= len(texts[link.a])


def test_link_same_outlet_with_one_word_changed_is_duplicate() -> None:
    edited = WIRE.replace("mengungsi", "dievakuasi")
    links = find_links([item("a", WIRE, outlet="NNA"), item("b", edited, outlet="NNA")], lexicons())
    assert _only(links).relation == "duplicate"


def test_link_reordered_copy_is_copy() -> None:
    sentences = WIRE.split(". ")
    reordered = ". ".join(sentences[3:] + sentences[:3])
    links = find_links([item("a", WIRE), item("b", reordered)], lexicons())
    assert _only(links).relation == "copy"


def test_link_same_story_sharing_only_quotes_is_never_a_copy() -> None:
    # Two reports that repeat the regent's statement word for word, each in its own words.
    quote = '"Kami sudah mengevakuasi sekitar 2.300 warga ke tempat yang aman," kata Hendra.'
    own = (
        "Relawan membagikan nasi bungkus di posko Wonoraja pada Kamis pagi. "
        "Sebagian warga mulai membersihkan rumah yang tertimbun lumpur. "
    )
    links = find_links(
        [item("a", WIRE + " " + quote), item("b", own + quote + " " + quote)], lexicons()
    )
    assert _only(links).relation == "shares-quote"
