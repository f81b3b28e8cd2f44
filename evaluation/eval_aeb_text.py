#!/usr/bin/env python3
"""Evaluate newsloom's plain-text body extraction on the aeb pages.

Usage (from the repository root):
    .venv/bin/python evaluation/eval_aeb_text.py [--shared ../shared] [--pred PRED.jsonl]
                     [--repeat 3] [--per-page] [--path lines|extract] [--cv]

``--path lines`` (the default) runs the line classifier alone
(``newsloom.extract.lines.clean_text``); ``--path extract`` runs the product
path, ``newsloom.extract.text.extract_text``, whose body is every article of
the page joined.  ``--cv`` gives the honest figure for unseen sites: the pages
are split into the same 5 page folds as ``evaluation/train_line_model.py``'s
cross-validation, and each fold's pages are read with a line model fitted
(and its thresholds chosen) without them.  Without ``--cv`` the installed
model is used, which has seen every page (in-sample, optimistic).

Runs the chosen path over every ``data/aeb/text/*.txt``
page, writes the bodies as PRED.jsonl (``{"source", "text"}`` per page), scores
them with the shared scorer ``eval/score_aeb.py`` (run as a separate process,
exactly as anyone would run it) and prints its figures, then the speed: pages
per second on one core (CPU time of the classification alone, best of
``--repeat`` runs; reading files and scoring excluded) and wall-clock.
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from newsloom.extract.lines import LineModel, clean_text, load_model
from newsloom.extract.text import extract_text

REPO = Path(__file__).resolve().parents[1]


def read_pages(shared: Path) -> list[tuple[str, str]]:
    folder = shared / "data" / "aeb" / "text"
    return [(p.name, p.read_text(encoding="utf-8")) for p in sorted(folder.glob("*.txt"))]


def body_of(text: str, path: str, model: LineModel | None = None) -> str:
    """A page's body by the chosen path (``lines``: the classifier alone; ``extract``: extract_text)."""
    if path == "extract":
        reading = extract_text(text, model=model)
        return "\n".join(a.text for a in reading.articles)
    return clean_text(text, model=model)


def extract_all(pages: list[tuple[str, str]], path: str = "lines",
                models: dict[str, LineModel] | None = None) -> dict[str, str]:
    """Bodies by page name; ``models`` maps a page name to the line model to read it with."""
    models = models or {}
    return {name: body_of(text, path, models.get(name)) for name, text in pages}


def cv_models(shared: Path, pages: list[tuple[str, str]], folds: int = 5, seed: int = 0) -> dict[str, LineModel]:
    """For each page, the line model of its CV fold (fitted without that fold's pages)."""
    sys.path.insert(0, str(REPO / "evaluation"))
    from train_line_model import fold_models  # the fitting code and fold split of the CV figure

    by_id: dict[str, LineModel] = {}
    for ids, model in fold_models(shared, folds, seed):
        for pid in ids:
            by_id[pid] = model
    return {name: by_id[Path(name).stem] for name, _ in pages if Path(name).stem in by_id}


def timed(pages: list[tuple[str, str]], repeat: int, path: str = "lines",
          models: dict[str, LineModel] | None = None) -> tuple[dict[str, str], float, float]:
    """Bodies, best CPU seconds and best wall seconds over ``repeat`` runs."""
    load_model()
    best_cpu = best_wall = float("inf")
    bodies: dict[str, str] = {}
    for _ in range(max(repeat, 1)):
        c0, w0 = time.process_time(), time.perf_counter()
        bodies = extract_all(pages, path, models)
        best_cpu = min(best_cpu, time.process_time() - c0)
        best_wall = min(best_wall, time.perf_counter() - w0)
    return bodies, best_cpu, best_wall


def write_pred(bodies: dict[str, str], path: Path) -> None:
    with open(path, "w", encoding="utf-8") as fh:
        for name, text in bodies.items():
            fh.write(json.dumps({"source": name, "text": text}, ensure_ascii=False) + "\n")


def score(shared: Path, pred: Path, per_page: bool = False) -> tuple[str, dict[str, float]]:
    """Run the shared scorer; its printed report and the figures of its summary line."""
    cmd = [sys.executable, str(shared / "eval" / "score_aeb.py"), str(pred),
           "--gold", str(shared / "data" / "aeb" / "gold.json")]
    if per_page:
        cmd.append("--per-page")
    proc = subprocess.run(cmd, capture_output=True, text=True, check=False)
    if proc.returncode != 0:
        raise RuntimeError(f"score_aeb.py failed ({proc.returncode}): {proc.stderr.strip()}")
    summary = [ln for ln in proc.stdout.splitlines() if ln.startswith("aeb:")][-1]
    figures = {}
    for part in summary.split()[1:]:
        key, _, value = part.partition("=")
        figures[key] = float(value)
    return proc.stdout, figures


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--shared", default=str(REPO.parent / "shared"))
    ap.add_argument("--pred", default=None, help="where to write PRED.jsonl (default: a temp file)")
    ap.add_argument("--repeat", type=int, default=3, help="timing runs (best is reported)")
    ap.add_argument("--per-page", action="store_true")
    ap.add_argument("--path", choices=("lines", "extract"), default="lines",
                    help="lines: the line classifier alone (clean_text); extract: extract_text's bodies")
    ap.add_argument("--cv", action="store_true",
                    help="read each page with a model fitted without its fold (5 page folds)")
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--seed", type=int, default=0)
    args = ap.parse_args(argv)
    shared = Path(args.shared)
    pages = read_pages(shared)
    if not pages:
        print(f"no pages under {shared / 'data' / 'aeb' / 'text'}", file=sys.stderr)
        return 2
    models = cv_models(shared, pages, args.folds, args.seed) if args.cv else None
    bodies, cpu, wall = timed(pages, args.repeat, args.path, models)
    with tempfile.TemporaryDirectory() as tmp:
        pred = Path(args.pred) if args.pred else Path(tmp) / "pred_aeb_text.jsonl"
        write_pred(bodies, pred)
        report, figures = score(shared, pred, args.per_page)
    print(report, end="")
    print(f"speed      {len(pages) / cpu:.0f} pages/s on one core (CPU time, best of {args.repeat}); "
          f"{len(pages) / wall:.0f} pages/s wall-clock; {len(pages)} pages")
    label = ("lines" if args.path == "lines" else "extract") + "-aeb" + (f"-cv{args.folds}" if args.cv else "")
    print(f"{label}: f1={figures['f1']:.4f} precision={figures['precision']:.4f} "
          f"recall={figures['recall']:.4f} pages_per_s={len(pages) / cpu:.0f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
