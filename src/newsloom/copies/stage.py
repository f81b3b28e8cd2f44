"""The copies stage: a global step over the store.

New articles (in arrival order) go through :class:`~newsloom.copies.CopyFinder`;
its state is kept in the store, so a later run compares new articles with
everything seen before without starting over.  Results and state are written
together every ``commit_every`` articles: a run stopped half-way resumes from
the last commit with the same outcome.

Memory and the saved state are bounded by ``window``: only the most recent
``window`` articles (by arrival) are compared with new ones; an article whose
original arrived more than ``window`` articles earlier is not marked as a copy.
"""
from __future__ import annotations

from ..store import Store
from . import DEFAULT_WINDOW, CopyFinder

STATE_KEY = "copies"


def run_copies(store: Store, *, commit_every: int = 1000,
               window: int | None = DEFAULT_WINDOW) -> dict[str, int]:
    """Find the copies among the articles added since the last run.  ``window``: how many of
    the most recent articles new ones are compared with (``None``: all)."""
    def lookup(article_id: str):
        return store.get_article(article_id, facts=False)

    saved = store.get_state(STATE_KEY)
    try:
        finder = CopyFinder.from_state(saved["finder"], lookup=lookup, window=window) if saved else None
    except (ValueError, KeyError, TypeError):
        # state written by another version of newsloom: find the copies again from scratch
        with store.transaction():
            store.db.execute("UPDATE articles SET duplicate_of = NULL, rewrite_of = NULL")
            store.db.execute("DELETE FROM rewrites")
        finder, saved = None, None
    finder = finder or CopyFinder(lookup=lookup, window=window)
    last = saved["last_seq"] if saved else 0
    found = {"duplicates": 0, "rewrites": 0}
    pending: list[tuple] = []

    def commit(upto: int) -> None:
        with store.transaction():
            for article, result in pending:
                if result.duplicate is not None:
                    for other in result.duplicate.repointed:
                        store.set_duplicate(other, article.id)
                    store.set_duplicate(article.id, article.duplicate_of)
                    found["duplicates"] += article.duplicate_of is not None
                for rewrite in result.rewrites:
                    store.put_rewrite(rewrite.copy_id, rewrite.original_id, rewrite.score,
                                      [list(pair) for pair in rewrite.pairs])
                    found["rewrites"] += 1
            store.set_state(STATE_KEY, {"last_seq": upto, "finder": finder.to_state()})
        pending.clear()

    seq = last
    for seq, article in store.articles_after(last):
        pending.append((article, finder.add(article)))
        if len(pending) >= commit_every:
            commit(seq)
    if pending or seq != last:
        commit(seq)
    return found
