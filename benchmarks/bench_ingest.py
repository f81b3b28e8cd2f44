"""Ingest throughput: how fast newsloom reads a folder of pages, and stores them.

The benchmark pages of shared/data/aeb (HTML, gunzipped, and their text
dumps) are copied into a temporary folder until there are at least
``--pages`` of them, each copy made distinct by a line of its own so content
hashing does not fold them together.  Then:

1. ``read_inputs`` walks the folder (pages/s, MiB/s);
2. if ``newsloom.store.Store`` is there, the same walk again with every page
   and quarantined input written to a fresh store.

Peak RSS is read from ``resource.getrusage`` after each step (it only grows).

    python benchmarks/bench_ingest.py [--pages 10000] [--shared ../shared] [--keep DIR]
"""
from __future__ import annotations

import argparse
import gzip
import math
import os
import resource
import shutil
import sys
import tempfile
import time
from pathlib import Path

from newsloom.ingest import IngestOptions, read_inputs
from newsloom.records import Quarantined, RawPage

REPO = Path(__file__).resolve().parents[1]


def peak_rss_mib() -> float:
    kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # KiB on Linux
    if sys.platform == "darwin":
        kib /= 1024
    return kib / 1024


def build_corpus(shared: Path, out: Path, want: int) -> tuple[int, int]:
    """Fill ``out`` with at least ``want`` distinct pages; returns (pages, bytes)."""
    aeb = shared / "data" / "aeb"
    originals: list[tuple[str, bytes, str]] = []
    for path in sorted((aeb / "html").glob("*.html.gz")):
        originals.append((path.name[: -len(".gz")], gzip.decompress(path.read_bytes()), "html"))
    for path in sorted((aeb / "text").glob("*.txt")):
        originals.append((path.name, path.read_bytes(), "text"))
    if not originals:
        raise SystemExit(f"no pages under {aeb}")
    copies = math.ceil(want / len(originals))
    total = 0
    count = 0
    for n in range(copies):
        folder = out / f"copy_{n:03d}"
        folder.mkdir(parents=True)
        for name, data, kind in originals:
            mark = f"\n<!-- newsloom benchmark copy {n} -->\n" if kind == "html" else f"\nbenchmark copy {n}\n"
            blob = data + mark.encode()
            (folder / name).write_bytes(blob)
            total += len(blob)
            count += 1
    return count, total


def cpu_seconds() -> float:
    r = resource.getrusage(resource.RUSAGE_SELF)
    return r.ru_utime + r.ru_stime


def run_ingest(folder: Path) -> dict:
    cpu = cpu_seconds()
    start = time.perf_counter()
    pages = quarantined = size = 0
    for item in read_inputs([str(folder)], options=IngestOptions(follow_feeds=False)):
        if isinstance(item, RawPage):
            pages += 1
            size += len(item.content)
        elif isinstance(item, Quarantined):
            quarantined += 1
    elapsed = time.perf_counter() - start
    return {
        "pages": pages, "quarantined": quarantined, "bytes": size, "seconds": elapsed,
        "cpu": cpu_seconds() - cpu, "rss": peak_rss_mib(),
    }


def run_ingest_and_store(folder: Path, db: Path) -> dict | None:
    try:
        from newsloom.store import Store
    except ImportError:
        return None
    store = Store(db)
    cpu = cpu_seconds()
    start = time.perf_counter()
    pages = quarantined = added = size = 0
    batch: list[RawPage] = []
    try:
        for item in read_inputs([str(folder)], options=IngestOptions(follow_feeds=False)):
            if isinstance(item, RawPage):
                pages += 1
                size += len(item.content)
                batch.append(item)
                if len(batch) >= 500:
                    added += store.add_pages(batch)
                    batch = []
            else:
                quarantined += 1
                store.add_quarantined(item)
        if batch:
            added += store.add_pages(batch)
    finally:
        store.close()
    elapsed = time.perf_counter() - start
    return {
        "pages": pages,
        "quarantined": quarantined,
        "bytes": size,
        "seconds": elapsed,
        "cpu": cpu_seconds() - cpu,
        "rss": peak_rss_mib(),
        "added": added,
        "db_mib": sum(p.stat().st_size for p in db.parent.glob(db.name + "*")) / 2**20,
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--pages", type=int, default=10_000, help="at least this many pages (default 10000)")
    ap.add_argument("--shared", type=Path, default=REPO.parent / "shared", help="the shared reference data folder")
    ap.add_argument("--keep", type=Path, help="build the corpus here and keep it (default: a temporary folder)")
    args = ap.parse_args(argv)

    work = args.keep or Path(tempfile.mkdtemp(prefix="newsloom-bench-"))
    corpus = work / "pages"
    if corpus.exists():
        shutil.rmtree(corpus)
    try:
        t0 = time.perf_counter()
        count, total = build_corpus(args.shared, corpus, args.pages)
        print(f"corpus: {count} pages, {total / 2**20:.1f} MiB in {corpus} (built in {time.perf_counter() - t0:.1f} s)")
        if hasattr(os, "sync"):
            os.sync()  # let the corpus reach the disk first, so its write-back is not timed as reading
        print(f"peak RSS before reading: {peak_rss_mib():.0f} MiB")
        rows = [("read_inputs", run_ingest(corpus))]
        stored = run_ingest_and_store(corpus, work / "bench.db")
        if stored is not None:
            rows.append(("read_inputs + Store.add_pages", stored))
        else:
            print("newsloom.store.Store is not available: storing not timed")

        print()
        header = (
            f"{'step':<30} {'pages':>7} {'quar.':>6} {'seconds':>8} {'CPU s':>7} {'pages/s':>9} {'MiB/s':>7} "
            f"{'peak RSS MiB':>13}"
        )
        print(header)
        print("-" * len(header))
        for name, r in rows:
            rate = r["pages"] / r["seconds"] if r["seconds"] else float("inf")
            mibs = r["bytes"] / 2**20 / r["seconds"] if r["seconds"] else float("inf")
            print(
                f"{name:<30} {r['pages']:>7} {r['quarantined']:>6} {r['seconds']:>8.2f} {r['cpu']:>7.2f} {rate:>9.0f} "
                f"{mibs:>7.1f} {r['rss']:>13.0f}"
            )
        if stored is not None:
            print(f"\nstore: {stored['added']} pages newly added, database {stored['db_mib']:.1f} MiB")
        ok = rows[0][1]["pages"] == count and rows[0][1]["quarantined"] == 0
        if not ok:
            print(f"\nWARNING: expected {count} pages and no quarantined inputs", file=sys.stderr)
        return 0 if ok else 1
    finally:
        if args.keep is None:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    raise SystemExit(main())
