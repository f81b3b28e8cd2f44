"""Score newsloom's facts stage (entities, quotes, events) on the seed gold.

Usage:
    python evaluation/eval_facts_seeds.py [--gold PATH] [--show]

Builds articles from the gold bodies (paragraphs joined by a blank line, the
gold publication date), runs ``newsloom.facts.read_facts`` and scores them the
way ``shared/eval/score_seeds.py`` does: must-find entities, attributed
quotes, and events (evidence, both actors, polarity).  Also prints the
facts stage's speed and the Russia–Azerbaijan relations index by month.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
import time
import unicodedata
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"


def norm(text):
    text = unicodedata.normalize("NFKC", text or "")
    text = text.replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"')
    return re.sub(r"\s+", " ", text).strip().lower()


def gold_articles(gold: dict):
    from newsloom.records import Article
    out = []
    for page in gold["pages"]:
        for a in page["articles"]:
            out.append(Article(id=a["id"], page_id=page["file"], source=page["file"],
                               text="\n\n".join(a["body"]), title=a.get("title"), outlet=a.get("outlet"),
                               published=a.get("published")))
    stories = {m: s["id"] for s in gold.get("stories", []) for m in s["members"]}
    for a in out:
        a.story = stories.get(a.id)
    return out


def score(gold: dict, articles) -> dict:
    by_id = {a.id: a for a in articles}
    names = set()
    for a in articles:
        for e in a.entities:
            for v in (e.text, e.canonical):
                if v:
                    names.add(norm(v))
    want = [x for group in gold["entities"]["must_find"].values() for x in group]
    missing_entities = [w for w in want if not any(norm(w) == n or norm(w) in n.split(" | ") for n in names)]
    q_hits, q_miss = 0, []
    for q in gold["quotes"]:
        a = by_id.get(q["article"])
        ok = any(norm(q["starts"])[:40] in norm(pq.text) and norm(q["speaker"]).split()[-1] in norm(pq.speaker)
                 for pq in (a.quotes if a else []))
        q_hits += ok
        if not ok:
            q_miss.append(q)
    e_hits, e_miss = 0, []
    for ev in gold["events"]:
        a = by_id.get(ev["article"])
        ok = False
        for pe in (a.events if a else []):
            actors = {str(pe.actor1 or "").upper()[:3], str(pe.actor2 or "").upper()[:3]}
            if norm(ev["evidence"])[:50] in norm(pe.evidence) and {ev["actor1"], ev["actor2"]} <= actors \
                    and norm(pe.polarity) == ev["polarity"]:
                ok = True
                break
        e_hits += ok
        if not ok:
            e_miss.append(ev)
    return {"entities_found": (len(want) - len(missing_entities), len(want)),
            "quotes_attributed": (q_hits, len(gold["quotes"])),
            "events_found": (e_hits, len(gold["events"])),
            "missing_entities": missing_entities, "missing_quotes": q_miss, "missing_events": e_miss}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--gold", default=str(SHARED / "gold" / "seeds.json"))
    ap.add_argument("--show", action="store_true", help="print what was missed and the events found")
    ap.add_argument("--repeat", type=int, default=20, help="articles x N for the speed figure")
    args = ap.parse_args(argv)
    from newsloom.facts import FactReader
    from newsloom.trends import relations_index

    gold = json.loads(Path(args.gold).read_text(encoding="utf-8"))
    articles = gold_articles(gold)
    reader = FactReader()
    t0 = time.perf_counter()
    reader.read_facts(articles)
    dt = time.perf_counter() - t0
    res = score(gold, articles)
    if args.show:
        for k in ("missing_entities", "missing_quotes", "missing_events"):
            print(k, json.dumps(res[k], indent=1, ensure_ascii=False))
        for a in articles:
            for e in a.events:
                print(a.id, e.type, e.actor1, e.actor2, e.polarity, e.date, "|", e.trigger, "|", e.evidence[:100])
    # speed on a larger sample (the same articles repeated)
    sample = gold_articles(gold) * max(1, args.repeat)
    t1 = time.perf_counter()
    reader.read_facts(sample)
    dt_big = time.perf_counter() - t1
    words = sum(len(a.text.split()) for a in sample)
    items = [(a, e) for a in articles for e in a.events]
    print("RUS-AZE relations index by month (distinct events, mean signed intensity, 95% interval):")
    for row in relations_index(items, "RUS", "AZE", freq="month"):
        print(f"  {row['period']}  n={row['events']:>2}  index={row['index']:+.2f}  "
              f"[{row['low']:+.2f}, {row['high']:+.2f}]")
    for k in ("entities_found", "quotes_attributed", "events_found"):
        print(f"{k:<18} {res[k][0]}/{res[k][1]}")
    print(f"speed: {len(articles)} articles in {dt:.2f} s ({len(articles) / dt:.1f} articles/s, first batch); "
          f"{len(sample)} articles in {dt_big:.2f} s ({len(sample) / dt_big:.1f} articles/s, "
          f"{words / dt_big:.0f} words/s)")
    print("facts: " + " ".join(f"{k}={res[k][0]}/{res[k][1]}" for k in ("entities_found", "quotes_attributed",
                                                                         "events_found")))
    return 0


if __name__ == "__main__":
    sys.exit(main())
