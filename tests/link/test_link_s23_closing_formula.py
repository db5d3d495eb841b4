"""A circulated message that a news report prints unmarked and then names as the message
("Begitu bunyi penggalan pesan ...": thus reads the message) is the message, not the report's
narrative: the report and a blog that prints the message as its text share a message, they
do not rewrite each other (Pratiwi dev 600-265/600-299, round 9 of bench/link_labels). Every
sentence here is written for this test."""

from __future__ import annotations

from link_records import item, lexicons

from silang.link.classify import Thresholds, same_language
from silang.link.features import Features, build_features
from silang.link.text import Normaliser, reproduction_cues

MESSAGE = [
    "Waspada, jangan beli payung merek apa pun yang kainnya bertulisan Silkwing di gagangnya.",
    "Silkwing artinya kain dari sayap kelelawar yang ditenun di luar negeri.",
    "Periksa gagang payung anda sebelum membayar di kasir toko mana pun.",
    "Kain seperti itu katanya membawa penyakit kulit bagi yang memakainya setiap hari.",
    "Sebarkan kabar ini kepada keluarga dan teman agar semua orang selamat dari kain itu.",
]
#: A report that prints the first three sentences of the message unmarked, names it, and
#: goes on in its own words.
REPORT = [
    "Pesan berantai tentang payung berbahan sayap kelelawar ramai lagi di grup percakapan.",
    "Pesan serupa pernah beredar dua tahun lalu dan kini muncul kembali.",
    *MESSAGE[:3],
    "Begitu bunyi penggalan pesan yang kembali tersebar lewat aplikasi percakapan.",
    "Ketua asosiasi pedagang payung Rudi Santosa menyebut pesan itu keliru.",
    "Menurut dia, Silkwing hanyalah nama dagang untuk kain poliester yang tahan air.",
    "Tidak ada kain payung yang dibuat dari sayap hewan, kata Rudi di Bandar Jelita.",
]


def _features(key: str, sentences: list[str]) -> Features:
    return build_features(item(key, " ".join(sentences)), Normaliser(lexicons()["id"]))


def test_link_s23_a_message_named_after_it_is_shared_not_rewritten() -> None:
    report, blog = _features("report", REPORT), _features("blog", MESSAGE)
    verdict = same_language(report, blog, lexicons()["id"], Thresholds())
    assert verdict is not None and verdict.relation == "shares-quote"


#: The formula inside the sentence that holds the text in quote marks, with the outlet's own
#: words after it (Pratiwi dev 600-217's photo caption): the quote marks already say it.
CAPTION = (
    "Warga mengirim foto pasar yang tutup ke redaksi. "
    '"Pasar ditutup hari ini, jangan datang," demikian bunyi tulisan pada foto yang dikirim '
    "warga itu."
)


def test_link_s23_the_closing_formula_opens_its_sentence() -> None:
    lexicon = lexicons()["id"]
    report = item("report", " ".join(REPORT))
    text, sentences = report.article.text, report.sentences
    assert reproduction_cues(text, sentences, lexicon, closing=True) == (5,)
    # A closing formula introduces nothing.
    assert reproduction_cues(text, sentences, lexicon) == ()
    caption = item("caption", CAPTION)
    for closing in (True, False):
        assert (
            reproduction_cues(caption.article.text, caption.sentences, lexicon, closing=closing)
            == ()
        )


#: A police chief's account that the outlet tells in its own reported speech and closes with
#: "Demikian isi keterangan pers ..." (thus the content of the press statement): the outlet's
#: words, not a text it reproduces.
ACCOUNT = [
    "Polres Bandar Jelita menangkap dua pemuda yang diduga mencuri pipa besi milik PDAM.",
    "Kapolres AKBP Yudi Hartanto menjelaskan kedua pelaku beraksi saat instalasi tidak dijaga.",
    "Menurut dia, pipa sepanjang seratus meter itu dijual ke pengepul logam di luar kota.",
    "Ia menambahkan polisi masih mencari seorang penadah yang kabur ke pulau seberang.",
    "Demikian isi keterangan pers Kapolres di markas Polres Bandar Jelita pada Rabu siang.",
    "Akibat pencurian itu, ribuan pelanggan di dua kecamatan tidak mendapat air bersih.",
]
#: Another outlet's story that keeps the chief's account and tells the rest its own way.
RETOLD = [
    "Dua pemuda ditangkap karena mencuri pipa besi PDAM di Bandar Jelita.",
    *ACCOUNT[1:4],
    "Pencurian tersebut membuat air bersih tidak mengalir ke ribuan rumah di dua kecamatan.",
    "Warga meminta para pelaku dihukum seberat-beratnya.",
]


def test_link_s23_the_content_of_a_statement_closes_no_reproduced_text() -> None:
    account, retold = _features("account", ACCOUNT), _features("retold", RETOLD)
    assert account.closings == ()
    verdict = same_language(account, retold, lexicons()["id"], Thresholds())
    assert verdict is not None and verdict.relation == "rewrite"


def test_link_s23_a_closing_formula_may_end_on_its_clitic() -> None:
    # "Begitulah bunyinya." (thus it reads) closes the message as "Begitu bunyi pesan itu" does.
    lexicon = lexicons()["id"]
    for formula in ("Begitulah bunyinya.", "Demikian bunyinya."):
        report = item("report", " ".join([*REPORT[:5], formula, *REPORT[6:]]))
        text, sentences = report.article.text, report.sentences
        assert reproduction_cues(text, sentences, lexicon, closing=True) == (5,)
