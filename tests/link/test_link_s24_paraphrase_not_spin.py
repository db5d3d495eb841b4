"""A paraphrase that meets a few synonyms on the way is a rewrite, not a spin: a spinner swaps
words and keeps the rest of each sentence (``Thresholds.spin_raw``), and a retelling of the
whole source in order is a rewrite even where the retelling goes on with material of its own
(``Thresholds.paraphrase_cover``). Every sentence here is written for this test."""

from __future__ import annotations

from link_records import item, lexicons

from silang.link.classify import Thresholds, Verdict, same_language
from silang.link.features import build_features
from silang.link.text import Normaliser

SOURCE = [
    "Banjir bandang bisa terjadi saat hujan deras turun di hulu sungai selama berjam-jam.",
    "Air dari perbukitan gundul mengalir cepat dan membawa lumpur serta batang pohon.",
    "Warga di bantaran sungai harus segera mengungsi ke tempat nan lebih tinggi.",
    "Metode peringatan dini dengan kentongan terbukti ampuh menyelamatkan banyak warga.",
    "Petugas desa memukul kentongan tiga kali bila air sungai mulai berwarna cokelat.",
    "Ada juga posko relawan yang menyiapkan perahu karet dan makanan untuk pengungsi.",
    "Tahun lalu banjir serupa merendam dua desa dan merusak jembatan kayu di kampung itu.",
    "Warga sangat berharap bahwa pemerintah segera membangun tanggul yang panjang di tepi "
    "sungai tersebut.",
]

#: The same eight, one for one and in order, each said again in other words (its small words
#: changed too), with a synonym here and there (di/pada, ke/menuju, metode/cara,
#: menyiapkan/menyediakan), and then four sentences of the writer's own.
PARAPHRASE = [
    "Banjir bandang itu dapat saja datang ketika hujan nan lebat pun turun pada hulu sungai "
    "berjam-jam lamanya.",
    "Air asal perbukitan yang gundul itu meluncur deras sambil menyeret lumpur juga batang pohon.",
    "Penduduk pada tepi sungai itu wajib cepat-cepat mengungsi menuju tempat nan lebih tinggi.",
    "Cara peringatan dini dengan memakai kentongan pun sudah terbukti menyelamatkan amat banyak "
    "penduduk.",
    "Kentongan itu dipukul petugas desa sebanyak tiga kali tatkala air sungai berubah cokelat.",
    "Terdapat pula posko relawan yang menyediakan perahu karet serta makanan bagi para pengungsi.",
    "Pada tahun lalu banjir nan serupa merendam dua desa lalu merusak jembatan kayu di "
    "kampung tersebut.",
    "Warga pun berharap agar pemerintah segera membangun tanggul nan panjang di tepi sungai itu.",
    "Pemerintah kabupaten berjanji menanam ribuan bibit pohon di perbukitan tahun depan.",
    "Sekolah di tiga kecamatan diliburkan sampai jalan desa kembali bisa dilalui kendaraan.",
    "Dinas kesehatan membuka pos pengobatan gratis di balai desa bagi warga yang sakit.",
    "Harga sayur di pasar kecamatan naik karena truk dari kota belum bisa masuk.",
]


def _verdict(thresholds: Thresholds) -> Verdict | None:
    normaliser = Normaliser(lexicons()["id"])
    a = build_features(item("a", " ".join(SOURCE)), normaliser)
    b = build_features(item("b", " ".join(PARAPHRASE)), normaliser)
    return same_language(a, b, lexicons()["id"], thresholds)


def test_link_paraphrase_with_synonyms_and_own_material_is_a_rewrite() -> None:
    found = _verdict(Thresholds())
    assert found is not None and found.relation == "rewrite"
