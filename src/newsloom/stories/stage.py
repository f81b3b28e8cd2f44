"""The stories stage: online clustering of new articles, as a global step over the store.

Each new article (in arrival order) joins a story or starts one; nothing is
re-clustered.  A copy joins the story of the article it copies.  The
clusterer's state is kept in the store with the assignments, written
together every ``commit_every`` articles.
"""
from __future__ import annotations

from ..store import Store
from . import StoryClusterer

STATE_KEY = "stories"


def run_stories(store: Store, *, commit_every: int = 1000) -> int:
    saved = store.get_state(STATE_KEY)
    clusterer = StoryClusterer.from_state(saved["clusterer"]) if saved else StoryClusterer()
    last = saved["last_seq"] if saved else 0
    touched: set[str] = set()
    pending: list[tuple[str, str]] = []

    def commit(upto: int) -> None:
        with store.transaction():
            for article_id, story_id in pending:
                store.assign_story(article_id, story_id)
            store.set_state(STATE_KEY, {"last_seq": upto, "clusterer": clusterer.to_state()})
            store.refresh_stories({sid: clusterer.stories[sid].label for sid in touched
                                   if sid in clusterer.stories})
        pending.clear()

    seq = last
    for seq, article in store.articles_after(last):
        original = clusterer.story_of(article.duplicate_of) if article.duplicate_of else None
        story_id = original or clusterer.add(article)
        pending.append((article.id, story_id))
        touched.add(story_id)
        if len(pending) >= commit_every:
            commit(seq)
    if pending:
        commit(seq)
    return len(touched)
