"""Reading an HTML page: its article body and metadata.

``extract_html(html, url=...)`` gives a :class:`~newsloom.records.PageReading`
with one :class:`~newsloom.records.ArticleDraft` (or none when the page holds
no article text).

How the body is found:

1. trafilatura reads the main text, favouring precision and leaving out
   reader comments.  Precision mode sometimes drops most of an article (a
   body split over several containers); when its text is short and a
   recall-favouring run finds more than twice as much, the longer text is
   taken.  A page where both find nothing falls back to trafilatura's
   baseline reading of the page's paragraphs.
2. Leftover chrome is trimmed from that text: blank lines, the title
   repeated as the first line, reader-comment lines, and everything after a
   heading that closes an article ("Related articles", "Comments") in the
   last part of the text.  Each trimming is counted in the page's flags.

Metadata comes from the page's own markup, read once with lxml (far cheaper
than trafilatura's ``with_metadata``): JSON-LD (``NewsArticle`` and kin),
OpenGraph and ``article:*`` properties, ``<meta name=...>``, ``itemprop``
attributes, ``<time datetime>`` and ``<html lang>``.  Dates are read with
:func:`newsloom.extract.dates.parse_date`; when the markup has none, htmldate
(without its slow extensive search) and then the date finder on the body text
are asked.
"""
from __future__ import annotations

import json
import re
from typing import Any, Iterable

from newsloom.records import ArticleDraft, DateReading, PageReading

from . import page_cues as pc
from .dates import find_publication_date, parse_date

__all__ = ["extract_html", "read_metadata", "PageMeta"]

# --- markup names (what publishers use for each field) ---------------------
# These are names of markup vocabularies (schema.org, OpenGraph, Dublin Core,
# common CMS meta tags), not guesses; the cue words for opinion pieces and
# page chrome come from the data module newsloom.extract.page_cues.

_ARTICLE_TYPES = {
    "article", "newsarticle", "reportagenewsarticle", "analysisnewsarticle", "opinionnewsarticle",
    "reviewnewsarticle", "backgroundnewsarticle", "blogposting", "liveblogposting", "socialmediaposting",
    "scholarlyarticle", "techarticle", "report", "webpage", "posting",
}
_OPINION_TYPES = {"opinionnewsarticle", "reviewnewsarticle"}
_TITLE_META = ("og:title", "twitter:title", "dc.title", "title", "headline", "sailthru.title", "parsely-title")
_SITE_META = ("og:site_name", "application-name", "publisher", "dc.publisher", "twitter:site", "copyright")
_PUBLISHED_META = (
    "article:published_time", "og:published_time", "article:published", "datepublished",
    "publishdate", "publish-date", "publish_date", "pubdate", "publication_date", "date",
    "dc.date", "dc.date.issued", "dcterms.date", "dcterms.created", "dc.date.created", "dcterms.issued",
    "sailthru.date", "parsely-pub-date", "cxenseparse:recs:publishtime", "article.published",
    "originalpublicationdate", "displaydate", "created", "date.created", "citation_publication_date",
    "citation_date", "og:article:published_time", "release_date", "pub_date", "datecreated",
)
_MODIFIED_META = ("article:modified_time", "og:updated_time", "datemodified", "last-modified", "dcterms.modified")
_AUTHOR_META = ("author", "article:author", "dc.creator", "byl", "sailthru.author", "parsely-author",
                "citation_author", "twitter:creator")
_SECTION_META = ("article:section", "section", "category", "parsely-section", "article.section",
                 "sailthru.tags")
_URLISH = re.compile(r"^(?:https?:)?//|^www\.", re.IGNORECASE)

# --- body settings --------------------------------------------------------------

#: a precision-mode text shorter than this is checked against a recall-mode run
RECHECK_CHARS = 1500
#: the recall-mode text replaces it when the precision text is below this share of it
RECALL_SHARE = 0.5
#: a closing heading ("Related", "Comments") only ends the body in the last part of the text
END_HEADING_FROM = 0.5
#: with fewer words than this, a page holds no article (a menu, a bare link)
MIN_WORDS = 8
#: a body with fewer words is flagged thin
THIN_WORDS = 60


class PageMeta(dict):
    """Metadata read from markup: title, outlet, published (DateReading),
    modified (DateReading), author, section, kind, language, type."""


def _norm_key(s: str | None) -> str:
    return (s or "").strip().lower()


def _clean(s: Any) -> str | None:
    if s is None:
        return None
    if isinstance(s, (list, tuple)):
        s = s[0] if s else None
        if s is None:
            return None
    s = re.sub(r"\s+", " ", str(s)).strip()
    return s or None


def _iter_jsonld(tree) -> Iterable[dict]:
    for node in tree.xpath('//script[@type="application/ld+json"]'):
        raw = node.text_content() if hasattr(node, "text_content") else (node.text or "")
        raw = (raw or "").strip()
        if not raw:
            continue
        try:
            data = json.loads(raw)
        except ValueError:
            # some sites leave control characters or trailing commas: try a light repair
            try:
                data = json.loads(re.sub(r",\s*([}\]])", r"\1", re.sub(r"[\x00-\x1f]", " ", raw)))
            except ValueError:
                continue
        stack = [data]
        while stack:
            item = stack.pop()
            if isinstance(item, list):
                stack.extend(item)
            elif isinstance(item, dict):
                yield item
                if "@graph" in item:
                    stack.append(item["@graph"])
                main = item.get("mainEntity") or item.get("mainEntityOfPage")
                if isinstance(main, dict):
                    stack.append(main)


def _types(item: dict) -> set[str]:
    t = item.get("@type")
    if isinstance(t, str):
        return {t.lower()}
    if isinstance(t, list):
        return {str(x).lower() for x in t}
    return set()


def _names(value: Any) -> list[str]:
    """Person or organisation names from a JSON-LD value."""
    out: list[str] = []
    items = value if isinstance(value, list) else [value]
    for it in items:
        if isinstance(it, dict):
            name = _clean(it.get("name"))
        else:
            name = _clean(it)
        if name and not _URLISH.match(name):
            out.append(name)
    return out


def read_metadata(tree, *, url: str | None = None) -> PageMeta:
    """Metadata of a parsed page (an lxml tree) from its markup only."""
    meta = PageMeta()
    metas: dict[str, str] = {}
    for node in tree.xpath("//meta[@content]"):
        key = _norm_key(node.get("property") or node.get("name") or node.get("itemprop") or node.get("http-equiv"))
        content = _clean(node.get("content"))
        if key and content and key not in metas:
            metas[key] = content
    itemprops: dict[str, str] = {}
    for node in tree.xpath("//*[@itemprop]"):
        key = _norm_key(node.get("itemprop"))
        if key in itemprops:
            continue
        value = node.get("content") or node.get("datetime")
        if value is None and key in ("author", "headline", "name", "articlesection"):
            value = node.text_content()
        value = _clean(value)
        if value:
            itemprops[key] = value

    # JSON-LD: the first article-like item wins
    ld: dict = {}
    for item in _iter_jsonld(tree):
        types = _types(item)
        if types & _ARTICLE_TYPES and ("headline" in item or "datePublished" in item):
            if not ld or ("webpage" in _types(ld) and "webpage" not in types):
                ld = item
    ld_types = _types(ld)

    title = _clean(ld.get("headline")) if ld else None
    title = title or next((metas[k] for k in _TITLE_META if k in metas), None) or itemprops.get("headline")
    if not title:
        t = tree.xpath("//title")
        title = _clean(t[0].text_content()) if t else None
    meta["title"] = title

    outlet = None
    if ld:
        pub = ld.get("publisher")
        names = _names(pub) if pub else []
        outlet = names[0] if names else None
    outlet = metas.get("og:site_name") or outlet or next((metas[k] for k in _SITE_META[1:3] if k in metas), None)
    if outlet and outlet.startswith("@") and " " not in outlet:
        outlet = outlet[1:] or None  # a social-media handle stands for the site
    meta["outlet"] = outlet

    published = None
    for raw in ([ld.get("datePublished"), ld.get("dateCreated")] if ld else []) + \
               [metas.get(k) for k in _PUBLISHED_META] + [itemprops.get("datepublished")]:
        raw = _clean(raw)
        if raw:
            published = parse_date(raw)
            if published and published.precision in ("day", "minute"):
                break
            published = None
    if published is None:
        for node in tree.xpath("//time[@datetime]")[:3]:
            published = parse_date(node.get("datetime") or "")
            if published and published.precision in ("day", "minute"):
                break
            published = None
    meta["published"] = published
    modified = None
    for raw in ([ld.get("dateModified")] if ld else []) + [metas.get(k) for k in _MODIFIED_META]:
        raw = _clean(raw)
        if raw:
            modified = parse_date(raw)
            if modified:
                break
    meta["modified"] = modified

    authors = _names(ld.get("author")) if ld and ld.get("author") else []
    if not authors:
        for k in _AUTHOR_META:
            v = metas.get(k)
            if v and not _URLISH.match(v) and not v.startswith("@"):
                authors = [v]
                break
    if not authors and itemprops.get("author") and len(itemprops["author"]) < 80:
        authors = [itemprops["author"]]
    seen: list[str] = []
    for a in authors:
        if a not in seen:
            seen.append(a)
    meta["author"] = ", ".join(seen) if seen else None

    section = None
    if ld and ld.get("articleSection"):
        sec = ld["articleSection"]
        section = _clean(sec[0] if isinstance(sec, list) and sec else sec)
    section = section or next((metas[k] for k in _SECTION_META if k in metas), None) or itemprops.get("articlesection")
    meta["section"] = section

    opinion = bool(ld_types & _OPINION_TYPES) or bool(section and pc.OPINION_SECTION.search(section)) or \
        bool(url and pc.OPINION_URL.search(url))
    meta["kind"] = "opinion" if opinion else "news"
    meta["type"] = sorted(ld_types)[0] if ld_types else metas.get("og:type")

    lang = None
    html_nodes = tree.xpath("/html") or tree.xpath("//html")
    if html_nodes:
        lang = html_nodes[0].get("lang") or html_nodes[0].get("xml:lang")
    lang = lang or metas.get("content-language") or metas.get("og:locale") or (ld.get("inLanguage") if ld else None)
    if isinstance(lang, str) and lang.strip():
        lang = re.split(r"[-_]", lang.strip())[0].lower() or None
    else:
        lang = None
    meta["language"] = lang
    return meta


# --- body --------------------------------------------------------------------------


def _extract_body(tree, url: str | None) -> tuple[str, list[str]]:
    import copy

    import trafilatura

    notes: list[str] = []
    precise = trafilatura.extract(copy.deepcopy(tree), url=url, include_comments=False,
                                  favor_precision=True) or ""
    text = precise
    if len(precise) < RECHECK_CHARS:
        recall = trafilatura.extract(copy.deepcopy(tree), url=url, include_comments=False,
                                     favor_recall=True) or ""
        if len(precise) < RECALL_SHARE * len(recall):
            text = recall
            notes.append("recall_fallback: the precise reading kept "
                         f"{len(precise)} of {len(recall)} characters; the fuller reading was used")
    if not text.strip():
        try:
            from trafilatura import baseline

            _, base_text, _ = baseline(copy.deepcopy(tree))
        except Exception:  # noqa: BLE001 - a last resort must not break the page
            base_text = ""
        if len(base_text.split()) >= THIN_WORDS:
            text = base_text
            notes.append("baseline_fallback: the main-text reader found nothing; all paragraphs were kept")
    return text, notes


def _trim(lines: list[str], title: str | None) -> tuple[list[str], list[str]]:
    """Remove leftover chrome from the body lines; returns (lines, notes)."""
    notes: list[str] = []
    lines = [re.sub(r"[ \t\u00a0]+", " ", ln).strip() for ln in lines]
    lines = [ln for ln in lines if ln]
    if lines and title:
        first, t = lines[0].lower(), title.lower().strip()
        # the first line is the title, or the title without the site's name, or
        # the title with a few more words (a kicker)
        if len(first) >= 10 and len(t) >= 10 and (first in t or (t in first and len(first) <= len(t) + 30)):
            lines = lines[1:]
            notes.append("title_line: the title repeated at the top of the body was removed")
    n = len(lines)
    for i, ln in enumerate(lines):
        if i >= max(1, int(n * END_HEADING_FROM)) and len(ln) <= 80 and pc.END_HEADINGS.match(ln):
            notes.append(f"end_heading: the body was cut at '{ln[:40]}' ({n - i} lines dropped)")
            lines = lines[:i]
            break
    kept = [ln for ln in lines if not pc.COMMENT_CUE.search(ln)]
    if len(kept) < len(lines):
        notes.append(f"comment_lines: {len(lines) - len(kept)} reader-comment lines removed")
    return kept, notes


def extract_html(html: str | bytes, *, url: str | None = None) -> PageReading:
    """Read one HTML page: the article's body (paragraphs joined by a blank
    line) and metadata, with the page's flags and language."""
    import trafilatura

    flags: list[str] = []
    if not html or (isinstance(html, bytes) and not html.strip()) or (isinstance(html, str) and not html.strip()):
        return PageReading(articles=[], flags=["no_article: the page is empty"], language=None)
    tree = trafilatura.load_html(html)
    if tree is None:
        return PageReading(articles=[], flags=["unparsable: the HTML could not be parsed"], language=None)
    meta = read_metadata(tree, url=url)
    text, notes = _extract_body(tree, url)
    lines, trim_notes = _trim(text.split("\n"), meta.get("title"))
    notes.extend(trim_notes)
    body = "\n\n".join(lines)
    flags.extend(notes)

    language = meta.get("language")
    if body:
        try:
            from .language import detect_language

            detected = detect_language(body)
        except Exception:  # noqa: BLE001 - language is a nicety
            detected = None
        if detected:
            if language and detected != language:
                flags.append(f"language_mismatch: the markup says '{language}', the text reads as '{detected}'")
            language = detected

    words = len(body.split())
    if words < MIN_WORDS:
        what = f"only {words} words of text" if words else "nothing"
        flags.append(f"no_article: {what} on the page reads as article text")
        return PageReading(articles=[], flags=flags, language=language)
    if words < THIN_WORDS:
        flags.append(f"thin_article: the body has only {words} words")

    published: DateReading | None = meta.get("published")
    if published is None:
        published = _htmldate(tree, url)
    if published is None:
        published = find_publication_date("\n".join(filter(None, [meta.get("title"), body])), url=url)
    if published is None and meta.get("modified") is not None:
        published = meta["modified"]
        flags.append("date_from_modified: only a modification date was found")

    draft = ArticleDraft(
        text=body,
        title=meta.get("title"),
        outlet=meta.get("outlet"),
        published=published,
        author=meta.get("author"),
        section=meta.get("section"),
        kind=meta.get("kind") or "news",
        url=url,
    )
    return PageReading(articles=[draft], flags=flags, language=language)


def _htmldate(tree, url: str | None) -> DateReading | None:
    """htmldate's reading of the markup, without its slow extensive search."""
    try:
        from htmldate import find_date
    except ImportError:  # pragma: no cover - htmldate ships with trafilatura
        return None
    try:
        found = find_date(tree, extensive_search=False, original_date=True, url=url)
    except Exception:  # noqa: BLE001 - a date reader must not break the page
        return None
    return parse_date(found) if found else None
