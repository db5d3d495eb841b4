"""The store: one SQLite file that is the system of record for every stage's output.

Articles are content-addressed (id = hash of the clean text), documents are keyed by a hash of
where they came from and what they held, so a second run over the same input finds every
document known and does no new work. WAL mode lets a reader (the web app, a report) look while
a run writes.
"""

from __future__ import annotations

import dataclasses
import json
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType
from typing import Any

from silang.errors import StoreError
from silang.model import Annotated, Article, Link, Rejection, RunSummary, Story
from silang.store import codec
from silang.store.schema import MIGRATIONS, SCHEMA_VERSION

#: SQLite waits this long for another writer before giving up (a web app may be reading).
BUSY_TIMEOUT_MS = 10_000


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


class Store:
    """A silang store in a SQLite file (or ``":memory:"`` for tests and one-off runs)."""

    def __init__(self, path: str | Path) -> None:
        self.path = str(path)
        try:
            if self.path != ":memory:":
                Path(self.path).parent.mkdir(parents=True, exist_ok=True)
            self._db = sqlite3.connect(self.path, isolation_level=None)
            self._db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            self._db.execute("PRAGMA journal_mode = WAL")
            self._db.execute("PRAGMA foreign_keys = ON")
            self._migrate()
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"cannot open store {self.path}: {exc}") from exc

    # -- lifecycle -------------------------------------------------------------------------

    def close(self) -> None:
        self._db.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    @property
    def schema_version(self) -> int:
        return int(self._db.execute("PRAGMA user_version").fetchone()[0])

    def _migrate(self) -> None:
        current = self.schema_version
        if current > SCHEMA_VERSION:
            raise StoreError(
                f"store {self.path} has schema version {current}, newer than this silang "
                f"({SCHEMA_VERSION}); upgrade silang"
            )
        for version in range(current, SCHEMA_VERSION):
            # executescript commits on its own, so the version bump is part of the script:
            # a migration that fails half-way leaves the old version number behind.
            script = MIGRATIONS[version] + f";\nPRAGMA user_version = {version + 1};"
            self._db.executescript(f"BEGIN;\n{script}\nCOMMIT;")

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """One atomic unit of writes; rolled back if anything inside raises."""
        self._db.execute("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            self._db.execute("ROLLBACK")
            raise
        self._db.execute("COMMIT")

    # -- runs ------------------------------------------------------------------------------

    def begin_run(self, run_id: str, inputs: Sequence[str]) -> None:
        self._db.execute(
            "INSERT INTO runs (id, started, inputs) VALUES (?, ?, ?)",
            (run_id, _now(), json.dumps(list(inputs), ensure_ascii=False)),
        )

    def finish_run(self, summary: RunSummary) -> None:
        self._db.execute(
            "UPDATE runs SET finished = ?, summary = ? WHERE id = ?",
            (_now(), codec.dumps(summary), summary.run_id),
        )

    # -- documents -------------------------------------------------------------------------

    def knows_document(self, key: str) -> bool:
        row = self._db.execute("SELECT 1 FROM documents WHERE key = ?", (key,)).fetchone()
        return row is not None

    def add_article(
        self, annotated: Annotated, *, document_key: str, run_id: str, version: int
    ) -> bool:
        """Record an annotated article read from a document. True when the article is new;
        False when the same clean text was already stored (its new source is added)."""
        article = annotated.article
        with self.transaction():
            exists = self._db.execute(
                "SELECT 1 FROM articles WHERE id = ?", (article.id,)
            ).fetchone()
            if exists is None:
                self._db.execute(
                    "INSERT INTO articles (id, language, outlet, title, published, record, "
                    "first_run) VALUES (?, ?, ?, ?, ?, ?, ?)",
                    (
                        article.id,
                        article.language,
                        article.outlet,
                        article.title,
                        article.published,
                        codec.dumps(article),
                        run_id,
                    ),
                )
                self._db.execute(
                    "INSERT INTO article_text (article_id, title, text) VALUES (?, ?, ?)",
                    (article.id, article.title or "", article.text),
                )
                self._put_annotations(annotated, version)
            for source in article.sources:
                self._db.execute(
                    "INSERT OR IGNORE INTO article_sources (article_id, source) VALUES (?, ?)",
                    (article.id, source),
                )
                self._db.execute("DELETE FROM rejected WHERE source = ?", (source,))
            self._db.execute(
                "INSERT OR REPLACE INTO documents (key, source, article_id, rejection, first_run)"
                " VALUES (?, ?, ?, NULL, ?)",
                (document_key, article.sources[0], article.id, run_id),
            )
        return exists is None

    def add_rejection(
        self, rejection: Rejection, *, run_id: str, document_key: str | None = None
    ) -> None:
        """Record why an input was not processed; the latest reason per source wins."""
        with self.transaction():
            self._db.execute(
                "INSERT OR REPLACE INTO rejected (source, reason, stage, run_id) "
                "VALUES (?, ?, ?, ?)",
                (rejection.source, rejection.reason, rejection.stage, run_id),
            )
            if document_key is not None:
                self._db.execute(
                    "INSERT OR REPLACE INTO documents "
                    "(key, source, article_id, rejection, first_run) VALUES (?, ?, NULL, ?, ?)",
                    (document_key, rejection.source, rejection.reason, run_id),
                )

    def document_rejection(self, key: str) -> Rejection | None:
        """The rejection recorded for a known document, if it was rejected."""
        row = self._db.execute(
            "SELECT source, rejection FROM documents WHERE key = ? AND rejection IS NOT NULL",
            (key,),
        ).fetchone()
        return None if row is None else Rejection(row[0], row[1], stage="extract")

    # -- annotations -----------------------------------------------------------------------

    def _put_annotations(self, annotated: Annotated, version: int) -> None:
        data = codec.to_jsonable(annotated)
        data.pop("article")
        self._db.execute(
            "INSERT OR REPLACE INTO annotations (article_id, stage, version, record) "
            "VALUES (?, 'annotate', ?, ?)",
            (
                annotated.article.id,
                version,
                json.dumps(data, ensure_ascii=False, sort_keys=True),
            ),
        )

    def replace_annotations(self, annotated: Annotated, version: int) -> None:
        with self.transaction():
            self._put_annotations(annotated, version)

    def redate_article(self, annotated: Annotated, version: int) -> None:
        """Store an article's new publication date (inferred after it was first stored) with
        the annotations made against it."""
        article = annotated.article
        with self.transaction():
            self._db.execute(
                "UPDATE articles SET published = ?, record = ? WHERE id = ?",
                (article.published, codec.dumps(article), article.id),
            )
            self._put_annotations(annotated, version)

    def annotation_versions(self) -> dict[str, int]:
        rows = self._db.execute(
            "SELECT article_id, version FROM annotations WHERE stage = 'annotate'"
        )
        return {article_id: int(version) for article_id, version in rows}

    # -- corpus-level results --------------------------------------------------------------

    def replace_links(self, links: Sequence[Link]) -> None:
        """Store the derivation links of the whole corpus, replacing the previous set."""
        with self.transaction():
            self.replace_links_in_transaction(links)

    def replace_links_in_transaction(self, links: Sequence[Link]) -> None:
        """:meth:`replace_links` inside a transaction the caller holds."""
        self._db.execute("DELETE FROM links")
        self._db.executemany(
            "INSERT OR REPLACE INTO links (a, b, relation, original, record) "
            "VALUES (?, ?, ?, ?, ?)",
            [(k.a, k.b, k.relation, k.original, codec.dumps(k)) for k in links],
        )

    def links(self) -> list[Link]:
        rows = self._db.execute("SELECT record FROM links ORDER BY a, b")
        return [codec.loads(Link, record) for (record,) in rows]

    def replace_stories(self, stories: Sequence[Story]) -> None:
        with self.transaction():
            self.replace_stories_in_transaction(stories)

    def replace_stories_in_transaction(self, stories: Sequence[Story]) -> None:
        """:meth:`replace_stories` inside a transaction the caller holds."""
        self._db.execute("DELETE FROM stories")
        self._db.executemany(
            "INSERT INTO stories (id, record) VALUES (?, ?)",
            [(story.id, codec.dumps(story)) for story in stories],
        )

    def update_stories_in_transaction(self, put: Sequence[Story], drop: Iterable[str]) -> None:
        """Write the records ``put`` (replacing those of the same id) and delete those whose
        ids are in ``drop``, inside a transaction the caller holds: what an incremental run
        changed, without rewriting the records it kept."""
        self._db.executemany("DELETE FROM stories WHERE id = ?", [(i,) for i in drop])
        self._db.executemany(
            "INSERT OR REPLACE INTO stories (id, record) VALUES (?, ?)",
            [(story.id, codec.dumps(story)) for story in put],
        )

    def stories(self) -> list[Story]:
        rows = self._db.execute("SELECT record FROM stories ORDER BY id")
        return [codec.loads(Story, record) for (record,) in rows]

    def put_state(self, stage: str, version: int, record: str) -> None:
        """Keep what an incremental stage carries from one run to the next (JSON)."""
        self._db.execute(
            "INSERT OR REPLACE INTO stage_state (stage, version, record) VALUES (?, ?, ?)",
            (stage, version, record),
        )

    def state(self, stage: str, version: int) -> str | None:
        """The state kept by ``stage`` at ``version``; None when absent or from another version."""
        row = self._db.execute(
            "SELECT record FROM stage_state WHERE stage = ? AND version = ?", (stage, version)
        ).fetchone()
        return None if row is None else str(row[0])

    # -- reading ---------------------------------------------------------------------------

    def article_count(self) -> int:
        return int(self._db.execute("SELECT COUNT(*) FROM articles").fetchone()[0])

    def articles(self) -> list[Article]:
        """Every article, ordered by publication date (unknown last), then id."""
        sources = self._sources()
        rows = self._db.execute(
            "SELECT record FROM articles ORDER BY published IS NULL, published, id"
        )
        return [self._article(record, sources) for (record,) in rows]

    def article(self, article_id: str) -> Article | None:
        row = self._db.execute("SELECT record FROM articles WHERE id = ?", (article_id,)).fetchone()
        return None if row is None else self._article(row[0], self._sources(article_id))

    def annotated(self) -> list[Annotated]:
        """Every article with its annotations, in :meth:`articles` order."""
        stored: dict[str, dict[str, Any]] = {
            article_id: json.loads(record)
            for article_id, record in self._db.execute(
                "SELECT article_id, record FROM annotations WHERE stage = 'annotate'"
            )
        }
        return [
            codec.build(Annotated, stored.get(article.id, {}), article=article)
            for article in self.articles()
        ]

    def rejections(self) -> list[Rejection]:
        rows = self._db.execute("SELECT source, reason, stage FROM rejected ORDER BY source")
        return [Rejection(source, reason, stage) for source, reason, stage in rows]

    def search(self, query: str, limit: int = 50) -> list[str]:
        """Ids of articles matching an FTS5 query over title and text, best first."""
        try:
            rows = self._db.execute(
                "SELECT article_id FROM article_text WHERE article_text MATCH ? "
                "ORDER BY rank LIMIT ?",
                (query, limit),
            )
            return [article_id for (article_id,) in rows]
        except sqlite3.OperationalError as exc:
            raise StoreError(f"bad search query {query!r}: {exc}") from exc

    def _sources(self, article_id: str | None = None) -> dict[str, tuple[str, ...]]:
        sql = "SELECT article_id, source FROM article_sources"
        params: tuple[str, ...] = ()
        if article_id is not None:
            sql += " WHERE article_id = ?"
            params = (article_id,)
        found: dict[str, list[str]] = {}
        for aid, source in self._db.execute(sql + " ORDER BY rowid", params):
            found.setdefault(aid, []).append(source)
        return {aid: tuple(items) for aid, items in found.items()}

    @staticmethod
    def _article(record: str, sources: dict[str, tuple[str, ...]]) -> Article:
        article = codec.loads(Article, record)
        return dataclasses.replace(article, sources=sources.get(article.id, article.sources))
