"""newsloom.copies: the same article twice (duplicates) and one article retold (rewrites).

``NearDuplicateIndex`` (MinHash + LSH over word 5-grams) sets ``duplicate_of``
to the earliest copy; ``RewriteFinder`` aligns sentences of candidate pairs
and sets ``rewrite_of``.  ``CopyFinder`` runs both on each arriving article and
keeps one JSON-serialisable state for the two.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Callable

from newsloom.copies.near import DuplicateMatch, NearDuplicateIndex
from newsloom.copies.rewrites import Rewrite, RewriteFinder, find_rewrites
from newsloom.records import Article

__all__ = ["CopyFinder", "CopyResult", "DuplicateMatch", "NearDuplicateIndex", "Rewrite",
           "RewriteFinder", "find_rewrites"]


@dataclass
class CopyResult:
    """What ``CopyFinder.add`` learnt about one article."""

    article_id: str
    duplicate: DuplicateMatch | None = None
    rewrites: list[Rewrite] = field(default_factory=list)  # with this article as copy or original


class CopyFinder:
    """Duplicates first, then rewrites among the articles that are not duplicates."""

    def __init__(self, *, lookup: Callable[[str], Article | None] | None = None,
                 near: NearDuplicateIndex | None = None, rewrites: RewriteFinder | None = None):
        self.near = near or NearDuplicateIndex()
        self.rewrites = rewrites or RewriteFinder(lookup=lookup)

    def add(self, article: Article) -> CopyResult:
        dup = self.near.add(article)
        found = self.rewrites.add(article)
        return CopyResult(article.id, dup, found)

    def to_state(self) -> dict[str, Any]:
        return {"near": self.near.to_state(), "rewrites": self.rewrites.to_state()}

    @classmethod
    def from_state(cls, state: dict[str, Any], *,
                   lookup: Callable[[str], Article | None] | None = None) -> "CopyFinder":
        return cls(near=NearDuplicateIndex.from_state(state["near"]),
                   rewrites=RewriteFinder.from_state(state["rewrites"], lookup=lookup))
