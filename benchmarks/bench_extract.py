#!/usr/bin/env python3
"""Extraction speed on one core: plain-text pages and HTML pages, pages/s.

    python benchmarks/bench_extract.py [--shared ../shared] [--repeat 5] [--path text|html|all]

Reads ../shared/data/aeb (121 pages in both shapes) into memory first, so
only extraction is timed.  Each path runs ``--repeat`` times in this one
process (one core); the table gives the best run by CPU time of the process
and by wall-clock time.  On a machine shared with other work the CPU figure
is the one to compare; wall time also counts the time other processes took
the core.  The extractors keep no answers from one page for the next; what
they keep is model data (the language model's rows, converted on first use
and bounded), so repeats after the first time the same work.
"""
from __future__ import annotations

import argparse
import gzip
import resource
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def best_times(fn, pages, repeat: int) -> tuple[float, float]:
    """Best CPU seconds and best wall seconds of ``repeat`` runs over ``pages``."""
    best_cpu = best_wall = float("inf")
    for _ in range(repeat):
        cpu, wall = time.process_time(), time.perf_counter()
        for page in pages:
            fn(page)
        best_cpu = min(best_cpu, time.process_time() - cpu)
        best_wall = min(best_wall, time.perf_counter() - wall)
    return best_cpu, best_wall


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=REPO.parent / "shared")
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--path", choices=("text", "html", "all"), default="all")
    args = ap.parse_args()
    from newsloom.extract.html import extract_html
    from newsloom.extract.lines import clean_text
    from newsloom.extract.text import extract_text

    aeb = args.shared / "data" / "aeb"
    rows = []
    if args.path in ("text", "all"):
        texts = [p.read_text(encoding="utf-8") for p in sorted((aeb / "text").glob("*.txt"))]
        extract_text(texts[0])  # load models and lazily built tables once
        rows += [("plain text: line classifier only", clean_text, texts),
                 ("plain text: full extract_text", extract_text, texts)]
    if args.path in ("html", "all"):
        htmls = [gzip.decompress(p.read_bytes()) for p in sorted((aeb / "html").glob("*.html.gz"))]
        extract_html(htmls[0])
        rows.append(("HTML: extract_html", extract_html, htmls))
    print(f"best of {args.repeat} runs, one process")
    print(f"{'path':34} {'pages':>5} {'cpu s':>6} {'pages/s cpu':>11} {'wall s':>7} {'pages/s wall':>12}")
    for name, fn, pages in rows:
        cpu, wall = best_times(fn, pages, args.repeat)
        print(f"{name:34} {len(pages):5} {cpu:6.2f} {len(pages) / cpu:11.1f} {wall:7.2f} {len(pages) / wall:12.1f}")
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak RSS {rss:.0f} MiB")


if __name__ == "__main__":
    main()
