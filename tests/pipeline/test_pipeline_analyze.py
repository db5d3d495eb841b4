from __future__ import annotations

from pathlib import Path

import pytest

from silang import pipeline
from silang.ingest import extract as real_extract
from silang.model import Document, Rejection
from silang.pipeline import ANNOTATE_VERSION, Toolkit, analyze, document_key, process_document
from silang.settings import Settings
from silang.store import Store

BANJIR = (
    "Banjir Bandang Rendam Lembah Sari\n\n"
    "LEMBAH SARI, KABARNUSA.com - Banjir bandang merendam tiga kecamatan di Kabupaten Lembah "
    "Sari, Rabu (13/3/2024). Sekitar 2.300 warga mengungsi ke balai desa.\n\n"
    "Bupati Hendra Wiratama mengatakan pemerintah daerah sudah menyiapkan dapur umum.\n\n"
    "Baca juga: Jembatan Putus, Warga Terisolasi\n\n"
    "Hujan deras turun sejak Selasa malam dan sungai meluap menjelang subuh.\n"
)
JEMBATAN = (
    "Jembatan Baru Diresmikan\n\n"
    "Wali kota meresmikan jembatan baru yang menghubungkan dua kelurahan di tepi sungai. "
    "Jembatan sepanjang 120 meter itu dibangun selama delapan bulan.\n\n"
    "Warga menyambut gembira karena waktu tempuh ke pasar kini jauh lebih singkat.\n"
)
DUTCH = (
    "Overstroming in het dal\n\n"
    "Duizenden inwoners moesten hun huizen verlaten nadat de rivier buiten haar oevers trad. "
    "De burgemeester zei dat de hulpdiensten de hele nacht hebben doorgewerkt.\n"
)


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "banjir.txt").write_text(BANJIR, encoding="utf-8")
    (folder / "jembatan.txt").write_text(JEMBATAN, encoding="utf-8")
    return folder


def test_pipeline_reads_a_folder_into_the_store(corpus: Path) -> None:
    with Store(":memory:") as store:
        summary = analyze([str(corpus)], store, Settings())
        articles = store.articles()
    assert summary.articles_added == 2
    assert summary.rejected == ()
    banjir = next(a for a in articles if a.sources[0].endswith("banjir.txt"))
    assert banjir.title == "Banjir Bandang Rendam Lembah Sari"
    assert banjir.language == "id"
    assert banjir.text.startswith("Banjir bandang merendam")
    assert "Baca juga" not in banjir.text
    assert banjir.city is not None
    assert banjir.outlet is not None


def test_pipeline_second_run_does_no_new_work(corpus: Path, tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    with Store(db) as store:
        analyze([str(corpus)], store, Settings())
    with Store(db) as store:
        again = analyze([str(corpus)], store, Settings())
        assert store.article_count() == 2
    assert again.documents_skipped == 2
    assert again.articles_added == again.articles_merged == 0


def test_pipeline_same_text_from_two_places_is_one_article(corpus: Path) -> None:
    (corpus / "salinan.txt").write_text(BANJIR, encoding="utf-8")
    with Store(":memory:") as store:
        summary = analyze([str(corpus)], store, Settings())
        sources = {len(a.sources) for a in store.articles()}
    assert summary.articles_added == 2
    assert summary.articles_merged == 1
    assert sources == {1, 2}


def test_pipeline_adds_to_an_existing_store(corpus: Path, tmp_path: Path) -> None:
    with Store(":memory:") as store:
        analyze([str(corpus / "banjir.txt")], store, Settings())
        later = analyze([str(corpus)], store, Settings())
        assert store.article_count() == 2
    assert later.documents_skipped == 1
    assert later.articles_added == 1


def test_pipeline_rejects_bad_inputs_and_goes_on(corpus: Path) -> None:
    (corpus / "kosong.txt").write_bytes(b"")
    (corpus / "gambar.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    (corpus / "belanda.txt").write_text(DUTCH, encoding="utf-8")
    with Store(":memory:") as store:
        summary = analyze([str(corpus)], store, Settings())
        stored = {r.source for r in store.rejections()}
    assert summary.articles_added == 2
    rejected = {Path(r.source).name: r.reason for r in summary.rejected}
    assert set(rejected) == {"kosong.txt", "gambar.txt", "belanda.txt"}
    assert "not supported" in rejected["belanda.txt"]
    assert {Path(s).name for s in stored} == set(rejected)


def test_pipeline_a_crash_in_one_article_becomes_a_rejection(
    corpus: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def flaky(document: Document) -> object:
        if document.source.endswith("banjir.txt"):
            raise RuntimeError("library blew up")
        return real_extract(document)

    monkeypatch.setattr(pipeline, "extract", flaky)
    with Store(":memory:") as store:
        summary = analyze([str(corpus)], store, Settings())
    assert summary.articles_added == 1
    (rejection,) = summary.rejected
    assert rejection.reason == "internal error: RuntimeError: library blew up"


def test_pipeline_a_rejected_document_stays_reported_on_rerun(corpus: Path) -> None:
    (corpus / "belanda.txt").write_text(DUTCH, encoding="utf-8")
    with Store(":memory:") as store:
        analyze([str(corpus)], store, Settings())
        again = analyze([str(corpus)], store, Settings())
    assert again.documents_skipped == 3
    assert [Path(r.source).name for r in again.rejected] == ["belanda.txt"]


def test_pipeline_processing_is_deterministic() -> None:
    document = Document(source="x.txt", media="text", data=BANJIR.encode())
    toolkit = Toolkit.build(Settings())
    first, second = process_document(document, toolkit), process_document(document, toolkit)
    assert not isinstance(first, Rejection)
    assert first == second
    assert document_key(document) == document_key(Document("x.txt", "text", BANJIR.encode()))
    assert document_key(document) != document_key(Document("y.txt", "text", BANJIR.encode()))


def test_pipeline_workers_give_the_same_store(corpus: Path) -> None:
    for number in range(5):
        (corpus / f"extra{number}.txt").write_text(
            JEMBATAN.replace("120 meter", f"{100 + number} meter"), encoding="utf-8"
        )
    results = []
    for workers in (1, 2):
        with Store(":memory:") as store:
            analyze([str(corpus)], store, Settings(workers=workers))
            results.append(store.annotated())
    assert results[0] == results[1]


def test_pipeline_reannotates_articles_from_an_older_version(corpus: Path) -> None:
    with Store(":memory:") as store:
        analyze([str(corpus)], store, Settings())
        old = store.annotated()[0]
        store.replace_annotations(type(old)(article=old.article), version=ANNOTATE_VERSION - 1)
        analyze([str(corpus)], store, Settings())
        assert set(store.annotation_versions().values()) == {ANNOTATE_VERSION}
        assert store.annotated()[0].sentences == old.sentences


def _page(site: str, dateline: str) -> bytes:
    body = BANJIR.split("\n\n", 1)[1].replace("LEMBAH SARI, KABARNUSA.com -", dateline)
    paragraphs = "".join(f"<p>{p}</p>" for p in body.split("\n\n") if p.strip())
    return (
        f'<html><head><title>Banjir</title><meta property="og:site_name" content="{site}">'
        f"</head><body><article>{paragraphs}</article></body></html>"
    ).encode()


@pytest.mark.parametrize(
    ("site", "dateline", "outlet", "copied_from"),
    [
        ("Warta Sari", "LEMBAH SARI (NNA) -", "Warta Sari", "NNA"),
        ("Kabarnusa.com - Berita Terkini", "LEMBAH SARI, KABARNUSA.com -", "Kabarnusa.com", None),
    ],
)
def test_pipeline_a_dateline_of_another_outlet_is_a_copied_from_credit(
    site: str, dateline: str, outlet: str, copied_from: str | None
) -> None:
    document = Document(source="p.html", media="html", data=_page(site, dateline))
    result = process_document(document, Toolkit.build(Settings()))
    assert not isinstance(result, Rejection), result
    article = result.article
    assert article.outlet == outlet
    copied = [c.outlet for c in article.credits if c.relation == "copied-from"]
    assert copied == ([copied_from] if copied_from else [])


def test_pipeline_a_yearless_dateline_takes_its_year_from_the_text() -> None:
    wire = (
        "River bursts its banks in Lembah Sari\n\n"
        "SARI CITY, March 14 (Pacific Wire) - Thousands of people left their homes after the "
        "Ranggasari river burst its banks. The river first rose on March 12, 2024, officials "
        "said, after two days of heavy rain.\n"
    )
    document = Document(source="wire.txt", media="text", data=wire.encode())
    result = process_document(document, Toolkit.build(Settings()))
    assert not isinstance(result, Rejection), result
    assert (result.article.published, result.article.published_inferred) == ("2024-03-14", True)
