"""Events between two countries in date order, each real-world event once.

``items`` are ``(article, event)`` pairs, or dicts with the article's
``id``/``article_id``, ``published``, ``story`` and the ``event`` (an
``Event`` or its dict).  Reports of one event by several outlets are folded
together: same story (when known), type, actor pair and event date, from
different articles; without a story, near-identical evidence sentences.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import Any, Iterable

from ..records import Event


@dataclass
class Report:
    article_id: str | None
    published: str | None
    story: str | None
    outlet: str | None
    event: dict[str, Any]

    @property
    def date(self) -> str | None:
        return self.event.get("date") or (self.published[:10] if self.published else None)

    @property
    def date_alternatives(self) -> list[str]:
        """The event's other possible dates (its publication date reads two ways)."""
        return self.event.get("date_alternatives") or []

    @property
    def date_precision(self) -> str | None:
        if self.event.get("date"):
            return self.event.get("date_precision")
        return "day" if self.published else None


@dataclass
class RealEvent:
    """One real-world event and every report of it."""

    key: tuple
    reports: list[Report] = field(default_factory=list)

    @property
    def first(self) -> Report:
        return self.reports[0]


def as_reports(items: Iterable) -> list[Report]:
    out = []
    for it in items:
        if isinstance(it, tuple) and len(it) == 2:
            art, ev = it
            ev_d = ev.to_dict() if isinstance(ev, Event) else dict(ev)
            out.append(Report(getattr(art, "id", None), getattr(art, "published", None),
                              getattr(art, "story", None), getattr(art, "outlet", None), ev_d))
        elif isinstance(it, dict):
            ev = it.get("event", it)
            ev_d = ev.to_dict() if isinstance(ev, Event) else dict(ev)
            if isinstance(ev_d.get("date_alternatives"), str):  # a store row keeps the list as JSON
                try:
                    ev_d["date_alternatives"] = [str(v) for v in json.loads(ev_d["date_alternatives"])]
                except ValueError:
                    ev_d["date_alternatives"] = []
            out.append(Report(it.get("article_id") or it.get("article") or it.get("id"), it.get("published"),
                              it.get("story"), it.get("outlet"), ev_d))
        else:
            raise TypeError(f"a timeline item must be an (article, event) pair or a dict, not {type(it).__name__}")
    return out


def involves(ev: dict, a: str, b: str) -> bool:
    pair = {str(ev.get("actor1") or "").upper(), str(ev.get("actor2") or "").upper()}
    return pair == {a.upper(), b.upper()}


def _tokens(text: str) -> set[str]:
    return set(re.findall(r"\w+", (text or "").lower()))


def _similar(x: str, y: str, threshold: float = 0.8) -> bool:
    a, b = _tokens(x), _tokens(y)
    if not a or not b:
        return False
    return len(a & b) / len(a | b) >= threshold


def dedupe(reports: list[Report]) -> list[RealEvent]:
    """Fold reports of one real-world event together."""
    real: list[RealEvent] = []
    by_key: dict[tuple, RealEvent] = {}
    # events of one type and actor pair: the only ones a report without a story is compared with
    by_kind: dict[tuple, list[RealEvent]] = {}
    for r in reports:
        ev = r.event
        pair = (ev.get("actor1"), ev.get("actor2"))
        if r.story:
            # reports of one story share the event's own date; their publication dates may differ
            key = ("story", r.story, ev.get("type"), pair, ev.get("date"))
            same = by_key.get(key)
            if same is not None and (r.article_id is None
                                     or r.article_id not in {x.article_id for x in same.reports}):
                same.reports.append(r)
                continue
            if same is None or not any(_similar(x.event.get("evidence", ""), ev.get("evidence", ""))
                                       for x in same.reports):
                # one article reporting two acts of one kind: two events
                re_ = RealEvent(key + (len(real),), [r])
                by_key.setdefault(key, re_)
                real.append(re_)
                by_kind.setdefault((ev.get("type"), pair), []).append(re_)
            else:
                same.reports.append(r)
            continue
        match = None
        kind = by_kind.setdefault((ev.get("type"), pair), [])
        for cand in kind:
            if _similar(cand.first.event.get("evidence", ""), ev.get("evidence", "")):
                match = cand
                break
        if match is not None:
            match.reports.append(r)
        else:
            re_ = RealEvent(("evidence", len(real)), [r])
            real.append(re_)
            kind.append(re_)
    return real


def timeline(items: Iterable, a: str, b: str) -> list[dict[str, Any]]:
    """Events between ``a`` and ``b`` (either direction), oldest first, one row per real event."""
    reports = [r for r in as_reports(items) if involves(r.event, a, b)]
    rows = []
    for real in dedupe(reports):
        r = real.first
        ev = r.event
        rows.append({
            "date": r.date, "date_precision": r.date_precision, "date_alternatives": r.date_alternatives,
            "type": ev.get("type"), "actor1": ev.get("actor1"), "actor2": ev.get("actor2"),
            "polarity": ev.get("polarity"), "intensity": ev.get("intensity"),
            "evidence": ev.get("evidence"), "trigger": ev.get("trigger"), "place": ev.get("place"),
            "article_id": r.article_id, "story": r.story, "published": r.published,
            "reports": len(real.reports),
            "articles": [x.article_id for x in real.reports],
        })
    rows.sort(key=lambda x: (x["date"] or "9999", x["published"] or ""))
    return rows
