"""newsloom.facts: who, what, when — entities, quotes and coded events of articles.

Public API:

* ``read_facts(articles, *, n_process=1, batch_size=16)`` fills ``article.entities``,
  ``.quotes`` and ``.events`` in place (spaCy ``nlp.pipe`` batches).
* ``read_article(article)`` the same for one article.
* ``code_sentence(text)`` events of one sentence (no article context).
* ``FactReader`` the class behind them (keeps the loaded model).
"""
from __future__ import annotations

from collections.abc import Iterable

from ..records import Article, Event
from .entities import extract_entities
from .events import EventCoder
from .nlp import ModelMissing, get_nlp
from .quotes import extract_quotes
from .when import event_date, infer_reference_date

__all__ = ["FactReader", "read_facts", "read_article", "code_sentence", "ModelMissing", "get_nlp"]

MAX_CHARS = 100_000  # longer texts are cut; an article is rarely a tenth of this


class FactReader:
    """Reads entities, quotes and events from articles with one loaded spaCy model."""

    def __init__(self, *, n_process: int = 1, batch_size: int = 16, model: str | None = None):
        self.nlp = get_nlp(model)
        self.n_process = n_process
        self.batch_size = batch_size

    def facts_of_doc(self, doc, published: str | None = None):
        entities = extract_entities(doc)
        quotes = extract_quotes(doc, entities)
        events = EventCoder(doc, entities, published=published).code()
        return entities, quotes, events

    def read_facts(self, articles: list[Article], *, n_process: int | None = None,
                   batch_size: int | None = None) -> None:
        """Fill ``entities``, ``quotes`` and ``events`` of every article in place."""
        texts = (a.text[:MAX_CHARS] for a in articles)
        docs = self.nlp.pipe(texts, batch_size=batch_size or self.batch_size,
                             n_process=n_process or self.n_process)
        for article, doc in zip(articles, docs):
            article.entities, article.quotes, article.events = self.facts_of_doc(doc, reference_date(article))
            mark_ambiguous_dates(article)

    def code_sentence(self, text: str, published: str | None = None) -> list[Event]:
        doc = self.nlp(text)
        entities = extract_entities(doc)
        return EventCoder(doc, entities, published=published).code()

    def code_sentences(self, texts: Iterable[str]) -> list[list[Event]]:
        out = []
        for doc in self.nlp.pipe(texts, batch_size=64, n_process=self.n_process):
            out.append(EventCoder(doc, extract_entities(doc)).code())
        return out


def reference_date(article: Article) -> str | None:
    """The date an article's relative and year-less dates are read against.

    Its publication date when it has one; otherwise the latest day its own
    text fixes (``when.infer_reference_date``), which only lends a year to
    dates written without one.
    """
    return article.published or infer_reference_date(article.text)


def mark_ambiguous_dates(article: Article) -> None:
    """Give each event the other dates it has when the publication date reads two ways.

    An event dated only by its article ("yesterday", "on Tuesday", or no date
    at all) inherits the ambiguity of ``2025.03.11``: its date under each other
    reading of the publication date goes to ``event.date_alternatives``, so the
    timeline and the relations index can say so instead of guessing.
    """
    if not (article.published_ambiguous and article.published and article.published_alternatives):
        return
    for event in article.events:
        others: list[str] = []
        for alt in article.published_alternatives:
            if event.date is None:
                other = alt[:10]
            else:
                other, _ = event_date(event.evidence, alt)
            if other and other != (event.date or article.published[:10]) and other not in others:
                others.append(other)
        event.date_alternatives = others


_default: FactReader | None = None


def _reader() -> FactReader:
    global _default
    if _default is None:
        _default = FactReader()
    return _default


def read_facts(articles: list[Article], *, n_process: int = 1, batch_size: int = 16) -> None:
    """Fill ``article.entities``, ``.quotes`` and ``.events`` for every article."""
    _reader().read_facts(articles, n_process=n_process, batch_size=batch_size)


def read_article(article: Article) -> Article:
    _reader().read_facts([article])
    return article


def code_sentence(text: str) -> list[Event]:
    """Coded events of one sentence, read on its own."""
    return _reader().code_sentence(text)
