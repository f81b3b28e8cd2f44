"""WARC and WET archives (gzipped or not), streamed record by record with warcio.

* ``response`` records (and ``resource`` records) become pages: the payload
  with transfer and content encodings undone, ``url`` from
  ``WARC-Target-URI``, ``crawl_date`` from ``WARC-Date``, ``http_status`` and
  ``content_type`` from the HTTP answer;
* ``conversion`` records (WET: the text of a page) become ``text`` pages;
* requests, metadata, warcinfo and revisit records are not pages and are passed over;
* a record whose payload is not HTML or text (an image, a PDF...) is
  quarantined with reason ``not_a_page`` and no content;
* a record bigger than ``max_bytes`` is quarantined (``too_large``) and skipped;
* an archive that ends early (a truncated download) keeps every record read
  so far, and the rest is quarantined with reason ``truncated``.

Each page's source is ``<archive path>#<byte offset of its record>``.
"""
from __future__ import annotations

import os
import zlib
from collections.abc import Iterator
from typing import BinaryIO

from warcio.archiveiterator import ArchiveIterator

from newsloom.ingest import signatures as sig
from newsloom.ingest.base import IngestOptions, human_size, media_type, quarantine
from newsloom.ingest.decode import sniff_binary
from newsloom.ingest.html import read_html
from newsloom.ingest.textdump import read_text
from newsloom.records import Quarantined, RawPage

PAGE_RECORDS = frozenset({"response", "resource", "conversion"})


class _Truncated(Exception):
    def __init__(self, why: str, offset: int):
        super().__init__(why)
        self.why = why
        self.offset = offset


def _read_payload(stream, limit: int) -> tuple[bytes, bool]:
    """Up to ``limit`` bytes of ``stream``; the flag says there was more."""
    buf = bytearray()
    while True:
        chunk = stream.read(min(1 << 16, limit + 1 - len(buf)))
        if not chunk:
            return bytes(buf), False
        buf += chunk
        if len(buf) > limit:
            return bytes(buf[:limit]), True


def _short_of_declared(record) -> bool:
    """Whether the record's block ended before its declared ``Content-Length``."""
    raw = getattr(record, "raw_stream", None)
    remaining = getattr(raw, "limit", None)
    return isinstance(remaining, int) and remaining > 0


def _stream_size(fh) -> int | None:
    try:
        return os.fstat(fh.fileno()).st_size
    except (AttributeError, OSError, ValueError):
        pass
    try:
        here = fh.tell()
        end = fh.seek(0, 2)
        fh.seek(here)
        return end
    except (AttributeError, OSError, ValueError):
        return None


def _only_blank_after(fh, end: int) -> bool:
    """Whether the stream holds nothing but a few line breaks after byte ``end``."""
    try:
        fh.seek(end)
        rest = fh.read(65)
    except (AttributeError, OSError, ValueError):
        return False
    return len(rest) < 65 and not rest.strip()


def read_warc(fh: BinaryIO, path: str, options: IngestOptions) -> Iterator[RawPage | Quarantined]:
    """The pages of one WARC/WET stream (opened in binary mode) named ``path``."""
    size = _stream_size(fh)
    it = ArchiveIterator(fh, arc2warc=True)
    end = 0  # where the last whole record ends
    pages = 0
    records = 0
    try:
        for record in it:
            offset = it.offset
            records += 1
            if not record.rec_type:
                raise _Truncated("a record breaks off inside its headers", offset)
            for item in _record_pages(record, offset, path, options):
                if isinstance(item, RawPage):
                    pages += 1
                yield item
            it.read_to_end()
            if _short_of_declared(record):
                raise _Truncated("its last record is shorter than its declared length", offset)
            decompressor = getattr(it.reader, "decompressor", None)
            if decompressor is not None and not getattr(decompressor, "eof", True):
                raise _Truncated("its gzip stream breaks off inside a record", offset)
            if it.member_info:
                end = it.member_info[0] + it.member_info[1]
        if size is not None and end < size and records and not _only_blank_after(fh, end):
            raise _Truncated(f"{size - end} bytes after the last whole record could not be read as a record", end)
        if size is not None and size > 0 and records == 0:
            raise _Truncated("not even one whole record could be read", 0)
        if records == 0:
            yield quarantine(path, "empty", f"{path} holds no WARC records.")
    except _Truncated as exc:
        yield _truncated(path, exc.offset, pages, exc.why)
    except Exception as exc:  # noqa: BLE001 - warcio raises many kinds on broken input
        if records == 0:
            yield quarantine(path, "corrupt", f"{path} is not a readable WARC archive ({_first_line(exc)}).")
        else:
            yield _truncated(path, end, pages, _first_line(exc))


def _record_pages(record, offset: int, path: str, options: IngestOptions) -> Iterator[RawPage | Quarantined]:
    """The page (or the quarantined record) one archive record makes; nothing for non-page records."""
    rtype = record.rec_type
    if rtype not in PAGE_RECORDS:
        return
    source = f"{path}#{offset}"
    uri = record.rec_headers.get_header("WARC-Target-URI")
    date = record.rec_headers.get_header("WARC-Date")
    where = f"record at byte {offset} of {path}" + (f" ({uri})" if uri else "")
    declared = record.rec_headers.get_header("Content-Length")
    if declared and declared.isdigit() and int(declared) > options.max_bytes + 64 * 1024:
        yield quarantine(
            source,
            "too_large",
            f"{where} is {human_size(int(declared))}, over the cap of {human_size(options.max_bytes)}.",
        )
        return
    try:
        payload, over = _read_payload(record.content_stream(), options.max_bytes)
    except (EOFError, zlib.error, OSError) as exc:
        raise _Truncated(_first_line(exc), offset) from exc
    if not over and _short_of_declared(record):
        raise _Truncated("its last record is shorter than its declared length", offset)
    status = None
    if rtype == "response":
        if record.http_headers is None:
            yield quarantine(source, "corrupt", f"{where} has no readable HTTP headers.")
            return
        try:
            status = int(record.http_headers.get_statuscode())
        except (TypeError, ValueError):
            status = None
        ctype = record.http_headers.get_header("Content-Type")
    else:
        ctype = record.rec_headers.get_header("Content-Type")
    if over:
        yield quarantine(source, "too_large", f"{where} is over the cap of {human_size(options.max_bytes)}.")
        return
    mt = media_type(ctype)
    if rtype == "conversion":
        kind = "text"
    elif mt in sig.HTML_TYPES:
        kind = "html"
    elif mt in sig.TEXT_TYPES or mt is None or mt == "application/octet-stream":
        kind = None  # decided from the payload below
    else:
        yield quarantine(source, "not_a_page", f"{where} is {mt}, not a page.")
        return
    if not payload.strip():
        yield quarantine(source, "empty", f"{where} has an empty payload.")
        return
    if kind is None:
        what = sniff_binary(payload[:8192])
        if what:
            yield quarantine(source, "not_a_page", f"{where} is {what}, not a page.")
            return
        head = payload[:2048].lstrip().lower()
        kind = "html" if head.startswith((b"<!doctype html", b"<html", b"<head", b"<body")) else "text"
    meta = {"archive": path, "offset": offset, "record_type": rtype}
    record_id = record.rec_headers.get_header("WARC-Record-ID")
    if record_id:
        meta["warc_record_id"] = record_id
    reader = read_html if kind == "html" else read_text
    yield reader(payload, source, url=uri, content_type=ctype, crawl_date=date, http_status=status, meta=meta)


def _truncated(path: str, offset: int, pages: int, why: str) -> Quarantined:
    return quarantine(
        f"{path}#{offset}",
        "truncated",
        f"{path} breaks off at byte {offset} ({why}); the {pages} page(s) before it were kept, the rest is lost.",
    )


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()
    return text[0] if text else type(exc).__name__
