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


#: A press statement (written for these tests) that two outlets reproduce.
STATEMENT = [
    "Pintu air Bendung Ranggasari dibuka bertahap mulai pukul 22.00 WIB untuk menurunkan muka "
    "air di hulu.",
    "Warga di bantaran sungai diminta tidak beraktivitas di sekitar aliran sungai selama tiga "
    "hari ke depan.",
    "Posko pengungsian di SD Negeri 4 Wonoraja dan Masjid Al Ikhlas tetap dibuka bagi warga "
    "yang membutuhkan.",
    "Bantuan logistik berupa beras, air bersih dan selimut disalurkan melalui posko kecamatan.",
    "Informasi lebih lanjut dapat diperoleh melalui pusat panggilan BPBD di nomor 112.",
]
#: One outlet's lead, then the statement as received.
OWN_LEAD = [
    "BPBD Lembah Sari mengeluarkan peringatan bagi warga bantaran Sungai Ranggasari pada Kamis "
    "malam.",
    "Peringatan itu disampaikan setelah hujan deras mengguyur kawasan hulu sejak sore.",
]
#: A sentence of its own that hands over to the statement.
INTRODUCED = "Berikut isi keterangan resminya yang diterima redaksi."
#: The other outlet's own report around the same statement, a few of its words changed.
OTHER_REPORT = " ".join(
    [
        "Ketinggian air Sungai Ranggasari kembali naik pada Kamis sore setelah hujan turun di "
        "hulu.",
        "Sejumlah warga Desa Wonoraja memilih mengungsi ke rumah kerabat sebelum malam.",
        "Pintu air Bendung Ranggasari dibuka secara bertahap mulai pukul 22.00 WIB untuk "
        "menurunkan muka air di hulu sungai.",
        "Warga di bantaran sungai diminta tidak beraktivitas di sekitar aliran sungai selama "
        "tiga hari.",
        "Posko pengungsian di SD Negeri 4 Wonoraja dan Masjid Al Ikhlas tetap dibuka untuk "
        "warga yang membutuhkan.",
        "Bantuan logistik berupa beras, air bersih dan selimut disalurkan lewat posko kecamatan.",
        "Kepala desa Wonoraja Slamet Riyadi mengatakan sebagian besar warganya sudah bersiap "
        "sejak siang.",
        "Ia berharap hujan tidak turun lagi dalam beberapa hari ini.",
    ]
)


def _statement_pair(lead: list[str], thresholds: Thresholds | None = None) -> Link:
    first = " ".join(lead + STATEMENT)
    pair = [item("a", first), item("b", OTHER_REPORT)]
    return _only(find_links(pair, lexicons(), thresholds=thresholds))


def test_link_two_outlets_reproducing_one_statement_only_share_a_quote() -> None:
    # The statement is introduced as such ("berikut isi keterangan resminya"); around it
    # each outlet writes its own report: independent reporting of one statement.
    link = _statement_pair([*OWN_LEAD, INTRODUCED])
    assert link.relation == "shares-quote"
    assert link.original is None
    assert {e.kind for e in link.evidence} == {"quote"}
    assert len(link.evidence) >= 4


def test_link_reproduced_text_must_begin_near_its_cue() -> None:
    # The statement's shared run begins a sentence after the cue: asked for no sentence
    # between them, the pair reads as one outlet rewording the other.
    lead = [*OWN_LEAD, INTRODUCED]
    assert _statement_pair(lead, Thresholds(reproduced_lead=0)).relation == "rewrite"


def test_link_shared_text_not_introduced_as_reproduced_stays_a_rewrite() -> None:
    # Without a cue nothing says the shared sentences are a third party's text.
    assert _statement_pair(OWN_LEAD).relation == "rewrite"
