"""Runners execute the per-record stages of a pipeline.

A stage is a plain function from an iterable of records to an iterable of
results; it never knows where it runs.  A runner feeds it batches and yields
the results in order: :class:`LocalRunner` in this process, and
:class:`~newsloom.runners.ray.RayRunner` on a Ray cluster for large corpora.
"""
from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable, Iterator
from typing import Any, Protocol

Stage = Callable[[Iterable[Any]], Iterable[Any]]


class Runner(Protocol):
    name: str

    def map(self, stage: Stage, batches: Iterable[list[Any]]) -> Iterator[list[Any]]:
        """Apply ``stage`` to each batch; yield each batch's results, in order."""
        ...

    def close(self) -> None: ...


class LocalRunner:
    """Runs stages on this machine: in this process, or in ``workers`` processes.

    With several workers, batches go to a process pool (each worker loads its
    models once) with a bounded number in flight, and results come back in
    batch order, so the store sees the same sequence of writes either way.
    """

    name = "local"

    def __init__(self, workers: int = 1):
        self.workers = max(1, int(workers))
        self._pool = None

    def map(self, stage: Stage, batches: Iterable[list[Any]]) -> Iterator[list[Any]]:
        if self.workers == 1:
            for batch in batches:
                yield list(stage(batch))
            return
        if self._pool is None:
            import multiprocessing
            from concurrent.futures import ProcessPoolExecutor

            self._pool = ProcessPoolExecutor(self.workers, mp_context=multiprocessing.get_context("spawn"))
        pending: deque = deque()
        for batch in batches:
            pending.append(self._pool.submit(_apply, stage, batch))
            if len(pending) >= 2 * self.workers:
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(cancel_futures=True)
            self._pool = None


def _apply(stage: Stage, batch: list[Any]) -> list[Any]:
    return list(stage(batch))


def get_runner(name: str = "local", **options: Any) -> Runner:
    if name == "local":
        return LocalRunner(**options)
    if name == "ray":
        from .ray import RayRunner

        return RayRunner(**options)
    raise ValueError(f"unknown runner {name!r}: choose 'local' or 'ray'")
