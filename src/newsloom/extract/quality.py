"""Page-quality flags for plain-text pages.

A flag is a string ``"reason: detail"``.  Reasons:

- ``error_notice``: the page is only an error notice (no article behind it).
- ``error_banner``: an error notice sits above a real article (the article is kept).
- ``http_status``: the crawl header gives an error status although article text is present.
- ``machine_junk``: the page shows machine-generated junk (LLM or machine-translation
  artifacts such as "Please provide the article you would like me to translate"),
  a sign of a low-quality, machine-generated site.
- ``no_article``: nothing on the page reads as article text.
"""
from __future__ import annotations

import re
from collections.abc import Sequence

from newsloom.extract import page_cues as cues

# An article shorter than this (in words) does not count as "a real article".
MIN_ARTICLE_WORDS = 40
# How much of a line a flag quotes.
QUOTE_CHARS = 70


def error_notice_reason(line: str) -> str | None:
    """Why ``line`` is an error notice, or None."""
    if len(line) > 240:
        return None
    for pat in cues.ERROR_NOTICE:
        if pat.search(line):
            return f"error notice matching /{pat.pattern[:40]}/"
    return None


def machine_junk_reason(line: str) -> str | None:
    """Why ``line`` is machine-generated junk, or None."""
    for pat in cues.MACHINE_JUNK:
        if pat.search(line):
            return f"machine-generated text matching /{pat.pattern[:40]}/"
    return None


def _quote(line: str) -> str:
    line = re.sub(r"\s+", " ", line).strip()
    return line if len(line) <= QUOTE_CHARS else line[: QUOTE_CHARS - 1] + "…"


def quality_flags(
    lines: Sequence[str],
    article_texts: Sequence[str],
    *,
    http_status: int | None = None,
) -> list[str]:
    """The page-quality flags of a page given its lines and the article bodies found."""
    flags: list[str] = []
    words = sum(len(t.split()) for t in article_texts)
    has_article = words >= MIN_ARTICLE_WORDS

    errors = [ln for ln in lines if ln.strip() and error_notice_reason(ln.strip())]
    if errors and not has_article:
        flags.append(f"error_notice: the page is only an error notice ('{_quote(errors[0])}')")
    elif errors:
        flags.append(f"error_banner: an error notice stands above the article, which was kept ('{_quote(errors[0])}')")

    if http_status is not None and http_status >= 400 and has_article:
        flags.append(f"http_status: the crawl header gives HTTP {http_status} but the page holds article text")

    junk = [ln for ln in lines if ln.strip() and machine_junk_reason(ln.strip())]
    if junk:
        n = len(junk)
        flags.append(
            f"machine_junk: {n} line{'s' if n != 1 else ''} read like LLM or machine-translation output "
            f"('{_quote(junk[0])}')"
        )

    if not article_texts or words == 0:
        if not any(f.startswith("error_notice") for f in flags):
            flags.append("no_article: nothing on the page reads as article text")
    return flags
