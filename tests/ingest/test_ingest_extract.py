"""extract(): HTML through trafilatura, plain text with a headline split. Fictional articles."""

from __future__ import annotations

import pytest

from silang.errors import InputError
from silang.ingest import extract
from silang.ingest.text import split_headline, unwrap_hard_wraps
from silang.model import Document

PARAGRAPHS = (
    "KOTA REKAAN, Kabar Rekaan - Banjir merendam sedikitnya 300 rumah di Kecamatan Contoh "
    "pada Senin (28/10/2024) setelah hujan deras mengguyur sejak Minggu malam.",
    "Kepala BPBD setempat, Budi Rekaan, mengatakan ketinggian air mencapai 1,5 meter. "
    '"Kami sudah mengerahkan 10 perahu karet untuk evakuasi warga," kata Budi.',
    "Menurut data sementara, lebih dari 1.200 warga mengungsi ke balai desa terdekat.",
    "Budi menambahkan, pihaknya masih mendata kerugian akibat banjir tersebut.",
)
PAGE = f"""<!DOCTYPE html>
<html lang="id-ID"><head><meta charset="utf-8">
<title>Banjir Rendam 300 Rumah - Kabar Rekaan</title>
<meta property="og:title" content="Banjir Rendam 300 Rumah">
<meta property="og:site_name" content="Kabar Rekaan">
<meta name="author" content="Siti Contoh">
<meta property="article:published_time" content="2024-10-28T09:15:00+07:00">
<link rel="canonical" href="https://kabar.example/banjir-300-rumah">
</head><body>
<nav><a href="/">Beranda</a> <a href="/nasional">Nasional</a> <a href="/bola">Bola</a></nav>
<article><h1>Banjir Rendam 300 Rumah</h1><div class="read__content">
<p>{PARAGRAPHS[0]}</p><p>{PARAGRAPHS[1]}</p>
<p><strong>Baca juga: <a href="/hujan">Hujan Deras Diprediksi Berlanjut Sepekan</a></strong></p>
<p>{PARAGRAPHS[2]}</p>
<p>Baca juga: Warga Diminta Waspada Longsor</p>
<p>{PARAGRAPHS[3]}</p>
</div></article>
<section id="comments"><p>Komentar: semoga cepat surut, kasihan warganya.</p></section>
<footer>Hak cipta Kabar Rekaan. Semua hak dilindungi.</footer>
</body></html>"""


def _html(page: str, **fields: str) -> Document:
    return Document(source="page.html", media="html", data=page.encode("utf-8"), **fields)


def _text(text: str, **fields: str) -> Document:
    return Document(source="a.txt", media="text", data=text.encode("utf-8"), **fields)


def test_ingest_extract_html_body_has_one_paragraph_per_line() -> None:
    lines = extract(_html(PAGE)).text.split("\n")
    assert all(p in lines for p in PARAGRAPHS)


def test_ingest_extract_html_metadata() -> None:
    extracted = extract(_html(PAGE))
    assert (extracted.title, extracted.published, extracted.outlet, extracted.author) == (
        "Banjir Rendam 300 Rumah",
        "2024-10-28",
        "Kabar Rekaan",
        "Siti Contoh",
    )
    assert (extracted.url, extracted.language) == ("https://kabar.example/banjir-300-rumah", "id")


def test_ingest_extract_html_keeps_baca_juga_lines() -> None:
    # Cleaning removes these and records the removal; extraction must hand them over.
    lines = extract(_html(PAGE)).text.split("\n")
    assert "Baca juga: Hujan Deras Diprediksi Berlanjut Sepekan" in lines
    assert "Baca juga: Warga Diminta Waspada Longsor" in lines


def test_ingest_extract_html_drops_navigation_and_comments() -> None:
    text = extract(_html(PAGE)).text
    assert "Beranda" not in text and "semoga cepat surut" not in text


def test_ingest_extract_html_declared_metadata_wins() -> None:
    document = _html(PAGE, title="Judul dari Feed", outlet="Feed Rekaan", published="2024-10-27")
    extracted = extract(document)
    assert (extracted.title, extracted.outlet, extracted.published) == (
        "Judul dari Feed",
        "Feed Rekaan",
        "2024-10-27",
    )


def test_ingest_extract_truncated_html_keeps_what_it_can() -> None:
    cut = PAGE.index(PARAGRAPHS[2]) + 40
    text = extract(_html(PAGE[:cut])).text
    assert PARAGRAPHS[0] in text and PARAGRAPHS[2][:30] in text


def test_ingest_extract_html_truncated_before_the_body_is_rejected() -> None:
    with pytest.raises(InputError, match="no article text found"):
        extract(_html(PAGE[: PAGE.index("<body>")]))


def test_ingest_extract_html_fragment_with_one_paragraph() -> None:
    fragment = "<p>Gempa bermagnitudo 3,1 mengguncang Rekaan pagi ini. Tidak ada kerusakan.</p>"
    text = extract(_html(fragment)).text
    assert text == "Gempa bermagnitudo 3,1 mengguncang Rekaan pagi ini. Tidak ada kerusakan."


def test_ingest_extract_html_date_from_text_when_page_declares_none() -> None:
    page = (
        f"<html><body><article><p>{PARAGRAPHS[0]}</p><p>{PARAGRAPHS[1]}</p></article></body></html>"
    )
    assert extract(_html(page)).published == "2024-10-28"


def test_ingest_extract_html_copyright_year_is_not_a_date() -> None:
    page = (
        f"<html><body><article><p>{PARAGRAPHS[1]}</p><p>{PARAGRAPHS[3]}</p></article>"
        "<footer>© 2023 Kabar Rekaan</footer></body></html>"
    )
    assert extract(_html(page)).published is None


def test_ingest_extract_empty_html_is_rejected() -> None:
    with pytest.raises(InputError, match="no text"):
        extract(_html("  \n "))


def test_ingest_extract_text_headline_becomes_title() -> None:
    extracted = extract(_text("Banjir Rendam 300 Rumah\n\n" + "\n\n".join(PARAGRAPHS)))
    assert extracted.title == "Banjir Rendam 300 Rumah"
    assert extracted.text.startswith(PARAGRAPHS[0])


def test_ingest_extract_text_normalises_newlines() -> None:
    extracted = extract(_text("Judul Berita Rekaan\r\n\r\nBaris satu.\rBaris dua.\r\n"))
    assert extracted.text == "Baris satu.\nBaris dua."


def test_ingest_extract_text_declared_metadata_is_kept() -> None:
    extracted = extract(_text(PARAGRAPHS[0], title="Judul", url="https://kabar.example/1"))
    assert (extracted.title, extracted.url, extracted.text) == (
        "Judul",
        "https://kabar.example/1",
        PARAGRAPHS[0],
    )


def test_ingest_extract_whitespace_text_is_rejected() -> None:
    with pytest.raises(InputError, match="no text"):
        extract(_text(" \n\n \t"))


@pytest.mark.parametrize(
    ("text", "headline"),
    [
        ("Banjir Rendam 300 Rumah\n\nIsi berita di sini.", "Banjir Rendam 300 Rumah"),
        (
            "Harga Beras Naik di Lima Pasar\nHarga beras naik lagi.",
            "Harga Beras Naik di Lima Pasar",
        ),
        (
            "Indonesia central bank holds rates\n\nThe bank said so.",
            "Indonesia central bank holds rates",
        ),
        (
            "Benarkah Lele Mengandung Sel Kanker?\n\nBeredar kabar.",
            "Benarkah Lele Mengandung Sel Kanker?",
        ),
        # A hard-wrapped first paragraph, not a headline.
        ("Jakarta, di jejaring sosial banyak beredar\ninformasi yang menyebut lele.", None),
        # A lead paragraph of two sentences.
        ("Kabar ramai dibicarakan. Benarkah demikian?\n\nKami menelusuri.", None),
        ("JAKARTA, KOMPAS.com -\n\nBanjir merendam rumah.", None),
        ("Hanya satu baris tanpa titik", None),
        ("Kalimat pertama berakhir titik.\n\nKalimat kedua.", None),
    ],
)
def test_ingest_extract_text_headline_heuristic(text: str, headline: str | None) -> None:
    assert split_headline(text)[0] == headline


def test_ingest_extract_text_first_line_repeating_declared_title_is_removed() -> None:
    title, body = split_headline("Judul Sama\n\nIsi.", declared_title="judul  sama")
    assert (title, body) == ("Judul Sama", "Isi.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Warga menyebut lele sebagai\nikan paling jorok.",
            "Warga menyebut lele sebagai ikan paling jorok.",
        ),
        ("Kalimat selesai.\nkalimat baru kecil.", "Kalimat selesai.\nkalimat baru kecil."),
        (
            "Baris tanpa titik\nBaris Berikutnya Kapital",
            "Baris tanpa titik\nBaris Berikutnya Kapital",
        ),
        ("Paragraf satu\n\nparagraf dua", "Paragraf satu\n\nparagraf dua"),
        ("Jumlahnya mencapai\n2.300 orang.", "Jumlahnya mencapai 2.300 orang."),
    ],
)
def test_ingest_text_unwraps_hard_wrapped_sentences(text: str, expected: str) -> None:
    assert unwrap_hard_wraps(text) == expected
