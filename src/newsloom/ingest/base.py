"""What every ingest reader shares: the options and record makers."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from newsloom import __version__
from newsloom.records import Quarantined, RawPage, content_hash, now_iso


def default_user_agent() -> str:
    """The User-Agent newsloom sends: its name and version, so site owners can tell it apart."""
    return f"newsloom/{__version__} (news article reader; python-httpx)"


@dataclass(slots=True)
class IngestOptions:
    """How inputs are read.

    ``max_bytes`` caps one page or one HTTP response (archives and JSONL files
    are streamed; the cap then applies to each record or line).  ``timeout`` is
    the connect and read timeout of one HTTP request in seconds, and
    ``total_timeout`` caps the whole download of one response.  ``retries`` is
    how many more times a request that timed out or got a 5xx/429 answer is
    tried, waiting ``backoff`` seconds, then twice that, and so on.
    """

    max_bytes: int = 20 * 1024 * 1024
    timeout: float = 10.0
    retries: int = 2
    user_agent: str = field(default_factory=default_user_agent)
    respect_robots: bool = True
    follow_feeds: bool = True
    max_redirects: int = 10
    backoff: float = 0.5
    max_backoff: float = 30.0
    total_timeout: float = 120.0
    max_crawl_delay: float = 10.0  # longest robots.txt Crawl-delay honoured, in seconds
    keep_error_pages: bool = False  # keep HTTP 4xx/5xx answers as pages instead of quarantining them
    skip_hidden: bool = True  # skip files and folders whose names start with "." when walking folders
    max_feed_items: int = 1000  # most entries of one feed that are fetched
    # refuse hosts that are, or resolve to, this machine or a private network, at every
    # redirect hop: the web app sets it for URLs that other people submit
    public_only: bool = False


def quarantine(source: str, reason: str, message: str, content: bytes = b"") -> Quarantined:
    return Quarantined(source=source, reason=reason, message=message, content=content)


def make_page(
    content: bytes,
    source: str,
    kind: str,
    *,
    url: str | None = None,
    crawl_date: str | None = None,
    http_status: int | None = None,
    encoding: str | None = None,
    content_type: str | None = None,
    meta: dict[str, Any] | None = None,
    page_id: str | None = None,
) -> RawPage:
    return RawPage(
        id=page_id or content_hash(content),
        source=source,
        kind=kind,
        content=content,
        url=url,
        crawl_date=crawl_date,
        http_status=http_status,
        fetched_at=now_iso(),
        encoding=encoding,
        content_type=content_type,
        meta=meta if meta is not None else {},
    )


def media_type(content_type: str | None) -> str | None:
    """The bare media type of a ``Content-Type`` value, lower case."""
    if not content_type:
        return None
    return content_type.split(";", 1)[0].strip().lower() or None


def human_size(n: int) -> str:
    for unit in ("bytes", "KiB", "MiB", "GiB"):
        if n < 1024 or unit == "GiB":
            return f"{n} {unit}" if unit == "bytes" else f"{n:.1f} {unit}"
        n /= 1024
    return f"{n} bytes"
