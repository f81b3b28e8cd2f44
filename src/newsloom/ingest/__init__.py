"""newsloom.ingest: every input users have, read into :class:`~newsloom.records.RawPage` records.

``read_inputs`` takes file paths, folders (walked recursively, hidden names
skipped), glob patterns and http(s) URLs, and streams back one
:class:`~newsloom.records.RawPage` per page and one
:class:`~newsloom.records.Quarantined` per input, record or line that cannot
be read, with a short reason code and a sentence naming the input and the
cause.  Nothing raises for bad input, and one bad input never stops the others.

What becomes a page:

* plain-text page dumps (``kind="text"``), a ``date YYYY-MM-DD NNN`` crawl
  header read into ``crawl_date``/``http_status`` (``meta["body_start"]`` is
  the byte offset after it; the content keeps it);
* HTML files (``kind="html"``), gzipped or not; ``url`` from the page's
  canonical link when the input gave none;
* WARC and WET archives: each response/resource/conversion record, source
  ``path#offset``;
* JSONL (and JSON) of extracted articles (``kind="article"``, ``meta`` the
  record, so ``meta["id"]`` is the input id), source ``path#L<line>``
  (``path#item<n>`` in a JSON list);
* RSS/Atom/JSON feeds, as files or URLs: the articles they link to are fetched.

``content`` is always the bytes as read (for archives the record payload,
for gzip files the unpacked bytes); ``encoding`` is what
:func:`~newsloom.ingest.decode.detect_encoding` found, and :func:`page_text`
decodes with it.

Reason codes: ``empty``, ``binary``, ``encoding``, ``truncated``, ``corrupt``,
``invalid_json``, ``invalid_record``, ``too_large``, ``not_found``,
``unreadable``, ``not_a_file``, ``unsupported_format``, ``unsupported_scheme``,
``invalid_url``, ``unreachable``, ``timeout``, ``http_error``,
``unsupported_type``, ``redirect_loop``, ``too_many_redirects``, ``robots``,
``not_a_page``, ``invalid_feed``, ``no_link``, ``feed_not_followed``,
``nested_feed``, ``too_many_entries``, ``error`` (an unexpected failure).
"""
from newsloom.ingest.base import IngestOptions, default_user_agent
from newsloom.ingest.decode import decode_content, detect_encoding
from newsloom.ingest.sources import read_inputs, sniff_format
from newsloom.records import RawPage


def page_text(page: RawPage) -> str:
    """The text of a page's content, decoded with the encoding ingest found (bad bytes become U+FFFD)."""
    return decode_content(page.content, page.encoding)


__all__ = [
    "IngestOptions",
    "default_user_agent",
    "detect_encoding",
    "decode_content",
    "page_text",
    "read_inputs",
    "sniff_format",
]
