#!/usr/bin/env python3
"""Scale benchmark: a stream of articles through duplicate finding and story clustering.

Builds a stream of distinct articles from the shared reference data (ECB+
documents, the aeb gold bodies, the dates page texts, the seed bodies) and
recombines them so that they stay distinct: every base text is reused with its
names swapped for made-up ones, sentences dropped and mixed with another text,
dates spread over two years, and a share of exact and near copies (header or
footer added, case changed).  Reports, for each segment of the stream, the cost
per article of each stage and the peak RSS, to show that the cost per article
stays flat (no all-pairs step) and memory follows what is kept per article
(duplicate finding) and per open story (story clustering: a closed story is
handed over and forgotten).  ``--stories-only`` leaves duplicate finding out, to
see the story clusterer's own memory.  Duplicate finding keeps the most recent
``--copies-window`` articles (default: the product's window, 100,000; ``none``
keeps all), so its memory levels off once the stream is longer than the window;
the ``kept`` column shows the articles the copy index holds.  ``--rewrites``
runs the whole copy finder (duplicates and rewrites) instead of the duplicate
index alone.

Usage: python benchmarks/bench_stories.py [--sizes 1000,10000,50000] [--shared ../shared] [--state-check]
       [--stories-only] [--copies-window N|none] [--rewrites] [--param NAME=VALUE ...]
"""
from __future__ import annotations

import argparse
import json
import random
import re
import resource
import sys
import time
from datetime import date, timedelta
from pathlib import Path

from newsloom.copies import DEFAULT_WINDOW, CopyFinder, NearDuplicateIndex
from newsloom.records import Article
from newsloom.stories import StoryClusterer

REPO = Path(__file__).resolve().parents[1]
NAME_RE = re.compile(r"\b[A-Z][a-z]{2,}\b")
SYLLABLES = ["ka", "lo", "ver", "min", "dra", "sel", "tor", "bu", "rin", "mak", "zel", "po", "ten", "vas",
             "gor", "li", "an", "del", "mo", "ruk", "sta", "ni", "fel", "ko", "bar", "tis", "om", "ul"]


def base_texts(shared: Path) -> list[str]:
    texts: list[str] = []
    with open(shared / "data" / "ecbplus" / "docs.jsonl", encoding="utf-8") as fh:
        texts += [json.loads(line)["text"] for line in fh if line.strip()]
    gold = json.loads((shared / "data" / "aeb" / "gold.json").read_text(encoding="utf-8"))
    texts += [g["articleBody"] for g in gold.values() if g.get("articleBody")]
    for p in sorted((shared / "data" / "dates" / "text").glob("*.txt")):
        t = p.read_text(encoding="utf-8", errors="replace")
        if len(t) > 400:
            texts.append(t[:6000])
    seeds = json.loads((shared / "gold" / "seeds.json").read_text(encoding="utf-8"))
    texts += ["\n\n".join(a["body"]) for pg in seeds["pages"] for a in pg["articles"]]
    return texts


def fake_name(rng: random.Random) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 3))).capitalize()


def variant(text: str, other: str, rng: random.Random) -> str:
    """A distinct article on the pattern of ``text``: new names, some sentences dropped, some of ``other`` mixed in."""
    mapping: dict[str, str] = {}

    def swap(m: re.Match) -> str:
        w = m.group(0)
        if w not in mapping:
            mapping[w] = fake_name(rng) if rng.random() < 0.7 else w
        return mapping[w]

    sents = re.split(r"(?<=[.!?])\s+|\n+", NAME_RE.sub(swap, text))
    keep = [s for s in sents if s and rng.random() > 0.25]
    extra = [s for s in re.split(r"(?<=[.!?])\s+|\n+", other) if s][: rng.randint(0, 4)]
    pos = rng.randint(0, len(keep))
    keep[pos:pos] = extra
    return "\n".join(keep) + f"\nReport {rng.randint(1, 10**9)}."


def stream(n: int, shared: Path, seed: int = 7):
    rng = random.Random(seed)
    texts = base_texts(shared)
    start = date(2024, 1, 1)
    made: list[Article] = []
    for i in range(n):
        day = start + timedelta(days=int(730 * i / max(n, 1)) + rng.randint(0, 2))
        r = rng.random()
        if made and r < 0.08:  # a copy of a recent article with a header or footer
            src = made[-rng.randint(1, min(len(made), 200))]
            text = rng.choice(["Home | World | Politics\n\n", "Advertisement\n\n", ""]) + src.text + \
                rng.choice(["\n\nShare this article. All rights reserved.", "\n\nRead more news here.", ""])
        elif made and r < 0.10:
            text = made[-rng.randint(1, min(len(made), 200))].text.upper()
        else:
            text = variant(rng.choice(texts), rng.choice(texts), rng)
        art = Article(id=f"a{i}", page_id=f"p{i}", source="bench", text=text, published=day.isoformat())
        made.append(art)
        if len(made) > 400:
            made.pop(0)
        yield art


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", default="1000,10000,50000")
    ap.add_argument("--shared", default=str(REPO.parent / "shared"))
    ap.add_argument("--state-check", action="store_true", help="also time saving and loading the state at the end")
    ap.add_argument("--stories-only", action="store_true", help="leave duplicate finding out")
    ap.add_argument("--copies-window", default=str(DEFAULT_WINDOW), metavar="N",
                    help="articles kept by the copy indexes ('none': all); default %(default)s")
    ap.add_argument("--rewrites", action="store_true",
                    help="run the whole copy finder (duplicates and rewrites), not the duplicate index alone")
    ap.add_argument("--param", action="append", default=[], metavar="NAME=VALUE",
                    help="a story clusterer parameter to set (repeatable), e.g. --param vector_cache=2000")
    args = ap.parse_args(argv)
    sizes = sorted(int(s) for s in args.sizes.split(","))
    params = {}
    for item in args.param:
        name, _, value = item.partition("=")
        params[name] = json.loads(value)
    window = None if args.copies_window.lower() == "none" else int(args.copies_window)
    finder = CopyFinder(window=window) if args.rewrites else None
    near = finder.near if finder else NearDuplicateIndex(window=window)
    stories = StoryClusterer(**params)
    print(f"copies: {'duplicates and rewrites' if finder else 'duplicates'}, window {window}"
          + ("; left out" if args.stories_only else ""))
    t_dup = t_story = 0.0
    dups = 0
    seg_start, seg_dup, seg_story = 0, 0.0, 0.0
    cpu0 = time.process_time()
    seg_cpu = cpu0
    print("wall-clock ms per article by stage, CPU ms per article for both, over each segment of the stream")
    print(f"{'articles':>9} {'segment':>15} {'dup ms/art':>10} {'story ms/art':>12} {'total ms/art':>12} "
          f"{'CPU ms/art':>10} {'stories':>8} {'open':>7} {'dups':>6} {'kept':>7} {'peak RSS MB':>11}")
    for i, art in enumerate(stream(sizes[-1], Path(args.shared)), 1):
        t0 = time.perf_counter()
        if args.stories_only:
            pass
        elif finder is not None:
            dups += finder.add(art).duplicate is not None
        elif near.add(art) is not None:
            dups += 1
        t1 = time.perf_counter()
        stories.add(art)
        t2 = time.perf_counter()
        t_dup += t1 - t0
        t_story += t2 - t1
        if i in sizes:
            n = i - seg_start
            d_ms = 1000 * (t_dup - seg_dup) / n
            s_ms = 1000 * (t_story - seg_story) / n
            cpu = time.process_time()
            print(f"{i:>9} {f'{seg_start + 1}-{i}':>15} {d_ms:>10.2f} {s_ms:>12.2f} {d_ms + s_ms:>12.2f} "
                  f"{1000 * (cpu - seg_cpu) / n:>10.2f} "
                  f"{len(stories.stories) + stories.n_closed:>8} {len(stories.stories):>7} {dups:>6} "
                  f"{len(near):>7} {peak_rss_mb():>11.0f}", flush=True)
            seg_start, seg_dup, seg_story, seg_cpu = i, t_dup, t_story, cpu
    if args.state_check:
        t0 = time.perf_counter()
        copies_state = finder.to_state() if finder else {"near": near.to_state()}
        blob = json.dumps({"copies": copies_state, "stories": stories.to_state()})
        t1 = time.perf_counter()
        state = json.loads(blob)
        if finder:
            CopyFinder.from_state(state["copies"])
        else:
            NearDuplicateIndex.from_state(state["copies"]["near"])
        StoryClusterer.from_state(state["stories"])
        t2 = time.perf_counter()
        print(f"state: {len(blob) / 2**20:.1f} MiB JSON, save {t1 - t0:.1f} s, load {t2 - t1:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
