"""Story labels: a short headline for a cluster of articles."""
from __future__ import annotations

import re
from typing import Any

from newsloom.stories.lexicon import MONTHS, WEEKDAYS

_SPACE = re.compile(r"\s+")


def clean_title(title: str, max_chars: int = 120) -> str:
    t = _SPACE.sub(" ", title).strip(" -|:\u2013\u2014")
    if len(t) > max_chars:
        cut = t[:max_chars].rsplit(" ", 1)[0]
        t = cut.rstrip(",;:") + "…"
    return t


_DATE_WORDS = set(MONTHS) | set(WEEKDAYS) | {"posted", "updated", "published", "am", "pm", "gmt", "et", "on", "at"}


def headline_like(title: str) -> bool:
    """A title that says something: at least three words that are not date, time or posting words."""
    words = [w.lower() for w in re.findall(r"[^\W\d_]+", title)]
    return sum(1 for w in words if w not in _DATE_WORDS) >= 3


def story_label(story: Any) -> str:
    """The most central title of the story's members (best match to the story).

    The first article's title has score 1.0 by construction only when it started
    the story alone, so titles are ranked by how well their article matched the
    story, breaking ties by how many words the title shares with the others.
    """
    titles = [t for t in getattr(story, "titles", []) if t and t[0]]
    titles = [t for t in titles if headline_like(t[0])] or titles
    if not titles:
        return ""
    if len(titles) == 1:
        return clean_title(titles[0][0])
    bags = [set(w.lower() for w in re.findall(r"\w+", t[0]) if len(w) > 3) for t in titles]

    def centrality(i: int) -> float:
        others = [b for j, b in enumerate(bags) if j != i]
        if not bags[i] or not others:
            return 0.0
        return sum(len(bags[i] & b) / len(bags[i] | b) for b in others) / len(others)

    best = max(range(len(titles)), key=lambda i: (centrality(i), -len(titles[i][0])))
    return clean_title(titles[best][0])
