"""The newsloom store: one SQLite file (WAL, FTS5) behind one class.

Everything newsloom keeps goes through :class:`Store`: raw pages byte for
byte with their provenance, quarantined inputs, articles with full-text
search, their facts, copies, stories and the state of global stages.

Writes that belong together happen in one transaction, so a run killed at any
point leaves the store as it was after the last finished step, and running
again carries on from there.
"""
from __future__ import annotations

import json
import re
import sqlite3
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from ..records import Article, Entity, Event, Quarantined, Quote, RawPage, now_iso
from .migrations import MIGRATIONS

ARTICLE_COLUMNS = (
    "id", "page_id", "position", "source", "url", "title", "outlet", "published",
    "published_precision", "published_ambiguous", "published_alternatives", "author",
    "section", "kind", "language", "flags", "text", "duplicate_of", "rewrite_of", "story",
)
_JSON_ARTICLE_FIELDS = ("published_alternatives", "flags")


def fts_query(text: str) -> str | None:
    """A user's search words as a safe FTS5 query (every word must match)."""
    words = re.findall(r"\w+", text or "")
    if not words:
        return None
    return " ".join('"%s"' % w.replace('"', "") for w in words[:32])


class StoreError(Exception):
    pass


class Store:
    """A newsloom store in one SQLite file."""

    def __init__(self, path: str | Path, *, readonly: bool = False):
        self.path = Path(path)
        if not readonly:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        if readonly:
            uri = self.path.resolve().as_uri() + "?mode=ro"
            self.db = sqlite3.connect(uri, uri=True, check_same_thread=False, isolation_level=None)
        else:
            self.db = sqlite3.connect(self.path, check_same_thread=False, isolation_level=None)
        self._depth = 0
        self.db.row_factory = sqlite3.Row
        self.db.execute("PRAGMA busy_timeout = 10000")
        if not readonly:
            self.db.execute("PRAGMA journal_mode = WAL")
            self.db.execute("PRAGMA synchronous = NORMAL")
            self.migrate()

    # -- plumbing ---------------------------------------------------------
    @property
    def schema_version(self) -> int:
        return self.db.execute("PRAGMA user_version").fetchone()[0]

    def migrate(self) -> int:
        """Apply the migrations this file has not seen; returns the new version."""
        version = self.schema_version
        if version > len(MIGRATIONS):
            raise StoreError(
                f"{self.path} was written by a newer newsloom (schema {version}); "
                f"this one knows up to {len(MIGRATIONS)}"
            )
        for number in range(version, len(MIGRATIONS)):
            with self.transaction():
                for statement in MIGRATIONS[number]:
                    self.db.execute(statement)
                self.db.execute(f"PRAGMA user_version = {number + 1}")
        return self.schema_version

    @contextmanager
    def transaction(self):
        """Group writes: all of them land, or none (nested calls join the outer one)."""
        if self._depth:
            self._depth += 1
            try:
                yield self
            finally:
                self._depth -= 1
            return
        self._depth = 1
        try:
            self.db.execute("BEGIN IMMEDIATE")
            yield self
            self.db.execute("COMMIT")
        except BaseException:
            self.db.execute("ROLLBACK")
            raise
        finally:
            self._depth = 0

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # -- raw pages and quarantine ----------------------------------------
    def add_page(self, page: RawPage) -> bool:
        """Keep a raw page; returns False when the same bytes are already kept.

        A page seen again from another place keeps that place as extra
        provenance, so nothing about where it came from is lost.
        """
        with self.transaction():
            cur = self.db.execute(
                "INSERT OR IGNORE INTO pages (id, source, kind, url, crawl_date, http_status,"
                " fetched_at, encoding, content_type, meta, content, size)"
                " VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
                (page.id, page.source, page.kind, page.url, page.crawl_date, page.http_status,
                 page.fetched_at or now_iso(), page.encoding, page.content_type,
                 json.dumps(page.meta, ensure_ascii=False), page.content, len(page.content)),
            )
            self.db.execute(
                "INSERT OR IGNORE INTO page_sources (page_id, source, url, fetched_at) VALUES (?,?,?,?)",
                (page.id, page.source, page.url, page.fetched_at or now_iso()),
            )
            return cur.rowcount == 1

    def add_pages(self, pages: Iterable[RawPage]) -> int:
        added = 0
        with self.transaction():
            for page in pages:
                added += self.add_page(page)
        return added

    def add_quarantined(self, item: Quarantined) -> bool:
        with self.transaction():
            cur = self.db.execute(
                "INSERT OR IGNORE INTO quarantine (id, source, reason, message, content, at)"
                " VALUES (?,?,?,?,?,?)",
                (item.id, item.source, item.reason, item.message, item.content, now_iso()),
            )
            return cur.rowcount == 1

    @staticmethod
    def _page(row: sqlite3.Row) -> RawPage:
        return RawPage(
            id=row["id"], source=row["source"], kind=row["kind"], content=row["content"],
            url=row["url"], crawl_date=row["crawl_date"], http_status=row["http_status"],
            fetched_at=row["fetched_at"], encoding=row["encoding"],
            content_type=row["content_type"], meta=json.loads(row["meta"]),
        )

    def get_page(self, page_id: str) -> RawPage | None:
        row = self.db.execute("SELECT * FROM pages WHERE id = ?", (page_id,)).fetchone()
        return self._page(row) if row else None

    def page_info(self, page_id: str) -> dict[str, Any] | None:
        """A page's provenance and quality flags (without its bytes)."""
        row = self.db.execute(
            "SELECT id, source, kind, url, crawl_date, http_status, fetched_at, encoding,"
            " content_type, size, status, flags, language, error FROM pages WHERE id = ?",
            (page_id,),
        ).fetchone()
        if not row:
            return None
        info = dict(row)
        info["flags"] = json.loads(info["flags"])
        info["sources"] = [dict(r) for r in self.db.execute(
            "SELECT source, url, fetched_at FROM page_sources WHERE page_id = ? ORDER BY fetched_at",
            (page_id,))]
        info["articles"] = [r[0] for r in self.db.execute(
            "SELECT id FROM articles WHERE page_id = ? ORDER BY position", (page_id,))]
        return info

    def pending_pages(self, batch: int = 256) -> Iterator[list[RawPage]]:
        """Pages not yet extracted, in batches, oldest first."""
        last = ""
        while True:
            rows = self.db.execute(
                "SELECT * FROM pages WHERE status = 'new' AND id > ? ORDER BY id LIMIT ?",
                (last, batch),
            ).fetchall()
            if not rows:
                return
            last = rows[-1]["id"]
            yield [self._page(r) for r in rows]

    def count_pending_pages(self) -> int:
        return self.db.execute("SELECT count(*) FROM pages WHERE status = 'new'").fetchone()[0]

    def quarantined(self, limit: int = 1000) -> list[dict[str, Any]]:
        return [dict(r) for r in self.db.execute(
            "SELECT id, source, reason, message, at, length(content) AS size FROM quarantine"
            " ORDER BY at, source LIMIT ?", (limit,))]

    # -- articles ---------------------------------------------------------
    def put_extraction(self, page_id: str, articles: list[Article], *, flags: list[str] | None = None,
                       language: str | None = None, error: str | None = None) -> int:
        """Store what extraction made of one page, and mark the page done, atomically.

        Returns the number of articles stored.  An article whose id another
        page already uses (two input files numbering their records alike) is
        kept under ``id~<page>`` with a flag saying so: nothing is dropped.
        """
        stored = 0
        with self.transaction():
            seq = self.db.execute("SELECT coalesce(max(seq), 0) FROM articles").fetchone()[0]
            for article in articles:
                owner = self.db.execute("SELECT page_id FROM articles WHERE id = ?", (article.id,)).fetchone()
                if owner and owner[0] == page_id:
                    continue  # already stored from this very page
                if owner:
                    new_id = f"{article.id}~{page_id[:8]}"
                    article.flags = [*article.flags, f"id_conflict: id {article.id!r} is used by an article"
                                     f" of another page; stored as {new_id!r}"]
                    article.id = new_id
                seq += 1
                cur = self.db.execute(
                    f"INSERT OR IGNORE INTO articles ({', '.join(ARTICLE_COLUMNS)}, seq)"
                    f" VALUES ({', '.join('?' * (len(ARTICLE_COLUMNS) + 1))})",
                    (*self._article_values(article), seq),
                )
                stored += cur.rowcount
            self.db.execute(
                "UPDATE pages SET status = ?, flags = ?, language = ?, error = ? WHERE id = ?",
                ("failed" if error else "extracted", json.dumps(flags or [], ensure_ascii=False),
                 language, error, page_id),
            )
        return stored

    @staticmethod
    def _article_values(article: Article) -> tuple:
        values = []
        for name in ARTICLE_COLUMNS:
            value = getattr(article, name)
            if name in _JSON_ARTICLE_FIELDS:
                value = json.dumps(value, ensure_ascii=False)
            elif name == "published_ambiguous":
                value = int(bool(value))
            values.append(value)
        return tuple(values)

    @staticmethod
    def _article(row: sqlite3.Row) -> Article:
        data = {name: row[name] for name in ARTICLE_COLUMNS}
        for name in _JSON_ARTICLE_FIELDS:
            data[name] = json.loads(data[name])
        data["published_ambiguous"] = bool(data["published_ambiguous"])
        return Article(**data)

    def count_articles(self) -> int:
        return self.db.execute("SELECT count(*) FROM articles").fetchone()[0]

    def get_article(self, article_id: str, *, facts: bool = True) -> Article | None:
        row = self.db.execute("SELECT * FROM articles WHERE id = ?", (article_id,)).fetchone()
        if not row:
            return None
        article = self._article(row)
        if facts:
            self._attach_facts([article])
        return article

    def iter_articles(self, *, where: str = "1", params: tuple = (), facts: bool = False,
                      batch: int = 500) -> Iterator[Article]:
        """Articles in arrival order (``where`` is an SQL condition on ``articles``)."""
        last = 0
        while True:
            rows = self.db.execute(
                f"SELECT * FROM articles WHERE seq > ? AND ({where}) ORDER BY seq LIMIT ?",
                (last, *params, batch),
            ).fetchall()
            if not rows:
                return
            last = rows[-1]["seq"]
            articles = [self._article(r) for r in rows]
            if facts:
                self._attach_facts(articles)
            yield from articles

    def articles_after(self, seq: int, *, batch: int = 500) -> Iterator[tuple[int, Article]]:
        """(arrival number, article) for every article that arrived after ``seq``."""
        while True:
            rows = self.db.execute("SELECT * FROM articles WHERE seq > ? ORDER BY seq LIMIT ?",
                                   (seq, batch)).fetchall()
            if not rows:
                return
            for row in rows:
                yield row["seq"], self._article(row)
            seq = rows[-1]["seq"]

    def _attach_facts(self, articles: list[Article]) -> None:
        by_id = {a.id: a for a in articles}
        marks = ",".join("?" * len(by_id))
        ids = tuple(by_id)
        for row in self.db.execute(
                f"SELECT * FROM entities WHERE article_id IN ({marks}) ORDER BY article_id, idx", ids):
            by_id[row["article_id"]].entities.append(Entity(
                text=row["text"], label=row["label"], start=row["start"], end=row["end"],
                canonical=row["canonical"], country=row["country"], role=row["role"]))
        for row in self.db.execute(
                f"SELECT * FROM quotes WHERE article_id IN ({marks}) ORDER BY article_id, idx", ids):
            by_id[row["article_id"]].quotes.append(Quote(
                text=row["text"], speaker=row["speaker"], start=row["start"], end=row["end"],
                kind=row["kind"], speaker_canonical=row["speaker_canonical"]))
        rows = self.db.execute(
            f"SELECT * FROM events WHERE article_id IN ({marks}) ORDER BY article_id, idx", ids)
        # a store opened read-only before its migration has no date_alternatives column
        has_alternatives = any(d[0] == "date_alternatives" for d in rows.description)
        for row in rows:
            by_id[row["article_id"]].events.append(Event(
                type=row["type"], actor1=row["actor1"], actor2=row["actor2"],
                polarity=row["polarity"], intensity=row["intensity"], evidence=row["evidence"],
                start=row["start"], end=row["end"], date=row["date"],
                date_precision=row["date_precision"], place=row["place"], trigger=row["trigger"],
                date_alternatives=json.loads(row["date_alternatives"]) if has_alternatives else []))

    # -- facts ------------------------------------------------------------
    def put_facts(self, article: Article, error: str | None = None) -> None:
        """Replace an article's entities, quotes and events and mark it done.

        ``error`` records why its facts could not be read; it is then done too,
        with no facts, so one bad article never blocks the rest.
        """
        with self.transaction():
            for table in ("entities", "quotes", "events"):
                self.db.execute(f"DELETE FROM {table} WHERE article_id = ?", (article.id,))
            self.db.executemany(
                "INSERT INTO entities VALUES (?,?,?,?,?,?,?,?,?)",
                [(article.id, i, e.text, e.label, e.start, e.end, e.canonical, e.country, e.role)
                 for i, e in enumerate(article.entities)])
            self.db.executemany(
                "INSERT INTO quotes VALUES (?,?,?,?,?,?,?,?)",
                [(article.id, i, q.text, q.speaker, q.speaker_canonical, q.kind, q.start, q.end)
                 for i, q in enumerate(article.quotes)])
            self.db.executemany(
                "INSERT INTO events VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                [(article.id, i, e.type, e.actor1, e.actor2, e.polarity, e.intensity, e.date,
                  e.date_precision, e.place, e.evidence, e.start, e.end, e.trigger,
                  json.dumps(e.date_alternatives))
                 for i, e in enumerate(article.events)])
            self.db.execute("UPDATE articles SET facts_done = 1, facts_error = ? WHERE id = ?",
                            (error, article.id))

    # -- copies -----------------------------------------------------------
    def set_duplicate(self, article_id: str, original_id: str | None) -> None:
        self.db.execute("UPDATE articles SET duplicate_of = ? WHERE id = ?", (original_id, article_id))

    def put_rewrite(self, copy_id: str, original_id: str, score: float,
                    pairs: list[tuple[str, str, float]]) -> None:
        with self.transaction():
            self.db.execute(
                "INSERT OR REPLACE INTO rewrites (copy_id, original_id, score, pairs) VALUES (?,?,?,?)",
                (copy_id, original_id, score, json.dumps(pairs, ensure_ascii=False)))
            # the first (best) original found for a copy is the one it points at
            self.db.execute("UPDATE articles SET rewrite_of = ? WHERE id = ? AND rewrite_of IS NULL",
                            (original_id, copy_id))

    def rewrites(self, article_ids: Iterable[str] | None = None) -> list[dict[str, Any]]:
        if article_ids is None:
            rows = self.db.execute("SELECT * FROM rewrites ORDER BY copy_id").fetchall()
        else:
            ids = tuple(article_ids)
            marks = ",".join("?" * len(ids)) or "NULL"
            rows = self.db.execute(
                f"SELECT * FROM rewrites WHERE copy_id IN ({marks}) OR original_id IN ({marks})",
                ids + ids).fetchall()
        return [dict(r, pairs=json.loads(r["pairs"])) for r in rows]

    # -- stories and stage state -----------------------------------------
    def get_state(self, key: str, default: Any = None) -> Any:
        row = self.db.execute("SELECT value FROM state WHERE key = ?", (key,)).fetchone()
        return json.loads(row[0]) if row else default

    def set_state(self, key: str, value: Any) -> None:
        self.db.execute("INSERT OR REPLACE INTO state (key, value) VALUES (?, ?)",
                        (key, json.dumps(value, ensure_ascii=False)))

    def assign_story(self, article_id: str, story_id: str) -> None:
        self.db.execute("UPDATE articles SET story = ? WHERE id = ?", (story_id, article_id))

    def refresh_stories(self, labels: dict[str, str] | None = None, ids: Iterable[str] | None = None) -> None:
        """Recompute stories' spans and counts from their articles.

        ``ids`` limits the work to those stories (what a commit of the stories
        stage touched), so a commit costs what it changed, not the store's size;
        without it every story is recomputed.
        """
        select = ("SELECT story, min(published) AS first, max(published) AS last, count(*) AS n,"
                  " count(DISTINCT outlet) AS outlets FROM articles")
        with self.transaction():
            if ids is None:
                rows = self.db.execute(select + " WHERE story IS NOT NULL GROUP BY story").fetchall()
            else:
                wanted, rows = sorted(set(ids)), []
                for i in range(0, len(wanted), 500):
                    chunk = wanted[i:i + 500]
                    rows += self.db.execute(
                        select + f" WHERE story IN ({','.join('?' * len(chunk))}) GROUP BY story",
                        chunk).fetchall()
            for row in rows:
                label = (labels or {}).get(row["story"])
                if label is None:
                    old = self.db.execute("SELECT label FROM stories WHERE id = ?",
                                          (row["story"],)).fetchone()
                    label = old[0] if old else None
                self.db.execute(
                    "INSERT OR REPLACE INTO stories (id, label, first, last, n_articles, n_outlets)"
                    " VALUES (?,?,?,?,?,?)",
                    (row["story"], label, row["first"], row["last"], row["n"], row["outlets"]))

    # -- reading for people ------------------------------------------------
    def search(self, query: str = "", *, outlet: str | None = None, since: str | None = None,
               until: str | None = None, entity: str | None = None, country: str | None = None,
               story: str | None = None, skip_flags: Iterable[str] = (), limit: int = 20,
               offset: int = 0) -> tuple[int, list[dict]]:
        """Full-text search with filters; returns (total matches, one page of rows).

        ``skip_flags`` leaves out articles whose page carries any of these
        quality flags (e.g. ``machine_junk``, ``error_notice``).
        """
        where, params = ["1"], []
        match = fts_query(query)
        if match:
            where.append("a.rowid IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?)")
            params.append(match)
        if outlet:
            where.append("a.outlet = ?")
            params.append(outlet)
        if since:
            where.append("a.published >= ?")
            params.append(since)
        if until:
            where.append("substr(a.published, 1, 10) <= ?")
            params.append(until)
        if entity:
            where.append("a.id IN (SELECT article_id FROM entities WHERE canonical = ? OR text = ?)")
            params += [entity, entity]
        if country:
            where.append("a.id IN (SELECT article_id FROM entities WHERE country = ?)")
            params.append(country.upper())
        if story:
            where.append("a.story = ?")
            params.append(story)
        skip = tuple(skip_flags)
        if skip:
            marks = ",".join("?" * len(skip))
            where.append("NOT EXISTS (SELECT 1 FROM json_each(a.flags) AS f WHERE"
                         f" substr(f.value, 1, instr(f.value || ':', ':') - 1) IN ({marks}))")
            params += list(skip)
        cond = " AND ".join(where)
        if match and len(where) == 2:  # words only: count on the full-text index itself
            total = self.db.execute("SELECT count(*) FROM articles_fts WHERE articles_fts MATCH ?",
                                    (match,)).fetchone()[0]
        else:
            total = self.db.execute(f"SELECT count(*) FROM articles a WHERE {cond}", params).fetchone()[0]
        rows = self.db.execute(
            f"SELECT a.id, a.title, a.outlet, a.published, a.published_precision,"
            f" a.published_ambiguous, a.kind, a.story, a.duplicate_of, a.rewrite_of,"
            f" substr(a.text, 1, 280) AS snippet FROM articles a WHERE {cond}"
            f" ORDER BY a.published IS NULL, a.published DESC, a.seq LIMIT ? OFFSET ?",
            (*params, limit, offset)).fetchall()
        return total, [dict(r) for r in rows]

    def list_stories(self, *, limit: int = 50, offset: int = 0) -> tuple[int, list[dict]]:
        total = self.db.execute("SELECT count(*) FROM stories").fetchone()[0]
        rows = self.db.execute(
            "SELECT * FROM stories ORDER BY last IS NULL, last DESC, n_articles DESC, id"
            " LIMIT ? OFFSET ?", (limit, offset)).fetchall()
        return total, [dict(r) for r in rows]

    def get_story(self, story_id: str, *, limit: int | None = None, offset: int = 0) -> dict[str, Any] | None:
        """A story with its articles in date order (then outlet), or None.

        ``limit``/``offset`` take one page of a large story's articles;
        ``outlets`` always names every outlet of the whole story.
        """
        row = self.db.execute("SELECT * FROM stories WHERE id = ?", (story_id,)).fetchone()
        if not row:
            return None
        story = dict(row)
        rows = self.db.execute(
            "SELECT * FROM articles WHERE story = ?"
            " ORDER BY coalesce(published, '9999'), coalesce(outlet, ''), seq LIMIT ? OFFSET ?",
            (story_id, -1 if limit is None else limit, offset)).fetchall()
        articles = [self._article(r) for r in rows]
        if articles:
            self._attach_facts(articles)
        story["articles"] = articles
        story["outlets"] = [r[0] for r in self.db.execute(
            "SELECT DISTINCT outlet FROM articles WHERE story = ? AND outlet IS NOT NULL ORDER BY outlet",
            (story_id,))]
        story["rewrites"] = self.rewrites([a.id for a in articles])
        return story

    def entity_names(self, name: str) -> dict[str, Any] | None:
        """An entity by its canonical name or any spelling: spellings, labels, countries."""
        row = self.db.execute(
            "SELECT canonical FROM entities WHERE canonical = ? OR text = ? LIMIT 1",
            (name, name)).fetchone()
        if not row:
            return None
        canonical = row[0] or name
        spellings = self.db.execute(
            "SELECT text, count(*) AS n FROM entities WHERE canonical = ? GROUP BY text ORDER BY n DESC",
            (canonical,)).fetchall()
        meta = self.db.execute(
            "SELECT label, country, role FROM entities WHERE canonical = ?"
            " GROUP BY label, country, role ORDER BY count(*) DESC", (canonical,)).fetchall()
        return {
            "name": canonical,
            "spellings": [dict(r) for r in spellings],
            "labels": sorted({r["label"] for r in meta}),
            "countries": sorted({r["country"] for r in meta if r["country"]}),
            "roles": sorted({r["role"] for r in meta if r["role"]}),
            "articles": [r[0] for r in self.db.execute(
                "SELECT DISTINCT article_id FROM entities WHERE canonical = ?", (canonical,))],
        }

    def top_entities(self, limit: int = 50) -> list[dict[str, Any]]:
        return [dict(r) for r in self.db.execute(
            "SELECT coalesce(canonical, text) AS name, label, count(DISTINCT article_id) AS articles"
            " FROM entities GROUP BY name ORDER BY articles DESC, name LIMIT ?", (limit,))]

    def quotes_by(self, speaker: str) -> list[dict[str, Any]]:
        return [dict(r) for r in self.db.execute(
            "SELECT q.*, a.title, a.outlet, a.published FROM quotes q JOIN articles a"
            " ON a.id = q.article_id WHERE q.speaker_canonical = ? OR q.speaker = ?"
            " ORDER BY a.published", (speaker, speaker))]

    def events_between(self, a: str, b: str) -> list[dict[str, Any]]:
        """Events between two actors (either direction) with their article's metadata."""
        rows = self.db.execute(
            "SELECT e.*, ar.title, ar.outlet, ar.published, ar.story, ar.duplicate_of"
            " FROM events e JOIN articles ar ON ar.id = e.article_id"
            " WHERE (e.actor1 = ? AND e.actor2 = ?) OR (e.actor1 = ? AND e.actor2 = ?)"
            " ORDER BY coalesce(e.date, ar.published), e.article_id, e.idx",
            (a, b, b, a)).fetchall()
        return [dict(r) for r in rows]

    def stats(self) -> dict[str, Any]:
        one = lambda sql: self.db.execute(sql).fetchone()[0]  # noqa: E731
        return {
            "pages": one("SELECT count(*) FROM pages"),
            "pages_pending": one("SELECT count(*) FROM pages WHERE status = 'new'"),
            "pages_failed": one("SELECT count(*) FROM pages WHERE status = 'failed'"),
            "pages_flagged": one("SELECT count(*) FROM pages WHERE flags != '[]'"),
            "articles": one("SELECT count(*) FROM articles"),
            "duplicates": one("SELECT count(*) FROM articles WHERE duplicate_of IS NOT NULL"),
            "rewrites": one("SELECT count(*) FROM rewrites"),
            "stories": one("SELECT count(*) FROM stories"),
            "entities": one("SELECT count(DISTINCT coalesce(canonical, text)) FROM entities"),
            "quotes": one("SELECT count(*) FROM quotes"),
            "facts_failed": one("SELECT count(*) FROM articles WHERE facts_error IS NOT NULL"),
            "events": one("SELECT count(*) FROM events"),
            "quarantined": one("SELECT count(*) FROM quarantine"),
            "quarantined_by_reason": {r[0]: r[1] for r in self.db.execute(
                "SELECT reason, count(*) FROM quarantine GROUP BY reason ORDER BY reason")},
            "outlets": one("SELECT count(DISTINCT outlet) FROM articles"),
        }

    # -- runs ---------------------------------------------------------------
    def start_run(self) -> int:
        with self.transaction():
            return self.db.execute("INSERT INTO runs (started) VALUES (?)", (now_iso(),)).lastrowid

    def finish_run(self, run_id: int, summary: dict[str, Any]) -> None:
        with self.transaction():
            self.db.execute("UPDATE runs SET finished = ?, summary = ? WHERE id = ?",
                            (now_iso(), json.dumps(summary), run_id))
