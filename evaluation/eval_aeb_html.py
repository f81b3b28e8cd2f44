#!/usr/bin/env python3
"""Evaluate newsloom's HTML article extraction on the article-extraction benchmark.

Usage:
    python evaluation/eval_aeb_html.py [--shared ../shared] [--limit N] [--half all|first|second]
                                       [--out PRED.jsonl] [--per-page]

Runs ``extract_html`` on ``data/aeb/html/*.html.gz`` (with each page's URL from
the gold file), writes the bodies as JSONL, prints the speed, and scores them
with ``eval/score_aeb.py`` (precision, recall, F1 of 4-token shingles).
``--half`` splits the pages (sorted by id) in two, to check that a setting
chosen on one half holds on the other.
"""
from __future__ import annotations

import argparse
import gzip
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from newsloom.extract.html import extract_html

REPO = Path(__file__).resolve().parents[1]


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--shared", default=str(REPO.parent / "shared"))
    ap.add_argument("--limit", type=int, default=0, help="only the first N pages (sorted by id)")
    ap.add_argument("--half", choices=("all", "first", "second"), default="all")
    ap.add_argument("--out", help="where to write the predictions (default: a temporary file)")
    ap.add_argument("--per-page", action="store_true", help="pass --per-page to the scorer")
    args = ap.parse_args(argv)
    shared = Path(args.shared)
    gold_path = shared / "data" / "aeb" / "gold.json"
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    files = sorted((shared / "data" / "aeb" / "html").glob("*.html.gz"))
    if args.half == "first":
        files = files[: len(files) // 2]
    elif args.half == "second":
        files = files[len(files) // 2:]
    if args.limit:
        files = files[: args.limit]
    ids = [f.name[: -len(".html.gz")] for f in files]
    out = open(args.out, "w", encoding="utf-8") if args.out else tempfile.NamedTemporaryFile(
        "w", suffix=".jsonl", delete=False, encoding="utf-8")
    subset = tempfile.NamedTemporaryFile("w", suffix=".json", delete=False, encoding="utf-8")
    json.dump({i: gold[i] for i in ids if i in gold}, subset)
    subset.close()
    elapsed = 0.0
    dated = 0
    for f, page_id in zip(files, ids):
        html = gzip.decompress(f.read_bytes())
        t0 = time.perf_counter()
        reading = extract_html(html, url=gold.get(page_id, {}).get("url"))
        elapsed += time.perf_counter() - t0
        text = "\n\n".join(a.text for a in reading.articles)
        dated += any(a.published for a in reading.articles)
        out.write(json.dumps({"source": f.name, "text": text}) + "\n")
    out.close()
    print(f"pages {len(files)}  time {elapsed:.1f}s  {len(files) / max(elapsed, 1e-9):.1f} pages/s  "
          f"with a date {dated}")
    cmd = [sys.executable, str(shared / "eval" / "score_aeb.py"), out.name, "--gold", subset.name]
    if args.per_page:
        cmd.append("--per-page")
    res = subprocess.run(cmd, capture_output=True, text=True)
    sys.stdout.write(res.stdout)
    sys.stderr.write(res.stderr)
    return res.returncode


if __name__ == "__main__":
    sys.exit(main())
