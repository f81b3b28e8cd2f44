"""Plain-text page dumps to articles with metadata.

``extract_text`` reads a page as a crawler saved it as text (one line per block
element, noise included) and returns a :class:`~newsloom.records.PageReading`:
the page's articles (a listing page is split into its articles), each with
title, outlet, publication date, author, section and kind, plus page-quality
flags and the page language.

How a page is read:

1. An optional crawl header first line (``date 2025-07-27 403``) is taken off;
   its date is the crawl date, never the publication date.
2. Every line gets a cue verdict (error notice, machine-generated junk,
   disclaimer, appeal, app ad, caption, teaser heading...) from
   :mod:`newsloom.extract.page_cues`; every dropped line keeps its reason.
3. Listing pages are found from repeated record structure: a title-shaped
   line followed within a few short lines by a date-only line, then a body of
   prose, repeated at least twice.  Each record becomes an article.
4. In a page (or a record) the article body is the span of lines with the
   largest excess of prose over boilerplate; the line classifier of
   :mod:`newsloom.extract.lines` scores lines when its model is installed.
   The span is then fitted to the classifier's own body run: a head or tail
   beyond it whose prose scores low is cut off, and the span follows the run
   where it goes on below (lists, schedules).  Short and headline-shaped lines
   the classifier keeps stay in the body (list items), except a headline
   followed by a summary, which stays a promo.
   Inside the span promos for other stories, captions, appeals and repeated
   paragraphs are removed; each paragraph is kept once.
5. Metadata is read from the lines around the body: the title above it, date
   and byline lines, breadcrumbs and kicker labels, datelines naming the
   outlet, an author bio at the end of an opinion piece.
"""
from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from operator import attrgetter

from newsloom.extract import dates
from newsloom.extract import page_cues as cues
from newsloom.extract.language import detect_language
from newsloom.extract import quality
from newsloom.extract.quality import (
    CueChecks,
    error_notice_reason,
    lowered,
    machine_junk_reason,
    may_match,
    pattern_needles,
    quality_flags,
)
from newsloom.records import ArticleDraft, DateReading, PageReading

__all__ = ["extract_text", "parse_crawl_header", "explain_lines"]

# --- tunables --------------------------------------------------------------
PROSE_MIN_WORDS = 12  # a sentence-ended line this long is prose
PROSE_LONG_WORDS = 25  # a line this long is prose whatever its ending
HEADLINE_MAX_WORDS = 25
PROMO_MIN_WORDS = 7  # a headline-shaped line this long inside a body is a promo, not a sub-heading
SUBHEAD_MAX_WORDS = 8
RECORD_MIN_WORDS = 50  # a listing record needs this much body to count as a record
LISTING_MIN_WORDS = 100  # a listing needs two records with this much body each
LISTING_DOMINANT = 2.5  # a first record this many times longer than any other is the page's article
LISTING_LEAD_WORDS = 150  # prose above the first record this long makes the page an article
RECORD_HEADER_LINES = 8  # how far below a record title its date line may be
TITLE_LOOKBACK = 15  # non-empty lines above a body searched for its title and metadata
TRAILER_LINES = 10  # non-empty lines below a body searched for metadata
MIN_ARTICLE_WORDS = 15
FIRST_PERSON_MIN = 3  # first-person arguments (outside quotes) that make a piece opinion...
FIRST_PERSON_WORDS = 150  # ...when there is at least one per this many words
MENU_ITEM_WORDS = 3
TITLE_LEDE_OVERLAP = 0.25  # share of a title's content words found in the lede for it to fit
ANCHOR_REACH = 8  # a body starts within this many lines after the line repeating the page title
ANCHOR_SHARE = 0.25  # ...and wins when it holds this share of the best span's gain
HEAD_META_LINES = 6  # short lines among a body's first lines may be its byline or date line
SPAN_ATTEMPTS = 3  # body spans tried when the best one holds nothing after cleaning
SHORT_DATE_LINE = 48  # a date-only line is at most this long
META_LINE_MAX = 90  # a metadata line (byline, date line) is at most this long
TRIM_MEAN_SCORE = 0.42  # prose beyond the classifier's body run scoring below this on average is cut off
TRIM_MIN_KEPT_WORDS = 30  # ...when the classifier's run holds at least this many words
EXTEND_GAP_SCORE = 0.2  # the span's end moves over the classifier's run until prose scoring below this

_SENT_END = re.compile(r"[.!?…。！？][\"'”’»)\]」』）]*$")
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]")
_SENT_SPLIT = re.compile(r"[.!?][\"'”’»)\]]*\s+(?=[A-Z“\"‘'(])")
_WORDS = re.compile(r"\w+")
_QUOTED = re.compile(r"“[^”]{0,600}”|\"[^\"]{0,600}\"|‘[^’]{0,600}’(?!\w)|«[^»]{0,600}»|„[^“]{0,600}“")
_BULLET = re.compile(r"^\s*[•·*▪►–-]\s+")


# --- small helpers -----------------------------------------------------------

# Line-level answers (word counts, shapes, dates) are pure functions of the
# line's text; a page asks them many times for the same lines, so they are
# memoised.  The memos are emptied at the start of every page (see
# ``_clear_memos``): they only spare repeated work within a page.
_MEMO_SIZE = 8192
_memos: list = [quality.error_notice_reason, quality.machine_junk_reason]


def _memo(fn):
    cached = lru_cache(maxsize=_MEMO_SIZE)(fn)
    _memos.append(cached)
    return cached


def _clear_memos() -> None:
    for m in _memos:
        m.cache_clear()


def _truncated(t: str) -> bool:
    """Ends in an ellipsis (a teaser cut off); the substring test spares most regex scans."""
    return ("…" in t or "..." in t) and cues.TRUNCATED.search(t) is not None


def _norm(s: str) -> str:
    """A comparison key: NFKC, quotes unified, lower case, only letters and digits."""
    s = s or ""
    if s.isascii():  # ASCII text is already in NFKC and holds no curly quotes
        return " ".join(_WORDS.findall(s.lower()))
    s = unicodedata.normalize("NFKC", s)
    s = s.replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"')
    return " ".join(_WORDS.findall(s.lower()))


def _squash(s: str) -> str:
    # str.split() splits on exactly the characters the regex \s matches
    return " ".join((s or "").split())


@_memo
def _comment_cue(t: str) -> bool:
    """The line opens or belongs to a reader-comment section (``cues.COMMENT_CUE``)."""
    # COMMENT_CUE.search, in its two parts: the anchored branches tried at the
    # start only (cheap), the "says:" branch only on a line holding a colon
    return cues.COMMENT_CUE_AT_START.match(t) is not None or (
        ":" in t and cues.COMMENT_CUE_SAYS.search(t) is not None)


# word counts of the page's strings (a plain dict: ``_make_lines`` fills it
# from the words it has already found; emptied with the memos)
_WORD_COUNTS: dict[str, int] = {}


class _DictMemo:
    """The ``cache_clear`` of a memo kept in a plain dict."""

    def __init__(self, table: dict) -> None:
        self.table = table

    def cache_clear(self) -> None:
        self.table.clear()


_memos.append(_DictMemo(_WORD_COUNTS))
# the \w+ runs of the page's lines, found by ``_make_lines`` and handed to the line classifier
_LINE_WORDS: dict[str, list[str]] = {}
_memos.append(_DictMemo(_LINE_WORDS))


def _words(s: str) -> int:
    """Word count; in scripts written without spaces, two characters count as a word."""
    n = _WORD_COUNTS.get(s)
    if n is None:
        n = _WORD_COUNTS[s] = _count_words(s, None)
    return n


def _count_words(s: str, tokens: list[str] | None) -> int:
    """``_words`` of ``s`` (``tokens``: its ``\\w+`` runs when known)."""
    if _CJK.search(s) is None:
        return len(tokens if tokens is not None else _WORDS.findall(s))
    cjk = len(_CJK.findall(s))
    return len(_WORDS.findall(_CJK.sub(" ", s))) + (cjk + 1) // 2


@_memo
def _is_prose(t: str) -> bool:
    w = _words(t)
    if _truncated(t):
        return False
    return w >= PROSE_LONG_WORDS or (w >= PROSE_MIN_WORDS and bool(_SENT_END.search(t)))


@_memo
def _is_headline(t: str) -> bool:
    """Shaped like a headline: a few capitalised words without a closing full stop."""
    w = _words(t)
    if not 3 <= w <= HEADLINE_MAX_WORDS or len(t) > 220:
        return False
    if t.rstrip().endswith((".", ",", ";", ":", "…")) or _truncated(t):
        return False
    first = t.lstrip("“\"‘'«(¿¡")[:1]
    if not (first.isdigit() or (first.isalpha() and not first.islower())):
        return False
    if t.isupper() and w <= 4:
        return False
    if not _two_letter_runs(t) and not _CJK.search(t):
        return False
    if _comment_cue(t):
        return False
    return True


_LETTER_RUN = re.compile(r"[^\W\d_]{2,}")


def _two_letter_runs(t: str) -> bool:
    """At least two runs of two or more letters (stops looking at the second)."""
    runs = _LETTER_RUN.finditer(t)
    return next(runs, None) is not None and next(runs, None) is not None


def _doubled(t: str) -> str | None:
    """``t`` when it is one string written twice ("AbcAbc", "Abc Abc"), its half; else None."""
    s = t.strip()
    n = len(s)
    if n < 16:
        return None
    if n % 2 == 0 and s[: n // 2] == s[n // 2:]:
        return s[: n // 2]
    if n % 2 == 1 and s[n // 2] == " " and s[: n // 2] == s[n // 2 + 1:]:
        return s[: n // 2]
    return None


def parse_crawl_header(line: str) -> tuple[str, int] | None:
    """``(crawl_date, http_status)`` when ``line`` is a crawl header like ``date 2025-07-27 403``."""
    m = cues.CRAWL_HEADER.match(line or "")
    if not m:
        return None
    return m["date"], int(m["status"])


def _frozen(r: DateReading | None) -> tuple | None:
    """A reading as an immutable tuple, so that a memo never hands out a shared object."""
    if r is None:
        return None
    return r.value, r.precision, r.ambiguous, tuple(r.alternatives), r.text


def _thawed(f: tuple | None) -> DateReading | None:
    if f is None:
        return None
    return DateReading(f[0], f[1], f[2], list(f[3]), f[4])


@_memo
def _parse_date_frozen(s: str) -> tuple | None:
    try:
        return _frozen(dates.parse_date(s))
    except Exception:  # noqa: BLE001 - a date we cannot read is no date
        return None


def _parse_date(s: str) -> DateReading | None:
    return _thawed(_parse_date_frozen(s))


def _precise(r: DateReading | None) -> bool:
    return bool(r and r.value and r.precision in ("day", "minute"))


def _has_day(t: str) -> bool:
    """``t`` holds a date with a day (``_precise(_parse_date(t))``)."""
    return _DAY_DIGITS.search(t) is not None and _precise(_parse_date(t))


def _date_only(t: str) -> DateReading | None:
    """A reading when ``t`` is a short line that is mostly a full date."""
    if len(t) > SHORT_DATE_LINE:
        return None
    return _thawed(_date_only_frozen(t))


def _date_only_line(t: str) -> bool:
    """``t`` is a date-only line that is no photo credit: what a listing record's date line needs."""
    return len(t) <= SHORT_DATE_LINE and _date_only_frozen(t) is not None and not cues.EMBED_CREDIT.search(t)


# a date with a day is written with two runs of digits (day and year) or
# eight digits in a row ("20250311"): a line without either holds none
_DAY_DIGITS = re.compile(r"\d\D+\d|\d{8}")


@_memo
def _date_only_frozen(t: str) -> tuple | None:
    if not _DAY_DIGITS.search(t):
        return None
    r = _parse_date(t)
    if not _precise(r):
        return None
    rest = t.replace(r.text or "", " ") if r.text else t
    rest = re.sub(r"\d{1,2}:\d{2}(?::\d{2})?|\b(?:am|pm|gmt|utc|[a-z]{2,4}day|[a-z]{3}\.?)\b", " ", rest, flags=re.I)
    if _words(re.sub(r"\d+", " ", rest)) > 3:
        return None
    return _frozen(r)


# --- lines -------------------------------------------------------------------


@dataclass(slots=True)
class _Line:
    n: int  # position among the page's non-empty lines
    text: str  # whitespace collapsed
    blank_before: bool
    key: str
    words: int
    drop: str | None = None  # boilerplate reason from the cue lists
    score: float | None = None  # line classifier's body probability, when it runs
    keep: bool | None = None  # line classifier's verdict, when it runs
    end_heading: bool = False
    plain: bool = False  # no error-notice, junk, boilerplate or caption pattern can match the line


@dataclass(slots=True)
class _Record:
    title: int  # index of the title line
    head_end: int  # last index of the header zone
    end: int  # one past the last line of the record
    date: DateReading | None = None


@dataclass(slots=True)
class _Meta:
    outlet: str | None = None
    section: str | None = None
    author: str | None = None
    published: DateReading | None = None
    opinion_label: bool = False
    reasons: list[str] = field(default_factory=list)


_BOILERPLATE_CHECKS: tuple[CueChecks, dict, tuple[str, ...] | None] | None = None


def _cue_checks() -> tuple[CueChecks, dict, tuple[str, ...] | None]:
    """The boilerplate patterns (in the data's order), their names, and the caption needles."""
    global _BOILERPLATE_CHECKS
    if _BOILERPLATE_CHECKS is None:
        names: dict[int, str] = {}
        for name, pat in cues.BOILERPLATE.items():
            names.setdefault(id(pat), name)
        _BOILERPLATE_CHECKS = (CueChecks(cues.BOILERPLATE.values()), names, pattern_needles(cues.CAPTION))
    return _BOILERPLATE_CHECKS


_ANY_CUE_GATE: list = []


def _any_cue_gate():
    """One pattern for the needles of every needled cue list ``_cue_reason`` tries
    (error notices, machine junk, boilerplate, captions); None when one of them
    has no needles (then no line can skip the full checks)."""
    if not _ANY_CUE_GATE:
        _checks, _names, caption_needles = _cue_checks()
        # the scan's gate finds the needles of every list (captions' included when they have some)
        _ANY_CUE_GATE.append(None if caption_needles is None else _needle_scan().gate)
    return _ANY_CUE_GATE[0]


_ANY_UNNEEDLED: list = []


def _any_unneedled():
    """A test (a pattern's search, or its match when it is anchored) that finds a
    match in a line exactly when one of the patterns without needles that
    ``_cue_reason`` tries (error-notice words included) does; None when they
    cannot be joined."""
    if not _ANY_UNNEEDLED:
        checks, _names, _caption_needles = _cue_checks()
        pats = [*quality.error_checks().always, *quality.junk_checks().always, *checks.always]
        # ERROR_WORDS is tried with match(): searching for it answers the same only when it is anchored
        _ANY_UNNEEDLED.append(quality.any_of_test([*pats, cues.ERROR_WORDS])
                              if quality.is_anchored(cues.ERROR_WORDS) else None)
    return _ANY_UNNEEDLED[0]


# whether a line is an error notice and whether it is machine junk, where
# ``_cue_reason_full`` has found out (for ``quality_flags``; emptied with the memos)
_NOTICES: dict[str, tuple[bool, bool]] = {}
_memos.append(_DictMemo(_NOTICES))
_NEEDLE_SCAN: list = []


def _needle_scan() -> quality.NeedleScan:
    """One scan for the needles of every list ``_cue_reason_full`` tries."""
    if not _NEEDLE_SCAN:
        checks, _names, caption_needles = _cue_checks()
        _NEEDLE_SCAN.append(quality.NeedleScan(
            quality.error_checks().needles | quality.junk_checks().needles | checks.needles
            | frozenset(caption_needles or ())))
    return _NEEDLE_SCAN[0]


def _cue_reason(t: str) -> str | None:
    """The boilerplate reason of a (whitespace-collapsed) line from the cue lists, or None."""
    return _cue_verdict(t)[0]


def _cue_verdict(t: str, low: str | None | bool = False) -> tuple[str | None, bool]:
    """``_cue_reason``, and whether the line is plain: no pattern of the
    error-notice, machine-junk, boilerplate or caption lists can match it (so
    ``quality``'s notice checks need not look at it again).  ``low``: the line
    through ``lowered`` when the caller has it."""
    if low is False:
        low = lowered(t)
    gate = _any_cue_gate()
    if low is not None and gate is not None and gate.search(low) is None:
        # no needle of any list in the line: only the patterns without needles
        # can match (the same answers as the full checks below, sooner)
        unneedled = _any_unneedled()
        if unneedled is not None and unneedled(t) is None:
            # ...and none of them does: only the teaser test is left
            if _truncated(t) and _words(t) < 60:
                return "teaser", True
            return None, True
        return _cue_reason_unneedled(t), False
    return _cue_reason_full(t, low), False


def _cue_reason_unneedled(t: str) -> str | None:
    """``_cue_reason`` of a line that holds no needle of any list."""
    if (len(t) <= quality.ERROR_NOTICE_MAX_CHARS and quality.error_checks().first_unneedled(t)) \
            or cues.ERROR_WORDS.match(t):
        return "error_notice"
    if quality.junk_checks().first_unneedled(t):
        return "machine_junk"
    checks, names, _caption_needles = _cue_checks()
    pat = checks.first_unneedled(t)
    if pat is not None:
        return names[id(pat)]
    if _truncated(t) and _words(t) < 60:
        return "teaser"
    return None


def _cue_reason_full(t: str, low: str | None) -> str | None:
    """``_cue_reason`` with every check (``low``: the line through ``lowered``).

    The needles of every list are found with one scan of the line; the
    error-notice and machine-junk answers are kept for ``quality_flags``."""
    checks, names, caption_needles = _cue_checks()
    if low is None:
        if error_notice_reason(t) or cues.ERROR_WORDS.match(t):
            return "error_notice"
        if machine_junk_reason(t):
            return "machine_junk"
        pat = checks.first(t, low)
    else:
        present = _needle_scan().present(low)
        error = len(t) <= quality.ERROR_NOTICE_MAX_CHARS and \
            quality.error_checks().first_present(t, present) is not None
        junk = quality.junk_checks().first_present(t, present) is not None
        _NOTICES[t] = (error, junk)
        if error or cues.ERROR_WORDS.match(t):
            return "error_notice"
        if junk:
            return "machine_junk"
        pat = checks.first_present(t, present)
    if pat is not None:
        return names[id(pat)]
    if len(t) <= 300 and may_match(caption_needles, low) and cues.CAPTION.search(t) and not _quoted_share(t):
        return "caption"
    if _truncated(t) and _words(t) < 60:
        return "teaser"
    return None


def _quoted_share(t: str) -> bool:
    """A line that is mostly a quotation (a caption cue inside it is part of the quote)."""
    q = sum(len(m.group(0)) for m in _QUOTED.finditer(t))
    return q > 0.6 * len(t)


def _line_facts(t: str, low: str | None | bool = False, cjk: bool = True) -> tuple[str, int, str | None, bool, bool]:
    """A line's comparison key, word count, boilerplate reason, end-heading flag
    and whether it is plain (see ``_cue_verdict``).  ``low``: the line through
    ``lowered`` when known; ``cjk``: False when the line holds no CJK character."""
    reason, plain = _cue_verdict(t, low)
    tokens = _LINE_WORDS[t] = _WORDS.findall(t)
    n = _WORD_COUNTS[t] = _count_words(t, tokens) if cjk else len(tokens)
    # an ASCII line's key: its words in lower case (what _norm gives, without a second scan)
    key = " ".join(tokens).lower() if t.isascii() else _norm(t)
    return key, n, reason, cues.END_HEADINGS.match(t) is not None, plain


def _make_lines(raw: list[str]) -> list[_Line]:
    # str.split() splits on exactly the characters the regex \s matches
    texts = [" ".join(line.split()) for line in raw]
    # a page repeats many of its lines: their facts are read once per distinct line,
    # with the checks that a whole page answers at once done once
    distinct = [t for t in dict.fromkeys(texts) if t]
    joined = "\n".join(distinct)
    cjk = _CJK.search(joined) is not None
    if joined.isascii():  # lowered() of an ASCII line is its lower case
        facts = {t: _line_facts(t, low, cjk) for t, low in zip(distinct, joined.lower().split("\n"))}
    else:
        facts = {t: _line_facts(t, False, cjk) for t in distinct}
    out: list[_Line] = []
    blank = True
    for t in texts:
        if not t:
            blank = True
            continue
        f = facts[t]
        out.append(_Line(len(out), t, blank, f[0], f[1], f[2], end_heading=f[3], plain=f[4]))
        blank = False
    return out


def _classifier_scores(lines: list[_Line], model=None) -> None:
    """Fill ``score`` and ``keep`` from the line classifier when it and its model are installed.

    ``model`` is a :class:`newsloom.extract.lines.LineModel` to use instead of
    the installed one (evaluation passes models fitted without the pages it scores).
    """
    try:
        from newsloom.extract.lines import line_scores

        scores, keeps = line_scores([ln.text for ln in lines], model=model, words=_LINE_WORDS, squashed=True)
    except Exception:  # noqa: BLE001 - no classifier model: cue and shape rules decide alone
        return
    for ln, score, keep in zip(lines, scores, keeps):
        ln.score = float(score)
        ln.keep = bool(keep)


# --- listing pages -------------------------------------------------------------


def _find_records(lines: list[_Line]) -> list[_Record]:
    """Repeated article records (title, short header lines with a date line, body)."""
    heads: list[_Record] = []
    # a record's title has a date-only line at most RECORD_HEADER_LINES below
    # it: lines with none there are passed over without reading their shape,
    # and a page with fewer than two such date lines holds no listing
    dated = [i for i, ln in enumerate(lines) if _date_only_line(ln.text)]
    if len(dated) < 2:
        return []
    near_date = bytearray(len(lines))
    for j in dated:
        near_date[max(0, j - RECORD_HEADER_LINES): j] = b"\x01" * (j - max(0, j - RECORD_HEADER_LINES))
    i = 0
    while i < len(lines):
        ln = lines[i]
        if not near_date[i] or ln.drop or not _is_headline(ln.text):
            i += 1
            continue
        date_at = None
        for j in range(i + 1, min(len(lines), i + 1 + RECORD_HEADER_LINES)):
            t = lines[j].text
            if _is_prose(t):
                break
            r = _date_only(t)  # cheap (a length check, then a memo); the credit test only for hits
            if r is not None and cues.EMBED_CREDIT.search(t):
                r = None
            if r:
                date_at = (j, r)
                break
        if date_at is None:
            i += 1
            continue
        j, r = date_at
        i = _record_title(lines, i, j)
        ln = lines[i]
        # the header zone runs on over short lines (bullets, labels, a repeated title)
        k = j
        while k + 1 < len(lines) and not _is_prose(lines[k + 1].text) and k + 1 - j <= RECORD_HEADER_LINES:
            nxt = lines[k + 1]
            if _is_headline(nxt.text) and nxt.key != ln.key and not _BULLET.match(nxt.text) \
                    and _date_only_ahead(lines, k + 1):
                break
            k += 1
        heads.append(_Record(title=i, head_end=k, end=len(lines), date=r))
        i = k + 1
    for a, b in zip(heads, heads[1:]):
        a.end = b.title
    comments = next((ln.n for ln in lines if _comment_cue(ln.text)), len(lines))
    good = [h for h in heads if h.title < comments and _record_words(lines, h) >= RECORD_MIN_WORDS
            and _record_ok(lines, h)]
    seen: set[str] = set()
    distinct = []
    for h in good:
        if lines[h.title].key not in seen:
            seen.add(lines[h.title].key)
            distinct.append(h)
    good = _same_date_shape(distinct)
    sizes = sorted((_record_words(lines, h) for h in good), reverse=True)
    if len(sizes) < 2 or sizes[1] < LISTING_MIN_WORDS:
        return []  # one article with teasers or comments below it
    lead = sum(ln.words for ln in lines[: good[0].title] if _is_prose(ln.text) and not ln.drop)
    if lead >= LISTING_LEAD_WORDS:
        return []  # the page's own article stands above the records
    if sizes[0] == _record_words(lines, good[0]) and sizes[0] >= LISTING_DOMINANT * sizes[1]:
        return []  # one article followed by teasers with long summaries
    return good


def _date_shape(t: str) -> str:
    """A date line's written form: digit runs and words abstracted ("time9-9-9", "a 9, 9")."""
    return re.sub(r"[^\W\d_]+", "a", re.sub(r"\d+", "9", t.strip()))


def _same_date_shape(recs: list[_Record]) -> list[_Record]:
    """The records whose date line is written like most others' (a listing's records share it)."""
    shapes = [_date_shape(r.date.text) if r.date and r.date.text else "" for r in recs]
    if not shapes:
        return recs
    common = max(set(shapes), key=shapes.count)
    return [r for r, sh in zip(recs, shapes) if sh == common and sh]


def _record_ok(lines: list[_Line], rec: _Record) -> bool:
    """A record whose header holds no comment or teaser heading."""
    return not any(ln.end_heading or ln.drop == "comment_count" or _comment_cue(ln.text)
                   for ln in lines[rec.title: rec.head_end + 1])


def _record_title(lines: list[_Line], i: int, j: int) -> int:
    """The title among the headline-shaped lines i..j-1 above a record's date line.

    A line the record repeats (a doubled title) wins; else the nearest line of
    four words or more (shorter lines there are outlet or section labels).
    """
    cands = [k for k in range(i, j) if not lines[k].drop and _is_headline(lines[k].text)
             and not cues.BYLINE.match(lines[k].text) and not cues.AUTHOR_LABEL.match(lines[k].text)]
    end = j + 1
    while end < len(lines) and end <= j + RECORD_HEADER_LINES and not _is_prose(lines[end].text):
        end += 1
    zone_keys = [ln.key for ln in lines[i: end]]
    for k in cands:
        if zone_keys.count(lines[k].key) >= 2:
            return k
    long = [k for k in cands if lines[k].words >= 4]
    return long[-1] if long else (cands[-1] if cands else i)


def _date_only_ahead(lines: list[_Line], i: int) -> bool:
    for j in range(i + 1, min(len(lines), i + 1 + RECORD_HEADER_LINES)):
        if _is_prose(lines[j].text):
            return False
        if _date_only(lines[j].text):
            return True
    return False


def _record_words(lines: list[_Line], rec: _Record) -> int:
    return sum(ln.words for ln in lines[rec.head_end + 1: rec.end] if _is_prose(ln.text) and not ln.drop)


# --- the body ------------------------------------------------------------------


def _gain(ln: _Line) -> float:
    """How much a line pulls the body span towards itself (prose +, boilerplate -).

    Shape and cue rules decide; the line classifier's score, when there is
    one, scales a prose line's pull (0.5x to 1.5x) and softens a short line's
    push, so that it sharpens the span without overruling the cues.
    """
    if ln.end_heading:
        return -40.0
    if ln.drop:
        return -max(4.0, 0.5 * ln.words)
    prose = _is_prose(ln.text)
    if prose:
        g = float(ln.words)
        return g * (0.5 + ln.score) if ln.score is not None else g
    g = -2.0 if ln.words <= 3 else -3.0
    if ln.score is not None:
        g += 2.0 * ln.score
    return g


def _best_span(lines: list[_Line], lo: int, hi: int, skip: set[int] | None = None,
               anchor: int | None = None) -> tuple[int, int] | None:
    """The span [s, e] of lines lo..hi-1 with the largest total gain (lines in ``skip`` repel).

    With ``anchor`` (the line repeating the page's title), a span starting soon
    after it wins when it holds a fair share of the best span's gain: the
    article follows its own headline, teaser blocks elsewhere do not.
    """
    free, free_gain = _max_span(lines, lo, hi, skip)
    if anchor is None or free is None or lo <= free[0] <= anchor + ANCHOR_REACH and free[0] > anchor:
        return free
    near, near_gain = _max_span(lines, anchor + 1, min(hi, anchor + 1 + ANCHOR_REACH * 20), skip,
                                start_by=anchor + 1 + ANCHOR_REACH)
    if near is not None and near_gain >= ANCHOR_SHARE * free_gain:
        return near
    return free


def _max_span(lines: list[_Line], lo: int, hi: int, skip: set[int] | None,
              start_by: int | None = None) -> tuple[tuple[int, int] | None, float]:
    best, best_span = 0.0, None
    run, start = 0.0, lo
    for i in range(lo, hi):
        g = -40.0 if skip and i in skip else _gain(lines[i])
        if run <= 0:
            if start_by is not None and i > start_by:
                break  # spans must start soon after the anchor
            run, start = g, i
        else:
            run += g
        if run > best:
            best, best_span = run, (start, i)
    return best_span, best


def _trim_span(lines: list[_Line], s: int, e: int, lo: int, hi: int) -> tuple[int, int]:
    """Span [s, e] of lines lo..hi-1 fitted to the line classifier's body run.

    The classifier keeps its own best run of body lines; where the span reaches
    beyond that run and the prose out there scores low on average (teasers,
    comments, related stories written as sentences), the span ends where the
    classifier's run ends.  Where the run goes on below the span, the span
    follows it (``_extend_tail``).  Without classifier scores the span is unchanged.
    """
    kept = [i for i in range(s, e + 1) if lines[i].keep]
    if not kept or sum(lines[i].words for i in kept) < TRIM_MIN_KEPT_WORDS:
        return s, e
    cs, ce = kept[0], kept[-1]
    if ce < e and _weak(lines, ce + 1, e):
        e = ce
    if cs > s and _weak(lines, s, cs - 1):
        s = cs
    return s, _extend_tail(lines, e, hi)


def _extend_tail(lines: list[_Line], e: int, hi: int) -> int:
    """The span's end moved down over the classifier's body run where it goes on past ``e``.

    Lines the classifier keeps right below the span (list items, schedules,
    short lines whose shape pushes the span away) belong to the body when the
    classifier's run continues there; the end never crosses a teaser or
    comment heading, nor prose the classifier scores low.
    """
    best = e
    for i in range(e + 1, hi):
        ln = lines[i]
        if ln.end_heading or _comment_cue(ln.text):
            break
        if ln.keep:
            best = i
        elif ln.score is None or (ln.score < EXTEND_GAP_SCORE and not ln.drop and _is_prose(ln.text)):
            break
    return best


def _weak(lines: list[_Line], a: int, b: int) -> bool:
    """The prose of lines a..b has a low mean classifier score (weighted by words)."""
    total = score = 0.0
    for ln in lines[a: b + 1]:
        if ln.drop or ln.score is None or not _is_prose(ln.text):
            continue
        total += ln.words
        score += ln.words * ln.score
    return total > 0 and score < TRIM_MEAN_SCORE * total


def _body(lines: list[_Line], s: int, e: int, title_key: str | None, spaced: bool) -> tuple[list[str], list[str]]:
    """Body paragraphs of span [s, e] and the reasons lines were dropped."""
    paras: list[str] = []
    keys: list[str] = []
    kept_text = ""
    dropped: list[str] = []
    promo_keys: set[str] = set()
    body_read: list[bool] = []  # the classifier's verdict for each kept paragraph
    skip_next_dek = False
    for i in range(s, e + 1):
        ln = lines[i]
        t = ln.text
        if skip_next_dek:
            skip_next_dek = False
            if not ln.blank_before and _is_prose(t) and ln.words <= 60 and _single_sentence(t):
                dropped.append(f"promo: summary line of a promoted story ({t[:40]})")
                continue
        if ln.drop:
            dropped.append(f"{ln.drop}: {t[:50]}")
            continue
        if ln.end_heading:
            dropped.append(f"teaser_heading: {t[:50]}")
            continue
        if title_key and ln.key == title_key:
            dropped.append("title: repeated above the body")
            continue
        nxt = lines[i + 1] if i + 1 < len(lines) else None
        half = _doubled(t)
        if half is not None:
            promo_keys.add(_norm(half))
            dropped.append(f"promo: doubled headline ({half[:40]})")
            skip_next_dek = spaced
            continue
        if ln.key in promo_keys:
            dropped.append(f"promo: repeated headline ({t[:40]})")
            skip_next_dek = spaced
            continue
        if nxt is not None and nxt.key == ln.key and ln.words <= 40:
            dropped.append(f"caption: line shown twice ({t[:40]})")
            promo_keys.add(ln.key)
            continue
        if _is_headline(t) and not _is_prose(t) and not _listed_item(ln, nxt, i != s):
            if ln.words >= PROMO_MIN_WORDS and i != s:
                promo_keys.add(ln.key)
                dropped.append(f"promo: headline inside the body ({t[:40]})")
                skip_next_dek = spaced and nxt is not None and not nxt.blank_before
                continue
            if ln.words > SUBHEAD_MAX_WORDS:
                dropped.append(f"heading: {t[:40]}")
                continue
        if not _is_prose(t) and not ln.keep:
            # short lines stay only as sub-headings between prose lines, or where the
            # line classifier reads them as body (list items, schedules)
            if not _is_headline(t) or i == s or i == e:
                if not (_SENT_END.search(t) and ln.words >= 5):
                    dropped.append(f"short: {t[:40]}")
                    continue
        # a key holds no newline: it lies within one of the kept keys exactly
        # when it lies within their newline-joined text
        if ln.key in keys or (len(ln.key) > 60 and ln.key in kept_text):
            dropped.append(f"repeated_paragraph: {t[:40]}")
            continue
        keys.append(ln.key)
        kept_text += "\n" + ln.key
        paras.append(t)
        body_read.append(bool(ln.keep))
    # a body never ends on a sub-heading (a line the classifier reads as body is no heading)
    while paras and not _is_prose(paras[-1]) and not _SENT_END.search(paras[-1]) and not body_read[-1]:
        paras.pop()
        body_read.pop()
    return paras, dropped


def _listed_item(ln: _Line, nxt: _Line | None, inside: bool) -> bool:
    """A headline-shaped line inside the body that the classifier reads as body (a list item).

    A headline followed by a prose summary stays a promo for another story
    whatever the classifier says; the span's first line is left to the title rules.
    """
    return bool(ln.keep) and inside and not (nxt is not None and _is_prose(nxt.text))


def _single_sentence(t: str) -> bool:
    return len(_SENT_SPLIT.split(t)) <= 2


# --- metadata ------------------------------------------------------------------


def _content_words(s: str) -> set[str]:
    # an ASCII word holds no CJK character: only its length counts
    return {w for w in _norm(s).split() if len(w) > 3 or (not w.isascii() and _CJK.search(w) is not None)}


def _overlap(a: str, b_words: set[str]) -> float:
    aw = _content_words(a)
    return len(aw & b_words) / len(aw) if aw else 0.0


def _page_title_head(page_title: str | None) -> str | None:
    """The page's title line without the site name and section label around it."""
    if not page_title:
        return None
    head = page_title
    m = cues.TITLE_SUFFIX.match(head)
    if m:
        head = m["head"]
    head = re.sub(r"^\s*(?:opinion|op-?ed|column|commentary|analysis|editorial)\s*[|:]\s*", "", head, flags=re.I)
    return head.strip() or None


_KEY_OF = attrgetter("key")


def _title_for(lines: list[_Line], s: int, lo: int, page_title: str | None,
               lede: str) -> tuple[int | None, str | None]:
    """The article title above body start ``s``: a line index, or the page title's text.

    Candidates are headline-shaped lines above the body.  A line the page
    repeats, one that matches the page's title line, and one that shares its
    words with the lede score higher; nearer lines score higher.  When no line
    looks like the title but the page's own title line fits the lede, that is used.
    """
    counts = Counter(map(_KEY_OF, lines))
    page_key = _norm(page_title) if page_title else ""
    page_i = 0 if page_title and lines and lines[0].text == page_title else None
    lede_words = _content_words(lede)
    best, best_score, best_fit = None, -9.0, False
    seen = 0
    # the keys of the lines above the body, one a line: a key lies within another
    # line's key exactly when it occurs there more often than the lines equal to it
    above = lines[lo:s]
    above_text = "\n".join(map(_KEY_OF, above))
    above_counts = Counter(map(_KEY_OF, above))
    for i in range(s - 1, lo - 1, -1):
        ln = lines[i]
        if ln.end_heading and seen:
            break
        if not ln.drop and ln.words > 2:
            seen += 1  # menus and share bars between title and body do not count
        if seen > TITLE_LOOKBACK:
            break
        if i == page_i:
            continue
        if ln.drop or not _is_headline(ln.text) or _date_only(ln.text) or cues.BYLINE.match(ln.text) \
                or cues.NOT_TITLE.match(ln.text) or _has_day(ln.text):
            continue
        score = 1.0 + 0.02 * min(ln.words, 15) - 0.03 * seen
        fit = False
        if counts.get(ln.key, 0) >= 2:
            score += 1.0
        if page_key and ln.key and (ln.key in page_key or page_key in ln.key):
            score += 2.0
            fit = True
        elif ln.key and above_text.count(ln.key) > above_counts[ln.key]:
            score += 0.8  # the title also sits in a breadcrumb or a page header line
            fit = True
        ov = _overlap(ln.text, lede_words)
        score += 1.5 * ov
        fit = fit or ov >= TITLE_LEDE_OVERLAP
        if ln.words < 4:
            score -= 0.5
        if score > best_score:
            best, best_score, best_fit = i, score, fit
    if best is not None and best_fit:
        return best, None
    head = _page_title_head(page_title)
    if head:
        return None, head  # the page's own title line beats a headline that does not fit
    return best, None


def _clean_name(value: str) -> str | None:
    value = cues.SOCIAL_HANDLE.sub("", value).strip(" ,;|:-–—•")
    value = re.sub(r"^(?:" + cues.HONORIFICS + r")\s+", "", value)
    kept = []
    toks: list[str] = []
    for tok in value.split():
        glued = re.fullmatch(r"([A-Z][a-z]+)([A-Z][a-z]+)", tok)  # "JamesStaff": a name glued to a role
        toks += [glued[1], glued[2]] if glued and glued[2].lower() in cues.NAME_STOP_WORDS else [tok]
    for tok in toks:
        if tok.lower().strip(",.:;") in cues.NAME_STOP_WORDS and kept and tok.lower() != "and":
            break
        if re.search(r"\d", tok):
            break
        kept.append(tok)
    value = " ".join(kept)
    m = re.match(r"[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|van|von|de|der|da|di|la|le|bin|al|el))*"
                 r"(?:\s*(?:,|and|&)\s*[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*)*", value)
    if not m:
        return None
    name = m.group(0).strip(" ,.")
    if not 1 <= len(name.split()) <= 8 or len(name) < 3:
        return None
    return name


def _is_domain(s: str) -> bool:
    return bool(re.fullmatch(cues.DOMAIN_NAME, s.strip(), flags=re.I))


def _label_value(lines: list[_Line], i: int, pat: re.Pattern) -> str | None:
    """The value of a label line: on the line ("Author: X") or on the next one ("Author" / "X")."""
    m = pat.match(lines[i].text)
    if not m or len(lines[i].text) > META_LINE_MAX:
        return None
    value = m["value"].strip()
    if value:
        return value
    if i + 1 < len(lines) and len(lines[i + 1].text) <= META_LINE_MAX:
        return lines[i + 1].text
    return None


def _read_meta(lines: list[_Line], zone: list[int], title_i: int | None, body: list[str],
               page_lines: list[_Line], page_title: str | None) -> _Meta:
    meta = _Meta()
    # dates: a labelled date, then a date-only line, nearest the title first
    order = sorted(zone, key=lambda i: abs(i - (title_i if title_i is not None else zone[0] if zone else 0)))
    labelled = []
    for i in order:
        v = _label_value(lines, i, cues.DATE_LABEL)
        if v:
            r = _parse_date(v)
            if _precise(r):
                later = bool(cues.UPDATED_LABEL.match(lines[i].text))
                labelled.append((later, r, lines[i].text))
    if labelled:
        labelled.sort(key=lambda x: x[0])  # "published" before "updated", nearest first
        meta.published = labelled[0][1]
        meta.reasons.append(f"date: labelled ({labelled[0][2][:30]})")
    if meta.published is None:
        for i in order:
            t = lines[i].text
            if cues.NOT_PUBLICATION_DATE.search(t):
                continue
            r = _date_only(t) if len(t) <= SHORT_DATE_LINE else None
            if r is None and len(t) <= META_LINE_MAX and not _is_prose(t):
                cand = _parse_date(t)
                if _precise(cand) and (cues.BYLINE.match(t) or cues.AUTHOR_LABEL.match(t) or "|" in t
                                       or _mostly_dates(t)):
                    r = cand
            if r is not None:
                meta.published = r
                meta.reasons.append(f"date: date line ({t[:30]})")
                break

    # author and outlet from labels and bylines
    for i in order:
        t = lines[i].text
        if len(t) > META_LINE_MAX:
            continue
        v = _label_value(lines, i, cues.AUTHOR_LABEL)
        if v is None:
            m = cues.BYLINE.match(t)
            v = m["name"] if m else None
        if not v:
            continue
        v = re.split(r"\s+(?:at|on|am|le|\|)\s+|\s*\|\s*|,\s*(?=\d)", v)[0].strip()
        if _is_domain(v):
            meta.outlet = meta.outlet or v
            meta.reasons.append("outlet: a site name in the author slot")
            continue
        name = _clean_name(v)
        if name and not _parse_date(name) and _words(name) >= 2 and meta.author is None:
            meta.author = name
            meta.reasons.append("author: byline")

    text = "\n".join(body)
    if body:
        m = cues.DATELINE_OUTLET.match(body[0])
        if m and m["outlet"].strip().lower() not in cues.NOT_OUTLET_WORDS and meta.outlet is None:
            meta.outlet = m["outlet"].strip()
            meta.reasons.append("outlet: dateline")
    if meta.outlet is None:
        # only a body holding a site name's dot ending (".com") and one of the
        # pattern's literal words is searched
        m = cues.REPORTS_OUTLET.search(text) if _DOT_ENDING.search(text) is not None and may_match(
            _reports_needles(), lowered(text)) else None
        if m:
            meta.outlet = m["outlet"] or m["outlet2"]
            meta.reasons.append("outlet: '<site> reports' in the body")
    if meta.outlet is None and page_title:
        m = cues.TITLE_SUFFIX.match(page_title)
        if m and title_i is not None and _norm(m["head"]) and (
                _norm(m["head"]) in lines[title_i].key or lines[title_i].key in _norm(m["head"])):
            site = m["site"].strip()
            if 1 <= _words(site) <= 5:
                meta.outlet = site
                meta.reasons.append("outlet: page title suffix")
    if meta.outlet is None:
        for ln in page_lines[-40:]:
            if len(ln.text) > 160 or not _may_be_copyright(ln.text):
                continue
            m = cues.COPYRIGHT.search(ln.text)
            if m and re.search(r"©|\(c\)|\d{4}", ln.text, flags=re.I):
                owner = m["owner"].strip(" .,")
                if 1 <= _words(owner) <= 5 and not any(
                        w.lower() in cues.NOT_OWNER_WORDS for w in owner.split()[:1]):
                    meta.outlet = owner
                    meta.reasons.append("outlet: copyright line")
                    break

    # author bio at the end of the body
    tail = text[-700:]
    bio = None
    for m in cues.AUTHOR_BIO.finditer(tail):
        bio = m
    if bio:
        name = _clean_name(bio["name"])
        if name:
            meta.author = meta.author or name
            meta.opinion_label = True
            meta.reasons.append("author: bio at the end")

    # section: label line, breadcrumb or kicker above the title
    if title_i is not None:
        title_key = lines[title_i].key
        for i in zone:
            t = lines[i].text
            m = cues.SECTION_LABEL.match(t)
            if m:
                meta.section = _squash(m["value"].split(",")[0])
                break
            sec = _breadcrumb_section(t, title_key)
            if sec:
                meta.section = sec
                break
        if meta.section is None and title_i > 0:
            t = lines[title_i - 1].text
            if _kicker(t) and not _in_menu(lines, title_i - 1) and not lines[title_i - 1].drop:
                meta.section = t.strip(" :|•")
    for i in zone:
        if cues.OPINION_SECTION.match(lines[i].text) and not _in_menu(lines, i):
            meta.opinion_label = True
            meta.reasons.append(f"kind: opinion label ({lines[i].text[:30]})")
    if page_title and cues.OPINION_SECTION.match(page_title):
        meta.opinion_label = True
        meta.reasons.append("kind: opinion label in the page title")
    if meta.section and cues.OPINION_SECTION.match(meta.section):
        meta.opinion_label = True
    return meta


_REPORTS_NEEDLES: list = []
# every site name (``cues.DOMAIN_NAME``) ends in a dot and two or more lower-case letters
_DOT_ENDING = re.compile(r"\.[a-z]{2}")


def _reports_needles() -> tuple[str, ...] | None:
    """The literal words one of which every match of ``cues.REPORTS_OUTLET`` holds."""
    if not _REPORTS_NEEDLES:
        _REPORTS_NEEDLES.append(pattern_needles(cues.REPORTS_OUTLET))
    return _REPORTS_NEEDLES[0]


def _may_be_copyright(t: str) -> bool:
    """False only when ``cues.COPYRIGHT`` cannot match ``t``: every match starts
    with "©", "(c)" or "copyright" (any case)."""
    if "©" in t:
        return True
    low = lowered(t)
    return low is None or "(c)" in low or "copyright" in low


def _in_menu(lines: list[_Line], i: int) -> bool:
    """Line ``i`` sits in a run of short label lines (a menu), not alone as a kicker."""
    near = [lines[j] for j in range(max(0, i - 2), min(len(lines), i + 3)) if j != i]
    return sum(1 for ln in near if ln.words <= MENU_ITEM_WORDS and not _date_only(ln.text)) >= 3


def _mostly_dates(t: str) -> bool:
    """A line of dates and times with a few glue words ("on 3 May 2009 at 10:50, updated ...")."""
    rest = t
    for start, end, _r in sorted(dates.find_dates(t), reverse=True):
        rest = rest[:start] + " " + rest[end:]
    rest = re.sub(r"\d{1,2}[:.]\d{2}(?::\d{2})?|\d+", " ", rest)
    glue = {"on", "at", "am", "pm", "updated", "published", "posted", "last", "modified", "gmt", "utc",
            "edt", "est", "cet", "cest", "bst", "et", "pt", "um", "uhr", "le", "à", "am", "de"}
    words = [w for w in re.findall(r"[^\W\d_]+", rest.lower()) if w not in glue]
    return len(words) <= 1


def _kicker(t: str) -> bool:
    w = t.split()
    if not 1 <= len(w) <= cues.SECTION_MAX_WORDS or len(t) > 40:
        return False
    if t.lower() in cues.NON_LABEL_WORDS or re.search(r"[\d@#/]|\.\w", t) or cues.NOT_TITLE.match(t):
        return False
    return all(x[:1].isupper() or x.lower() in ("and", "&", "of", "the") for x in w)


def _breadcrumb_section(t: str, title_key: str) -> str | None:
    """The section named by a breadcrumb line ("Home › World › Title", "Home page Politics")."""
    low = t.lower()
    if not low.startswith(cues.HOME_WORDS):
        return None
    home = next(h for h in cues.HOME_WORDS if low.startswith(h))
    rest = t[len(home):]
    rest_key = _norm(rest)
    if title_key and title_key in rest_key:
        # cut the title off the end, even when glued without a space
        k = len(rest)
        for j in range(len(rest)):
            if _norm(rest[j:]) == title_key:
                k = j
                break
        rest = rest[:k]
    parts = [p.strip() for p in re.split(r"\s*[›»>/|•·]\s*|\s{2,}", rest) if p.strip()]
    if not parts:
        return None
    sec = parts[-1] if len(parts) > 1 else parts[0]
    sec = sec.strip(" :-–—")
    if not sec or _words(sec) > 4 or not sec[:1].isupper():
        return None
    return sec


def _first_person_argument(body: list[str]) -> int:
    text = _QUOTED.sub(" ", "\n".join(body))
    return len(cues.FIRST_PERSON_ARGUMENT.findall(text))


def _kind(meta: _Meta, body: list[str]) -> str:
    if meta.opinion_label:
        return "opinion"
    n = _first_person_argument(body)
    words = sum(_words(p) for p in body)
    if n >= FIRST_PERSON_MIN and n * FIRST_PERSON_WORDS >= words:
        return "opinion"
    return "news"


# --- articles --------------------------------------------------------------------


def _read_article(lines: list[_Line], lo: int, hi: int, *, spaced: bool, page_title: str | None,
                  title_i: int | None = None, header: range | None = None, url: str | None = None) -> tuple[ArticleDraft, list[str]] | None:
    body_lo = header.stop if header is not None else lo
    given_title = title_i
    skip: set[int] = set()
    anchor = None
    head_key = _norm(_page_title_head(page_title) or "")
    if given_title is None and head_key and len(head_key) >= 12:
        anchor = next((i for i in range(max(lo, 1), hi) if lines[i].key == head_key), None)
    for _attempt in range(SPAN_ATTEMPTS):
        span = _best_span(lines, body_lo, hi, skip, anchor)
        if span is None:
            return None
        s, e = _trim_span(lines, *span, body_lo, hi)
        title_text = None
        if given_title is not None:
            title_i = given_title
        else:
            lede = " ".join(ln.text for ln in lines[s: min(e + 1, s + 3)] if _is_prose(ln.text))
            title_i, title_text = _title_for(lines, s, lo, page_title, lede)
        title_key = lines[title_i].key if title_i is not None else (_norm(title_text) if title_text else None)
        paras, dropped = _body(lines, s, e, title_key, spaced)
        dropped += [f"classifier: past the classifier's body run, low scores ({lines[i].text[:40]})"
                    for i in range(span[0], span[1] + 1) if not s <= i <= e and not lines[i].drop]
        if sum(_words(p) for p in paras) >= MIN_ARTICLE_WORDS:
            break
        skip.update(range(s, e + 1))  # nothing survived cleaning there: try the next best span
    else:
        return None
    zone_lo = max(lo, (title_i if title_i is not None else s) - 4)
    trailer = []
    for i in range(e + 1, min(hi, e + 1 + TRAILER_LINES)):
        if lines[i].end_heading or _comment_cue(lines[i].text):
            break  # below a comment or teaser heading the dates are other people's
        trailer.append(i)
    head = [i for i in range(s, min(e + 1, s + HEAD_META_LINES)) if not _is_prose(lines[i].text)]
    zone = list(range(zone_lo, s)) + head + trailer
    if header is not None:
        zone = list(header) + [i for i in zone if i not in header]
    meta = _read_meta(lines, zone, title_i, paras, lines, page_title)
    dropped += [f"{ln.drop} (outside the body): {ln.text[:50]}" for ln in lines[lo:hi]
                if ln.drop and not s <= ln.n <= e]
    title = lines[title_i].text if title_i is not None else title_text
    if url and cues.OPINION_URL.search(url):
        meta.opinion_label = True
        meta.reasons.append("kind: opinion path in the URL")
    draft = ArticleDraft(
        text="\n\n".join(paras),
        title=title,
        outlet=meta.outlet,
        published=meta.published,
        author=meta.author,
        section=meta.section,
        kind=_kind(meta, paras),
    )
    return draft, dropped + meta.reasons


def _record_meta(lines: list[_Line], rec: _Record) -> tuple[str | None, str | None]:
    """Outlet and section from a listing record's header lines."""
    title_key = lines[rec.title].key
    plain: list[str] = []
    bullets: list[str] = []
    for ln in lines[rec.title + 1: rec.head_end + 1]:
        if ln.key == title_key or ln.drop or _date_only(ln.text):
            continue
        if _BULLET.match(ln.text):
            bullets.append(_BULLET.sub("", ln.text).strip())
        elif _words(ln.text) <= 6:
            plain.append(ln.text)
    outlet = plain[0] if plain else None
    if outlet is None and len(bullets) >= 2:
        outlet = bullets[-1]
    section = next((b for b in bullets if not outlet or _norm(b) != _norm(outlet)), None)
    return outlet, section


_DMY = re.compile(r"(?<!\d)(\d{1,2})[-./](\d{1,2})[-./](\d{4})(?!\d)")


def _settle_date_order(recs: list[_Record]) -> None:
    """Read ambiguous day/month dates the way the page's unambiguous ones are written.

    On one page dates share one order: when ``22-07-2025`` is there,
    ``11-07-2025`` is day first too.  Only dates written in the same shape as an
    unambiguous one are settled; a page without such evidence keeps them ambiguous.
    """
    votes: set[bool] = set()
    for rec in recs:
        r = rec.date
        m = _DMY.search(r.text or "")
        if m is None or r.ambiguous or not r.value:
            continue
        a, b = int(m[1]), int(m[2])
        day = int(r.value[8:10])
        if a > 12 and a == day:
            votes.add(True)
        elif b > 12 and b == day:
            votes.add(False)
    if len(votes) != 1:
        return
    day_first = votes.pop()
    for rec in recs:
        r = rec.date
        m = _DMY.search(r.text or "")
        if m is None or not r.ambiguous:
            continue
        day = int(m[1] if day_first else m[2])
        pick = [v for v in r.alternatives if len(v) >= 10 and int(v[8:10]) == day]
        if len(pick) == 1:
            rec.date = DateReading(pick[0], r.precision, False, [pick[0]], r.text)


def _extract(text: str, url: str | None, crawl_date: str | None, explain: list[str] | None,
             model=None) -> PageReading:
    _clear_memos()
    try:
        return _extract_page(text, url, crawl_date, explain, model)
    finally:
        _clear_memos()


def _extract_page(text: str, url: str | None, crawl_date: str | None, explain: list[str] | None,
                  model=None) -> PageReading:
    raw = (text or "").replace("\r\n", "\n").replace("\r", "\n").split("\n")
    status = None
    first = next((i for i, ln in enumerate(raw) if ln.strip()), None)
    if first is not None:
        hdr = parse_crawl_header(raw[first])
        if hdr:
            crawl_date = crawl_date or hdr[0]
            status = hdr[1]
            raw = raw[first + 1:]
    lines = _make_lines(raw)
    spaced = bool(lines) and sum(ln.blank_before for ln in lines) >= 0.3 * len(lines)
    _classifier_scores(lines, model)
    page_title = lines[0].text if lines and _is_headline(lines[0].text) else None

    articles: list[ArticleDraft] = []
    records = _find_records(lines)
    if records:
        _settle_date_order([rec for rec in records if rec.date is not None])
        for rec in records:
            got = _read_article(lines, rec.title, rec.end, spaced=spaced, page_title=None,
                                title_i=rec.title, header=range(rec.title, rec.head_end + 1))
            if got is None:
                continue
            draft, why = got
            outlet, section = _record_meta(lines, rec)
            draft.outlet = outlet or draft.outlet
            draft.section = section or draft.section
            draft.published = rec.date or draft.published
            draft.url = None
            articles.append(draft)
            if explain is not None:
                explain.extend(why)
    if not articles:
        got = _read_article(lines, 0, len(lines), spaced=spaced, page_title=page_title, url=url)
        if got is not None:
            draft, why = got
            draft.url = url
            if draft.published is None:
                draft.published = _fallback_date(raw, draft, crawl_date, url)
            articles.append(draft)
            if explain is not None:
                explain.extend(why)
    bodies = [a.text for a in articles]
    flags = quality_flags([ln.text for ln in lines], bodies, http_status=status,
                          plain=[ln.plain for ln in lines], known=[_NOTICES.get(ln.text) for ln in lines])
    language = detect_language("\n".join(bodies)[:4000]) if bodies else None
    return PageReading(articles=articles, flags=flags, language=language)


def _fallback_date(raw: list[str], draft: ArticleDraft, crawl_date: str | None, url: str | None) -> DateReading | None:
    """The dates module's own pick, when it is a full date from outside the body."""
    try:
        r = dates.find_publication_date("\n".join(raw), crawl_date=crawl_date, url=url)
    except Exception:  # noqa: BLE001 - the date finder is optional here
        return None
    if not _precise(r):
        return None
    if r.text and _norm(r.text) and _norm(r.text) in _norm(draft.text):
        return None  # a date the article talks about, not when it was published
    return r


def extract_text(text: str, *, url: str | None = None, crawl_date: str | None = None,
                 model=None) -> PageReading:
    """A plain-text page dump to its articles (listing pages split), with metadata and flags.

    ``crawl_date`` (or a crawl header line in the text) is when the page was
    saved; it is never taken as a publication date.  ``model`` (a
    :class:`newsloom.extract.lines.LineModel`) replaces the installed line
    classifier model; evaluation uses it to score pages with models fitted
    without them.
    """
    return _extract(text, url, crawl_date, None, model)


def explain_lines(text: str, *, url: str | None = None, model=None) -> tuple[PageReading, list[str]]:
    """``extract_text`` plus the reasons for what was dropped and how metadata was read."""
    why: list[str] = []
    return _extract(text, url, None, why, model), why
