"""The data behind every page of the newsloom web app.

One function per page; each reads the :class:`~newsloom.store.Store` and
returns plain JSON-able dicts.  The HTML page and its JSON twin under
``/api`` are both rendered from the same dict, so they cannot disagree.

A function returns ``None`` when the thing asked for does not exist (the app
answers 404) and raises :class:`BadRequest` for input it cannot read.

Queries the store does not offer are written here over ``store.db``.
"""
from __future__ import annotations

import re
import threading
import time
from collections import Counter, OrderedDict, defaultdict
from datetime import date
from typing import Any
from urllib.parse import urlsplit

from ..records import Article
from ..store import Store
from .summary import summarize

MAX_LIMIT = 200
_DATE_FILTER = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
_COUNTRY = re.compile(r"^[A-Za-z]{3}$")
FREQS = ("week", "month")


class BadRequest(ValueError):
    """Input a page cannot be built from (the message says why)."""


# -- small helpers -----------------------------------------------------------
def paging(total: int, limit: int, offset: int) -> dict[str, Any]:
    """Where one page of results sits in the whole list."""
    return {
        "total": total,
        "limit": limit,
        "offset": offset,
        "first": offset + 1 if total and offset < total else 0,
        "last": min(total, offset + limit),
        "next_offset": offset + limit if offset + limit < total else None,
        "prev_offset": max(0, offset - limit) if offset > 0 else None,
    }


def check_paging(limit: int, offset: int) -> tuple[int, int]:
    if not 1 <= limit <= MAX_LIMIT:
        raise BadRequest(f"limit must be between 1 and {MAX_LIMIT}")
    if offset < 0:
        raise BadRequest("offset must be 0 or more")
    return limit, offset


def web_url(url: str | None) -> str | None:
    """``url`` when it is a plain http(s) address, else None (never a script URL)."""
    if not url or not isinstance(url, str):
        return None
    url = url.strip()
    if any(ord(c) < 33 for c in url):
        return None
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return None
    return url


def _day(value: str | None) -> str | None:
    return value[:10] if value else None


def article_brief(article: Article) -> dict[str, Any]:
    """What a list of articles shows about one of them."""
    return {
        "id": article.id,
        "title": article.title,
        "outlet": article.outlet,
        "author": article.author,
        "published": article.published,
        "published_precision": article.published_precision,
        "published_ambiguous": article.published_ambiguous,
        "kind": article.kind,
        "language": article.language,
        "url": web_url(article.url),
        "duplicate_of": article.duplicate_of,
        "rewrite_of": article.rewrite_of,
        "story": article.story,
        "words": len(article.text.split()),
        "entities": len(article.entities),
        "quotes": len(article.quotes),
        "events": len(article.events),
    }


def _entity_key(entity) -> str:
    return entity.canonical or entity.text


# -- a cache for the pages that aggregate over the whole store ------------------------
CACHE_SECONDS = 30.0
_AGGREGATES: OrderedDict = OrderedDict()
_AGGREGATE_LOCK = threading.Lock()


def store_signature(store: Store) -> tuple:
    """Cheap numbers that change when the store gains pages, articles, facts or stories."""
    row = store.db.execute(
        "SELECT (SELECT max(seq) FROM articles), (SELECT max(rowid) FROM entities),"
        " (SELECT max(rowid) FROM events), (SELECT max(rowid) FROM quotes),"
        " (SELECT max(rowid) FROM stories), (SELECT max(rowid) FROM rewrites),"
        " (SELECT max(rowid) FROM pages), (SELECT max(rowid) FROM quarantine)").fetchone()
    return tuple(row)


def cached(store: Store, key: tuple, build):
    """``build()``, remembered while the store's signature holds, for CACHE_SECONDS at most.

    Counting every entity or bootstrapping an index takes long on a big
    store; the answer only changes when a run adds to it.  Changes that
    leave the signature alone (a copy marked later) show after CACHE_SECONDS.
    The value is shared between requests: callers must not change it.
    """
    full_key = (str(store.path), *key)
    signature = store_signature(store)
    now = time.monotonic()
    with _AGGREGATE_LOCK:
        hit = _AGGREGATES.get(full_key)
        if hit and hit[0] == signature and now - hit[1] < CACHE_SECONDS:
            _AGGREGATES.move_to_end(full_key)
            return hit[2]
    value = build()
    with _AGGREGATE_LOCK:
        _AGGREGATES[full_key] = (signature, now, value)
        while len(_AGGREGATES) > 256:
            _AGGREGATES.popitem(last=False)
    return value


# -- home and search -----------------------------------------------------------
def home(store: Store, *, limit: int = 20, offset: int = 0) -> dict[str, Any]:
    """The latest stories, a few of the latest articles and what the store holds."""
    limit, offset = check_paging(limit, offset)
    total, rows = store.list_stories(limit=limit, offset=offset)
    stats = cached(store, ("stats",), store.stats)
    latest = latest_articles(store, 8)
    return {
        "stories": [_story_row(r) for r in rows],
        "paging": paging(total, limit, offset),
        "latest_articles": latest,
        "top_entities": cached(store, ("top_entities", 12), lambda: store.top_entities(limit=12)),
        "stats": {k: stats[k] for k in ("pages", "articles", "stories", "outlets", "duplicates",
                                        "rewrites", "quotes", "events", "quarantined")},
    }


def latest_articles(store: Store, limit: int) -> list[dict[str, Any]]:
    """The most recently published articles (by the published-date index)."""
    rows = store.db.execute(
        "SELECT id, title, outlet, published, published_precision, published_ambiguous, kind,"
        " story, duplicate_of, rewrite_of FROM articles WHERE published IS NOT NULL"
        " ORDER BY published DESC, seq DESC LIMIT ?", (limit,)).fetchall()
    return [dict(r, published_ambiguous=bool(r["published_ambiguous"])) for r in rows]


def _story_row(row: dict) -> dict[str, Any]:
    return {
        "id": row["id"],
        "label": row.get("label"),
        "first": row.get("first"),
        "last": row.get("last"),
        "n_articles": row.get("n_articles", 0),
        "n_outlets": row.get("n_outlets", 0),
    }


def outlets(store: Store, limit: int = 500) -> list[str]:
    return [r[0] for r in store.db.execute(
        "SELECT outlet FROM articles WHERE outlet IS NOT NULL GROUP BY outlet"
        " ORDER BY count(*) DESC, outlet LIMIT ?", (limit,))]


def search(store: Store, q: str = "", *, outlet: str | None = None, since: str | None = None,
           until: str | None = None, entity: str | None = None, country: str | None = None,
           clean: bool = False, limit: int = 20, offset: int = 0) -> dict[str, Any]:
    """Full-text search over articles with filters (``clean``: leave out flagged sources)."""
    limit, offset = check_paging(limit, offset)
    q = (q or "").strip()[:500]
    outlet = (outlet or "").strip() or None
    entity = (entity or "").strip() or None
    since = (since or "").strip() or None
    until = (until or "").strip() or None
    country = (country or "").strip().upper() or None
    for name, value in (("since", since), ("until", until)):
        if value and not _DATE_FILTER.match(value):
            raise BadRequest(f"{name} must be a date like 2025, 2025-03 or 2025-03-11")
    if country and not _COUNTRY.match(country):
        raise BadRequest("country must be a three-letter ISO code such as RUS")
    from ..extract.quality import UNRELIABLE_SOURCE_FLAGS

    total, rows = store.search(q, outlet=outlet, since=since, until=until, entity=entity,
                               country=country, skip_flags=UNRELIABLE_SOURCE_FLAGS if clean else (),
                               limit=limit, offset=offset)
    for row in rows:
        row["published_ambiguous"] = bool(row.get("published_ambiguous"))
        row["snippet"] = " ".join((row.get("snippet") or "").split())
    return {
        "query": {"q": q, "outlet": outlet, "since": since, "until": until,
                  "entity": entity, "country": country, "clean": clean},
        "results": rows,
        "paging": paging(total, limit, offset),
        "outlets": outlets(store),
    }


# -- story -------------------------------------------------------------------
STORY_PAGE = 100  # articles of a story shown at a time


def story(store: Store, story_id: str, *, limit: int = STORY_PAGE, offset: int = 0) -> dict[str, Any] | None:
    """A story: its articles side by side, copies and rewrites, facts and a summary.

    A large story comes a page of ``limit`` articles at a time (in date
    order); the summary, entities, quotes and events are those of the page.
    """
    limit, offset = check_paging(limit, offset)
    data = store.get_story(story_id, limit=limit, offset=offset)
    if data is None:
        return None
    articles: list[Article] = data["articles"]
    total = data.get("n_articles") or 0
    by_id = {a.id: a for a in articles}
    outlet_names = sorted({a.outlet or "" for a in articles}, key=lambda o: (o == "", o.lower()))
    days = sorted({_day(a.published) or "" for a in articles}, key=lambda d: (d == "", d))
    cells: dict[tuple[str, str], list[str]] = defaultdict(list)
    for a in articles:
        cells[(_day(a.published) or "", a.outlet or "")].append(a.id)
    grid = [
        {"day": day or None,
         "cells": [cells.get((day, outlet), []) for outlet in outlet_names]}
        for day in days
    ]
    rewrites = []
    for rw in data["rewrites"]:
        copy, original = by_id.get(rw["copy_id"]), by_id.get(rw["original_id"])
        rewrites.append({
            "copy_id": rw["copy_id"],
            "original_id": rw["original_id"],
            "copy_outlet": copy.outlet if copy else None,
            "original_outlet": original.outlet if original else None,
            "score": rw["score"],
            "pairs": [{"rewrite": p[0], "original": p[1], "similarity": p[2]} for p in rw["pairs"]],
        })
    return {
        "story": {k: data.get(k) for k in ("id", "label", "first", "last", "n_articles", "n_outlets")},
        "paging": paging(total, limit, offset),
        "all_outlets": data.get("outlets", []),
        "outlets": outlet_names,
        "articles": [article_brief(a) for a in articles],
        "grid": grid,
        "duplicates": [{"id": a.id, "duplicate_of": a.duplicate_of} for a in articles if a.duplicate_of],
        "rewrites": rewrites,
        "summary": _summary(articles),
        "entities": _story_entities(articles),
        "quotes": _story_quotes(articles),
        "events": _story_events(articles),
    }


_SUMMARIES: OrderedDict = OrderedDict()
_SUMMARY_CACHE_SIZE = 512
_SUMMARY_LOCK = threading.Lock()


def _summary(articles: list[Article]) -> list[dict[str, Any]]:
    """The story's summary, kept while its articles stay the same.

    An article id hashes its text, so the ids (with which are copies) say
    everything the summary depends on.
    """
    key = tuple((a.id, a.duplicate_of) for a in articles)
    with _SUMMARY_LOCK:
        found = _SUMMARIES.get(key)
        if found is not None:
            _SUMMARIES.move_to_end(key)
    if found is None:
        found = summarize(articles, k=3)
        with _SUMMARY_LOCK:
            _SUMMARIES[key] = found
            while len(_SUMMARIES) > _SUMMARY_CACHE_SIZE:
                _SUMMARIES.popitem(last=False)
    return [dict(line) for line in found]


def _story_entities(articles: list[Article], limit: int = 40) -> list[dict[str, Any]]:
    mentions: Counter = Counter()
    in_articles: dict[str, set] = defaultdict(set)
    info: dict[str, tuple] = {}
    for a in articles:
        for e in a.entities:
            key = _entity_key(e)
            mentions[key] += 1
            in_articles[key].add(a.id)
            info.setdefault(key, (e.label, e.country))
    ranked = sorted(mentions, key=lambda k: (-len(in_articles[k]), -mentions[k], k))[:limit]
    return [{"name": k, "label": info[k][0], "country": info[k][1], "mentions": mentions[k],
             "articles": len(in_articles[k])} for k in ranked]


def _norm(text: str) -> str:
    return " ".join(re.findall(r"\w+", (text or "").lower()))


def _story_quotes(articles: list[Article]) -> list[dict[str, Any]]:
    """Each quote once, with every article (and outlet) that carries it."""
    seen: dict[tuple, dict] = {}
    for a in articles:
        for q in a.quotes:
            speaker = q.speaker_canonical or q.speaker
            key = (speaker, _norm(q.text))
            item = seen.get(key)
            if item is None:
                item = seen[key] = {"text": q.text, "speaker": speaker, "kind": q.kind,
                                    "article_id": a.id, "outlet": a.outlet,
                                    "published": a.published, "carried_by": []}
            item["carried_by"].append({"article_id": a.id, "outlet": a.outlet})
    return list(seen.values())


def _story_events(articles: list[Article]) -> list[dict[str, Any]]:
    seen: dict[tuple, dict] = {}
    for a in articles:
        for e in a.events:
            key = (e.type, e.actor1, e.actor2, _norm(e.evidence))
            item = seen.get(key)
            if item is None:
                item = seen[key] = {
                    "type": e.type, "actor1": e.actor1, "actor2": e.actor2,
                    "polarity": e.polarity, "intensity": e.intensity,
                    "signed": _signed({"polarity": e.polarity, "intensity": e.intensity}),
                    "date": e.date or _day(a.published), "evidence": e.evidence,
                    "place": e.place, "article_id": a.id, "outlet": a.outlet, "reports": 0}
            item["reports"] += 1
    return sorted(seen.values(), key=lambda e: (e["date"] or "9999", e["type"]))


# -- article and page -----------------------------------------------------------
def highlight(text: str, article: Article) -> list[list[dict[str, Any]]]:
    """The article text as paragraphs of segments, each marked with what covers it.

    Spans come from the character offsets of entities, quotes and events;
    offsets that do not fit the text are ignored.  Segments carry plain text
    only: the template escapes every one of them.
    """
    n = len(text)
    spans: list[tuple[int, int, str, Any]] = []
    found = sorted(((e.start, e.end, _entity_key(e)) for e in article.entities
                    if 0 <= e.start < e.end <= n), key=lambda s: (s[0], -s[1]))
    for start, end, key in found:
        # a mention inside a longer one ("Sadykova" in "Amina Sadykova") adds nothing
        if not any(o[0] <= start and end <= o[1] and (o[0], o[1]) != (start, end) for o in found):
            spans.append((start, end, "entity", key))
    for q in article.quotes:
        if 0 <= q.start < q.end <= n:
            spans.append((q.start, q.end, "quote", q.speaker_canonical or q.speaker))
    for ev in article.events:
        if 0 <= ev.start < ev.end <= n:
            spans.append((ev.start, ev.end, "event", f"{ev.type}: {ev.actor1 or '?'} → {ev.actor2 or '?'}"))
    paragraphs = []
    for m in re.finditer(r"[^\n]+(?:\n(?!\s*\n)[^\n]*)*", text):
        p_start, p_end = m.start(), m.end()
        if not text[p_start:p_end].strip():
            continue
        inside = [s for s in spans if s[0] < p_end and s[1] > p_start]
        cuts = {p_start, p_end}
        for s in inside:
            cuts.add(max(s[0], p_start))
            cuts.add(min(s[1], p_end))
        cuts = sorted(cuts)
        segments = []
        for left, right in zip(cuts, cuts[1:]):
            covering = [s for s in inside if s[0] <= left and s[1] >= right]
            seg: dict[str, Any] = {"text": text[left:right], "start": left, "end": right}
            if covering:
                entities = sorted((s for s in covering if s[2] == "entity"), key=lambda s: s[1] - s[0])
                seg["marks"] = sorted({s[2] for s in covering})
                if entities:
                    seg["entity"] = entities[0][3]
                quotes = [s for s in covering if s[2] == "quote"]
                if quotes:
                    seg["speaker"] = quotes[0][3]
                events = [s for s in covering if s[2] == "event"]
                if events:
                    seg["event"] = events[0][3]
            segments.append(seg)
        paragraphs.append(segments)
    return paragraphs


def article(store: Store, article_id: str) -> dict[str, Any] | None:
    """One article: highlighted text, metadata, provenance and its copies."""
    a = store.get_article(article_id)
    if a is None:
        return None
    page = store.page_info(a.page_id) or {}
    story_row = None
    if a.story:
        row = store.db.execute("SELECT * FROM stories WHERE id = ?", (a.story,)).fetchone()
        story_row = _story_row(dict(row)) if row else {"id": a.story, "label": None}
    related = [dict(r) for r in store.db.execute(
        "SELECT id, title, outlet, published, duplicate_of, rewrite_of FROM articles"
        " WHERE duplicate_of = ? OR rewrite_of = ? ORDER BY published, id", (a.id, a.id))]
    originals = []
    for other_id, how in ((a.duplicate_of, "duplicate_of"), (a.rewrite_of, "rewrite_of")):
        if other_id:
            row = store.db.execute("SELECT id, title, outlet, published FROM articles WHERE id = ?",
                                   (other_id,)).fetchone()
            originals.append({"relation": how, **(dict(row) if row else {"id": other_id})})
    rewrites = [
        {"copy_id": rw["copy_id"], "original_id": rw["original_id"], "score": rw["score"],
         "pairs": [{"rewrite": p[0], "original": p[1], "similarity": p[2]} for p in rw["pairs"]]}
        for rw in store.rewrites([a.id])
    ]
    return {
        "article": {
            **article_brief(a),
            "page_id": a.page_id,
            "position": a.position,
            "source": a.source,
            "section": a.section,
            "published_alternatives": a.published_alternatives,
            "flags": a.flags,
            "text": a.text,
        },
        "page": {
            "id": a.page_id,
            "flags": page.get("flags", []),
            "crawl_date": page.get("crawl_date"),
            "http_status": page.get("http_status"),
            "kind": page.get("kind"),
        },
        "story": story_row,
        "paragraphs": highlight(a.text, a),
        "entities": [e.to_dict() for e in a.entities],
        "quotes": [q.to_dict() for q in a.quotes],
        "events": [e.to_dict() for e in a.events],
        "copies": related,
        "copy_of": originals,
        "rewrites": rewrites,
    }


def page(store: Store, page_id: str) -> dict[str, Any] | None:
    """A raw page's provenance (its bytes are served apart, as a download)."""
    info = store.page_info(page_id)
    if info is None:
        return None
    info["url"] = info.get("url")
    info["web_url"] = web_url(info.get("url"))
    for src in info["sources"]:
        src["web_url"] = web_url(src.get("url"))
    titles = {r["id"]: dict(r) for r in store.db.execute(
        "SELECT id, title, outlet, published FROM articles WHERE page_id = ? ORDER BY position",
        (page_id,))}
    info["articles"] = [titles.get(i, {"id": i}) for i in info["articles"]]
    return {"page": info}


def raw_page(store: Store, page_id: str) -> tuple[bytes, str | None] | None:
    row = store.db.execute("SELECT content, encoding FROM pages WHERE id = ?", (page_id,)).fetchone()
    if row is None:
        return None
    return bytes(row["content"]), row["encoding"]


# -- entities -------------------------------------------------------------------
def entity(store: Store, name: str, *, limit: int = 20, offset: int = 0) -> dict[str, Any] | None:
    """An entity: its spellings, the stories and articles that name it, its quotes."""
    limit, offset = check_paging(limit, offset)
    row = store.db.execute(
        "SELECT coalesce(canonical, text) FROM entities WHERE canonical = ?"
        " UNION ALL SELECT coalesce(canonical, text) FROM entities WHERE text = ? LIMIT 1",
        (name, name)).fetchone()
    if row is None:
        quotes = store.quotes_by(name)
        if not quotes:
            return None
        canonical = name
    else:
        canonical = row[0]
    # Rows of this entity: merged ones by their canonical name, unmerged ones by their text.
    cond = "(e.canonical = ? OR (e.canonical IS NULL AND e.text = ?))"
    args = (canonical, canonical)
    spellings = [dict(r) for r in store.db.execute(
        f"SELECT e.text, count(*) AS n FROM entities e WHERE {cond} GROUP BY e.text"
        f" ORDER BY n DESC, e.text", args)]
    meta = store.db.execute(
        f"SELECT e.label, e.country, e.role, count(*) AS n FROM entities e WHERE {cond}"
        f" GROUP BY e.label, e.country, e.role ORDER BY n DESC", args).fetchall()
    total_stories = store.db.execute(
        f"SELECT count(DISTINCT a.story) FROM entities e JOIN articles a ON a.id = e.article_id"
        f" WHERE {cond} AND a.story IS NOT NULL", args).fetchone()[0]
    stories = [dict(r) for r in store.db.execute(
        f"SELECT s.id, s.label, s.first, s.last, s.n_articles, s.n_outlets,"
        f" count(DISTINCT e.article_id) AS mentions_in"
        f" FROM entities e JOIN articles a ON a.id = e.article_id JOIN stories s ON s.id = a.story"
        f" WHERE {cond} GROUP BY s.id ORDER BY s.last IS NULL, s.last DESC, s.id LIMIT ? OFFSET ?",
        (*args, limit, offset))]
    articles = [dict(r) for r in store.db.execute(
        f"SELECT a.id, a.title, a.outlet, a.published, a.story FROM articles a"
        f" WHERE a.id IN (SELECT e.article_id FROM entities e WHERE {cond})"
        f" ORDER BY a.published IS NULL, a.published DESC, a.id LIMIT 50", args)]
    n_articles = store.db.execute(
        f"SELECT count(DISTINCT e.article_id) FROM entities e WHERE {cond}", args).fetchone()[0]
    spoken = {canonical} | {s["text"] for s in spellings}
    quotes, seen = [], set()
    for speaker in sorted(spoken):
        for q in store.quotes_by(speaker):
            key = (q["article_id"], q["idx"])
            if key not in seen:
                seen.add(key)
                quotes.append({"text": q["text"], "speaker": q["speaker"], "kind": q["kind"],
                               "article_id": q["article_id"], "title": q["title"],
                               "outlet": q["outlet"], "published": q["published"]})
    quotes.sort(key=lambda q: (q["published"] or "", q["article_id"]))
    return {
        "name": canonical,
        "spellings": spellings,
        "labels": sorted({r["label"] for r in meta}),
        "countries": sorted({r["country"] for r in meta if r["country"]}),
        "roles": sorted({r["role"] for r in meta if r["role"]}),
        "n_articles": n_articles,
        "stories": stories,
        "paging": paging(total_stories, limit, offset),
        "articles": articles,
        "quotes": quotes[:200],
        "n_quotes": len(quotes),
    }


def entities(store: Store, *, limit: int = 100) -> dict[str, Any]:
    limit = min(limit, MAX_LIMIT)
    return {"entities": cached(store, ("top_entities", limit), lambda: store.top_entities(limit=limit))}


# -- relations between two countries ---------------------------------------------
def _signed(row: dict) -> float:
    """An event's signed intensity (-10 most hostile .. +10 most cooperative).

    Intensities are stored signed; an unsigned one is given the sign of the
    event's polarity.
    """
    try:
        value = float(row.get("intensity") or 0.0)
    except (TypeError, ValueError):
        return 0.0
    polarity = (row.get("polarity") or "").lower()
    if polarity == "conflict" and value > 0:
        return -value
    return value


def period_start(period: str) -> date | None:
    """The first day of a period written as ``YYYY-MM``, ``YYYY-Www`` or ``YYYY-MM-DD``."""
    try:
        if re.fullmatch(r"\d{4}-W\d{2}", period):
            return date.fromisocalendar(int(period[:4]), int(period[6:]), 1)
        if re.fullmatch(r"\d{4}-\d{2}", period):
            return date(int(period[:4]), int(period[5:7]), 1)
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}.*", period):
            return date.fromisoformat(period[:10])
    except ValueError:
        return None
    return None


def relations(store: Store, a: str, b: str, *, freq: str = "month") -> dict[str, Any]:
    """The cooperation-conflict index between two countries, with its events."""
    a, b = (a or "").upper(), (b or "").upper()
    if not (_COUNTRY.match(a) and _COUNTRY.match(b)):
        raise BadRequest("countries are three-letter ISO codes, e.g. /relations/RUS/AZE")
    if freq not in FREQS:
        raise BadRequest(f"freq is one of: {', '.join(FREQS)}")
    return cached(store, ("relations", a, b, freq), lambda: _relations(store, a, b, freq))


def _relations(store: Store, a: str, b: str, freq: str) -> dict[str, Any]:
    rows = store.events_between(a, b)
    by_article = {r["article_id"]: r for r in rows}
    from ..trends import relations, timeline
    from ..trends.relations import period_of

    index = relations(rows, a, b, freq=freq)
    series = [dict(p) for p in index["series"]]
    events = [dict(e) for e in timeline(rows, a, b)]
    method = "newsloom.trends: distinct events, mean signed intensity, bootstrap 95% interval"
    for point in series:
        point["period"] = str(point.get("period"))
        point["anchor"] = "p-" + re.sub(r"[^A-Za-z0-9-]", "-", point["period"])
    anchors = {p["period"]: p["anchor"] for p in series}
    out_events = []
    for e in events:
        when = e.get("date")
        precision = e.get("date_precision")
        try:
            period = period_of(when, precision, freq)
        except (ValueError, TypeError):
            period = None
        row = by_article.get(e.get("article_id"), {})
        out_events.append({
            "date": _day(when), "date_precision": precision, "period": period,
            "date_alternatives": [_day(d) for d in e.get("date_alternatives") or []],
            "anchor": anchors.get(period or ""),
            "type": e.get("type"), "actor1": e.get("actor1"), "actor2": e.get("actor2"),
            "polarity": e.get("polarity"), "intensity": e.get("intensity"),
            "signed": _signed(e), "evidence": e.get("evidence"), "place": e.get("place"),
            "article_id": e.get("article_id"), "title": row.get("title"), "outlet": row.get("outlet"),
            "story": e.get("story"), "reports": e.get("reports", 1),
            "articles": list(e.get("articles") or [e.get("article_id")]),
        })
    out_events.sort(key=lambda e: (e["date"] or "9999", e["article_id"] or ""))
    return {"a": a, "b": b, "freq": freq, "method": method, "series": series, "events": out_events,
            "ambiguous": index["ambiguous"]}


def stats(store: Store) -> dict[str, Any]:
    return {"stats": store.stats(), "quarantined": store.quarantined(limit=200)}


def dyads(store: Store, limit: int = 100) -> dict[str, Any]:
    """Pairs of countries with events between them, the busiest first."""
    return cached(store, ("dyads", limit), lambda: _dyads(store, limit))


def _dyads(store: Store, limit: int) -> dict[str, Any]:
    rows = store.db.execute(
        "SELECT min(actor1, actor2) AS a, max(actor1, actor2) AS b, count(*) AS events,"
        " sum(polarity = 'cooperation') AS cooperation, sum(polarity = 'conflict') AS conflict,"
        " min(date) AS first, max(date) AS last FROM events"
        " WHERE actor1 GLOB '[A-Z][A-Z][A-Z]' AND actor2 GLOB '[A-Z][A-Z][A-Z]' AND actor1 != actor2"
        " GROUP BY 1, 2 ORDER BY events DESC, a, b LIMIT ?", (limit,)).fetchall()
    return {"pairs": [dict(r) for r in rows]}
