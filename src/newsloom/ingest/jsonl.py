"""JSONL files of articles that were extracted elsewhere.

Each line is one JSON object ``{"id", "text", "title"?, "url"?, "outlet"?,
"published"?, ...}``.  A valid line becomes a :class:`RawPage` with
``kind="article"``, ``meta`` the record itself (so ``meta["id"]`` is the
article's input id), ``content`` the line's bytes and ``id`` the hash of the
record's canonical JSON (keys sorted, no extra spaces), so the same article
written with other spacing or key order is the same page.

A line that is not JSON, not an object, or has no text is quarantined with
the file and line number; the rest of the file goes on.  The file is read
line by line, never whole, and a line longer than ``max_bytes`` is skipped
without being held in memory.  Its source is ``path#L<line number>``.
"""
from __future__ import annotations

import json
from collections.abc import Iterator
from typing import BinaryIO

from newsloom.ingest.base import IngestOptions, human_size, make_page, quarantine
from newsloom.records import Quarantined, RawPage, content_hash

_CHUNK = 1 << 20


def canonical_json(record: dict) -> str:
    return json.dumps(record, sort_keys=True, ensure_ascii=False, separators=(",", ":"))


def _read_line(fh: BinaryIO, limit: int) -> tuple[bytes, bool, int]:
    """The next line (without its line break), whether it was over ``limit``, and the bytes consumed."""
    line = fh.readline(limit + 1)
    consumed = len(line)
    if len(line) > limit and not line.endswith(b"\n"):
        # too long: skip the rest of the line without keeping it
        while True:
            more = fh.readline(_CHUNK)
            consumed += len(more)
            if not more or more.endswith(b"\n"):
                break
        return b"", True, consumed
    return line.rstrip(b"\r\n"), False, consumed


def _validate(record: object) -> str | None:
    if not isinstance(record, dict):
        return f"it is a JSON {type(record).__name__}, not an object"
    text = record.get("text")
    if text is None:
        return 'it has no "text" field'
    if not isinstance(text, str):
        return f'its "text" is a {type(text).__name__}, not a string'
    if not text.strip():
        return 'its "text" is empty'
    for key in ("id", "title", "url", "outlet", "published"):
        value = record.get(key)
        if value is not None and not isinstance(value, (str, int)):
            return f'its "{key}" is a {type(value).__name__}, not a string'
    return None


def read_jsonl(fh: BinaryIO, path: str, options: IngestOptions) -> Iterator[RawPage | Quarantined]:
    """Articles of one JSONL stream (opened in binary mode) named ``path``."""
    lineno = 0
    nonblank = 0
    while True:
        try:
            line, too_long, consumed = _read_line(fh, options.max_bytes)
        except EOFError as exc:
            yield quarantine(
                path, "truncated", f"{path} ends early after line {lineno} ({exc}); the lines before were read."
            )
            return
        except OSError as exc:
            yield quarantine(path, "corrupt", f"{path} could not be read past line {lineno} ({exc}).")
            return
        if not consumed:
            break
        lineno += 1
        source = f"{path}#L{lineno}"
        if too_long:
            nonblank += 1
            yield quarantine(
                source, "too_large", f"{path} line {lineno} is longer than the cap of {human_size(options.max_bytes)}."
            )
            continue
        if lineno == 1 and line.startswith(b"\xef\xbb\xbf"):
            line = line[3:]
        if not line.strip():
            continue
        nonblank += 1
        try:
            text = line.decode("utf-8")
        except UnicodeDecodeError as exc:
            yield quarantine(
                source, "encoding", f"{path} line {lineno} is not UTF-8 (bad byte at {exc.start}).", line[:4096]
            )
            continue
        try:
            record = json.loads(text)
        except json.JSONDecodeError as exc:
            yield quarantine(
                source,
                "invalid_json",
                f"{path} line {lineno} is not valid JSON ({exc.msg} at column {exc.colno}).",
                line[:4096],
            )
            continue
        problem = _validate(record)
        if problem:
            yield quarantine(
                source, "invalid_record", f"{path} line {lineno} is not an article: {problem}.", line[:4096]
            )
            continue
        url = record.get("url") if isinstance(record.get("url"), str) else None
        yield make_page(
            line,
            source,
            "article",
            url=url or None,
            encoding="utf-8",
            content_type="application/jsonl",
            meta=record,
            page_id=content_hash(canonical_json(record)),
        )
    if nonblank == 0:
        yield quarantine(path, "empty", f"{path} holds no JSON lines.")


def read_json_document(data: bytes, path: str) -> Iterator[RawPage | Quarantined]:
    """Articles of a whole JSON document: one article object, a list of them, or ``{"articles": [...]}``.

    Item ``n`` (from 1) of a list has the source ``path#item<n>``.
    """
    try:
        doc = json.loads(data.decode("utf-8-sig"))
    except UnicodeDecodeError as exc:
        yield quarantine(path, "encoding", f"{path} is not UTF-8 (bad byte at {exc.start}).", data[:4096])
        return
    except json.JSONDecodeError as exc:
        yield quarantine(
            path, "invalid_json", f"{path} is not valid JSON ({exc.msg} at line {exc.lineno}, column {exc.colno}).",
            data[:4096],
        )
        return
    if isinstance(doc, dict) and isinstance(doc.get("articles"), list):
        doc = doc["articles"]
    if isinstance(doc, dict):
        items, single = [doc], True
    elif isinstance(doc, list):
        items, single = doc, False
    else:
        yield quarantine(path, "invalid_record", f"{path} holds a JSON {type(doc).__name__}, not articles.")
        return
    if not items:
        yield quarantine(path, "empty", f"{path} holds an empty list of articles.")
        return
    for n, record in enumerate(items, start=1):
        source = path if single else f"{path}#item{n}"
        where = path if single else f"{path} item {n}"
        problem = _validate(record)
        if problem:
            snippet = json.dumps(record, ensure_ascii=False)[:4096].encode()
            yield quarantine(source, "invalid_record", f"{where} is not an article: {problem}.", snippet)
            continue
        canon = canonical_json(record)
        url = record.get("url") if isinstance(record.get("url"), str) else None
        yield make_page(
            canon.encode("utf-8"),
            source,
            "article",
            url=url or None,
            encoding="utf-8",
            content_type="application/json",
            meta=record,
            page_id=content_hash(canon),
        )
