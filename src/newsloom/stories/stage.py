"""The stories stage: online clustering of new articles, as a global step over the store.

Each new article (in arrival order) joins a story or starts one; nothing is
re-clustered.  When an article shows that two stories are one event, the
clusterer folds them together and the store moves the folded story's
articles.  A copy joins the story of the article it copies.  The clusterer's
state is kept in the store with the assignments, written together every
``commit_every`` articles, so a stopped run resumes with the same outcome.
"""
from __future__ import annotations

from ..store import Store
from . import StoryClusterer

STATE_KEY = "stories"


def run_stories(store: Store, *, commit_every: int = 5000) -> int:
    saved = store.get_state(STATE_KEY)
    try:
        clusterer = StoryClusterer.from_state(saved["clusterer"]) if saved else StoryClusterer()
    except (ValueError, KeyError, TypeError):
        # state written by another version of newsloom: cluster every article again
        with store.transaction():
            store.db.execute("UPDATE articles SET story = NULL")
            store.db.execute("DELETE FROM stories")
        clusterer, saved = StoryClusterer(), None
    last = saved["last_seq"] if saved else 0
    touched: set[str] = set()
    pending: list[tuple[str, str]] = []
    merged: set[str] = set()

    def commit(upto: int) -> None:
        with store.transaction():
            for old in merged:
                kept = clusterer.resolve(old)
                store.db.execute("UPDATE articles SET story = ? WHERE story = ?", (kept, old))
                store.db.execute("DELETE FROM stories WHERE id = ?", (old,))
                touched.add(kept)
            for article_id, story_id in pending:
                store.assign_story(article_id, clusterer.resolve(story_id))
            store.set_state(STATE_KEY, {"last_seq": upto, "clusterer": clusterer.to_state()})
            current = {clusterer.resolve(sid) for sid in touched}
            store.refresh_stories({sid: clusterer.stories[sid].label for sid in current
                                   if sid in clusterer.stories})
        pending.clear()
        merged.clear()

    seq = last
    n_touched = set()
    for seq, article in store.articles_after(last):
        original = clusterer.story_of(article.duplicate_of) if article.duplicate_of else None
        if original:
            story_id = clusterer.resolve(original)
        else:
            assignment = clusterer.assign(article)
            story_id = assignment.story_id
            merged.update(assignment.merged)
        pending.append((article.id, story_id))
        touched.add(story_id)
        n_touched.add(story_id)
        if len(pending) >= commit_every:
            commit(seq)
    if pending or merged:
        commit(seq)
    return len({clusterer.resolve(s) for s in n_touched})
