"""Versioned schema migrations for the newsloom store.

Each migration is a list of SQL statements; ``PRAGMA user_version`` records
how many have been applied.  Migrations only ever append: a released one is
never edited.
"""
from __future__ import annotations

MIGRATIONS: list[list[str]] = [
    # 1: pages, provenance, quarantine, articles with full-text search, facts,
    #    copies, stories, stage state and runs.
    [
        """
        CREATE TABLE pages (
            id TEXT PRIMARY KEY,            -- SHA-256 of the bytes
            source TEXT NOT NULL,           -- first place it was read from
            kind TEXT NOT NULL,             -- text | html | article
            url TEXT,
            crawl_date TEXT,
            http_status INTEGER,
            fetched_at TEXT,
            encoding TEXT,
            content_type TEXT,
            meta TEXT NOT NULL DEFAULT '{}',
            content BLOB NOT NULL,
            size INTEGER NOT NULL,
            status TEXT NOT NULL DEFAULT 'new',   -- new | extracted | failed
            flags TEXT NOT NULL DEFAULT '[]',     -- page-quality flags with reasons
            language TEXT,
            error TEXT
        )
        """,
        "CREATE INDEX pages_status ON pages(status)",
        """
        CREATE TABLE page_sources (
            page_id TEXT NOT NULL REFERENCES pages(id),
            source TEXT NOT NULL,
            url TEXT,
            fetched_at TEXT,
            PRIMARY KEY (page_id, source)
        )
        """,
        """
        CREATE TABLE quarantine (
            id TEXT PRIMARY KEY,
            source TEXT NOT NULL,
            reason TEXT NOT NULL,
            message TEXT NOT NULL,
            content BLOB NOT NULL,
            at TEXT NOT NULL
        )
        """,
        """
        CREATE TABLE articles (
            id TEXT PRIMARY KEY,
            page_id TEXT NOT NULL REFERENCES pages(id),
            position INTEGER NOT NULL,
            source TEXT NOT NULL,
            url TEXT,
            title TEXT,
            outlet TEXT,
            published TEXT,
            published_precision TEXT,
            published_ambiguous INTEGER NOT NULL DEFAULT 0,
            published_alternatives TEXT NOT NULL DEFAULT '[]',
            author TEXT,
            section TEXT,
            kind TEXT NOT NULL DEFAULT 'news',
            language TEXT,
            flags TEXT NOT NULL DEFAULT '[]',
            text TEXT NOT NULL,
            duplicate_of TEXT,
            rewrite_of TEXT,
            story TEXT,
            facts_done INTEGER NOT NULL DEFAULT 0,
            facts_error TEXT,
            seq INTEGER NOT NULL               -- arrival order
        )
        """,
        "CREATE INDEX articles_page ON articles(page_id)",
        "CREATE INDEX articles_story ON articles(story)",
        "CREATE INDEX articles_published ON articles(published)",
        "CREATE INDEX articles_outlet ON articles(outlet)",
        "CREATE INDEX articles_seq ON articles(seq)",
        """
        CREATE VIRTUAL TABLE articles_fts USING fts5(
            title, text, outlet, content='articles', content_rowid='rowid',
            tokenize='unicode61 remove_diacritics 2'
        )
        """,
        """
        CREATE TRIGGER articles_ai AFTER INSERT ON articles BEGIN
            INSERT INTO articles_fts(rowid, title, text, outlet)
            VALUES (new.rowid, new.title, new.text, new.outlet);
        END
        """,
        """
        CREATE TRIGGER articles_ad AFTER DELETE ON articles BEGIN
            INSERT INTO articles_fts(articles_fts, rowid, title, text, outlet)
            VALUES ('delete', old.rowid, old.title, old.text, old.outlet);
        END
        """,
        """
        CREATE TRIGGER articles_au AFTER UPDATE OF title, text, outlet ON articles BEGIN
            INSERT INTO articles_fts(articles_fts, rowid, title, text, outlet)
            VALUES ('delete', old.rowid, old.title, old.text, old.outlet);
            INSERT INTO articles_fts(rowid, title, text, outlet)
            VALUES (new.rowid, new.title, new.text, new.outlet);
        END
        """,
        """
        CREATE TABLE entities (
            article_id TEXT NOT NULL REFERENCES articles(id),
            idx INTEGER NOT NULL,
            text TEXT NOT NULL,
            label TEXT NOT NULL,
            start INTEGER NOT NULL,
            end INTEGER NOT NULL,
            canonical TEXT,
            country TEXT,
            role TEXT,
            PRIMARY KEY (article_id, idx)
        )
        """,
        "CREATE INDEX entities_canonical ON entities(canonical)",
        "CREATE INDEX entities_country ON entities(country)",
        """
        CREATE TABLE quotes (
            article_id TEXT NOT NULL REFERENCES articles(id),
            idx INTEGER NOT NULL,
            text TEXT NOT NULL,
            speaker TEXT,
            speaker_canonical TEXT,
            kind TEXT NOT NULL,
            start INTEGER NOT NULL,
            end INTEGER NOT NULL,
            PRIMARY KEY (article_id, idx)
        )
        """,
        "CREATE INDEX quotes_speaker ON quotes(speaker_canonical)",
        """
        CREATE TABLE events (
            article_id TEXT NOT NULL REFERENCES articles(id),
            idx INTEGER NOT NULL,
            type TEXT NOT NULL,
            actor1 TEXT,
            actor2 TEXT,
            polarity TEXT NOT NULL,
            intensity REAL NOT NULL,
            date TEXT,
            date_precision TEXT,
            place TEXT,
            evidence TEXT NOT NULL,
            start INTEGER NOT NULL,
            end INTEGER NOT NULL,
            trigger TEXT,
            PRIMARY KEY (article_id, idx)
        )
        """,
        "CREATE INDEX events_actors ON events(actor1, actor2)",
        """
        CREATE TABLE rewrites (
            copy_id TEXT NOT NULL REFERENCES articles(id),
            original_id TEXT NOT NULL REFERENCES articles(id),
            score REAL NOT NULL,
            pairs TEXT NOT NULL DEFAULT '[]',
            PRIMARY KEY (copy_id, original_id)
        )
        """,
        """
        CREATE TABLE stories (
            id TEXT PRIMARY KEY,
            label TEXT,
            first TEXT,
            last TEXT,
            n_articles INTEGER NOT NULL DEFAULT 0,
            n_outlets INTEGER NOT NULL DEFAULT 0
        )
        """,
        "CREATE TABLE state (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
        """
        CREATE TABLE runs (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            started TEXT NOT NULL,
            finished TEXT,
            summary TEXT NOT NULL DEFAULT '{}'
        )
        """,
    ],
    # 2: an event's other possible dates (when its date rests on an ambiguous
    #    publication date), as a JSON list.
    [
        "ALTER TABLE events ADD COLUMN date_alternatives TEXT NOT NULL DEFAULT '[]'",
    ],
]
