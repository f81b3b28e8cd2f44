#!/usr/bin/env python3
"""Run newsloom's plain-text extraction on the seed pages and score it.

Usage:
    python evaluation/eval_extract_seeds.py [--shared ../shared] [--out OUT.jsonl] [--json]

Writes one JSON line per extracted article (source, id, title, outlet,
published, published_ambiguous, author, section, kind, text, ...) and runs the
shared scorer ``eval/score_seeds.py`` on it; its output is printed as is.
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

from newsloom.extract.text import extract_text
from newsloom.records import short_id

REPO = Path(__file__).resolve().parents[1]


def export(seeds: Path, out: Path) -> int:
    n = 0
    with out.open("w", encoding="utf-8") as fh:
        for path in sorted(seeds.glob("*.txt")):
            reading = extract_text(path.read_text(encoding="utf-8"))
            for pos, a in enumerate(reading.articles):
                d = a.published
                rec = {
                    "source": path.name,
                    "id": short_id(path.name, str(pos)),
                    "title": a.title,
                    "outlet": a.outlet,
                    "published": d.value if d else None,
                    "published_precision": d.precision if d else None,
                    "published_ambiguous": bool(d and d.ambiguous),
                    "published_alternatives": list(d.alternatives) if d else [],
                    "author": a.author,
                    "section": a.section,
                    "kind": a.kind,
                    "language": reading.language,
                    "flags": reading.flags,
                    "text": a.text,
                }
                fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
                n += 1
    return n


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", default=str(REPO.parent / "shared"), help="the shared reference folder")
    ap.add_argument("--out", help="where to write the articles (default: a temporary file)")
    ap.add_argument("--json", action="store_true", help="ask the scorer for JSON figures too")
    args = ap.parse_args(argv)
    shared = Path(args.shared)
    out = Path(args.out) if args.out else Path(tempfile.mkstemp(suffix=".jsonl", prefix="seeds_")[1])
    n = export(shared / "seeds", out)
    print(f"{n} articles written to {out}")
    cmd = [sys.executable, str(shared / "eval" / "score_seeds.py"), str(out),
           "--gold", str(shared / "gold" / "seeds.json")]
    if args.json:
        cmd.append("--json")
    return subprocess.call(cmd)


if __name__ == "__main__":
    raise SystemExit(main())
