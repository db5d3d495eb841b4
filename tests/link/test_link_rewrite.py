"""Copies that lost their marks, and rewrites that moved a block: how they are compared."""

from __future__ import annotations

import re

from link_records import WIRE, item, lexicons

from silang.lang.derivations import DerivationLexicon
from silang.link import find_links
from silang.link.align import Aligned, forward_runs, in_blocks
from silang.link.classify import Thresholds
from silang.link.text import bare, reproduction_cues
from silang.model import Span

#: Written for this test: dense with reduplicated words and numbers with separators, which a
#: repost that strips punctuation writes as other words ("anakanak", "1250000").
MARKED = (
    "Anak-anak di desa-desa pesisir Tanjung Laras belajar di rumah-rumah warga sejak Senin. "
    "Sekolah-sekolah di sana rusak berat, dan 1.250 murid kehilangan ruang kelas. "
    "Dinas Pendidikan menyebut kerugian sekitar Rp 3,5 miliar untuk gedung-gedung itu. "
    "Guru-guru bergantian mengajar pagi-pagi sekali, kata kepala sekolah Rina Hapsari. "
    "Buku-buku pelajaran sebanyak 4.800 eksemplar dikirim dari kota pada Selasa. "
    "Orang-orang tua murid ikut membersihkan lumpur dari kelas-kelas yang masih berdiri."
)


def test_link_bare_drops_marks_inside_words() -> None:
    assert bare("Anak-anak") == "anakanak"
    assert bare("2.300") == bare("2300") == "2300"
    assert bare("5,5") == "55"
    assert bare("Jum’at") == bare("Jumat")


def test_link_copy_that_lost_its_punctuation_is_still_a_copy() -> None:
    stripped = re.sub(r"[^\w\s]", "", MARKED)
    links = find_links([item("a", MARKED), item("b", stripped)], lexicons())
    assert [link.relation for link in links] == ["copy"]


def test_link_in_blocks_counts_a_moved_block_as_one_break() -> None:
    # Sentences 0-2 of one text sit after 3-5 in the other: one break in six pairs.
    moved = [Aligned(i, j, 1.0, 1.0) for i, j in [(0, 3), (1, 4), (2, 5), (3, 0), (4, 1), (5, 2)]]
    assert in_blocks(moved) == 1 - 1 / 6
    scattered = [Aligned(i, j, 1.0, 1.0) for i, j in [(0, 3), (1, 0), (2, 4), (3, 1), (4, 5)]]
    assert in_blocks(scattered) < in_blocks(moved)
    assert in_blocks([Aligned(i, i, 1.0, 1.0) for i in range(4)]) == 1.0


#: WIRE told again in other words, in the same order, keeping a few of its phrases (as
#: rewrites do: a title with a name, a sentence on the weather).
REWRITTEN = [
    "Kabupaten Lembah Sari dilanda banjir bandang pada Rabu dini hari.",
    "Sekitar 2.300 warga terpaksa mengungsi ke sekolah dan masjid terdekat.",
    "Kepala BPBD Sri Lestari mengatakan enam warga meninggal, delapan lainnya hilang.",
    "Hujan deras turun sejak Selasa sore di hulu Sungai Ranggasari, kata warga.",
    "Hingga kini petugas masih mencari korban yang hilang di sepanjang sungai itu.",
    "Bupati Hendra Wiratama menyebut ribuan warga sudah berada di tempat aman.",
]


def _relations(text: str, thresholds: Thresholds | None = None) -> list[str]:
    links = find_links([item("a", WIRE), item("b", text)], lexicons(), thresholds=thresholds)
    return [link.relation for link in links]


def test_link_reworded_article_in_the_same_order_is_a_rewrite() -> None:
    assert _relations(" ".join(REWRITTEN)) == ["rewrite"]


def test_link_rewrite_with_a_paragraph_moved_is_still_a_rewrite() -> None:
    moved = " ".join(REWRITTEN[3:] + REWRITTEN[:3])
    assert _relations(moved) == ["rewrite"]


def test_link_rewrite_keeps_some_wording_of_its_source() -> None:
    # The same pair, asked for more shared 5-grams than it has: reworded throughout, two
    # newsrooms' reports of one event read like this.
    assert _relations(" ".join(REWRITTEN), Thresholds(rewrite_verbatim=0.9)) == []


def test_link_forward_runs_split_where_either_article_jumps() -> None:
    pairs = [Aligned(i, j, 1.0, 1.0) for i, j in [(0, 5), (1, 6), (3, 7), (4, 12), (5, 13)]]
    runs = forward_runs(pairs, gap=2)
    assert [[(p.i, p.j) for p in run] for run in runs] == [
        [(0, 5), (1, 6), (3, 7)],
        [(4, 12), (5, 13)],
    ]
    assert len(forward_runs(pairs, gap=1)) == 3


def test_link_reproduction_cues_mark_a_text_handed_over_as_received() -> None:
    sentences = [
        "Polisi membantah kabar itu dalam keterangan tertulisnya, Senin.",
        "Berikut isi pesannya: jangan keluar rumah malam ini.",
        "Pesan itu beredar dengan pemberitahuan seperti ini, Ayo cek dapur Anda.",
        "Warga diminta tenang.",
    ]
    text = " ".join(sentences)
    spans, start = [], 0
    for sentence in sentences:
        spans.append(Span(start, start + len(sentence)))
        start += len(sentence) + 1
    # "In a written statement" introduces a paraphrase, not a reproduced text.
    packs = lexicons()
    assert reproduction_cues(text, spans, packs["id"]) == (1, 2)
    english = "The statement reads: stay home."
    assert reproduction_cues(english, [Span(0, 31)], packs["en"]) == (0,)
    # A language whose pack has no cue file.
    assert reproduction_cues(text, spans, DerivationLexicon("xx")) == ()
