"""Extraction: a raw page to its articles.

:func:`extract_page` picks the reader for the page's kind (plain-text dump,
HTML, or an already-extracted JSONL record) and turns its drafts into
:class:`~newsloom.records.Article` records with stable ids.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from ..records import Article, ArticleDraft, DateReading, PageReading, RawPage, short_id


@dataclass(slots=True)
class Extracted:
    """What extraction made of one page."""

    page_id: str
    articles: list[Article]
    flags: list[str] = field(default_factory=list)
    language: str | None = None
    error: str | None = None


def decode(page: RawPage) -> str:
    """The page's text, in the encoding ingest detected."""
    try:
        return page.content.decode(page.encoding or "utf-8", errors="replace")
    except LookupError:
        return page.content.decode("utf-8", errors="replace")


def article_id(page: RawPage, position: int) -> str:
    """Stable article id: the page's content hash and the article's place on it."""
    return short_id(page.id, str(position))


def _from_record(page: RawPage) -> PageReading:
    """A JSONL record that already is an article."""
    from .dates import parse_date

    meta = page.meta
    published = None
    if meta.get("published"):
        published = parse_date(str(meta["published"])) or DateReading(value=str(meta["published"])[:10],
                                                                        precision="day")
    text = str(meta.get("text") or "")
    paragraphs = [p.strip() for p in text.replace("\r\n", "\n").split("\n") if p.strip()]
    return PageReading(articles=[ArticleDraft(
        text="\n\n".join(paragraphs), title=meta.get("title") or None, outlet=meta.get("outlet") or None,
        published=published, author=meta.get("author") or None, section=meta.get("section") or None,
        kind=meta.get("kind") or "news", url=meta.get("url") or page.url)])


def read_page(page: RawPage) -> PageReading:
    if page.kind == "article":
        return _from_record(page)
    if page.kind == "html":
        from .html import extract_html

        return extract_html(page.content, url=page.url)
    from .text import extract_text

    return extract_text(decode(page), url=page.url, crawl_date=page.crawl_date)


def to_articles(page: RawPage, reading: PageReading) -> list[Article]:
    from .language import detect_language

    articles = []
    for position, draft in enumerate(d for d in reading.articles if d.text.strip()):
        date = draft.published
        if page.kind == "article" and page.meta.get("id") is not None:
            aid = str(page.meta["id"])
        else:
            aid = article_id(page, position)
        articles.append(Article(
            id=aid, page_id=page.id, source=page.source, text=draft.text, position=position,
            url=draft.url or page.url, title=draft.title, outlet=draft.outlet,
            published=date.value if date else None,
            published_precision=date.precision if date else None,
            published_ambiguous=bool(date and date.ambiguous),
            published_alternatives=list(date.alternatives) if date else [],
            author=draft.author, section=draft.section, kind=draft.kind or "news",
            language=reading.language or detect_language(draft.text),
            flags=list(reading.flags),
        ))
    return articles


def extract_page(page: RawPage) -> Extracted:
    """Extract one page; a failure is reported on the result, never raised."""
    try:
        reading = read_page(page)
        return Extracted(page.id, to_articles(page, reading), list(reading.flags), reading.language)
    except Exception as exc:  # one bad page never stops a run
        return Extracted(page.id, [], [], None, error=f"{type(exc).__name__}: {exc}")


def extract_pages(pages):
    """The extraction stage: raw pages in, :class:`Extracted` out."""
    for page in pages:
        yield extract_page(page)
