from __future__ import annotations

from pathlib import Path

from silang.corpus import update_links
from silang.pipeline import ANNOTATE_VERSION, Toolkit, analyze
from silang.render.report import store_report
from silang.settings import Settings
from silang.store import Store

WIRE = (
    "Banjir Rendam Desa Karangjati\n\n"
    "LEMBAH SARI (NNA) - Banjir bandang merendam Desa Karangjati, Kabupaten Lembah Sari, pada "
    "Rabu (13/3/2024) dini hari. Sebanyak 2.300 warga mengungsi ke balai desa dan sekolah.\n\n"
    "Kepala BPBD Lembah Sari Sri Lestari Wulandari mengatakan air setinggi dua meter merendam "
    "ratusan rumah setelah Sungai Ranggasari meluap sekitar pukul 02.30 WIB.\n\n"
    '"Kami masih mendata kerusakan dan kebutuhan pengungsi," kata Sri Lestari di Kota Sari.\n'
)
COPY = WIRE.replace("LEMBAH SARI (NNA) -", "LEMBAH SARI, KABARNUSA.com -") + "\nSumber: NNA\n"


def test_pipeline_links_a_copy_to_its_wire_original(tmp_path: Path) -> None:
    (tmp_path / "wire.txt").write_text(WIRE, encoding="utf-8")
    (tmp_path / "copy.txt").write_text(COPY, encoding="utf-8")
    with Store(":memory:") as store:
        analyze([str(tmp_path)], store, Settings())
        by_outlet = {a.outlet: a.id for a in store.articles()}
        (link,) = store.links()
    assert link.relation in ("duplicate", "copy")
    assert link.original == by_outlet["NNA"]
    assert {link.a, link.b} == set(by_outlet.values())


def test_pipeline_links_are_not_recomputed_for_an_unchanged_corpus(tmp_path: Path) -> None:
    (tmp_path / "wire.txt").write_text(WIRE, encoding="utf-8")
    with Store(":memory:") as store:
        analyze([str(tmp_path)], store, Settings())
        packs = Toolkit.build(Settings()).packs
        again = update_links(store, store.annotated(), packs, annotate_version=ANNOTATE_VERSION)
        assert again is None
        (tmp_path / "copy.txt").write_text(COPY, encoding="utf-8")
        analyze([str(tmp_path)], store, Settings())
        assert len(store.links()) == 1


def test_pipeline_links_are_recomputed_when_annotations_are_newer(tmp_path: Path) -> None:
    (tmp_path / "wire.txt").write_text(WIRE, encoding="utf-8")
    (tmp_path / "copy.txt").write_text(COPY, encoding="utf-8")
    with Store(":memory:") as store:
        analyze([str(tmp_path)], store, Settings())
        packs = Toolkit.build(Settings()).packs
        current = update_links(store, store.annotated(), packs, annotate_version=ANNOTATE_VERSION)
        newer = update_links(store, store.annotated(), packs, annotate_version=ANNOTATE_VERSION + 1)
    assert current is None
    assert newer is not None and len(newer) == 1


def test_pipeline_groups_a_copy_into_one_story_with_one_origin(tmp_path: Path) -> None:
    (tmp_path / "wire.txt").write_text(WIRE, encoding="utf-8")
    (tmp_path / "copy.txt").write_text(COPY, encoding="utf-8")
    with Store(":memory:") as store:
        analyze([str(tmp_path)], store, Settings())
        (story,) = store.stories()
        report = store_report(store)
    assert set(story.article_ids) == {a["id"] for a in report["articles"]}
    assert report["stories"][0]["independent_sources"] == 1


def test_pipeline_adds_new_articles_to_existing_stories(tmp_path: Path) -> None:
    (tmp_path / "wire.txt").write_text(WIRE, encoding="utf-8")
    with Store(":memory:") as store:
        analyze([str(tmp_path)], store, Settings())
        (before,) = store.stories()
        (tmp_path / "copy.txt").write_text(COPY, encoding="utf-8")
        analyze([str(tmp_path)], store, Settings())
        (after,) = store.stories()
    assert after.id == before.id
    assert len(after.article_ids) == 2
