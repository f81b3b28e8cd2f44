"""newsloom.copies: the same article twice (duplicates) and one article retold (rewrites).

``NearDuplicateIndex`` (MinHash + LSH over word 5-grams) sets ``duplicate_of``
to the earliest copy; ``RewriteFinder`` aligns sentences of candidate pairs
and sets ``rewrite_of``.  ``CopyFinder`` runs both on each arriving article and
keeps one JSON-serialisable state for the two.

Both keep only the most recent ``window`` articles (default
:data:`DEFAULT_WINDOW`, ``None`` keeps all), so memory and state stay bounded
on a long stream; a copy of an article that has left the window is not found.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Callable

from newsloom.copies.near import DEFAULT_WINDOW, DuplicateMatch, NearDuplicateIndex
from newsloom.copies.rewrites import _SAVED, Rewrite, RewriteFinder, find_rewrites
from newsloom.records import Article

__all__ = ["DEFAULT_WINDOW", "CopyFinder", "CopyResult", "DuplicateMatch", "NearDuplicateIndex", "Rewrite",
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
                 near: NearDuplicateIndex | None = None, rewrites: RewriteFinder | None = None,
                 window: int | None = DEFAULT_WINDOW):
        """``window``: articles kept by both indexes when they are made here (``None``: all)."""
        self.near = near if near is not None else NearDuplicateIndex(window=window)
        self.rewrites = rewrites if rewrites is not None else RewriteFinder(lookup=lookup, window=window)

    def add(self, article: Article) -> CopyResult:
        dup = self.near.add(article)
        found = self.rewrites.add(article)
        return CopyResult(article.id, dup, found)

    def to_state(self) -> dict[str, Any]:
        return {"near": self.near.to_state(), "rewrites": self.rewrites.to_state()}

    @classmethod
    def from_state(cls, state: dict[str, Any], *,
                   lookup: Callable[[str], Article | None] | None = None,
                   window: int | None = _SAVED) -> "CopyFinder":
        """``window`` defaults to the saved one; a smaller one forgets the oldest articles at once."""
        over = {} if window is _SAVED else {"window": window}
        return cls(near=NearDuplicateIndex.from_state(state["near"], **over),
                   rewrites=RewriteFinder.from_state(state["rewrites"], lookup=lookup, **over))
