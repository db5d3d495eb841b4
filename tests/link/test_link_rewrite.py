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
    # The same pair, asked for more shared 5-grams than it has, is no rewrite by wording.
    # (It is still one by structure, every sentence retold in order: test_link_paraphrase.)
    unworded = Thresholds(rewrite_verbatim=0.9, paraphrase_cover=1.01)
    assert _relations(" ".join(REWRITTEN), unworded) == []
    assert _relations(" ".join(REWRITTEN), Thresholds(rewrite_verbatim=0.9)) == ["rewrite"]


#: Written for this test: a story told mostly in quotes, and two later texts with the same
#: statements as heard again (trimmed, a word changed). One keeps its source's narrative and
#: attributions nearly word for word; the other words everything around the quotes its own
#: way, as a second newsroom at the same statement does.
QUOTED_STORY = [
    '"Air sungai naik setengah meter dalam satu jam, jadi warga kami minta segera pindah ke '
    'tempat tinggi," kata Sri Lestari, Kepala BPBD Lembah Sari, di tanggul Desa Wonoraja pada '
    "Rabu pagi.",
    '"Perahu karet sudah kami siapkan di tiga titik dan petugas berjaga sepanjang malam di '
    'bantaran," ujarnya sambil menunjuk deretan rumah yang terendam sampai atap.',
    "Menurut catatan posko kecamatan, sebanyak 2.300 warga sudah mengungsi ke sekolah dan "
    "masjid terdekat sejak dini hari.",
    '"Kami juga meminta bantuan tenda dan selimut dari pemerintah provinsi karena pengungsi '
    'terus bertambah," kata Sri yang sudah dua hari tidak pulang ke rumahnya.',
    '"Bupati akan datang sore ini untuk melihat sendiri keadaan warga di pengungsian," tambahnya.',
]
HEARD_AGAIN = [
    '"Air sungai naik setengah meter cuma dalam sejam, warga kami minta pindah,"',
    '"Perahu karet kami siapkan di tiga titik, petugas jaga semalaman,"',
    '"Kami minta bantuan tenda dan selimut dari provinsi, pengungsi terus bertambah,"',
]
OWN_PARAGRAPH = [
    "Warga di hilir diminta mewaspadai kiriman air dari hulu hingga akhir pekan.",
    "Jalan provinsi yang menghubungkan Wonoraja dan kota kabupaten sempat tertutup lumpur "
    "setinggi lutut.",
]
NARRATIVE_KEPT = [
    HEARD_AGAIN[0] + " kata Sri Lestari, Kepala BPBD Lembah Sari, di tanggul Desa Wonoraja "
    "pada Rabu pagi.",
    HEARD_AGAIN[1] + " ujarnya sambil menunjuk deretan rumah yang terendam sampai atap.",
    QUOTED_STORY[2],
    HEARD_AGAIN[2] + " kata Sri yang sudah dua hari tidak pulang ke rumahnya.",
    *OWN_PARAGRAPH,
]
NARRATIVE_OWN = [
    HEARD_AGAIN[0] + " ucap pejabat yang memimpin penanganan bencana itu ketika ditemui wartawan.",
    HEARD_AGAIN[1] + " tuturnya di atas tanggul yang mulai retak.",
    "Ribuan penduduk memilih bermalam di gedung sekolah serta rumah ibadah yang letaknya "
    "lebih tinggi.",
    HEARD_AGAIN[2] + " imbuh perempuan itu.",
    *OWN_PARAGRAPH,
]


def _quoted_story_link(other: list[str], thresholds: Thresholds | None = None) -> str:
    pair = [item("a", " ".join(QUOTED_STORY)), item("b", " ".join(other))]
    links = find_links(pair, lexicons(), thresholds=thresholds)
    return links[0].relation if links else "none"


def test_link_rewrite_of_a_story_told_in_quotes_keeps_its_narrative() -> None:
    # Most aligned sentences are quote, so too little is left for the rule on sentences
    # outside quotes; the words between the quotes are the source's, 5-gram for 5-gram.
    assert _quoted_story_link(NARRATIVE_KEPT) == "rewrite"
    assert _quoted_story_link(NARRATIVE_KEPT, Thresholds(rewrite_narrative=1.01)) == (
        "shares-quote"
    )


def test_link_same_statements_in_other_narrative_only_share_quotes() -> None:
    assert _quoted_story_link(NARRATIVE_OWN) == "shares-quote"


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
        "Pesan berantai itu berbunyi: semua tahanan sudah kabur.",
    ]
    text = " ".join(sentences)
    spans, start = [], 0
    for sentence in sentences:
        spans.append(Span(start, start + len(sentence)))
        start += len(sentence) + 1
    # "In a written statement" introduces a paraphrase, not a reproduced text.
    packs = lexicons()
    assert reproduction_cues(text, spans, packs["id"]) == (1, 2, 4)
    english = "The statement reads: stay home."
    assert reproduction_cues(english, [Span(0, 31)], packs["en"]) == (0,)
    # A language whose pack has no cue file.
    assert reproduction_cues(text, spans, DerivationLexicon("xx")) == ()
