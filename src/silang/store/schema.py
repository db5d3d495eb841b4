"""The store's SQLite schema, as numbered migrations applied in order.

``PRAGMA user_version`` holds the version reached. A migration is only ever appended: an
existing store is brought forward by running the ones it has not seen.
"""

from __future__ import annotations

MIGRATIONS: tuple[str, ...] = (
    # 1: documents read, the articles they became, each stage's output, rejections, runs.
    """
    CREATE TABLE documents (
        key TEXT PRIMARY KEY,          -- hash of the source and the document's bytes + metadata
        source TEXT NOT NULL,
        article_id TEXT,               -- null when the document was rejected
        rejection TEXT,
        first_run TEXT NOT NULL
    );
    CREATE TABLE articles (
        id TEXT PRIMARY KEY,           -- hash of the clean text
        language TEXT NOT NULL,
        outlet TEXT,
        title TEXT,
        published TEXT,
        record TEXT NOT NULL,          -- the Article as JSON (store.codec)
        first_run TEXT NOT NULL
    );
    CREATE TABLE article_sources (
        article_id TEXT NOT NULL REFERENCES articles(id),
        source TEXT NOT NULL,
        PRIMARY KEY (article_id, source)
    );
    CREATE TABLE annotations (
        article_id TEXT NOT NULL REFERENCES articles(id),
        stage TEXT NOT NULL,
        version INTEGER NOT NULL,
        record TEXT NOT NULL,
        PRIMARY KEY (article_id, stage)
    );
    CREATE TABLE rejected (
        source TEXT PRIMARY KEY,
        reason TEXT NOT NULL,
        stage TEXT NOT NULL,
        run_id TEXT NOT NULL
    );
    CREATE TABLE runs (
        id TEXT PRIMARY KEY,
        started TEXT NOT NULL,
        finished TEXT,
        inputs TEXT NOT NULL,
        summary TEXT
    );
    CREATE VIRTUAL TABLE article_text USING fts5(
        article_id UNINDEXED, title, text, tokenize = 'unicode61 remove_diacritics 2'
    );
    """,
    # 2: corpus-level results: derivation links, stories, and the state incremental stages keep.
    """
    CREATE TABLE links (
        a TEXT NOT NULL REFERENCES articles(id),
        b TEXT NOT NULL REFERENCES articles(id),
        relation TEXT NOT NULL,
        original TEXT,
        record TEXT NOT NULL,          -- the Link as JSON (store.codec)
        PRIMARY KEY (a, b)
    );
    CREATE INDEX links_b ON links (b);
    CREATE TABLE stories (
        id TEXT PRIMARY KEY,
        record TEXT NOT NULL           -- the Story as JSON
    );
    CREATE TABLE stage_state (
        stage TEXT PRIMARY KEY,        -- e.g. 'cluster': what an incremental stage carries over
        version INTEGER NOT NULL,
        record TEXT NOT NULL
    );
    """,
    # 3: which stored story record holds each article, and the clustering state's archived
    # stories in rows of their own, so that a run reads only the records and archived stories
    # it touches (padded to 1M articles, store reads took 19.3 s of CPU to add 1,000 before,
    # 0.85 s after: commit 488ec00). An
    # older store's records are indexed here; its archive moves out of the state's JSON on
    # the next clustering run (silang.corpus).
    """
    CREATE TABLE story_members (
        article_id TEXT NOT NULL,
        story_id TEXT NOT NULL,        -- the stories row whose article_ids hold the article
        PRIMARY KEY (article_id, story_id)
    ) WITHOUT ROWID;
    CREATE INDEX story_members_story ON story_members (story_id);
    INSERT OR IGNORE INTO story_members (article_id, story_id)
        SELECT member.value, stories.id
        FROM stories, json_each(stories.record, '$.article_ids') AS member;
    ALTER TABLE stories ADD COLUMN sub_events INTEGER NOT NULL DEFAULT 0;
    UPDATE stories SET sub_events = coalesce(json_array_length(record, '$.sub_events'), 0);
    CREATE INDEX stories_bare ON stories (id) WHERE sub_events = 0;
    CREATE TABLE archived_stories (
        id TEXT PRIMARY KEY,           -- a story of the clustering state past its recall horizon
        record TEXT NOT NULL           -- its StoryState as JSON (store.codec)
    );
    CREATE TABLE archived_members (
        article_id TEXT PRIMARY KEY,
        story_id TEXT NOT NULL REFERENCES archived_stories(id)
    ) WITHOUT ROWID;
    CREATE INDEX archived_members_story ON archived_members (story_id);
    """,
    # 4: the articles each run first stored, so that the story stage asks the store about
    # the articles of the runs that did not finish (this one, or one that stopped before
    # placing its articles) and not about every stored article (Store.unfinished_articles).
    """
    CREATE INDEX articles_first_run ON articles (first_run);
    """,
)

SCHEMA_VERSION = len(MIGRATIONS)
