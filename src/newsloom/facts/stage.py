"""The facts stage: articles in, the same articles with entities, quotes and events out.

A plain function over a batch of articles, so any runner can run it; the
spaCy model is loaded once per worker process.
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator

from ..records import Article
from . import read_facts


def facts_stage(articles: Iterable[Article]) -> Iterator[Article]:
    batch = list(articles)
    read_facts(batch)
    yield from batch
