#!/usr/bin/env python3
"""Run every stage's evaluation on the gold data in ../shared and print each summary.

    python evaluation/run_all.py [--only NAME ...]

Each evaluation is its own command (run it alone for the details); this one
runs them in pipeline order and prints the last lines of each.
"""
from __future__ import annotations

import argparse
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent

EVALUATIONS = [
    ("ingest: encodings", "eval_ingest.py", []),
    ("extract: plain text (aeb/text), the product path", "eval_aeb_text.py", ["--path", "extract"]),
    ("extract: plain text (aeb/text), line classifier alone", "eval_aeb_text.py", ["--path", "lines"]),
    ("extract: HTML (aeb/html)", "eval_aeb_html.py", []),
    ("extract: dates", "eval_dates.py", []),
    ("extract: seeds", "eval_extract_seeds.py", []),
    ("stories: ecbplus", "eval_stories.py", []),
    ("copies", "eval_copies.py", []),
    ("facts: PLOVER events", "eval_events.py", []),
    ("facts: events, blind set", "eval_event_probe.py", ["--probe", str(HERE / "event_blind.tsv")]),
    ("facts: events, blind set in the PLOVER records' conventions", "eval_event_probe.py",
     ["--probe", str(HERE / "event_blind_gsr.tsv")]),
    ("facts: events, own sentences", "eval_event_probe.py", []),
    ("facts: seeds", "eval_facts_seeds.py", []),
    ("whole pipeline: seeds", "eval_seeds.py", []),
]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--only", nargs="*", help="run only evaluations whose script name contains one of these")
    ap.add_argument("--lines", type=int, default=6, help="lines of each evaluation's output to show")
    args = ap.parse_args()
    failed = 0
    for title, script, extra in EVALUATIONS:
        if args.only and not any(o in script for o in args.only):
            continue
        path = HERE / script
        if not path.exists():
            continue
        started = time.perf_counter()
        out = subprocess.run([sys.executable, str(path), *extra], capture_output=True, text=True)
        took = time.perf_counter() - started
        print(f"== {title}  ({script}, {took:.0f} s)")
        text = (out.stdout or "").strip().splitlines()
        print("\n".join(text[-args.lines:]))
        if out.returncode:
            failed += 1
            print(f"!! exited {out.returncode}: {(out.stderr or '').strip()[-500:]}")
        print()
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
