"""Run newsloom's per-record stages on Ray.

Install with ``pip install 'newsloom[ray]'``.  Batches are sent to Ray tasks
as they are read from the store, with at most ``max_in_flight`` outstanding,
and results come back in order so the driver can store them as it goes (a
run stopped half-way keeps everything already stored).  Global stages
(copies, stories) stay on the driver: they read and write the store.
"""
from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Iterator
from typing import Any

from . import Stage


class RayRunner:
    name = "ray"

    def __init__(self, address: str | None = None, max_in_flight: int = 8, num_cpus: int | None = None):
        try:
            import ray
        except ImportError as exc:  # pragma: no cover - depends on the extra
            raise RuntimeError("the Ray runner needs Ray: pip install 'newsloom[ray]'") from exc
        self._ray = ray
        self._started_here = False
        if not ray.is_initialized():
            kwargs: dict[str, Any] = {"include_dashboard": False, "log_to_driver": False}
            if address:
                kwargs["address"] = address
            elif num_cpus:
                kwargs["num_cpus"] = num_cpus
            ray.init(**kwargs)
            self._started_here = True
        self.max_in_flight = max_in_flight
        self._task = ray.remote(_apply)

    def map(self, stage: Stage, batches: Iterable[list[Any]]) -> Iterator[list[Any]]:
        pending: deque = deque()
        for batch in batches:
            pending.append(self._task.remote(stage, batch))
            if len(pending) >= self.max_in_flight:
                yield self._ray.get(pending.popleft())
        while pending:
            yield self._ray.get(pending.popleft())

    def close(self) -> None:
        if self._started_here and self._ray.is_initialized():
            self._ray.shutdown()


def _apply(stage: Stage, batch: list[Any]) -> list[Any]:
    return list(stage(batch))
