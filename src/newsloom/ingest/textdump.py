"""Plain-text page dumps: a crawler's text of a page, one block per line.

Some crawlers write a header as the first line, such as ``date 2025-07-27 403``
(the day the page was saved and the HTTP status it was served with).  The
header is read into ``crawl_date`` and ``http_status``; the content is kept
byte for byte, header included, and ``meta["body_start"]`` gives the byte
offset where the page text itself begins.  A crawl date is never the
publication date of the page.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime

from newsloom.extract.page_cues import CRAWL_HEADER
from newsloom.ingest.base import make_page, quarantine
from newsloom.ingest.decode import decode_content, detect_encoding
from newsloom.records import Quarantined, RawPage

_HEADER = re.compile(
    r"""^[ \t]*date[ \t]+
    (?P<date>\d{4}-\d{2}-\d{2}
        (?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?)
    (?:[ \t]+(?P<status>\d{3}))?
    [ \t]*$""",
    re.VERBOSE,
)
_MAX_HEADER_CHARS = 120


@dataclass(slots=True)
class CrawlHeader:
    crawl_date: str  # as written: YYYY-MM-DD, possibly with a time
    http_status: int | None
    line: str  # the header line as written, without its line break
    body_start: int  # byte offset of the first byte after the header line


def parse_crawl_header(content: bytes, encoding: str | None = None) -> CrawlHeader | None:
    """The crawl header on the first line of ``content``, if it has one."""
    nl = content.find(b"\n", 0, _MAX_HEADER_CHARS * 4)
    if nl < 0:
        return None
    first = decode_content(content[:nl], encoding).lstrip("\ufeff").rstrip("\r")
    if len(first) > _MAX_HEADER_CHARS:
        return None
    # the extractor's pattern too, so that every header extraction strips is also recorded
    m = _HEADER.match(first) or CRAWL_HEADER.match(first)
    if not m:
        return None
    date = m.group("date")
    try:
        datetime.fromisoformat(date[:10])
    except ValueError:
        return None
    status = m.group("status")
    code = int(status) if status else None
    if code is not None and not 100 <= code <= 599:
        return None
    return CrawlHeader(crawl_date=date, http_status=code, line=first, body_start=nl + 1)


def read_text(
    content: bytes,
    source: str,
    *,
    url: str | None = None,
    content_type: str | None = None,
    crawl_date: str | None = None,
    http_status: int | None = None,
    meta: dict | None = None,
) -> RawPage | Quarantined:
    """One plain-text page as a :class:`RawPage` (``kind="text"``), or why it cannot be read."""
    found = detect_encoding(content, content_type=content_type)
    if found.encoding is None:
        return quarantine(
            source, "encoding", f"{source} could not be decoded: no text encoding reads its bytes.", content[:4096]
        )
    meta = dict(meta or {})
    header = parse_crawl_header(content, found.encoding)
    if header is not None:
        crawl_date = crawl_date or header.crawl_date
        http_status = http_status if http_status is not None else header.http_status
        meta["crawl_header"] = header.line
        meta["body_start"] = header.body_start
        if not decode_content(content[header.body_start :], found.encoding).strip():
            return quarantine(source, "empty", f"{source} holds only a crawl header and no page text.", content)
    meta.setdefault("encoding_evidence", found.evidence)
    return make_page(
        content,
        source,
        "text",
        url=url,
        crawl_date=crawl_date,
        http_status=http_status,
        encoding=found.encoding,
        content_type=content_type or "text/plain",
        meta=meta,
    )
