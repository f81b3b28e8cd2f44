"""newsloom.trends: timelines and a relations index between two countries.

* ``timeline(items, a, b)`` events between ``a`` and ``b`` in date order, one row per real event.
* ``relations_index(items, a, b, freq="week" | "month")`` cooperation–conflict index per period.
* ``ambiguous_events(items, a, b, freq)`` events left out of it because their date reads two ways.
* ``relations(items, a, b, freq)`` both of these from one pass (``series``, ``ambiguous``).

``items`` are ``(article, event)`` pairs or dicts with ``article_id``/``id``,
``published``, ``story`` and ``event``.
"""
from .relations import ambiguous_events, relations, relations_index
from .timeline import timeline

__all__ = ["timeline", "relations", "relations_index", "ambiguous_events"]
