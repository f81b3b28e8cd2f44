"""Expanding inputs (files, folders, globs, URLs) and sending each to the reader for its format.

The format is decided from the bytes first and the name (or HTTP
``Content-Type``) second: a gzip stream is opened and looked into, a WARC
starts with ``WARC/``, a feed's root element is ``rss``/``feed``/``rdf:RDF``,
an HTML page starts with its doctype or ``<html>``, a JSONL file is named so
or starts with a JSON object holding ``text``; anything else that decodes as
text is a plain-text page dump.

Folders are walked lazily in name order and every file is streamed: only one
page (or one archive record, or one JSONL line) is held at a time.  An input
named twice (a file inside a folder that is also named) is read once per run.
"""
from __future__ import annotations

import glob
import gzip
import io
import json
import os
import re
import stat
import zlib
from collections.abc import Iterable, Iterator
from typing import BinaryIO

from newsloom.ingest import signatures as sig
from newsloom.ingest.base import IngestOptions, human_size, media_type, quarantine
from newsloom.ingest.decode import bom_encoding, sniff_binary
from newsloom.ingest.feeds import read_feed
from newsloom.ingest.fetch import Fetcher, Response
from newsloom.ingest.html import read_html
from newsloom.ingest.jsonl import read_json_document, read_jsonl
from newsloom.ingest.textdump import read_text
from newsloom.ingest.warc import read_warc
from newsloom.records import Quarantined, RawPage

Item = RawPage | Quarantined

_HEAD = 64 * 1024
_ARCHIVE_STARTS = (b"WARC/", b"filedesc://")  # WARC, and the older ARC format
_SCHEME = re.compile(r"^([A-Za-z][A-Za-z0-9+.\-]+):")
_GLOB_CHARS = re.compile(r"[*?\[]")
_PROLOG = re.compile(rb"\A\s*(?:<\?.*?\?>|<!--.*?-->|<!doctype[^>]*>)", re.IGNORECASE | re.DOTALL)
_HTML_DOCTYPE = re.compile(rb"\A\s*(?:<!--.*?-->\s*)*<!doctype\s+html", re.IGNORECASE | re.DOTALL)
_HTML_ROOT = re.compile(rb"\A\s*<(?:html|head|body|meta|title)[\s>/]", re.IGNORECASE)
_FEED_ROOT = re.compile(rb"\A\s*<(?:rss|feed|rdf:rdf)[\s>]", re.IGNORECASE)
_HTML_ANYWHERE = re.compile(rb"<(?:html|head|body)[\s>]", re.IGNORECASE)


def _sniff_view(head: bytes) -> bytes:
    """``head`` as ASCII-compatible bytes (UTF-16/32 text re-encoded as UTF-8) for sniffing."""
    enc = bom_encoding(head)
    if enc and enc != "utf-8-sig":
        return head.decode(enc, errors="ignore").encode("utf-8", errors="ignore")
    if enc == "utf-8-sig":
        return head[3:]
    return head


def _strip_prolog(view: bytes) -> bytes:
    rest = view[:8192]
    for _ in range(20):
        m = _PROLOG.match(rest)
        if not m:
            break
        rest = rest[m.end() :]
    return rest


def _hint(name: str | None, content_type: str | None = None) -> str | None:
    """The format a file name or a media type suggests: html, text, jsonl, feed, warc or json."""
    mt = media_type(content_type)
    if mt:
        if mt in sig.HTML_TYPES:
            return "html"
        if mt in sig.FEED_TYPES:
            return "feed"
        if mt in sig.JSONL_TYPES:
            return "jsonl"
        if mt in sig.TEXT_TYPES:
            return "text"
        if mt == "application/json":
            return "json"
        if mt == "application/warc":
            return "warc"
    if name:
        low = name.lower()
        if low.endswith(".gz"):
            low = low[:-3]
        ext = os.path.splitext(low)[1]
        if ext in sig.HTML_EXTENSIONS:
            return "html"
        if ext in sig.TEXT_EXTENSIONS:
            return "text"
        if ext in sig.JSONL_EXTENSIONS:
            return "jsonl"
        if ext in sig.FEED_EXTENSIONS:
            return "feed"
        if ext in sig.WARC_EXTENSIONS:
            return "warc"
        if ext == ".json":
            return "json"
    return None


def _first_line_is_article(view: bytes) -> bool:
    stripped = view.lstrip()
    if not stripped.startswith(b"{"):
        return False
    line = stripped.split(b"\n", 1)[0]
    try:
        record = json.loads(line)
    except (ValueError, UnicodeDecodeError):
        return False
    return isinstance(record, dict) and "text" in record


def sniff_format(head: bytes, hint: str | None = None) -> str:
    """The format of a document from its first bytes: warc, feed, html, jsonl, xml or text."""
    view = _sniff_view(head)
    if view.startswith(b"WARC/"):
        return "warc"
    lead = view.lstrip()[:1024]
    if lead.startswith(b"{") and b"jsonfeed.org/version" in lead:
        return "feed"
    if _HTML_DOCTYPE.match(view):
        return "html"
    root = _strip_prolog(view)
    if _FEED_ROOT.match(root):
        return "feed"
    if _HTML_ROOT.match(root):
        return "html"
    if hint == "jsonl" or _first_line_is_article(view):
        return "jsonl"
    if hint == "json" and lead.startswith((b"{", b"[")):
        return "json"
    if lead.startswith(b"<"):
        if hint == "html" or _HTML_ANYWHERE.search(view[:_HEAD]):
            return "html"
        if lead.startswith(b"<?xml"):
            return "xml"
    return "text"


class _Run:
    """State shared by the inputs of one :func:`read_inputs` call."""

    def __init__(self, options: IngestOptions):
        self.options = options
        self._fetcher: Fetcher | None = None
        self.seen_paths: set[str] = set()
        self.seen_urls: set[str] = set()

    @property
    def fetcher(self) -> Fetcher:
        if self._fetcher is None:
            self._fetcher = Fetcher(self.options)
        return self._fetcher

    def close(self) -> None:
        if self._fetcher is not None:
            self._fetcher.close()
            self._fetcher = None

    # -- inputs -----------------------------------------------------------------
    def read(self, raw: str) -> Iterator[Item]:
        raw = os.fspath(raw) if not isinstance(raw, str) else raw
        if not raw or not raw.strip():
            yield quarantine(repr(raw), "not_found", "An empty input name was given.")
            return
        if os.path.lexists(raw):
            yield from self.path(raw)
            return
        m = _SCHEME.match(raw)
        if m:
            scheme = m.group(1).lower()
            if scheme in ("http", "https"):
                yield from self.url(raw)
            else:
                yield quarantine(
                    raw,
                    "unsupported_scheme",
                    f"{raw!r} was not read: {scheme}: inputs are not supported "
                    "(give a file, a folder, a glob pattern, or an http/https URL).",
                )
            return
        if _GLOB_CHARS.search(raw):
            matched = False
            for found in sorted(glob.iglob(os.path.expanduser(raw), recursive=True)):
                matched = True
                yield from self.path(found)
            if not matched:
                yield quarantine(raw, "not_found", f"The pattern {raw!r} matches no file.")
            return
        expanded = os.path.expanduser(raw)
        if expanded != raw and os.path.lexists(expanded):
            yield from self.path(expanded)
            return
        yield quarantine(os.path.abspath(raw), "not_found", f"{raw} does not exist.")

    def path(self, path: str) -> Iterator[Item]:
        if os.path.isdir(path):
            yield from self.folder(path)
        else:
            yield from self.file(path)

    def folder(self, folder: str) -> Iterator[Item]:
        root_abs = os.path.abspath(folder)
        any_file = False
        errors: list[OSError] = []
        for dirpath, dirnames, filenames in os.walk(root_abs, onerror=errors.append):
            if self.options.skip_hidden:
                dirnames[:] = [d for d in dirnames if not d.startswith(".")]
                filenames = [f for f in filenames if not f.startswith(".")]
            dirnames.sort()
            for name in sorted(filenames):
                any_file = True
                yield from self.file(os.path.join(dirpath, name))
        for err in errors:
            yield quarantine(
                os.path.abspath(err.filename or root_abs),
                "unreadable",
                f"{err.filename or root_abs} could not be listed ({err.strerror or err}).",
            )
        if not any_file and not errors:
            yield quarantine(root_abs, "empty", f"The folder {root_abs} holds no files.")

    def file(self, path: str) -> Iterator[Item]:
        source = os.path.abspath(path)
        if source in self.seen_paths:
            return
        self.seen_paths.add(source)
        try:
            yield from self._file(source)
        except Exception as exc:  # noqa: BLE001 - one bad file never stops the others
            yield quarantine(source, "error", f"{source} could not be read: {type(exc).__name__}: {exc}.")

    def _file(self, source: str) -> Iterator[Item]:
        o = self.options
        try:
            st = os.stat(source)
        except FileNotFoundError:
            yield quarantine(source, "not_found", f"{source} does not exist (a broken link?).")
            return
        except OSError as exc:
            yield quarantine(source, "unreadable", f"{source} could not be read ({exc.strerror or exc}).")
            return
        if not stat.S_ISREG(st.st_mode):
            yield quarantine(source, "not_a_file", f"{source} is not a regular file.")
            return
        if st.st_size == 0:
            yield quarantine(source, "empty", f"{source} is empty (0 bytes).")
            return
        try:
            fh = open(source, "rb")  # noqa: SIM115 - closed below, after streaming
        except OSError as exc:
            yield quarantine(source, "unreadable", f"{source} could not be opened ({exc.strerror or exc}).")
            return
        with fh:
            head = fh.read(_HEAD)
            name = os.path.basename(source)
            if head.startswith(b"\x1f\x8b"):
                yield from self._gzip_file(fh, source, name)
                return
            hint = _hint(name)
            if head.startswith(_ARCHIVE_STARTS):
                fh.seek(0)
                yield from read_warc(fh, source, o)
                return
            what = sniff_binary(head)
            if what:
                yield quarantine(source, "binary", f"{source} is {what}, not a page.", head[:4096])
                return
            fmt = sniff_format(head, hint)
            if fmt == "jsonl":
                fh.seek(0)
                yield from read_jsonl(fh, source, o)
                return
            if st.st_size > o.max_bytes:
                yield quarantine(
                    source,
                    "too_large",
                    f"{source} is {human_size(st.st_size)}, over the cap of {human_size(o.max_bytes)} for one page.",
                )
                return
            data = head + fh.read(o.max_bytes + 1 - len(head))
        yield from self.document(data, source, name=name)

    def _gzip_file(self, fh: BinaryIO, source: str, name: str) -> Iterator[Item]:
        o = self.options
        inner_name = name[:-3] if name.lower().endswith(".gz") else name
        hint = _hint(inner_name)
        fh.seek(0)
        try:
            # a partial read: a gzip stream cut short still shows its beginning
            inner_head = zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(fh.read(_HEAD), _HEAD)
        except zlib.error as exc:
            yield quarantine(source, "corrupt", f"{source} is not a readable gzip file ({exc}).")
            return
        if not inner_head.strip():
            yield quarantine(source, "empty", f"{source} is a gzip file with nothing in it.")
            return
        fh.seek(0)
        if inner_head.startswith(_ARCHIVE_STARTS) or hint == "warc":
            yield from read_warc(fh, source, o)
            return
        what = sniff_binary(inner_head)
        if what:
            yield quarantine(source, "binary", f"{source} holds {what}, not a page.", inner_head[:4096])
            return
        if sniff_format(inner_head, hint) == "jsonl":
            with gzip.GzipFile(fileobj=fh) as gz:
                yield from read_jsonl(gz, source, o)
            return
        try:
            with gzip.GzipFile(fileobj=fh) as gz:
                data = gz.read(o.max_bytes + 1)
        except EOFError:
            yield quarantine(source, "truncated", f"{source} is a gzip file that ends before its data does.")
            return
        except (OSError, zlib.error) as exc:
            yield quarantine(source, "corrupt", f"{source} is not a readable gzip file ({exc}).")
            return
        if len(data) > o.max_bytes:
            yield quarantine(
                source, "too_large", f"{source} unpacks to more than the cap of {human_size(o.max_bytes)} for one page."
            )
            return
        yield from self.document(data, source, name=inner_name, gunzipped=True)

    def url(self, url: str, meta: dict | None = None, *, allow_feed: bool = True) -> Iterator[Item]:
        if url in self.seen_urls:
            return
        self.seen_urls.add(url)
        try:
            got = self.fetcher.fetch(url)
        except Exception as exc:  # noqa: BLE001 - one bad URL never stops the others
            yield quarantine(url, "error", f"{url!r} could not be fetched: {type(exc).__name__}: {exc}.")
            return
        if isinstance(got, Quarantined):
            yield got
            return
        yield from self._response(got, meta or {}, allow_feed=allow_feed)

    def _response(self, resp: Response, meta: dict, *, allow_feed: bool) -> Iterator[Item]:
        meta = dict(meta)
        if resp.redirects:
            meta["redirects"] = list(resp.redirects)
        for item in self.document(
            resp.content,
            resp.requested_url,
            name=resp.url.split("?", 1)[0].rsplit("/", 1)[-1],
            url=resp.url,
            content_type=resp.content_type,
            http_status=resp.status,
            meta=meta,
            allow_feed=allow_feed,
        ):
            if isinstance(item, RawPage) and resp.fetched_at:
                item.fetched_at = resp.fetched_at
            yield item

    def _feed_entry(self, url: str, meta: dict) -> Iterator[Item]:
        yield from self.url(url, meta, allow_feed=False)

    # -- one document in memory -------------------------------------------------
    def document(
        self,
        data: bytes,
        source: str,
        *,
        name: str | None = None,
        url: str | None = None,
        content_type: str | None = None,
        http_status: int | None = None,
        meta: dict | None = None,
        allow_feed: bool = True,
        gunzipped: bool = False,
    ) -> Iterator[Item]:
        o = self.options
        body = data[3:] if data.startswith(b"\xef\xbb\xbf") else data
        if not body.strip():
            yield quarantine(source, "empty", f"{source} holds no text (only {len(data)} blank bytes).", data[:4096])
            return
        if data.startswith(b"\x1f\x8b") and not gunzipped:
            try:
                inner = gzip.GzipFile(fileobj=io.BytesIO(data)).read(o.max_bytes + 1)
            except EOFError:
                yield quarantine(source, "truncated", f"{source} is gzip data that ends before its content does.")
                return
            except (OSError, zlib.error) as exc:
                yield quarantine(source, "corrupt", f"{source} is not readable gzip data ({exc}).")
                return
            if len(inner) > o.max_bytes:
                yield quarantine(source, "too_large", f"{source} unpacks to more than {human_size(o.max_bytes)}.")
                return
            if inner.startswith(b"WARC/"):
                yield from read_warc(io.BytesIO(inner), source, o)
                return
            name = name[:-3] if name and name.lower().endswith(".gz") else name
            yield from self.document(
                inner, source, name=name, url=url, content_type=None, http_status=http_status,
                meta=meta, allow_feed=allow_feed, gunzipped=True,
            )
            return
        what = sniff_binary(data[:_HEAD])
        if what:
            yield quarantine(source, "binary", f"{source} is {what}, not a page.", data[:4096])
            return
        hint = _hint(name, content_type)
        fmt = sniff_format(data[:_HEAD], hint)
        common = dict(url=url, content_type=content_type, http_status=http_status, meta=meta)
        if fmt == "warc":
            yield from read_warc(io.BytesIO(data), source, o)
        elif fmt == "feed":
            if not allow_feed:
                yield quarantine(
                    source,
                    "nested_feed",
                    f"{source} is a feed listed in another feed; feeds are followed one level deep.",
                )
                return
            yield from read_feed(
                data, source, o, self._feed_entry, base_url=url, content_type=content_type
            )
        elif fmt == "html":
            yield read_html(data, source, **common)
        elif fmt == "jsonl":
            yield from read_jsonl(io.BytesIO(data), source, o)
        elif fmt == "json":
            yield from read_json_document(data, source)
        elif fmt == "xml":
            yield quarantine(
                source,
                "unsupported_format",
                f"{source} is an XML document that is neither a feed nor HTML.",
                data[:4096],
            )
        else:
            yield read_text(data, source, **common)


def read_inputs(inputs: Iterable[str], *, options: IngestOptions | None = None) -> Iterator[RawPage | Quarantined]:
    """Every page of ``inputs`` as :class:`RawPage`, and every input that cannot be read as :class:`Quarantined`.

    ``inputs`` are file paths, folders (walked recursively), glob patterns
    (``**`` allowed) and http(s) URLs of pages or feeds.  Pages are streamed:
    nothing beyond the current page is held.  Nothing raises for bad input.
    """
    run = _Run(options or IngestOptions())
    try:
        for raw in inputs:
            try:
                yield from run.read(raw)
            except Exception as exc:  # noqa: BLE001 - one bad input never stops the others
                yield quarantine(str(raw), "error", f"{raw} could not be read: {type(exc).__name__}: {exc}.")
    finally:
        run.close()
