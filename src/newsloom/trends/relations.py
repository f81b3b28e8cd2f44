"""A cooperation–conflict index between two countries per week or month.

Each real-world event counts once however many outlets report it (see
``timeline.dedupe``).  The index of a period is the mean signed intensity of
its distinct events (Goldstein-like, -10 = most hostile, +10 = most
cooperative), with the standard error and a bootstrap 95% interval.  Events
dated too coarsely for the period (only a year for months; a month or year for
weeks) or not at all are left out; every row reports how many in ``undated``.  So are
events whose date rests on a publication date that reads two ways when the
readings fall in different periods (``ambiguous``; ``ambiguous_events`` lists
them with their candidate periods).
"""
from __future__ import annotations

import datetime as dt
import math
import random
from typing import Any, Iterable

from .timeline import as_reports, dedupe, involves


def period_of(date: str | None, precision: str | None, freq: str) -> str | None:
    if not date:
        return None
    if freq == "month":
        if len(date) < 7 or precision == "year":
            return None
        return date[:7]
    if freq == "week":
        if len(date) < 10 or precision in ("month", "year"):
            return None
        d = dt.date.fromisoformat(date[:10])
        monday = d - dt.timedelta(days=d.weekday())
        return monday.isoformat()
    raise ValueError(f"freq must be 'week' or 'month', not {freq!r}")


def _bootstrap(values: list[float], n: int = 1000, seed: int = 7) -> tuple[float, float]:
    if len(values) < 2:
        return values[0], values[0]
    rng = random.Random(seed)
    means = sorted(sum(rng.choice(values) for _ in values) / len(values) for _ in range(n))
    return means[int(0.025 * n)], means[int(0.975 * n) - 1]


def relations(items: Iterable, a: str, b: str, freq: str = "month") -> dict[str, list[dict[str, Any]]]:
    """The index between ``a`` and ``b`` and the events it leaves out for an ambiguous date, in one pass.

    ``series``: one row per period (index, counts, uncertainty); ``ambiguous``:
    events whose date rests on a publication date that reads two ways, with
    the periods its readings fall in.
    """
    if freq not in ("week", "month"):
        raise ValueError(f"freq must be 'week' or 'month', not {freq!r}")
    reports = [r for r in as_reports(items) if involves(r.event, a, b)]
    periods: dict[str, list] = {}
    undated = 0
    left_out: list[dict[str, Any]] = []
    for real in dedupe(reports):
        r = real.first
        p = period_of(r.date, r.date_precision, freq)
        if p is None:
            undated += 1
            continue
        others = _other_periods(r, p, freq)
        if others:
            ev = r.event
            left_out.append({"periods": [p, *others], "type": ev.get("type"), "actor1": ev.get("actor1"),
                             "actor2": ev.get("actor2"), "intensity": ev.get("intensity"),
                             "evidence": ev.get("evidence"), "article_id": r.article_id,
                             "reports": len(real.reports)})
            continue
        periods.setdefault(p, []).append(real)
    rows = []
    for p in sorted(periods):
        events = periods[p]
        vals = [float(e.first.event.get("intensity") or 0.0) for e in events]
        n = len(vals)
        mean = sum(vals) / n
        sd = math.sqrt(sum((v - mean) ** 2 for v in vals) / (n - 1)) if n > 1 else 0.0
        low, high = _bootstrap(vals)
        rows.append({
            "period": p, "events": n, "reports": sum(len(e.reports) for e in events),
            "index": round(mean, 3), "se": round(sd / math.sqrt(n), 3) if n > 1 else None,
            "low": round(low, 3), "high": round(high, 3),
            "cooperation": sum(v > 0 for v in vals), "conflict": sum(v < 0 for v in vals),
            "undated": undated, "ambiguous": len(left_out),
        })
    return {"series": rows, "ambiguous": left_out}


def relations_index(items: Iterable, a: str, b: str, freq: str = "month") -> list[dict[str, Any]]:
    """One row per period with events between ``a`` and ``b``: index, count, uncertainty."""
    return relations(items, a, b, freq)["series"]


def ambiguous_events(items: Iterable, a: str, b: str, freq: str = "month") -> list[dict[str, Any]]:
    """Events between ``a`` and ``b`` left out of the index because their period is ambiguous."""
    return relations(items, a, b, freq)["ambiguous"]


def _other_periods(report, period: str, freq: str) -> list[str]:
    """The periods other than ``period`` an event falls in under its other possible dates."""
    out = []
    for alt in report.date_alternatives:
        q = period_of(alt, report.date_precision, freq)
        if q and q != period and q not in out:
            out.append(q)
    return out
