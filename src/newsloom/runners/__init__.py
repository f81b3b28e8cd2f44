"""Runners execute the per-record stages of a pipeline.

A stage is a plain function from an iterable of records to an iterable of
results; it never knows where it runs.  A runner feeds it batches and yields
the results in order: :class:`LocalRunner` in this process, and
:class:`~newsloom.runners.ray.RayRunner` on a Ray cluster for large corpora.
"""
from __future__ import annotations

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
    """Runs stages in this process, one batch after another."""

    name = "local"

    def map(self, stage: Stage, batches: Iterable[list[Any]]) -> Iterator[list[Any]]:
        for batch in batches:
            yield list(stage(batch))

    def close(self) -> None:
        pass


def get_runner(name: str = "local", **options: Any) -> Runner:
    if name == "local":
        return LocalRunner()
    if name == "ray":
        from .ray import RayRunner

        return RayRunner(**options)
    raise ValueError(f"unknown runner {name!r}: choose 'local' or 'ray'")
