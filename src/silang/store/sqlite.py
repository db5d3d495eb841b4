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

#: An archived story of the clustering state: its id, its articles' ids, its record as JSON.
ArchivedRow = tuple[str, Sequence[str], str]

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

    def unfinished_articles(self) -> set[str]:
        """The ids of the articles first stored by a run that has not finished (the one
        under way, or one stopped before its corpus stages ran): the only articles a run's
        story stage may find unplaced, where every finished run placed its own."""
        # The few unfinished runs first, then their articles through the first_run index
        # (a join let SQLite scan every article instead).
        rows = self._db.execute(
            "SELECT id FROM articles "
            "WHERE first_run IN (SELECT id FROM runs WHERE finished IS NULL)"
        )
        return {article_id for (article_id,) in rows}

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
        self._db.execute("DELETE FROM story_members")
        self._put_stories(stories)

    def update_stories_in_transaction(self, put: Sequence[Story], drop: Iterable[str]) -> None:
        """Write the records ``put`` (replacing those of the same id) and delete those whose
        ids are in ``drop``, inside a transaction the caller holds: what an incremental run
        changed, without rewriting the records it kept."""
        gone = [(story_id,) for story_id in drop]
        self._db.executemany("DELETE FROM story_members WHERE story_id = ?", gone)
        self._db.executemany("DELETE FROM stories WHERE id = ?", gone)
        self._put_stories(put)

    def _put_stories(self, stories: Sequence[Story]) -> None:
        """Write story records and which articles each holds (story_members)."""
        self._db.executemany(
            "DELETE FROM story_members WHERE story_id = ?", [(story.id,) for story in stories]
        )
        self._db.executemany(
            "INSERT OR REPLACE INTO stories (id, record, sub_events) VALUES (?, ?, ?)",
            [(story.id, codec.dumps(story), len(story.sub_events)) for story in stories],
        )
        self._db.executemany(
            "INSERT OR IGNORE INTO story_members (article_id, story_id) VALUES (?, ?)",
            [(article_id, story.id) for story in stories for article_id in story.article_ids],
        )

    def stories(self) -> list[Story]:
        rows = self._db.execute("SELECT record FROM stories ORDER BY id")
        return [codec.loads(Story, record) for (record,) in rows]

    def stories_holding(self, article_ids: Iterable[str]) -> list[Story]:
        """The records holding any of ``article_ids``, by id (a run reads only these)."""
        found: dict[str, str] = dict(
            self._in_chunks(
                "SELECT DISTINCT stories.id, stories.record FROM story_members "
                "JOIN stories ON stories.id = story_members.story_id "
                "WHERE story_members.article_id IN ({marks})",
                article_ids,
            )
        )
        return [codec.loads(Story, found[story_id]) for story_id in sorted(found)]

    def stories_without_sub_events(self) -> list[Story]:
        """The records with no sub-events (made while some of their articles were missing,
        or by an older silang), by id."""
        rows = self._db.execute("SELECT record FROM stories WHERE sub_events = 0 ORDER BY id")
        return [codec.loads(Story, record) for (record,) in rows]

    def in_stories(self, article_ids: Iterable[str]) -> set[str]:
        """Which of ``article_ids`` some story record holds."""
        rows = self._in_chunks(
            "SELECT article_id FROM story_members WHERE article_id IN ({marks})", article_ids
        )
        return {article_id for (article_id,) in rows}

    def _in_chunks(self, query: str, ids: Iterable[str]) -> Iterator[Any]:
        """The rows of ``query`` run over ``ids`` in chunks (SQLite caps the ``?`` of one
        statement), each chunk's marks put where the query says ``{marks}``."""
        for chunk in _chunks(ids):
            yield from self._db.execute(query.format(marks=_marks(chunk)), chunk)

    # -- archived stories of the clustering state ------------------------------------------

    def put_archived_in_transaction(self, stories: Iterable[ArchivedRow]) -> None:
        """Keep archived stories as (id, member article ids, record as JSON), replacing those
        of the same id, inside a transaction the caller holds."""
        rows = list(stories)
        self.drop_archived_in_transaction(story_id for story_id, _, _ in rows)
        self._db.executemany(
            "INSERT INTO archived_stories (id, record) VALUES (?, ?)",
            [(story_id, record) for story_id, _, record in rows],
        )
        self._db.executemany(
            "INSERT INTO archived_members (article_id, story_id) VALUES (?, ?)",
            [(member, story_id) for story_id, members, _ in rows for member in members],
        )

    def drop_archived_in_transaction(self, story_ids: Iterable[str]) -> None:
        """Forget the archived stories of ``story_ids`` (reopened, merged away or redone)."""
        gone = [(story_id,) for story_id in story_ids]
        self._db.executemany("DELETE FROM archived_members WHERE story_id = ?", gone)
        self._db.executemany("DELETE FROM archived_stories WHERE id = ?", gone)

    def clear_archived_in_transaction(self) -> None:
        self._db.execute("DELETE FROM archived_members")
        self._db.execute("DELETE FROM archived_stories")

    def archived_holding(self, article_ids: Iterable[str]) -> list[str]:
        """The records (JSON) of the archived stories holding any of ``article_ids``, in the
        order they were archived."""
        found: dict[int, str] = dict(
            self._in_chunks(
                "SELECT archived_stories.rowid, archived_stories.record FROM archived_members "
                "JOIN archived_stories ON archived_stories.id = archived_members.story_id "
                "WHERE archived_members.article_id IN ({marks})",
                article_ids,
            )
        )
        return [found[rowid] for rowid in sorted(found)]

    def archived(self) -> list[str]:
        """The records (JSON) of every archived story, in the order they were archived."""
        rows = self._db.execute("SELECT record FROM archived_stories ORDER BY rowid")
        return [str(record) for (record,) in rows]

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


#: Ids bound in one ``IN (...)`` query (SQLite allows 32,766 variables since 3.32).
CHUNK = 900


def _chunks(ids: Iterable[str]) -> Iterator[list[str]]:
    """``ids`` in lists of at most CHUNK."""
    chunk: list[str] = []
    for item in ids:
        chunk.append(item)
        if len(chunk) == CHUNK:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _marks(chunk: Sequence[str]) -> str:
    return ", ".join("?" * len(chunk))
