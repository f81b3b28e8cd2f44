#!/usr/bin/env python3
"""Evaluate copy finding: near duplicates and rewrites.

Near duplicates: the aeb gold bodies (shared/data/aeb/gold.json) are the
originals; each gets copies of the kinds met on real pages (a site header and
footer around it, a different case and spacing, a trailing "read more" list,
the first paragraph repeated) and near misses that must NOT count as copies
(the first half of the text joined to the second half of another article,
the first 40% of the text alone).  Every other body is a different article.  Precision
and recall are over the copy pairs; ``duplicate_of`` must name the earliest copy.

Rewrites: the gold rewrite of the seed pages (shared/gold/seeds.json) must be
found with the right original; ECB+ documents of one story are independent
reports of one event, so every rewrite found among them is counted and shown
(some ECB+ documents are real reprints of one wire story).

Both use the product's retention window (``--window``, default 100,000
articles, larger than these collections).  A last check streams the near-
duplicate cases again, in arrival order with each copy a few articles after its
original, through an index whose window is much smaller than the stream: the
copies inside the window must still be found, the index must stay at the
window's size, and a copy of an evicted original must not be reported.

Usage: python evaluation/eval_copies.py [--shared ../shared] [--window N|none]
"""
from __future__ import annotations

import argparse
import json
import random
import sys
import time
from pathlib import Path

from newsloom.copies import DEFAULT_WINDOW, CopyFinder, NearDuplicateIndex, RewriteFinder
from newsloom.records import Article

REPO = Path(__file__).resolve().parents[1]
HEADERS = ["Home | News | World | Business | Sport\nSubscribe\nSign in",
           "Advertisement\nSkip to main content\nMenu", "BREAKING NEWS\nLive updates"]
FOOTERS = ["Share this article\nFacebook Twitter Email\nAll rights reserved. Terms of use. Privacy policy.",
           "Read more:\nTen things you missed this week\nThe best deals of the day\nWhy it matters",
           "Comments are closed.\nSign up for our newsletter"]


def near_dup_cases(bodies: list[str], rng: random.Random):
    """(articles in arrival order, gold copy pairs {(copy id, original id)})."""
    arts, gold = [], set()
    for i, body in enumerate(bodies):
        day = f"2024-01-{1 + i % 28:02d}"
        arts.append(Article(id=f"o{i}", page_id=f"o{i}", source="aeb", text=body, published=day))
    for i, body in enumerate(bodies):
        paras = [p for p in body.split("\n") if p.strip()]
        kind = i % 5
        if kind == 0:
            text = rng.choice(HEADERS) + "\n\n" + body + "\n\n" + rng.choice(FOOTERS)
        elif kind == 1:
            text = " ".join(body.upper().split())
        elif kind == 2:
            text = body + "\n\n" + rng.choice(FOOTERS) + "\n" + rng.choice(FOOTERS)
        elif kind == 3:
            text = (paras[0] + "\n\n" if paras else "") + body
        else:
            text = rng.choice(HEADERS) + "\n" + body
        arts.append(Article(id=f"c{i}", page_id=f"c{i}", source="aeb-copy", text=text,
                            published=f"2024-02-{1 + i % 28:02d}"))
        gold.add((f"c{i}", f"o{i}"))
        # near misses: the first half of this text joined to the second half of another of the
        # same length; or the first 40% of the text alone (an excerpt is not a copy)
        other = bodies[(i + 7) % len(bodies)]
        words, owords = body.split(), other.split()
        n = min(len(words), len(owords))
        if n >= 60:
            mixed = " ".join(words[: n // 2] + owords[len(owords) - n // 2:])
            arts.append(Article(id=f"m{i}", page_id=f"m{i}", source="aeb-mix", text=mixed))
            part = " ".join(words[: int(len(words) * 0.4)])
            arts.append(Article(id=f"h{i}", page_id=f"h{i}", source="aeb-part", text=part))
    return arts, gold


def aeb_bodies(shared: Path) -> list[str]:
    gold_json = json.loads((shared / "data" / "aeb" / "gold.json").read_text(encoding="utf-8"))
    return [g["articleBody"] for _, g in sorted(gold_json.items()) if len(g.get("articleBody", "").split()) >= 80]


def eval_near(shared: Path, window: int | None = DEFAULT_WINDOW) -> dict:
    bodies = aeb_bodies(shared)
    rng = random.Random(3)
    arts, gold = near_dup_cases(bodies, rng)
    order = list(arts)
    rng.shuffle(order)  # copies may arrive before their originals: duplicate_of must still name the earliest
    idx = NearDuplicateIndex(window=window)
    t0 = time.perf_counter()
    for a in order:
        idx.add(a)
    dt = time.perf_counter() - t0
    found = {(a.id, idx.duplicate_of(a.id)) for a in arts if idx.duplicate_of(a.id)}
    # a pair is right either way round only when it points at the earliest (the original, dated earlier)
    tp = len(found & gold)
    prec = tp / len(found) if found else 0.0
    rec = tp / len(gold) if gold else 0.0
    wrong = sorted(found - gold)[:5]
    return {"articles": len(arts), "gold_pairs": len(gold), "found": len(found), "precision": prec, "recall": rec,
            "f1": 2 * prec * rec / (prec + rec) if prec + rec else 0.0, "ms_per_article": 1000 * dt / len(arts),
            "examples_wrong": wrong}


def eval_window(shared: Path, window: int = 40, lag: int = 10) -> dict:
    """The near-duplicate cases in arrival order, each copy ``lag`` articles after its original,
    through an index holding ``window`` articles; then a copy of every original again at the
    end of the stream, when all originals have left the window."""
    arts, gold = near_dup_cases(aeb_bodies(shared), random.Random(3))
    by_id = {a.id: a for a in arts}
    originals = [a for a in arts if a.id.startswith("o")]
    others = [a for a in arts if not a.id.startswith(("o", "c"))]  # near misses: distinct articles
    order: list[Article] = []
    pending: list[tuple[int, Article]] = []
    for i, o in enumerate(originals):
        order.append(o)
        pending.append((len(order) + lag, by_id["c" + o.id[1:]]))
        order.extend(others[2 * i: 2 * i + 2])
        while pending and pending[0][0] <= len(order):
            order.append(pending.pop(0)[1])
    order.extend(a for _, a in pending)
    idx = NearDuplicateIndex(window=window)
    biggest = 0
    for a in order:
        idx.add(a)
        biggest = max(biggest, len(idx.docs))
    found = {(c, o) for c, o in gold if by_id[c].duplicate_of == o}
    late = 0
    for o in originals:  # every original is long gone from the window: its late copy is not reported
        late += idx.add(Article(id="late-" + o.id, page_id="late", source="aeb-late", text=o.text)) is not None
    return {"window": window, "stream": len(order), "gold_pairs": len(gold), "found": len(found),
            "recall": len(found) / len(gold), "largest_index": biggest, "late_copies_reported": late,
            "late_copies": len(originals)}


def seed_articles(shared: Path) -> tuple[dict, list[Article]]:
    gold = json.loads((shared / "gold" / "seeds.json").read_text(encoding="utf-8"))
    arts = []
    for pi, page in enumerate(gold["pages"]):
        for ai, a in enumerate(page["articles"]):
            arts.append(Article(id=f"{pi:03d}#{ai + 1}", page_id=f"{pi:03d}", source="seed",
                                text="\n\n".join(a["body"]), title=a.get("title"), outlet=a.get("outlet"),
                                published=a.get("published")))
    return gold, arts


def eval_rewrites(shared: Path, window: int | None = DEFAULT_WINDOW) -> dict:
    gold, arts = seed_articles(shared)
    want = {(r["copy"], r["original"]) for r in gold["rewrites"]}
    per_order = []
    for order in (arts, arts[::-1]):
        finder = CopyFinder(window=window)
        got = set()
        for a in order:
            a.rewrite_of = a.duplicate_of = None
        for a in order:
            for rw in finder.add(a).rewrites:
                got.add((rw.copy_id, rw.original_id))
        per_order.append((len(got & want), len(got - want)))
    # ECB+: rewrites among independent reports of one event
    with open(shared / "data" / "ecbplus" / "docs.jsonl", encoding="utf-8") as fh:
        docs = [json.loads(line) for line in fh if line.strip()]
    finder = RewriteFinder(window=window)
    near = NearDuplicateIndex(window=window)
    story = {}
    pairs = []
    for i, d in enumerate(docs):
        a = Article(id=d["id"], page_id=str(i), source="ecbplus", text=d["text"])
        story[a.id] = d["story"]
        near.add(a)
        pairs.extend(finder.add(a))
    cross = [r for r in pairs if story[r.copy_id] != story[r.original_id]]
    return {"seed_found": min(f for f, _ in per_order), "seed_gold": len(want),
            "seed_extra": max(e for _, e in per_order),
            "ecb_rewrites": len(pairs), "ecb_cross_story": len(cross),
            "ecb_examples": [(r.copy_id, r.original_id, r.score) for r in pairs[:6]]}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--shared", default=str(REPO.parent / "shared"))
    ap.add_argument("--window", default=str(DEFAULT_WINDOW), metavar="N",
                    help="articles kept by the copy indexes ('none': all); default %(default)s")
    args = ap.parse_args(argv)
    shared = Path(args.shared)
    window = None if args.window.lower() == "none" else int(args.window)
    print("copy indexes keep " + (f"the most recent {window} articles" if window else "all articles"))
    n = eval_near(shared, window)
    print(f"near-duplicates: {n['articles']} articles, {n['gold_pairs']} copy pairs; found {n['found']}: "
          f"precision {n['precision']:.4f} recall {n['recall']:.4f} f1 {n['f1']:.4f} "
          f"({n['ms_per_article']:.2f} ms/article)")
    if n["examples_wrong"]:
        print(f"  wrong or misdirected: {n['examples_wrong']}")
    r = eval_rewrites(shared, window)
    print(f"rewrites (seeds, page order and reversed): found {r['seed_found']}/{r['seed_gold']} with the right "
          f"original, {r['seed_extra']} other pair(s) reported")
    print(f"rewrites among ECB+ reports: {r['ecb_rewrites']} pairs, {r['ecb_cross_story']} across stories; "
          f"e.g. {r['ecb_examples']}")
    w = eval_window(shared)
    print(f"window of {w['window']} over a stream of {w['stream']} (each copy 10 articles after its original): "
          f"found {w['found']}/{w['gold_pairs']} copies (recall {w['recall']:.4f}); largest index "
          f"{w['largest_index']} articles; copies of evicted originals reported: "
          f"{w['late_copies_reported']}/{w['late_copies']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
