#!/usr/bin/env python3
"""Run newsloom's plain-text extraction on the seed pages and score it.

Usage:
    python evaluation/eval_extract_seeds.py [--shared ../shared] [--out OUT.jsonl] [--json]
                                            [--aeb] [--dates]

Writes one JSON line per extracted article (source, id, title, outlet,
published, published_ambiguous, author, section, kind, text, ...) and runs the
shared scorer ``eval/score_seeds.py`` on it; its output is printed as is.

``--aeb`` also scores the body of each page's (longest) article on the aeb dev
pages with ``eval/score_aeb.py``; ``--dates`` scores the publication date read
from the dates dev pages with ``eval/score_dates.py``.  Both report how many
articles each page gave (an ordinary page should give one).
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from collections import Counter
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


def export_pages(folder: Path, out: Path, field: str) -> Counter:
    """One line per page of ``folder`` with its longest article's text or date; article counts."""
    counts: Counter = Counter()
    with out.open("w", encoding="utf-8") as fh:
        for path in sorted(folder.glob("*.txt")):
            reading = extract_text(path.read_text(encoding="utf-8"))
            counts[len(reading.articles)] += 1
            best = max(reading.articles, key=lambda a: len(a.text), default=None)
            if field == "text":
                rec = {"source": path.name, "text": best.text if best else ""}
            else:
                rec = {"source": path.name,
                       "published": best.published.value if best and best.published else None}
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    return counts


def _score_pages(shared: Path, kind: str) -> int:
    folder, scorer, gold, field = {
        "aeb": ("aeb", "score_aeb.py", "gold.json", "text"),
        "dates": ("dates", "score_dates.py", "gold.jsonl", "published"),
    }[kind]
    out = Path(tempfile.mkstemp(suffix=".jsonl", prefix=f"{kind}_")[1])
    counts = export_pages(shared / "data" / folder / "text", out, field)
    print(f"{kind}: articles per page {dict(sorted(counts.items()))}")
    return subprocess.call([sys.executable, str(shared / "eval" / scorer), str(out),
                            "--gold", str(shared / "data" / folder / gold)])


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", default=str(REPO.parent / "shared"), help="the shared reference folder")
    ap.add_argument("--out", help="where to write the articles (default: a temporary file)")
    ap.add_argument("--json", action="store_true", help="ask the scorer for JSON figures too")
    ap.add_argument("--aeb", action="store_true", help="also score article bodies on the aeb dev pages")
    ap.add_argument("--dates", action="store_true", help="also score publication dates on the dates dev pages")
    args = ap.parse_args(argv)
    shared = Path(args.shared)
    out = Path(args.out) if args.out else Path(tempfile.mkstemp(suffix=".jsonl", prefix="seeds_")[1])
    n = export(shared / "seeds", out)
    print(f"{n} articles written to {out}")
    cmd = [sys.executable, str(shared / "eval" / "score_seeds.py"), str(out),
           "--gold", str(shared / "gold" / "seeds.json")]
    if args.json:
        cmd.append("--json")
    rc = subprocess.call(cmd)
    for kind in ("aeb", "dates"):
        if getattr(args, kind):
            rc = _score_pages(shared, kind) or rc
    return rc


if __name__ == "__main__":
    raise SystemExit(main())
