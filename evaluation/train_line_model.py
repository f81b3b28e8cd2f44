#!/usr/bin/env python3
"""Train newsloom's line classifier (``newsloom/data/line_model.json``) on the aeb dev pages.

Usage (from the repository root):
    .venv/bin/python evaluation/train_line_model.py [--shared ../shared] [--folds 5]
                     [--out src/newsloom/data/line_model.json] [--no-write]

Line labels come from the gold bodies: a line is body when most of its 4-word
shingles occur in the page's gold body (short lines: when the line occurs
verbatim in the gold body and sits inside the gold region).  Two logistic
passes are fitted (see ``newsloom.extract.lines``); the second pass is trained
on out-of-fold first-pass scores, so it sees the same kind of scores it gets
at run time.  The decision thresholds are chosen on out-of-fold scores.

The honest estimate of quality on unseen sites is the page-level k-fold
cross-validation figure printed first: every page is scored by a model that
never saw it, with decision thresholds chosen on the other folds' pages only.
The in-sample (train) figure printed last is optimistic.
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import re
import sys
from pathlib import Path

import numpy as np
from sklearn.linear_model import LogisticRegression

from newsloom.extract import lines as L

REPO = Path(__file__).resolve().parents[1]
WORD = re.compile(r"\w+")


def load_scorer(shared: Path):
    spec = importlib.util.spec_from_file_location("score_aeb", shared / "eval" / "score_aeb.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def shingles(words: list[str]) -> list[tuple[str, ...]]:
    if len(words) < 4:
        return [tuple(words)] if words else []
    return [tuple(words[i:i + 4]) for i in range(len(words) - 3)]


def page_labels(lines: list[str], gold: str) -> np.ndarray:
    gold_sh = set(shingles(WORD.findall(gold)))
    gold_lines = {" ".join(g.split()) for g in gold.split("\n") if g.strip()}
    n = len(lines)
    y = np.zeros(n)
    strong = np.zeros(n, dtype=bool)
    for i, line in enumerate(lines):
        words = WORD.findall(line)
        if len(words) >= 4:
            sh = shingles(words)
            frac = sum(1 for s in sh if s in gold_sh) / len(sh)
            if frac >= 0.5:
                y[i] = 1
                strong[i] = True
    pos = np.flatnonzero(strong)
    if len(pos):
        lo, hi = pos[0] - 2, pos[-1] + 2
        for i, line in enumerate(lines):
            if not strong[i] and lo <= i <= hi and line in gold_lines:
                y[i] = 1
    return y


def load_pages(shared: Path):
    gold = json.loads((shared / "data" / "aeb" / "gold.json").read_text(encoding="utf-8"))
    pages = []
    for path in sorted((shared / "data" / "aeb" / "text").glob("*.txt")):
        pid = path.stem
        if pid not in gold:
            continue
        raw = path.read_text(encoding="utf-8").splitlines()
        # the page title (first line) is never body; classify_lines drops it up front
        text_lines = [" ".join(s.split()) for s in raw[1:]]
        text_lines = [s for s in text_lines if s and WORD.search(s)]
        x1, base = L.line_features(text_lines)
        y = page_labels(text_lines, gold[pid].get("articleBody") or "")
        pages.append({"id": pid, "lines": text_lines, "x1": x1, "base": base, "y": y,
                      "gold": gold[pid].get("articleBody") or ""})
    return pages


def weights(base: np.ndarray) -> np.ndarray:
    return np.sqrt(base[:, 0] + 1.0)


def fit_lr(x: np.ndarray, y: np.ndarray, w: np.ndarray, c: float) -> dict:
    mean = x.mean(axis=0)
    scale = x.std(axis=0)
    scale[scale < 1e-9] = 1.0
    lr = LogisticRegression(C=c, max_iter=2000)
    lr.fit((x - mean) / scale, y, sample_weight=w)
    return {"mean": mean.tolist(), "scale": scale.tolist(), "coef": lr.coef_[0].tolist(),
            "intercept": float(lr.intercept_[0])}


def predict(d: dict, x: np.ndarray) -> np.ndarray:
    z = ((x - np.asarray(d["mean"])) / np.asarray(d["scale"])) @ np.asarray(d["coef"]) + d["intercept"]
    return 1.0 / (1.0 + np.exp(-np.clip(z, -30, 30)))


def stack(pages, key):
    return np.vstack([p[key] for p in pages]) if key != "y" else np.concatenate([p["y"] for p in pages])


def fit_stage1(pages, c):
    w = np.concatenate([weights(p["base"]) for p in pages])
    return fit_lr(stack(pages, "x1"), stack(pages, "y"), w, c)


def folds_of(n: int, k: int, seed: int) -> list[np.ndarray]:
    order = np.random.default_rng(seed).permutation(n)
    return [order[i::k] for i in range(k)]


def fit_two_stage(pages, c1: float, c2: float, inner_folds: int = 4, seed: int = 1):
    """Stage one on all pages; stage two on out-of-fold stage-one scores."""
    s1 = fit_stage1(pages, c1)
    oof = [None] * len(pages)
    for test in folds_of(len(pages), inner_folds, seed):
        test_set = set(test.tolist())
        m = fit_stage1([p for i, p in enumerate(pages) if i not in test_set], c1)
        for i in test:
            oof[i] = predict(m, pages[i]["x1"])
    x2 = np.vstack([L.stage2_features(oof[i], p["base"]) for i, p in enumerate(pages)])
    w = np.concatenate([weights(p["base"]) for p in pages])
    s2 = fit_lr(x2, stack(pages, "y"), w, c2)
    return s1, s2


def model_dict(s1, s2, threshold, outside, use_region, meta=None):
    return {
        "stage1": dict(s1, features=list(L.FEATURE_NAMES)),
        "stage2": dict(s2, features=list(L.STAGE2_FEATURE_NAMES)),
        "threshold": threshold, "outside_threshold": outside, "use_region": use_region,
        "meta": meta or {},
    }


def page_scores(model: L.LineModel, page) -> np.ndarray:
    p1 = model.stage1.predict(page["x1"])
    return model.stage2.predict(L.stage2_features(p1, page["base"]))


def f1_of(scorer, pages, preds: dict[str, str]) -> dict:
    gold = {p["id"]: {"articleBody": p["gold"]} for p in pages}
    return scorer.evaluate(gold, preds, n_bootstrap=0)


def decide_all(pages, scores, t, out, use_region) -> dict[str, str]:
    m = L.LineModel(None, None, t, out, use_region)  # type: ignore[arg-type]
    preds = {}
    for p, s in zip(pages, scores):
        keep, _ = L.decide(s, p["base"], m)
        preds[p["id"]] = "\n".join(line for line, k in zip(p["lines"], keep) if k)
    return preds


DECISIONS = [(t, out, region) for t in (0.35, 0.4, 0.45, 0.5, 0.55)
             for out, region in ((1.0, False), (0.8, True), (0.9, True), (1.01, True))]


def choose_decision(scorer, pages, scores):
    """The (F1, threshold, outside threshold, region) with the best F1 over the given pages."""
    best = None
    for t, out, use_region in DECISIONS:
        f1 = f1_of(scorer, pages, decide_all(pages, scores, t, out, use_region))["f1"]
        if best is None or f1 > best[0]:
            best = (f1, t, out, use_region)
    return best


def cv_fit(scorer, pages, k: int = 5, seed: int = 0, c1: float = 0.3, c2: float = 0.3,
           verbose: bool = False):
    """Page-level k-fold fitting: ``(folds, out-of-fold scores, one LineModel per fold)``.

    Fold ``k``'s model is fitted without fold ``k``'s pages, and its decision
    thresholds are chosen on the other folds' out-of-fold scores only, so it
    can score fold ``k``'s pages as pages of unseen sites.
    """
    folds = folds_of(len(pages), k, seed)
    oof_scores: list = [None] * len(pages)
    fitted = []
    for n, test in enumerate(folds):
        test_set = set(test.tolist())
        s1, s2 = fit_two_stage([p for i, p in enumerate(pages) if i not in test_set], c1, c2)
        fitted.append((s1, s2))
        m = L.LineModel.from_dict(model_dict(s1, s2, 0.5, 0.9, True))
        for i in test:
            oof_scores[i] = page_scores(m, pages[i])
        if verbose:
            print(f"fold {n} fitted", flush=True)
    models = []
    for n, test in enumerate(folds):
        test_set = set(test.tolist())
        rest = [i for i in range(len(pages)) if i not in test_set]
        _, t, out, use_region = choose_decision(scorer, [pages[i] for i in rest],
                                                [oof_scores[i] for i in rest])
        if verbose:
            print(f"fold {n}: threshold={t} outside={out} region={use_region}")
        s1, s2 = fitted[n]
        models.append(L.LineModel.from_dict(model_dict(s1, s2, t, out, use_region)))
    return folds, oof_scores, models


def fold_models(shared: Path, k: int = 5, seed: int = 0, c1: float = 0.3, c2: float = 0.3):
    """``[(page ids of fold n, LineModel fitted without them)]``: the folds of the CV figure."""
    scorer = load_scorer(shared)
    pages = load_pages(shared)
    folds, _, models = cv_fit(scorer, pages, k, seed, c1, c2)
    return [({pages[i]["id"] for i in test}, m) for test, m in zip(folds, models)]


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--shared", default=str(REPO.parent / "shared"))
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--c1", type=float, default=0.3)
    ap.add_argument("--c2", type=float, default=0.3)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--out", default=str(REPO / "src" / "newsloom" / "data" / "line_model.json"))
    ap.add_argument("--no-write", action="store_true")
    args = ap.parse_args(argv)
    shared = Path(args.shared)
    scorer = load_scorer(shared)
    pages = load_pages(shared)
    print(f"pages {len(pages)}, lines {sum(len(p['lines']) for p in pages)}, "
          f"body lines {int(sum(p['y'].sum() for p in pages))}")
    # page-level k-fold CV: every page is scored by a model fitted without it
    fold_list, oof_scores, fold_models = cv_fit(scorer, pages, args.folds, args.seed, args.c1, args.c2,
                                                verbose=True)
    cv_preds: dict[str, str] = {}
    for test, m in zip(fold_list, fold_models):
        cv_preds.update(decide_all([pages[i] for i in test], [oof_scores[i] for i in test],
                                   m.threshold, m.outside_threshold, m.use_region))
    cv = f1_of(scorer, pages, cv_preds)
    print(f"CV {args.folds}-fold by page: f1={cv['f1']:.4f} precision={cv['precision']:.4f} "
          f"recall={cv['recall']:.4f}")

    # final model on every page; thresholds from the out-of-fold scores of all pages
    f1, t, out, use_region = choose_decision(scorer, pages, oof_scores)
    print(f"decision from out-of-fold scores: threshold={t} outside={out} region={use_region} "
          f"(oof f1={f1:.4f})")
    s1, s2 = fit_two_stage(pages, args.c1, args.c2)
    meta = {"trained_on": "aeb dev pages", "pages": len(pages), "cv_folds": args.folds,
            "cv_f1": round(cv["f1"], 4), "cv_precision": round(cv["precision"], 4),
            "cv_recall": round(cv["recall"], 4), "c1": args.c1, "c2": args.c2}
    d = model_dict(s1, s2, t, out, use_region, meta)
    model = L.LineModel.from_dict(d)
    train_preds = {}
    for p in pages:
        keep, _ = L.decide(page_scores(model, p), p["base"], model)
        train_preds[p["id"]] = "\n".join(line for line, kk in zip(p["lines"], keep) if kk)
    tr = f1_of(scorer, pages, train_preds)
    print(f"train (in-sample): f1={tr['f1']:.4f} precision={tr['precision']:.4f} recall={tr['recall']:.4f}")
    if not args.no_write:
        def rounded(v):
            if isinstance(v, float):
                return round(v, 6)
            if isinstance(v, list):
                return [rounded(x) for x in v]
            if isinstance(v, dict):
                return {k: rounded(x) for k, x in v.items()}
            return v
        Path(args.out).write_text(json.dumps(rounded(d), indent=1) + "\n", encoding="utf-8")
        print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
