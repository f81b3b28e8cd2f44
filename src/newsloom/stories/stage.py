"""The stories stage: online clustering of new articles, as a global step over the store.

Each new article (in arrival order) joins a story or starts one; nothing is
re-clustered.  When an article shows that two stories are one event, the
clusterer folds them together and the store moves the folded story's
articles.  A copy joins the story of the article it copies.  The clusterer's
state is kept in the store with the assignments, written together every
``commit_every`` articles, so a stopped run resumes with the same outcome.

The clusterer keeps only the open stories: a story it closes is already in the
store (its articles' assignments, and its label, written here at the next
commit), so the store is where a closed story's articles are looked up.
"""
from __future__ import annotations

from ..store import Store
from . import StoryClusterer

STATE_KEY = "stories"


def run_stories(store: Store, *, commit_every: int = 5000, **params) -> int:
    """Cluster the articles added since the last run; returns the number of stories they touched.

    ``params``: story clusterer parameters to set (see ``StoryParams``), over those of a resumed state.
    """
    saved = store.get_state(STATE_KEY)
    try:
        clusterer = (StoryClusterer.from_state(saved["clusterer"], **params) if saved
                     else StoryClusterer(**params))
    except (ValueError, KeyError, TypeError):
        # state written by another version of newsloom: cluster every article again
        with store.transaction():
            store.db.execute("UPDATE articles SET story = NULL")
            store.db.execute("DELETE FROM stories")
        clusterer, saved = StoryClusterer(**params), None
    last = saved["last_seq"] if saved else 0
    touched: set[str] = set()
    pending: dict[str, str] = {}  # article id -> story id, not yet written
    merged: set[str] = set()
    closed_labels: dict[str, str] = {}  # stories closed since the last commit: their labels

    def on_close(story) -> None:
        closed_labels[story.id] = story.label

    clusterer.on_close = on_close

    def commit(upto: int) -> None:
        with store.transaction():
            for old in merged:
                kept = clusterer.resolve(old)
                store.db.execute("UPDATE articles SET story = ? WHERE story = ?", (kept, old))
                store.db.execute("DELETE FROM stories WHERE id = ?", (old,))
                touched.add(kept)
            for article_id, story_id in pending.items():
                store.assign_story(article_id, clusterer.resolve(story_id))
            store.set_state(STATE_KEY, {"last_seq": upto, "clusterer": clusterer.to_state()})
            current = {clusterer.resolve(sid) for sid in touched}
            labels = {sid: label for sid, label in closed_labels.items() if sid in current}
            labels.update({sid: clusterer.stories[sid].label for sid in current if sid in clusterer.stories})
            store.refresh_stories(labels, ids=current)
        pending.clear()
        merged.clear()
        closed_labels.clear()
        touched.clear()

    def story_of(article_id: str) -> str | None:
        """The story of an article seen before: the clusterer's if still open, else the store's."""
        sid = clusterer.story_of(article_id) or pending.get(article_id)
        if sid is None:
            stored = store.get_article(article_id, facts=False)
            sid = stored.story if stored is not None else None
        return clusterer.resolve(sid) if sid else None

    seq = last
    n_touched = set()
    for seq, article in store.articles_after(last):
        original = story_of(article.duplicate_of) if article.duplicate_of else None
        if original:
            story_id = original
        else:
            assignment = clusterer.assign(article)
            story_id = assignment.story_id
            merged.update(assignment.merged)
        pending[article.id] = story_id
        touched.add(story_id)
        n_touched.add(story_id)
        if len(pending) >= commit_every:
            commit(seq)
    if pending or merged:
        commit(seq)
    return len({clusterer.resolve(s) for s in n_touched})
