#!/usr/bin/env python3
"""Build the background document frequencies the story clusterer starts from.

The story clusterer weighs terms by inverse document frequency.  Counted only
over the articles seen so far, those weights need a few hundred articles to
settle, so a small collection splits its stories.  This script counts, over a
sample of general news text, in how many documents each term and each name
occurs, in exactly the form ``newsloom.stories.features.article_features``
produces (lower-cased, stemmed content words; ``n:`` multi-word names; names as
the name vector keys them), and writes the most frequent ones with the number
of documents to ``src/newsloom/data/background_df.json.gz``.  The clusterer
blends these counts with its own (see ``StoryClusterer.idf``).

Sources (read-only, never needed at run time): the gold article bodies of the
article-extraction benchmark (``shared/data/aeb/gold.json``) and the article
text that newsloom's own text extractor finds on the pages of the dates set
(``shared/data/dates/text/``); English documents only.  Not ECB+ (the story
evaluation set), not the seeds, not the demo corpus.

Usage: python evaluation/build_background_df.py [--shared ../shared] [--terms 25000] [--names 8000]
"""
from __future__ import annotations

import argparse
import gzip
import json
import sys
from collections import Counter
from pathlib import Path

import py3langid

from newsloom.extract.text import extract_text
from newsloom.stories.features import article_features

REPO = Path(__file__).resolve().parents[1]
OUT = REPO / "src" / "newsloom" / "data" / "background_df.json.gz"
MIN_CHARS = 400  # shorter texts are mostly page furniture, not articles
MIN_DF = 2  # a term met in a single document says nothing about how common it is


def documents(shared: Path):
    """(source, title, text) of every English news document of the sources."""
    gold = json.loads((shared / "data" / "aeb" / "gold.json").read_text(encoding="utf-8"))
    for pid, item in sorted(gold.items()):
        body = item.get("articleBody") or ""
        yield f"aeb/{pid[:12]}", None, body
    for path in sorted((shared / "data" / "dates" / "text").glob("*.txt")):
        page = path.read_text(encoding="utf-8", errors="replace")
        try:
            reading = extract_text(page)
        except Exception as exc:  # a page the extractor cannot read is skipped, with the reason
            print(f"skip {path.name}: {type(exc).__name__}: {exc}", file=sys.stderr)
            continue
        for i, draft in enumerate(reading.articles):
            yield f"dates/{path.stem}#{i}", draft.title, draft.text


def count(shared: Path) -> tuple[int, Counter, Counter, Counter]:
    """Documents kept, term document frequencies, name document frequencies, skip reasons."""
    df: Counter = Counter()
    name_df: Counter = Counter()
    skipped: Counter = Counter()
    seen: set[str] = set()
    n = 0
    for _, title, text in documents(shared):
        if len(text) < MIN_CHARS:
            skipped["too short"] += 1
            continue
        lang, _ = py3langid.classify(text[:3000])
        if lang != "en":
            skipped[f"language {lang}"] += 1
            continue
        key = text[:2000]
        if key in seen:
            skipped["same text twice"] += 1
            continue
        seen.add(key)
        f = article_features(text, title)
        # years name the time of one collection, not how common a word is: left to the online counts
        df.update(t for t in f.terms if not t.startswith("y:"))
        name_df.update(f.names.keys())
        n += 1
    return n, df, name_df, skipped


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--shared", default=str(REPO.parent / "shared"))
    ap.add_argument("--terms", type=int, default=25000, help="most frequent terms kept")
    ap.add_argument("--names", type=int, default=8000, help="most frequent names kept")
    ap.add_argument("--out", default=str(OUT))
    args = ap.parse_args(argv)
    n, df, name_df, skipped = count(Path(args.shared))
    terms = {t: k for t, k in df.most_common(args.terms) if k >= MIN_DF}
    names = {t: k for t, k in name_df.most_common(args.names) if k >= MIN_DF}
    data = {
        "about": "Document frequencies of newsloom story-clustering terms and names over a sample of "
                 "general English news text; built by evaluation/build_background_df.py.",
        "n_docs": n,
        "min_df": MIN_DF,
        "df": dict(sorted(terms.items())),
        "name_df": dict(sorted(names.items())),
    }
    out = Path(args.out)
    with gzip.GzipFile(out, "wb", mtime=0) as fh:  # mtime 0: the same counts give the same bytes
        fh.write(json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8"))
    print(f"{n} documents kept; skipped: {dict(skipped)}")
    print(f"{len(terms)} terms (of {len(df)}), {len(names)} names (of {len(name_df)}) with df >= {MIN_DF}")
    print(f"wrote {out} ({out.stat().st_size} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
