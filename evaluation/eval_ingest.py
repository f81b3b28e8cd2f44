#!/usr/bin/env python3
"""Evaluate ingest's encoding detection: are pages in legacy encodings decoded right?

Usage:
    python evaluation/eval_ingest.py [--shared ../shared] [--limit N] [--chars 8000]

Gold data is made from the page texts of ``data/dates/text`` and
``data/aeb/text`` (mostly German and English, UTF-8): each text with
non-ASCII characters is written out the ways pages reach newsloom (plain
UTF-8, UTF-16 with a BOM, windows-1252 and windows-1250 without any
declaration, HTML declaring the right charset, HTML wrongly declaring UTF-8
over windows-1252 bytes, HTML wrongly declaring ISO-8859-1 over UTF-8 bytes)
and run through ``read_inputs`` as a file.  A case counts as right when the
page is kept (not quarantined) and its text, decoded with the encoding ingest
found, equals the original exactly.  Prints the accuracy per way of writing
and overall (the summary line, last).
"""
from __future__ import annotations

import argparse
import html
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

from newsloom.ingest import IngestOptions, page_text, read_inputs
from newsloom.records import RawPage

REPO = Path(__file__).resolve().parents[1]


def _html(text: str, charset: str | None) -> str:
    meta = f'<meta charset="{charset}">' if charset else ""
    return f"<!DOCTYPE html><html><head>{meta}<title>t</title></head><body><pre>{html.escape(text)}</pre></body></html>"


def cases(text: str):
    """(condition, file name, bytes, expected decoded text) for one page text."""
    yield "text utf-8", "p.txt", text.encode("utf-8"), text
    yield "text utf-16 (BOM)", "p.txt", text.encode("utf-16"), text
    for enc, label in (("cp1252", "windows-1252"), ("cp1250", "windows-1250")):
        try:
            data = text.encode(enc)
        except UnicodeEncodeError:
            continue
        if enc == "cp1250" and data == text.encode("cp1252", errors="replace"):
            continue  # reads the same as windows-1252: nothing new to learn
        yield f"text {label} (undeclared)", "p.txt", data, text
        if enc == "cp1252":
            page = _html(text, label)
            yield "html windows-1252 declared", "p.html", page.encode(enc), page
            page = _html(text, "utf-8")
            yield "html windows-1252 declared utf-8", "p.html", page.encode(enc), page
    page = _html(text, "iso-8859-1")
    yield "html utf-8 declared iso-8859-1", "p.html", page.encode("utf-8"), page


def load_texts(shared: Path, limit: int, chars: int) -> list[str]:
    texts = []
    for folder in (shared / "data" / "dates" / "text", shared / "data" / "aeb" / "text"):
        for path in sorted(folder.glob("*.txt")):
            text = path.read_text(encoding="utf-8")[:chars]
            if not text.isascii():
                texts.append(text)
    if limit:
        texts = texts[:limit]
    return texts


def evaluate(shared: Path, *, limit: int = 0, chars: int = 8000) -> dict[str, tuple[int, int]]:
    """Right and total per condition."""
    right: Counter[str] = Counter()
    total: Counter[str] = Counter()
    options = IngestOptions(follow_feeds=False)
    with tempfile.TemporaryDirectory(prefix="newsloom-eval-ingest-") as tmp:
        for n, text in enumerate(load_texts(shared, limit, chars)):
            for condition, name, data, expected in cases(text):
                path = Path(tmp) / f"{n}_{name}"
                path.write_bytes(data)
                items = list(read_inputs([str(path)], options=options))
                path.unlink()
                total[condition] += 1
                if len(items) == 1 and isinstance(items[0], RawPage) and page_text(items[0]) == expected:
                    right[condition] += 1
    return {c: (right[c], total[c]) for c in total}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--shared", default=str(REPO.parent / "shared"))
    ap.add_argument("--limit", type=int, default=0, help="only the first N texts with non-ASCII characters")
    ap.add_argument("--chars", type=int, default=8000, help="characters of each text used (default 8000)")
    args = ap.parse_args(argv)
    start = time.perf_counter()
    scores = evaluate(Path(args.shared), limit=args.limit, chars=args.chars)
    elapsed = time.perf_counter() - start
    all_right = sum(r for r, _ in scores.values())
    all_total = sum(t for _, t in scores.values())
    width = max(len(c) for c in scores)
    for condition in sorted(scores):
        r, t = scores[condition]
        print(f"{condition:<{width}}  accuracy {r / t:.3f}  ({r}/{t})")
    print(f"{all_total} cases in {elapsed:.1f} s ({all_total / elapsed:.0f} cases/s)")
    print(f"summary: encoding accuracy {all_right / all_total:.3f} ({all_right}/{all_total})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
