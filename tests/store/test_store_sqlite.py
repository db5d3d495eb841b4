from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from silang.errors import StoreError
from silang.model import Annotated, Evidence, Link, Rejection, RunSummary, Span, Story
from silang.store import Store
from silang.store.schema import MIGRATIONS, SCHEMA_VERSION

from records import make_annotated, make_article


def test_store_creates_file_with_current_schema_and_wal(tmp_path: Path) -> None:
    path = tmp_path / "sub" / "silang.db"
    with Store(path) as store:
        assert store.schema_version == SCHEMA_VERSION
    db = sqlite3.connect(path)
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_store_refuses_a_newer_schema(tmp_path: Path) -> None:
    path = tmp_path / "silang.db"
    Store(path).close()
    db = sqlite3.connect(path)
    db.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    db.close()
    with pytest.raises(StoreError, match="newer than this silang"):
        Store(path)


def test_store_rejects_a_file_that_is_not_sqlite(tmp_path: Path) -> None:
    path = tmp_path / "not.db"
    path.write_bytes(b"this is not a database" * 100)
    with pytest.raises(StoreError, match="cannot open store"):
        Store(path)


def test_store_round_trips_an_annotated_article(tmp_path: Path) -> None:
    annotated = make_annotated()
    with Store(tmp_path / "s.db") as store:
        assert store.add_article(annotated, document_key="k1", run_id="r", version=1)
    with Store(tmp_path / "s.db") as store:
        assert store.annotated() == [annotated]


def test_store_same_text_from_two_sources_is_one_article(tmp_path: Path) -> None:
    first = make_annotated(make_article(sources=("a.txt",)))
    second = make_annotated(make_article(sources=("https://x.example/b",)))
    with Store(tmp_path / "s.db") as store:
        assert store.add_article(first, document_key="k1", run_id="r", version=1)
        assert not store.add_article(second, document_key="k2", run_id="r", version=1)
        articles = store.articles()
    assert len(articles) == 1
    assert articles[0].sources == ("a.txt", "https://x.example/b")


def test_store_knows_documents_it_has_seen(tmp_path: Path) -> None:
    with Store(tmp_path / "s.db") as store:
        assert not store.knows_document("k1")
        store.add_article(make_annotated(), document_key="k1", run_id="r", version=1)
        assert store.knows_document("k1")


def test_store_remembers_a_rejected_document(tmp_path: Path) -> None:
    rejection = Rejection("bad.html", "no article text", stage="extract")
    with Store(tmp_path / "s.db") as store:
        store.add_rejection(rejection, run_id="r", document_key="k9")
        assert store.knows_document("k9")
        assert store.document_rejection("k9") == rejection
        assert store.rejections() == [rejection]


def test_store_clears_a_rejection_when_the_source_later_succeeds(tmp_path: Path) -> None:
    with Store(tmp_path / "s.db") as store:
        store.add_rejection(Rejection("a.txt", "timeout"), run_id="r1")
        store.add_article(make_annotated(), document_key="k1", run_id="r2", version=1)
        assert store.rejections() == []


def test_store_orders_articles_by_publication_date_unknown_last(tmp_path: Path) -> None:
    with Store(tmp_path / "s.db") as store:
        for aid, published, text in [
            ("000000000000000c", None, "Teks ketiga yang cukup panjang."),
            ("000000000000000a", "2024-03-14", "Teks kedua yang cukup panjang."),
            ("000000000000000b", "2024-03-13", "Teks pertama yang cukup panjang."),
        ]:
            article = make_article(text, article_id=aid, published=published)
            store.add_article(make_annotated(article), document_key=aid, run_id="r", version=1)
        assert [a.published for a in store.articles()] == ["2024-03-13", "2024-03-14", None]


def test_store_full_text_search_finds_words_in_text(tmp_path: Path) -> None:
    with Store(tmp_path / "s.db") as store:
        store.add_article(make_annotated(), document_key="k1", run_id="r", version=1)
        assert store.search("mengungsi") == ["0123456789abcdef"]
        assert store.search("gempa") == []
        with pytest.raises(StoreError, match="bad search query"):
            store.search('"unbalanced')


def test_store_annotation_versions_are_kept_and_replaced(tmp_path: Path) -> None:
    annotated = make_annotated()
    with Store(tmp_path / "s.db") as store:
        store.add_article(annotated, document_key="k1", run_id="r", version=1)
        assert store.annotation_versions() == {annotated.article.id: 1}
        newer = Annotated(article=annotated.article, sentences=(Span(0, 5),))
        store.replace_annotations(newer, version=2)
        assert store.annotation_versions() == {annotated.article.id: 2}
        assert store.annotated()[0].sentences == (Span(0, 5),)


@settings(max_examples=40, deadline=None)
@given(
    text=st.text(min_size=1, max_size=300),
    sources=st.lists(st.text(min_size=1, max_size=40), min_size=1, max_size=3, unique=True),
    published=st.one_of(st.none(), st.dates().map(lambda d: d.isoformat())),
)
def test_store_round_trip_property(text: str, sources: list[str], published: str | None) -> None:
    article = make_article(text, sources=tuple(sources), published=published, raw_prefix="")
    annotated = Annotated(article=article, sentences=(Span(0, len(text)),))
    with Store(":memory:") as store:
        store.add_article(annotated, document_key="k", run_id="r", version=1)
        assert store.annotated() == [annotated]


def _two_articles(store: Store) -> tuple[str, str]:
    first = make_article("Teks pertama yang cukup panjang.", article_id="000000000000000a")
    second = make_article("Teks kedua yang cukup panjang.", article_id="000000000000000b")
    for article in (first, second):
        store.add_article(make_annotated(article), document_key=article.id, run_id="r", version=1)
    return first.id, second.id


def test_store_links_are_replaced_as_a_set(tmp_path: Path) -> None:
    with Store(tmp_path / "s.db") as store:
        a, b = _two_articles(store)
        link = Link(a, b, "copy", 0.97, original=a, evidence=(Evidence("sentence", 0, 5, 0, 5),))
        store.replace_links([link])
        assert store.links() == [link]
        store.replace_links([])
        assert store.links() == []


def test_store_stories_round_trip(tmp_path: Path) -> None:
    with Store(tmp_path / "s.db") as store:
        a, b = _two_articles(store)
        story = Story("s-" + a, "Banjir Lembah Sari", (a, b), first="2024-03-13", last="2024-03-14")
        store.replace_stories([story])
        assert store.stories() == [story]


def test_store_stories_update_puts_replaces_and_drops_by_id() -> None:
    kept = Story("s-a", "Banjir", ("a",))
    gone = Story("s-b", "Jembatan", ("b",))
    old = Story("s-c", "Pertandingan", ("c",))
    with Store(":memory:") as store:
        store.replace_stories([kept, gone, old])
        new = Story("s-c", "Pertandingan final", ("c", "d"))
        added = Story("s-e", "Gempa", ("e",))
        with store.transaction():
            store.update_stories_in_transaction([new, added], ["s-b"])
        assert store.stories() == [kept, new, added]


def test_store_stage_state_is_kept_per_version(tmp_path: Path) -> None:
    with Store(tmp_path / "s.db") as store:
        store.put_state("cluster", 1, '{"centroids": []}')
        assert store.state("cluster", 1) == '{"centroids": []}'
        assert store.state("cluster", 2) is None


def test_store_migrates_a_version_one_store(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    db = sqlite3.connect(path, isolation_level=None)
    db.executescript(MIGRATIONS[0] + ";\nPRAGMA user_version = 1;")
    db.close()
    with Store(path) as store:
        assert store.schema_version == SCHEMA_VERSION
        assert store.links() == []


def test_store_unfinished_articles_are_those_first_stored_by_runs_not_finished() -> None:
    texts = {
        "r1": ("Banjir melanda Lembah Sari pagi ini.", "Jembatan Kali Putih ambruk semalam."),
        "r2": ("Pasar Baru dibuka kembali hari ini.",),
        "r3": ("Laga final digelar di Stadion Utama.",),
    }
    with Store(":memory:") as store:
        for run_id, run_texts in texts.items():
            store.begin_run(run_id, [])
            for number, text in enumerate(run_texts):
                article = make_article(text, article_id=f"{run_id}-{number}")
                store.add_article(
                    make_annotated(article), document_key=article.id, run_id=run_id, version=1
                )
        # The first run's first article read again by the third: it stays the first run's.
        again = make_article(texts["r1"][0], article_id="r1-0", sources=("b.txt",))
        store.add_article(make_annotated(again), document_key="again", run_id="r3", version=1)
        store.finish_run(RunSummary("r1", 2, 0, 2, 0, ()))
        # r2 stopped before finishing; r3 is under way.
        assert store.unfinished_articles() == {"r2-0", "r3-0"}
