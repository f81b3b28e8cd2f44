"""HTML pages: bytes kept as they are, the encoding found, and the page's own URL noted.

A page saved to disk often says where it came from: ``<link rel="canonical">``
or ``<meta property="og:url">``.  That URL becomes the page's ``url`` when
the input gave none (a file), and is kept in ``meta["canonical_url"]`` always.
"""
from __future__ import annotations

import html as htmllib
import re
from urllib.parse import urlsplit

from newsloom.ingest.base import make_page, quarantine
from newsloom.ingest.decode import decode_content, detect_encoding
from newsloom.records import Quarantined, RawPage

_HEAD_WINDOW = 64 * 1024
_TAG = re.compile(r"<(link|meta|base)\b([^>]{0,2000})>", re.IGNORECASE)
_ATTR = re.compile(r"""([a-zA-Z_:][-a-zA-Z0-9_:.]*)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))""")


def _attrs(raw: str) -> dict[str, str]:
    out: dict[str, str] = {}
    for m in _ATTR.finditer(raw):
        value = m.group(2) if m.group(2) is not None else m.group(3) if m.group(3) is not None else m.group(4)
        out.setdefault(m.group(1).lower(), htmllib.unescape(value).strip())
    return out


def _absolute_http(url: str | None) -> str | None:
    if not url:
        return None
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    if parts.scheme.lower() in ("http", "https") and parts.netloc:
        return url
    return None


def page_urls(head: str) -> dict[str, str]:
    """URLs a page declares about itself in its head: ``canonical``, ``og:url``, ``base``."""
    found: dict[str, str] = {}
    for m in _TAG.finditer(head):
        tag = m.group(1).lower()
        raw = m.group(2)
        if tag == "link" and "canonical" not in raw.lower():
            continue
        if tag == "meta" and "og:url" not in raw.lower():
            continue
        a = _attrs(raw)
        if tag == "link" and "canonical" in a.get("rel", "").lower().split():
            url = _absolute_http(a.get("href"))
            if url:
                found.setdefault("canonical", url)
        elif tag == "meta" and a.get("property", a.get("name", "")).lower() == "og:url":
            url = _absolute_http(a.get("content"))
            if url:
                found.setdefault("og:url", url)
        elif tag == "base":
            url = _absolute_http(a.get("href"))
            if url:
                found.setdefault("base", url)
    return found


def read_html(
    content: bytes,
    source: str,
    *,
    url: str | None = None,
    content_type: str | None = None,
    crawl_date: str | None = None,
    http_status: int | None = None,
    meta: dict | None = None,
) -> RawPage | Quarantined:
    """One HTML page as a :class:`RawPage` (``kind="html"``), or why it cannot be read."""
    found = detect_encoding(content, content_type=content_type, markup=True)
    if found.encoding is None:
        return quarantine(
            source, "encoding", f"{source} could not be decoded: no text encoding reads its bytes.", content[:4096]
        )
    window = content[:_HEAD_WINDOW]
    end = window.lower().find(b"</head")
    head = decode_content(window[:end] if end > 0 else window, found.encoding)
    meta = dict(meta or {})
    declared = page_urls(head)
    own = declared.get("canonical") or declared.get("og:url")
    if own:
        meta["canonical_url"] = own
    meta.setdefault("encoding_evidence", found.evidence)
    return make_page(
        content,
        source,
        "html",
        url=url or own,
        crawl_date=crawl_date,
        http_status=http_status,
        encoding=found.encoding,
        content_type=content_type or "text/html",
        meta=meta,
    )
