#!/usr/bin/env python3
"""Run the whole pipeline on the seed pages and score the export.

    python evaluation/eval_seeds.py [--shared ../shared] [--json]

Runs ``newsloom run SEEDS`` into a temporary store, exports JSONL and prints
what ``shared/eval/score_seeds.py`` says of it (its last line is the summary),
then the Russia–Azerbaijan relations index by month (``newsloom relations RUS
AZE``), which the gold's ``dyad_trend`` describes: conflict in June–July 2025,
easing from September 2025.
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def run(shared: Path, as_json: bool = False) -> str:
    return run_with_trend(shared, as_json)[0]


def run_with_trend(shared: Path, as_json: bool = False) -> tuple[str, list[dict]]:
    """The scorer's output and the RUS–AZE index rows by month."""
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "seeds.db"
        out = Path(tmp) / "seeds.jsonl"
        cmd = [sys.executable, "-m", "newsloom"]
        subprocess.run([*cmd, "run", str(shared / "seeds"), "--db", str(db)], check=True,
                       capture_output=True)
        subprocess.run([*cmd, "export", "--db", str(db), "--output", str(out)], check=True,
                       capture_output=True)
        trend = subprocess.run([*cmd, "relations", "RUS", "AZE", "--db", str(db), "--freq", "month",
                                "--format", "json"], check=True, capture_output=True, text=True).stdout
        score = [sys.executable, str(shared / "eval" / "score_seeds.py"), str(out)]
        if as_json:
            score.append("--json")
        text = subprocess.run(score, check=True, capture_output=True, text=True).stdout
        return text, json.loads(trend)


def summary(text: str) -> dict[str, str]:
    """The scorer's last line as a dict of figures."""
    last = text.strip().splitlines()[-1].removeprefix("seeds: ")
    return dict(part.split("=", 1) for part in last.split(" ") if "=" in part)


if __name__ == "__main__":
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=REPO.parent / "shared")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    text, trend = run_with_trend(args.shared, args.json)
    print(text, end="")
    if args.json:
        print(json.dumps(summary(text), indent=1))
    print("RUS-AZE index by month (+ cooperation / - conflict), each real event once:")
    for row in trend:
        print(f"  {row['period']}  {row['index']:+6.2f}  events {row['events']:>2}  reports {row['reports']:>2}")
