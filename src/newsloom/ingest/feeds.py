"""RSS, Atom and JSON feeds: lists of article URLs, which are then fetched.

A feed is not a page.  Each entry's link is fetched (with the same rules as
any URL: robots.txt, size cap, retries...) and becomes a page whose
``meta`` says which feed listed it, with the entry's title and date as the
feed gave them.  The same article listed twice (in one feed or in two) is
fetched once.  An entry without a usable link is quarantined.
"""
from __future__ import annotations

import calendar
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime, timezone
from urllib.parse import urljoin

import feedparser

from newsloom.ingest.base import IngestOptions, quarantine
from newsloom.records import Quarantined, RawPage


@dataclass(slots=True)
class FeedEntry:
    url: str | None
    title: str | None = None
    published: str | None = None  # ISO, UTC
    entry_id: str | None = None


@dataclass(slots=True)
class Feed:
    title: str | None
    entries: list[FeedEntry]
    problem: str | None = None  # set when the feed could not be read at all


def _iso(struct) -> str | None:
    if not struct:
        return None
    try:
        return datetime.fromtimestamp(calendar.timegm(struct), tz=timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
    except (OverflowError, ValueError, TypeError):
        return None


def _entry_link(entry, base: str | None) -> str | None:
    link = entry.get("link")
    if not link:
        for candidate in entry.get("links", []) or []:
            if candidate.get("rel", "alternate") == "alternate" and candidate.get("href"):
                link = candidate["href"]
                break
    if not link:
        guid = entry.get("id")
        if isinstance(guid, str) and guid.startswith(("http://", "https://")):
            link = guid
    if not link:
        return None
    link = link.strip()
    return urljoin(base, link) if base else link


def parse_feed(content: bytes, *, base_url: str | None = None, content_type: str | None = None) -> Feed:
    """The entries of a feed document."""
    headers = {}
    if base_url:
        headers["content-location"] = base_url
    if content_type:
        headers["content-type"] = content_type
    parsed = feedparser.parse(content, response_headers=headers or None, sanitize_html=False)
    entries = [
        FeedEntry(
            url=_entry_link(e, base_url),
            title=(e.get("title") or None),
            published=_iso(e.get("published_parsed") or e.get("updated_parsed")),
            entry_id=e.get("id") or None,
        )
        for e in parsed.entries
    ]
    title = parsed.feed.get("title") if parsed.get("feed") else None
    problem = None
    if not entries:
        if parsed.get("bozo"):
            problem = f"it is not a readable feed ({parsed.get('bozo_exception')})"
        else:
            problem = "it lists no entries"
    return Feed(title=title or None, entries=entries, problem=problem)


def read_feed(
    content: bytes,
    source: str,
    options: IngestOptions,
    fetch_page: Callable[[str, dict], Iterator[RawPage | Quarantined]],
    *,
    base_url: str | None = None,
    content_type: str | None = None,
) -> Iterator[RawPage | Quarantined]:
    """Fetch the articles a feed lists, through ``fetch_page(url, meta)``.

    ``fetch_page`` reads each URL once per run, so an article two feeds list is fetched once.
    """
    if not options.follow_feeds:
        yield quarantine(
            source, "feed_not_followed", f"{source} is a feed; its articles were not fetched (following feeds is off)."
        )
        return
    feed = parse_feed(content, base_url=base_url, content_type=content_type)
    if feed.problem:
        yield quarantine(source, "invalid_feed", f"{source} was read as a feed, but {feed.problem}.", content[:4096])
        return
    for n, entry in enumerate(feed.entries, start=1):
        if n > options.max_feed_items:
            yield quarantine(
                source,
                "too_many_entries",
                f"{source} lists {len(feed.entries)} entries; only the first {options.max_feed_items} were fetched.",
            )
            return
        if not entry.url:
            label = f"{entry.title!r}" if entry.title else f"number {n}"
            yield quarantine(f"{source}#entry{n}", "no_link", f"entry {label} of feed {source} has no link to fetch.")
            continue
        meta = {"feed": source}
        if feed.title:
            meta["feed_title"] = feed.title
        if entry.title:
            meta["feed_entry_title"] = entry.title
        if entry.published:
            meta["feed_entry_published"] = entry.published
        if entry.entry_id:
            meta["feed_entry_id"] = entry.entry_id
        yield from fetch_page(entry.url, meta)
