#!/usr/bin/env python3
"""Evaluate newsloom's publication-date finder on the dates dev set.

Usage:
    python evaluation/eval_dates.py [--shared ../shared] [--half all|tune|check]
                                    [--no-url] [--errors] [--out PRED.jsonl]

Runs ``find_publication_date`` over ``data/dates/text/*.txt`` (with each page's
URL from the gold file unless ``--no-url``), writes the predictions as JSONL
and scores them with ``eval/score_dates.py``.  ``--half tune`` keeps the pages
with an even number, ``--half check`` the odd ones: the weights were tuned on
the first half, the second half tells how well they hold on unseen pages.
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from newsloom.extract.dates import find_publication_date, publication_candidates

REPO = Path(__file__).resolve().parents[1]


def pages(shared: Path, half: str):
    gold_path = shared / "data" / "dates" / "gold.jsonl"
    with open(gold_path, encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            number = int(Path(rec["file"]).stem)
            if half == "tune" and number % 2:
                continue
            if half == "check" and not number % 2:
                continue
            yield rec


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--shared", default=str(REPO.parent / "shared"))
    ap.add_argument("--half", choices=("all", "tune", "check"), default="all")
    ap.add_argument("--no-url", action="store_true", help="do not give the finder the page URL")
    ap.add_argument("--errors", action="store_true", help="list wrong pages with the top candidates")
    ap.add_argument("--out", help="where to write the predictions (default: a temporary file)")
    args = ap.parse_args(argv)
    shared = Path(args.shared)
    recs = list(pages(shared, args.half))
    subset_gold = tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8")
    out = open(args.out, "w", encoding="utf-8") if args.out else tempfile.NamedTemporaryFile(
        "w", suffix=".jsonl", delete=False, encoding="utf-8")
    t0 = time.perf_counter()
    wrong = []
    for rec in recs:
        text = (shared / "data" / "dates" / "text" / rec["file"]).read_text(encoding="utf-8")
        url = None if args.no_url else rec.get("url")
        reading = find_publication_date(text, url=url)
        value = reading.value if reading else None
        out.write(json.dumps({"source": rec["file"], "published": value}) + "\n")
        subset_gold.write(json.dumps(rec) + "\n")
        if args.errors and (value or "")[:10] != (rec["date"] or ""):
            wrong.append((rec, value, publication_candidates(text, url=url)[:4]))
    elapsed = time.perf_counter() - t0
    out.close()
    subset_gold.close()
    if args.errors:
        for rec, value, cands in wrong:
            print(f"wrong {rec['file']} gold={rec['date']} in_text={rec['date_in_text']} predicted={value}")
            for c in cands:
                mark = "*" if c.day == rec["date"] else " "
                print(f"   {mark} {c.score:5.2f} {c.day} line {c.line_no} {c.reading.text!r} {c.reasons}")
    print(f"pages {len(recs)} half={args.half} url={'no' if args.no_url else 'yes'} "
          f"time {elapsed:.1f}s ({len(recs) / max(elapsed, 1e-9):.0f} pages/s)")
    scorer = shared / "eval" / "score_dates.py"
    res = subprocess.run([sys.executable, str(scorer), out.name, "--gold", subset_gold.name],
                         capture_output=True, text=True)
    sys.stdout.write(res.stdout)
    sys.stderr.write(res.stderr)
    return res.returncode


if __name__ == "__main__":
    sys.exit(main())
