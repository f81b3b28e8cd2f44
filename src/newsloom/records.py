"""The record types of newsloom, one per step of a page's life.

``RawPage`` is what ingest keeps (bytes and provenance, never altered).
``Article`` is what extraction makes of a page (one page may hold several).
``Entity``, ``Quote``, ``Event`` are the facts read from an article; an
``Article`` carries them once the facts stage has run (the "enriched" article).

All are slotted dataclasses with typed fields so that stages stay cheap and
their inputs and outputs are explicit.  ``to_dict`` gives the JSON shape used
by the store, the export and the API.
"""
from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass, field
from datetime import datetime, timezone
from typing import Any


def now_iso() -> str:
    """The current time, ISO 8601 in UTC to the second (``2025-07-27T10:00:00Z``)."""
    return datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def content_hash(data: bytes | str) -> str:
    """Hex SHA-256 of ``data`` (strings are hashed as UTF-8)."""
    if isinstance(data, str):
        data = data.encode("utf-8")
    return hashlib.sha256(data).hexdigest()


def short_id(*parts: str, length: int = 16) -> str:
    """A stable id made of the hash of ``parts``."""
    return content_hash("\x1f".join(parts))[:length]


@dataclass(slots=True)
class RawPage:
    """One page exactly as it was ingested, with where it came from.

    ``kind`` says how to read ``content``: ``text`` (a plain-text page dump),
    ``html``, or ``article`` (a JSONL record that is already an article; its
    fields are in ``meta``).
    """

    id: str
    source: str  # file path, URL, or "archive.warc.gz#offset"
    kind: str
    content: bytes
    url: str | None = None
    crawl_date: str | None = None  # when the crawler saved it, if the input says
    http_status: int | None = None
    fetched_at: str | None = None  # when newsloom read it (ISO, UTC)
    encoding: str | None = None
    content_type: str | None = None
    meta: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d.pop("content")
        d["size"] = len(self.content)
        return d


@dataclass(slots=True)
class Quarantined:
    """An input that could not be read, with the reason."""

    source: str
    reason: str  # a short code: empty, binary, encoding, truncated, ...
    message: str  # a sentence naming the input and the cause
    content: bytes = b""

    @property
    def id(self) -> str:
        return short_id(self.source, self.reason, content_hash(self.content))


@dataclass(slots=True)
class DateReading:
    """A date read from text: the value, how precise it is, and other readings."""

    value: str | None  # ISO: YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DDTHH:MM
    precision: str | None = None  # year | month | day | minute
    ambiguous: bool = False
    alternatives: list[str] = field(default_factory=list)  # every reading, value first
    text: str | None = None  # the words it was read from


@dataclass(slots=True)
class Entity:
    text: str  # the mention as written
    label: str  # PERSON | ORG | GPE | LOC | NORP | ...
    start: int  # character offsets in the article text
    end: int
    canonical: str | None = None  # the merged name
    country: str | None = None  # ISO 3166 alpha-3 where known
    role: str | None = None  # "Kremlin spokesman"

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(slots=True)
class Quote:
    text: str
    speaker: str | None
    start: int
    end: int
    kind: str = "direct"  # direct | reported
    speaker_canonical: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(slots=True)
class Event:
    type: str  # PLOVER category
    actor1: str | None
    actor2: str | None
    polarity: str  # cooperation | conflict | neutral
    intensity: float
    evidence: str  # the sentence reporting it
    start: int = 0
    end: int = 0
    date: str | None = None  # the event's own date
    date_precision: str | None = None
    place: str | None = None
    trigger: str | None = None
    # the event's other possible dates, when its date rests on a publication
    # date that reads two ways (2025.03.11: 11 March or 3 November)
    date_alternatives: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(slots=True)
class Article:
    """One article read from a page (the ``position``-th on that page)."""

    id: str
    page_id: str
    source: str
    text: str  # paragraphs separated by a blank line
    position: int = 0
    url: str | None = None
    title: str | None = None
    outlet: str | None = None
    published: str | None = None
    published_precision: str | None = None
    published_ambiguous: bool = False
    published_alternatives: list[str] = field(default_factory=list)
    author: str | None = None
    section: str | None = None
    kind: str = "news"  # news | opinion
    language: str | None = None
    flags: list[str] = field(default_factory=list)  # page-quality flags with reasons
    # added by later stages
    duplicate_of: str | None = None
    rewrite_of: str | None = None
    story: str | None = None
    entities: list[Entity] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)

    @property
    def paragraphs(self) -> list[str]:
        return [p for p in self.text.split("\n\n") if p.strip()]

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @staticmethod
    def make_id(page_id: str, position: int, text: str) -> str:
        return short_id(page_id, str(position), content_hash(text))


@dataclass(slots=True)
class ArticleDraft:
    """What an extractor returns before ids are assigned."""

    text: str
    title: str | None = None
    outlet: str | None = None
    published: DateReading | None = None
    author: str | None = None
    section: str | None = None
    kind: str = "news"
    url: str | None = None


@dataclass(slots=True)
class PageReading:
    """An extractor's answer for one page: its articles and the page's flags."""

    articles: list[ArticleDraft]
    flags: list[str] = field(default_factory=list)  # "error_notice: ...", "machine_junk: ..."
    language: str | None = None
