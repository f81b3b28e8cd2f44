#!/usr/bin/env python3
"""Facts stage speed (entities, quotes, events): articles/s on 1 and 2 processes.

    python benchmarks/bench_facts.py [--shared ../shared] [--articles 200]

Articles are the gold bodies of ../shared/data/aeb (news and blog pages of
many sites), repeated to ``--articles``.  Wall time, after the model is loaded.
"""
from __future__ import annotations

import argparse
import json
import resource
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=REPO.parent / "shared")
    ap.add_argument("--articles", type=int, default=200)
    args = ap.parse_args()
    from newsloom.facts import FactReader
    from newsloom.records import Article

    gold = json.loads((args.shared / "data" / "aeb" / "gold.json").read_text(encoding="utf-8"))
    bodies = [g["articleBody"] for g in gold.values() if g.get("articleBody")]
    articles = [Article(id=str(i), page_id="p", source="bench", text=bodies[i % len(bodies)][:20000],
                        published="2025-07-01") for i in range(args.articles)]
    words = sum(len(a.text.split()) for a in articles)
    print(f"{len(articles)} articles, {words} words")
    for n_process in (1, 2):
        reader = FactReader(n_process=n_process, batch_size=16)
        reader.read_facts(articles[:4])  # warm up (and start workers)
        started = time.perf_counter()
        reader.read_facts(articles)
        took = time.perf_counter() - started
        print(f"n_process={n_process}: {len(articles) / took:6.1f} articles/s, {words / took:8.0f} words/s")
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak RSS (main process) {rss:.0f} MiB")


if __name__ == "__main__":
    main()
