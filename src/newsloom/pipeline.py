"""The newsloom pipeline: the list of stages and the code that runs them over a store.

Stages, in order:

``ingest``   inputs -> raw pages (kept byte for byte) and quarantined inputs
``extract``  raw pages -> articles (per page; runs on any runner)
``copies``   global: exact/near duplicates and rewrites across the store
``stories``  global: online story clustering of new articles
``facts``    articles -> entities, quotes, events (per article; any runner)

Per-record stages are pure functions over iterables of records (see
:mod:`newsloom.extract`, :mod:`newsloom.facts`); the runner decides where they
run.  Global stages read and write the store.  Every write is one
transaction per page, per article or per batch, so a run that is killed
keeps all finished work, and the next run picks up what is left.
"""
from __future__ import annotations

import time
from collections import Counter
from collections.abc import Callable, Iterable
from contextlib import nullcontext
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from .records import Quarantined
from .runners import Runner, get_runner
from .store import Store

STAGES = ("ingest", "extract", "copies", "stories", "facts")


@dataclass(slots=True)
class RunSummary:
    """What a run did, for the user and for the ``runs`` table."""

    inputs_read: int = 0
    pages_new: int = 0
    pages_seen_before: int = 0
    quarantined: Counter = field(default_factory=Counter)
    quarantine_messages: list[str] = field(default_factory=list)
    pages_extracted: int = 0
    pages_failed: int = 0
    page_flags: Counter = field(default_factory=Counter)
    articles: int = 0
    duplicates: int = 0
    rewrites: int = 0
    stories_touched: int = 0
    facts_articles: int = 0
    facts_failed: int = 0
    seconds: dict[str, float] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["quarantined"] = dict(self.quarantined)
        data["page_flags"] = dict(self.page_flags)
        return data

    @property
    def failed_inputs(self) -> int:
        return sum(self.quarantined.values())


Progress = Callable[[str, int | None], Any]


class _NoProgress:
    """Progress reporting that does nothing (library use, tests)."""

    def stage(self, name: str, total: int | None):
        return nullcontext(lambda n=1: None)


def ingest(store: Store, inputs: Iterable[str], summary: RunSummary, *, options=None,
           progress=None) -> None:
    """Read every input into the store; bad ones go to quarantine with their reason."""
    from .ingest import read_inputs

    progress = progress or _NoProgress()
    with progress.stage("ingest", None) as advance:
        for item in read_inputs(inputs, options=options):
            summary.inputs_read += 1
            if isinstance(item, Quarantined):
                store.add_quarantined(item)
                summary.quarantined[item.reason] += 1
                summary.quarantine_messages.append(item.message)
            elif store.add_page(item):
                summary.pages_new += 1
            else:
                summary.pages_seen_before += 1
            advance(1)


def extract(store: Store, summary: RunSummary, *, runner: Runner, batch: int = 64,
            progress=None) -> None:
    """Extract every page not yet extracted; each page's result is stored atomically."""
    from .extract import extract_pages

    progress = progress or _NoProgress()
    with progress.stage("extract", store.count_pending_pages()) as advance:
        for results in runner.map(extract_pages, store.pending_pages(batch)):
            for result in results:
                stored = store.put_extraction(result.page_id, result.articles, flags=result.flags,
                                              language=result.language, error=result.error)
                summary.pages_extracted += 1
                summary.pages_failed += bool(result.error)
                summary.articles += stored
                for flag in result.flags:
                    summary.page_flags[flag.split(":", 1)[0]] += 1
                advance(1)


def find_copies(store: Store, summary: RunSummary, *, progress=None) -> None:
    from .copies.stage import run_copies

    progress = progress or _NoProgress()
    with progress.stage("copies", None) as advance:
        found = run_copies(store)
        summary.duplicates += found.get("duplicates", 0)
        summary.rewrites += found.get("rewrites", 0)
        advance(1)


def group_stories(store: Store, summary: RunSummary, *, progress=None) -> None:
    from .stories.stage import run_stories

    progress = progress or _NoProgress()
    with progress.stage("stories", None) as advance:
        summary.stories_touched += run_stories(store)
        advance(1)


def read_facts(store: Store, summary: RunSummary, *, runner: Runner, batch: int = 32,
               progress=None) -> None:
    from .facts.stage import facts_stage

    progress = progress or _NoProgress()
    total = store.db.execute("SELECT count(*) FROM articles WHERE facts_done = 0").fetchone()[0]

    def batches():
        chunk = []
        for article in store.iter_articles(where="facts_done = 0"):
            chunk.append(article)
            if len(chunk) == batch:
                yield chunk
                chunk = []
        if chunk:
            yield chunk

    with progress.stage("facts", total) as advance:
        # Articles are read in arrival order, a batch at a time, while results are stored.
        for results in runner.map(facts_stage, batches()):
            for article, error in results:
                store.put_facts(article, error)
                summary.facts_articles += 1
                summary.facts_failed += bool(error)
                advance(1)


def run_pipeline(inputs: Iterable[str], db: str | Path | Store, *, stages: Iterable[str] = STAGES,
                 runner: str | Runner = "local", workers: int = 1, ingest_options=None,
                 progress=None) -> RunSummary:
    """Ingest ``inputs`` into the store at ``db`` and run the processing stages.

    ``workers`` > 1 runs the per-record stages (extract, facts) in that many
    processes on this machine (``runner="local"``), or Ray tasks at once.
    """
    stages = tuple(stages)
    unknown = set(stages) - set(STAGES)
    if unknown:
        raise ValueError(f"unknown stage(s): {', '.join(sorted(unknown))}; stages are {', '.join(STAGES)}")
    store = db if isinstance(db, Store) else Store(db)
    if isinstance(runner, str):
        runner = get_runner(runner, workers=workers) if runner == "local" else get_runner(
            runner, max_in_flight=2 * max(1, workers))
    summary = RunSummary()
    run_id = store.start_run()
    try:
        steps = {
            "ingest": lambda: ingest(store, inputs, summary, options=ingest_options, progress=progress),
            "extract": lambda: extract(store, summary, runner=runner, progress=progress),
            "copies": lambda: find_copies(store, summary, progress=progress),
            "stories": lambda: group_stories(store, summary, progress=progress),
            "facts": lambda: read_facts(store, summary, runner=runner, progress=progress),
        }
        for name in STAGES:
            if name in stages:
                started = time.perf_counter()
                steps[name]()
                summary.seconds[name] = round(time.perf_counter() - started, 3)
        store.finish_run(run_id, summary.to_dict())
    finally:
        runner.close()
        if not isinstance(db, Store):
            store.close()
    return summary
