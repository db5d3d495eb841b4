"""A short rewrite that moves one sentence keeps its source's order as a rewrite does
(``classify.kept_order``): one break among four aligned sentences reads 0.75 on
``in_blocks``, under the 0.8 a long alignment is held to with the same one break."""

from __future__ import annotations

from link_records import WIRE, item, lexicons

from silang.link import find_links
from silang.link.align import Aligned
from silang.link.classify import Thresholds, kept_order

#: Written for this test: a four-sentence summary of WIRE in its own words, which opens with
#: the number of people who fled before the flood itself (WIRE's first two sentences
#: swapped), then keeps WIRE's order.
SUMMARY = [
    "Kurang lebih 2.300 warga terpaksa mengungsi ke sekolah dan masjid terdekat.",
    "Kabupaten Lembah Sari dilanda banjir bandang pada Rabu dini hari itu.",
    "Kepala BPBD Sri Lestari mengatakan enam warga meninggal, delapan lainnya hilang.",
    "Hingga kini petugas masih mencari korban yang hilang di sepanjang sungai itu.",
]


def _relations(thresholds: Thresholds | None = None) -> list[str]:
    pair = [item("a", WIRE), item("b", " ".join(SUMMARY))]
    return [link.relation for link in find_links(pair, lexicons(), thresholds=thresholds)]


def test_link_kept_order_allows_one_moved_block_in_a_short_alignment() -> None:
    th = Thresholds()
    one_moved = [Aligned(i, j, 1.0, 1.0) for i, j in [(0, 1), (1, 0), (2, 2), (3, 4)]]
    assert kept_order(one_moved, th)
    two_breaks = [Aligned(i, j, 1.0, 1.0) for i, j in [(0, 1), (1, 0), (2, 4), (3, 3)]]
    assert not kept_order(two_breaks, th)
    # Three pairs with a break leave too little in order to tell from chance.
    assert not kept_order(one_moved[:3], th)


def test_link_summary_with_one_sentence_moved_is_a_rewrite() -> None:
    assert _relations() == ["rewrite"]
    # Held to the share alone (the allowance needs more than four pairs here), the one
    # break among four sentences leaves the summary unlinked.
    assert _relations(Thresholds(rewrite_sentences=4)) == []
