"""The facts stage: articles in, (article with entities, quotes and events, error) out.

A plain function over a batch of articles, so any runner can run it; the
spaCy model is loaded once per worker process.  When a batch fails, its
articles are read one by one, and an article that still fails comes out
with no facts and the error, so one bad article never stops a run.
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator

from ..records import Article
from . import read_facts


def facts_stage(articles: Iterable[Article]) -> Iterator[tuple[Article, str | None]]:
    batch = list(articles)
    try:
        read_facts(batch)
    except Exception:
        for article in batch:
            try:
                read_facts([article])
            except Exception as exc:
                article.entities, article.quotes, article.events = [], [], []
                yield article, f"{type(exc).__name__}: {exc}"
            else:
                yield article, None
        return
    for article in batch:
        yield article, None
