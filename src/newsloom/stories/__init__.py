"""newsloom.stories: group articles that report the same real-world event.

``StoryClusterer`` is an online single-pass clusterer with JSON-serialisable
state (``to_state`` / ``from_state``) so stories grow across runs.
"""
from newsloom.stories.cluster import Assignment, Story, StoryClusterer, StoryParams
from newsloom.stories.label import story_label

__all__ = ["Assignment", "Story", "StoryClusterer", "StoryParams", "story_label"]
