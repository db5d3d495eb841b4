"""Hand-made articles for the silang.link tests."""

from __future__ import annotations

import re
from functools import cache

from silang.lang.derivations import DerivationLexicon, load_derivation_lexicon
from silang.link.classify import Thresholds, Verdict, same_language
from silang.link.features import Features, build_features
from silang.link.text import Normaliser
from silang.model import Annotated, Article, Credit, Dateline, Span

WIRE = (
    "Banjir bandang melanda Kabupaten Lembah Sari pada Rabu dini hari. "
    "Sebanyak 2.300 warga mengungsi ke sekolah dan masjid. "
    "Kepala BPBD Sri Lestari mengatakan enam warga meninggal dan delapan lainnya hilang. "
    "Hujan deras turun sejak Selasa sore di hulu Sungai Ranggasari. "
    "Petugas masih mencari korban yang hilang di sepanjang sungai. "
    '"Kami sudah mengevakuasi sekitar 2.300 warga ke tempat yang aman," kata Bupati '
    "Hendra Wiratama."
)
SPUN = (
    "Air bah bandang menimpa Kabupaten Lembah Sari pada Rabu dini hari. "
    "Sebanyak 2.300 penduduk berpindah ke sekolah dan masjid. "
    "Kepala BPBD Sri Lestari menuturkan enam penduduk berpulang dan delapan lainnya lenyap. "
    "Hujan deras turun semenjak Selasa sore di hulu Kali Ranggasari. "
    "Pegawai masih mencari mangsa yang lenyap di sepanjang kali. "
    '"Kami telah memindahkan sekitar 2.300 penduduk ke lokasi yang tenteram," tutur Bupati '
    "Hendra Wiratama."
)
ENGLISH = (
    "Flash floods hit Lembah Sari regency early on Wednesday. "
    "Some 2,300 residents fled to schools and mosques. "
    "Sri Lestari of BPBD said six residents died and eight others were missing. "
    "Heavy rain fell from Tuesday afternoon upstream on the Ranggasari river. "
    "Officers were still searching for the missing along the river. "
    '"We have moved about 2,300 residents to safe places," said regent Hendra Wiratama.'
)
INDEPENDENT = (
    "Ribuan warga Lembah Sari masih bertahan di pengungsian pada Kamis. "
    "Relawan membagikan nasi bungkus dan selimut di posko Wonoraja. "
    "Menurut relawan, kebutuhan air bersih dan obat-obatan paling mendesak. "
    "Sebagian warga mulai membersihkan rumah yang tertimbun lumpur. "
    '"Kami sudah mengevakuasi sekitar 2.300 warga ke tempat yang aman," kata Bupati '
    "Hendra Wiratama kepada wartawan di posko."
)
UNRELATED = (
    "Pemerintah kota meresmikan jembatan baru di Bandar Jelita pada Kamis pagi. "
    "Jembatan sepanjang 1,2 kilometer itu menghubungkan dua kecamatan. "
    "Biaya pembangunannya mencapai Rp 540 miliar dari anggaran daerah. "
    "Dinas Perhubungan memperkirakan 23 ribu kendaraan melintas setiap hari."
)

_SENTENCE = re.compile(r"[^.!?]+[.!?]+\"?")


@cache
def lexicons() -> dict[str, DerivationLexicon]:
    return {code: load_derivation_lexicon(code) for code in ("id", "en")}


def item(
    key: str,
    text: str,
    *,
    language: str = "id",
    outlet: str | None = None,
    published: str | None = None,
    credits: tuple[str, ...] = (),
    wire: bool = False,
) -> Annotated:
    """An annotated article; sentences cut at end punctuation."""
    spans = []
    for match in _SENTENCE.finditer(text):
        start = match.start() + len(match.group()) - len(match.group().lstrip())
        spans.append(Span(start, match.end()))
    dateline = Dateline(f"LEMBAH SARI ({outlet}) -", 0, 0, outlet=outlet) if wire else None
    article = Article(
        id=key,
        sources=(f"{key}.txt",),
        text=text,
        raw_text=text,
        language=language,
        outlet=outlet or f"outlet-{key}",
        published=published,
        credits=tuple(Credit("copied-from", f"Sumber: {c}", 0, 0, outlet=c) for c in credits),
        dateline=dateline,
    )
    return Annotated(article=article, sentences=tuple(spans))


def english_features(key: str, sentences: list[str]) -> Features:
    """The linker's features of an English article of these sentences."""
    normaliser = Normaliser(lexicons()["en"])
    return build_features(item(key, " ".join(sentences), language="en"), normaliser)


def english_verdict(left: list[str], right: list[str], thresholds: Thresholds) -> Verdict | None:
    """How two English articles of these sentences relate (``classify.same_language``)."""
    a, b = english_features("a", left), english_features("b", right)
    return same_language(a, b, lexicons()["en"], thresholds)


def mixed() -> list[Annotated]:
    """One of each kind against the wire story: itself (dated, named), a spin, a translation,
    an independent report sharing a quote, an unrelated story and a credited cut copy."""
    return [
        item("w", WIRE, outlet="NNA", published="2024-03-13"),
        item("s", SPUN),
        item("e", ENGLISH, language="en"),
        item("i", INDEPENDENT),
        item("u", UNRELATED),
        item("c", WIRE[: WIRE.index("Petugas")].strip(), credits=("NNA",)),
    ]
