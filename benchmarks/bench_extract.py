#!/usr/bin/env python3
"""Extraction speed on one core: plain-text pages and HTML pages, pages/s.

    python benchmarks/bench_extract.py [--shared ../shared] [--repeat 3]

Reads ../shared/data/aeb (121 pages in both shapes) into memory first, so
only extraction is timed (CPU time of this process, best of ``--repeat``).
"""
from __future__ import annotations

import argparse
import gzip
import resource
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def best_cpu(fn, pages, repeat):
    best = float("inf")
    for _ in range(repeat):
        started = time.process_time()
        for page in pages:
            fn(page)
        best = min(best, time.process_time() - started)
    return best


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=REPO.parent / "shared")
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    from newsloom.extract.html import extract_html
    from newsloom.extract.lines import clean_text
    from newsloom.extract.text import extract_text

    aeb = args.shared / "data" / "aeb"
    texts = [p.read_text(encoding="utf-8") for p in sorted((aeb / "text").glob("*.txt"))]
    htmls = [gzip.decompress(p.read_bytes()) for p in sorted((aeb / "html").glob("*.html.gz"))]
    extract_text(texts[0]), extract_html(htmls[0])  # load lazily built tables once
    rows = [
        ("plain text: line classifier only", clean_text, texts),
        ("plain text: full extract_text", extract_text, texts),
        ("HTML: extract_html", extract_html, htmls),
    ]
    print(f"{'path':36} {'pages':>6} {'cpu s':>7} {'pages/s':>8}")
    for name, fn, pages in rows:
        took = best_cpu(fn, pages, args.repeat)
        print(f"{name:36} {len(pages):6} {took:7.2f} {len(pages) / took:8.1f}")
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak RSS {rss:.0f} MiB")


if __name__ == "__main__":
    main()
