#!/usr/bin/env python3
"""Evaluate story clustering.

1. ECB+ (shared/data/ecbplus/docs.jsonl): the clusterer reads each document's
   text only (no id, no url), in the file's order; scored with
   shared/eval/score_clusters.py (B-cubed and pairwise).  A split-by-topic
   estimate tunes the join threshold (over THRESHOLDS) on half of the topics
   and scores the other half (both ways), which is what to expect on unseen
   topics.
   Small collections: each topic clustered on its own (two stories about
   similar events, about 22 documents), the B-cubed F1 averaged over topics,
   with and without the background document frequencies (the prior matters
   most when a collection is small).
2. Seeds (shared/gold/seeds.json): the gold article bodies as Articles; the
   story pairs F1 against the gold stories and whether the gold rewrite is found
   the right way round.
3. The demo corpus (newsloom.demo): its pages through ingestion and
   extraction, clustered in page order; pairwise F1 against the stories its
   authors list in extras/expected.json, with and without the background.

Usage: python evaluation/eval_stories.py [--shared ../shared] [--out PRED.jsonl] [--no-split]
"""
from __future__ import annotations

import argparse
import importlib.util
import itertools
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from newsloom.copies import CopyFinder
from newsloom.records import Article
from newsloom.stories import StoryClusterer

REPO = Path(__file__).resolve().parents[1]
THRESHOLDS = [0.05, 0.08, 0.11, 0.14, 0.16, 0.18, 0.2, 0.23, 0.26]


def load_scorer(shared: Path):
    spec = importlib.util.spec_from_file_location("score_clusters", shared / "eval" / "score_clusters.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def read_ecbplus(shared: Path) -> list[dict]:
    with open(shared / "data" / "ecbplus" / "docs.jsonl", encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def cluster_docs(docs: list[dict], **params) -> dict[str, str]:
    """Story label per document id; the clusterer sees only the text."""
    c = StoryClusterer(**params)
    for i, d in enumerate(docs):
        c.add(Article(id=f"doc{i}", page_id=f"doc{i}", source="ecbplus", text=d["text"]))
    # stories may have merged since an article was placed: read each one's story at the end
    return {d["id"]: c.story_of(f"doc{i}") for i, d in enumerate(docs)}


def topic(doc: dict) -> str:
    return doc["story"].split("_")[0]


def split_estimate(docs: list[dict], scorer, thresholds=THRESHOLDS) -> list[dict]:
    topics = sorted({topic(d) for d in docs}, key=lambda t: (len(t), t))
    halves = [set(topics[0::2]), set(topics[1::2])]
    out = []
    for k in (0, 1):
        tune = [d for d in docs if topic(d) in halves[k]]
        held = [d for d in docs if topic(d) in halves[1 - k]]
        gold_t = {d["id"]: d["story"] for d in tune}
        best = max(thresholds, key=lambda t: scorer.score(gold_t, cluster_docs(tune, threshold=t))["bcubed_f1"])
        gold_h = {d["id"]: d["story"] for d in held}
        m = scorer.score(gold_h, cluster_docs(held, threshold=best))
        out.append({"tuned_threshold": best, "held_topics": len(halves[1 - k]), "bcubed_f1": m["bcubed_f1"],
                    "pairwise_f1": m["pairwise_f1"]})
    return out


def default_halves(docs: list[dict], scorer) -> list[float]:
    """B-cubed F1 of each half of the topics (the split above) clustered alone with the default parameters."""
    topics = sorted({topic(d) for d in docs}, key=lambda t: (len(t), t))
    out = []
    for half in (set(topics[0::2]), set(topics[1::2])):
        sub = [d for d in docs if topic(d) in half]
        out.append(scorer.score({d["id"]: d["story"] for d in sub}, cluster_docs(sub))["bcubed_f1"])
    return out


def small_collections(docs: list[dict], scorer, **params) -> float:
    """Mean B-cubed F1 when each topic is clustered as a collection of its own."""
    topics = sorted({topic(d) for d in docs}, key=lambda t: (len(t), t))
    fs = []
    for t in topics:
        sub = [d for d in docs if topic(d) == t]
        fs.append(scorer.score({d["id"]: d["story"] for d in sub}, cluster_docs(sub, **params))["bcubed_f1"])
    return sum(fs) / len(fs)


def demo_articles() -> tuple[list[Article], dict[str, str]]:
    """The demo corpus's articles (ingested and extracted as the pipeline does) and each one's story key."""
    from newsloom.demo import demo_dir, expected
    from newsloom.extract import extract_page
    from newsloom.ingest import read_inputs
    from newsloom.records import RawPage

    arts = [a for page in read_inputs([str(demo_dir())]) if isinstance(page, RawPage)
            for a in extract_page(page).articles]
    key = {a["title"]: a["story"] for a in expected()["articles"]}
    return arts, {a.id: key[a.title] for a in arts if a.title in key}


def pairwise_f1(gold: dict[str, str], pred: dict[str, str]) -> tuple[float, float, float]:
    ids = sorted(gold)
    g = {(a, b) for a, b in itertools.combinations(ids, 2) if gold[a] == gold[b]}
    p = {(a, b) for a, b in itertools.combinations(ids, 2) if pred[a] == pred[b]}
    prec = len(g & p) / len(p) if p else 1.0
    rec = len(g & p) / len(g) if g else 1.0
    return prec, rec, 2 * prec * rec / (prec + rec) if prec + rec else 0.0


def eval_demo(**params) -> dict:
    arts, gold = demo_articles()
    c = StoryClusterer(**params)
    for a in arts:
        a.story = None
        c.add(a)
    pred = {a.id: c.story_of(a.id) for a in arts}
    prec, rec, f1 = pairwise_f1(gold, {k: pred[k] for k in gold})
    return {"articles": len(arts), "keyed": len(gold), "stories": len(set(pred.values())),
            "key_stories": len(set(gold.values())), "pairwise_precision": prec, "pairwise_recall": rec,
            "pairwise_f1": f1}


def seed_articles(shared: Path) -> tuple[dict, list[Article]]:
    gold = json.loads((shared / "gold" / "seeds.json").read_text(encoding="utf-8"))
    arts = []
    for pi, page in enumerate(gold["pages"]):
        for ai, a in enumerate(page["articles"]):
            arts.append(Article(id=f"{pi:03d}#{ai + 1}", page_id=f"{pi:03d}", source=page.get("file", ""),
                                text="\n\n".join(a["body"]), title=a.get("title"), outlet=a.get("outlet"),
                                published=a.get("published")))
    return gold, arts


def story_pairs_f1(gold: dict, assigned: dict[str, str]) -> float:
    gold_of = {m: s["id"] for s in gold["stories"] for m in s["members"]}
    ids = sorted(assigned)
    g = {(a, b) for a, b in itertools.combinations(ids, 2) if gold_of.get(a) and gold_of.get(a) == gold_of.get(b)}
    p = {(a, b) for a, b in itertools.combinations(ids, 2) if assigned[a] == assigned[b]}
    if not g and not p:
        return 1.0
    prec = len(g & p) / len(p) if p else 0.0
    rec = len(g & p) / len(g) if g else 0.0
    return 2 * prec * rec / (prec + rec) if prec + rec else 0.0


def eval_seeds(shared: Path, orders: int = 40, verbose: bool = True, **params) -> dict:
    """Story pairs F1 and rewrites found, over several arrival orders of the seed articles."""
    import random

    gold, arts = seed_articles(shared)
    f1s, found = [], []
    for k in range(orders):
        order = list(arts)
        if k == 1:
            order.reverse()
        elif k > 1:
            random.Random(k).shuffle(order)
        c, copies = StoryClusterer(**params), CopyFinder()
        assigned, rewrites = {}, []
        for a in order:
            a.story = a.rewrite_of = a.duplicate_of = None
        for a in order:
            rewrites.extend(copies.add(a).rewrites)
            c.add(a)
        assigned = {a.id: c.story_of(a.id) for a in order}
        f1s.append(story_pairs_f1(gold, assigned))
        got = {(r.copy_id, r.original_id) for r in rewrites}
        found.append(sum((rw["copy"], rw["original"]) in got for rw in gold["rewrites"]))
        extra = len(got) - found[-1]
        if extra and verbose:
            print(f"seeds: order {k}: {extra} rewrite pair(s) not in the gold: {sorted(got)}")
    return {"story_pairs_f1_min": min(f1s), "story_pairs_f1_mean": sum(f1s) / len(f1s),
            "story_pairs_f1_page_order": f1s[0], "orders_perfect": sum(f == 1.0 for f in f1s),
            "rewrites_found_min": f"{min(found)}/{len(gold['rewrites'])}", "orders": orders}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--shared", default=str(REPO.parent / "shared"))
    ap.add_argument("--out", help="write the ECB+ predictions here (JSONL)")
    ap.add_argument("--no-split", action="store_true", help="skip the split-by-topic estimate")
    args = ap.parse_args(argv)
    shared = Path(args.shared)
    scorer = load_scorer(shared)
    docs = read_ecbplus(shared)

    t0 = time.perf_counter()
    pred = cluster_docs(docs)
    dt = time.perf_counter() - t0
    out = Path(args.out) if args.out else Path(tempfile.mkstemp(suffix=".jsonl")[1])
    with open(out, "w", encoding="utf-8") as fh:
        for d in docs:
            fh.write(json.dumps({"id": d["id"], "story": pred[d["id"]]}) + "\n")
    print(f"ecbplus: {len(docs)} docs clustered in {dt:.2f} s ({1000 * dt / len(docs):.2f} ms/doc), default parameters")
    subprocess.run([sys.executable, str(shared / "eval" / "score_clusters.py"), str(out),
                    "--gold", str(shared / "data" / "ecbplus" / "docs.jsonl")], check=True)
    if not args.no_split:
        # a threshold is only a candidate if it keeps the seeds' separate episodes of one dispute apart
        safe = [t for t in THRESHOLDS
                if eval_seeds(shared, orders=10, verbose=False, threshold=t)["orders_perfect"] == 10]
        print(f"ecbplus split: thresholds that keep the seeds right in 10 arrival orders: {safe}")
        folds = split_estimate(docs, scorer, thresholds=safe)
        for i, f in enumerate(folds):
            print(f"ecbplus split {i}: threshold {f['tuned_threshold']} tuned on the other half; "
                  f"held-out {f['held_topics']} topics bcubed_f1={f['bcubed_f1']:.4f} pairwise_f1={f['pairwise_f1']:.4f}")
        print(f"ecbplus split-by-topic estimate: bcubed_f1={sum(f['bcubed_f1'] for f in folds) / len(folds):.4f}")
        halves = default_halves(docs, scorer)
        print(f"ecbplus each half of the topics alone, default parameters: bcubed_f1="
              f"{halves[0]:.4f} / {halves[1]:.4f} (mean {sum(halves) / 2:.4f})")
    for label, params in (("with background", {}), ("without background", {"prior_docs": 0})):
        print(f"ecbplus small collections (each topic alone), {label}: "
              f"mean bcubed_f1={small_collections(docs, scorer, **params):.4f}")
    for label, params in (("with background", {}), ("without background", {"prior_docs": 0})):
        d = eval_demo(**params)
        print(f"demo, {label}: {d['articles']} articles in {d['stories']} stories (key: {d['key_stories']}); "
              f"pairwise precision={d['pairwise_precision']:.3f} recall={d['pairwise_recall']:.3f} "
              f"f1={d['pairwise_f1']:.3f}")
    s = eval_seeds(shared)
    print(f"seeds: story_pairs_f1 in page order={s['story_pairs_f1_page_order']:.3f}; over {s['orders']} arrival "
          f"orders min={s['story_pairs_f1_min']:.3f} mean={s['story_pairs_f1_mean']:.3f}, "
          f"{s['orders_perfect']}/{s['orders']} perfect; rewrites found (worst order) {s['rewrites_found_min']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
