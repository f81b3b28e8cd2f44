"""Reading dates in page text: one date string, every date in a text, and the
publication date of a page.

* :func:`parse_date` reads one date string written in any common way
  (ISO 8601, ``11/03/2025``, ``03.11.2025``, ``2025.03.11 / 17:24``,
  ``time22-07-2025``, ``3 September 2025``, ``Sept. 3, 2025``,
  ``3. September 2025``, ``3 septembre 2025``, ``3 сентября 2025`` ...).
* :func:`find_dates` finds every absolute date in a text, with offsets.
* :func:`find_publication_date` picks the publication date of a page from its
  plain text (and, optionally, its URL).

A numeric date whose day and month are both 12 or less, in a format that does
not fix their order, is returned with ``ambiguous=True`` and both readings in
``alternatives`` (the preferred one first, also in ``value``).  The preferred
reading follows the ``day_first`` argument where one is given (it applies to
formats with the year last), otherwise the format's convention: ``YYYY.MM.DD``
and ``YYYY/MM/DD`` are read year-month-day, ``DD.MM.YYYY`` and ``DD-MM-YYYY``
day first, and ``DD/MM/YYYY`` day first as well (the order of most of the
world; pass ``day_first=False`` for US pages).  ISO 8601 (``YYYY-MM-DD``) is
never ambiguous.

The publication date is chosen by scoring every dated spot of the page
(:func:`publication_candidates`, weights in :data:`WEIGHTS`): a cue word
before it ("Published", "Veröffentlicht" beat "Updated"; "©", "Reply",
"born" count against), a byline on its line, a short dateline versus a date
inside a sentence about some event, closeness to where the title is repeated
(the article's heading), being the page's first date, lists of dates
(teasers, archives, comments), a "Related"/"Comments" heading above it, the
latest date alone at the very top (a site header's "today"), and agreement
with a date in the URL.  Dates after the crawl date never count.  A page
that writes its unambiguous numeric dates month first reads its ambiguous
slashed dates that way too, and an ambiguous date whose other reading is
written out elsewhere on the page takes that reading.  When the best score
stays below :data:`MIN_SCORE`, the answer is ``None``.

Times are kept as written on the page (``17:24``, ``5:11 PM`` -> ``17:11``);
a time zone next to them is read past but not applied.

The words these functions rely on (month names, cue words) are in
:mod:`newsloom.extract.date_cues`.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from datetime import date

from newsloom.records import DateReading

from . import date_cues as cues

__all__ = [
    "DateReading",
    "parse_date",
    "find_dates",
    "find_publication_date",
    "date_from_url",
]

# ---------------------------------------------------------------------------
# patterns

def _trie_regex(words) -> str:
    """One regex alternation for many words, shared prefixes factored out
    (much faster to match than a flat alternation)."""
    trie: dict = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict) -> str:
        ends = "" in node
        branches = [re.escape(ch) + build(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        alt = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if ends:
            return "(?:" + alt + ")?"
        return alt

    return build(trie)


# a match of the trie may stop at a shorter word than the longest one that
# fits; the "not followed by a letter" guard below makes it try the longer one
_MONTH_ALT = _trie_regex(cues.MONTHS)
# a month word: not glued to other letters
_MONTH = rf"(?<![^\W\d_])(?P<mon>{_MONTH_ALT})(?![^\W\d_])\.?"
_JOIN = "|".join(re.escape(j) for j in cues.DATE_JOINERS)
_TIME_JOIN = "|".join(re.escape(j) for j in sorted(cues.TIME_JOINERS, key=len, reverse=True))

# an optional time after a date: "T17:24:05Z", ", 17:24", " / 17:24", " at 5:11 PM", " um 14.30 Uhr"
_TIME = rf"""
(?:
  (?:[^\S\n]*[,|/@–—-][^\S\n]*|[^\S\n]+|T|[^\S\n]*,?[^\S\n]*(?:{_TIME_JOIN})[^\S\n]+)?
  (?P<hh>[01]?\d|2[0-3])(?:[:h](?P<mm>[0-5]\d))
  (?::[0-5]\d(?:[.,]\d+)?)?
  (?:[^\S\n]*(?P<ampm>[aApP]\.?[^\S\n]?[mM]\.?)(?![^\W\d_]))?
  (?:[^\S\n]*(?:Z|[+-](?:[01]\d):?[0-5]\d|UTC|GMT|Uhr|h)(?![^\W\d_]))?
)?
"""

_FLAGS = re.IGNORECASE | re.VERBOSE

# the end of a four-digit year: no further digit, unless the digits that follow
# start another date or a time glued to this one ("17/11/201917/11/2019",
# "November 9, 20235:01 AM")
_YEAR_END = r"(?:(?!\d)|(?=\d{1,2}(?:[./:-][^\S\n]?\d|\.?[^\S\n]?[^\W\d_]{3})))"

# numeric, year first, with dashes: ISO 8601 (order fixed)
_ISO = re.compile(rf"(?<![\d.,/-])(?P<y>\d{{4}})-(?P<a>[01]?\d)-(?P<b>[0-3]?\d)(?![\d]|[.,/]\d){_TIME}", _FLAGS)
# numeric, year first, with dots or slashes (YYYY.MM.DD usual, YYYY.DD.MM possible)
_YMD = re.compile(
    rf"(?<![\d.,/-])(?P<y>\d{{4}})(?P<s>[./])[^\S\n]?(?P<a>[0-3]?\d)(?P=s)[^\S\n]?(?P<b>[0-3]?\d)(?![\d]|[.,/]\d){_TIME}",
    _FLAGS,
)
# numeric, year last, four-digit year
_DMY = re.compile(
    rf"(?<![\d.,/-])(?P<a>[0-3]?\d)(?P<s>[./-])[^\S\n]?(?P<b>[0-3]?\d)(?P=s)[^\S\n]?(?P<y>\d{{4}}){_YEAR_END}(?![.,/]\d){_TIME}",
    _FLAGS,
)
# numeric, year last, two-digit year ("03.11.25", "8.5.12", "11/03/25")
_DMY2 = re.compile(
    rf"(?<![\d.,/-])(?P<a>[0-3]?\d)(?P<s>[./])(?P<b>[0-3]?\d)(?P=s)(?P<y>\d{{2}})(?![\d]|[.,/-]\d){_TIME}",
    _FLAGS,
)
# day, month name, year: "3 September 2025", "3. September 2025", "3rd of Sept., 2025", "3 de septiembre de 2025"
_DAY = r"(?<![\d.,/])(?P<d>[0-3]?\d)(?:st|nd|rd|th|er|e|º|°)?\.?"
_TDMY = re.compile(
    rf"{_DAY}(?:[^\S\n]*|[-/])(?:(?:{_JOIN})[^\S\n]+)?{_MONTH}(?:[^\S\n]*,?[^\S\n]*|[-/])(?:(?:{_JOIN})[^\S\n]+)?(?P<y>\d{{4}}){_YEAR_END}(?:[^\S\n]*(?:г\.|года|yılı))?{_TIME}",
    _FLAGS,
)
# month name, day, year: "September 3, 2025", "Sept. 3rd 2025", "Sep 03 2025"
_TMDY = re.compile(
    rf"{_MONTH}[^\S\n]*(?P<d>[0-3]?\d)(?:st|nd|rd|th)?(?![\d:])(?:[^\S\n]*,[^\S\n]*|[^\S\n]+)(?P<y>\d{{4}}){_YEAR_END}{_TIME}",
    _FLAGS,
)
# year, month name, day: "2025 September 3", "2025. szeptember 3."
_TYMD = re.compile(rf"(?<!\d)(?P<y>\d{{4}})\.?,?[^\S\n]+{_MONTH}[^\S\n]+(?P<d>[0-3]?\d)(?![\d]|\.\d){_TIME}", _FLAGS)
# CJK and Korean: 2025年3月11日, 2025년 3월 11일
_CJK = re.compile(r"(?P<y>\d{4})[^\S\n]*[年년][^\S\n]*(?P<a>\d{1,2})[^\S\n]*[月월][^\S\n]*(?P<b>\d{1,2})[^\S\n]*[日일]?", re.IGNORECASE)
# month name and year only: "September 2025" (month precision)
_TMY = re.compile(rf"{_MONTH}[^\S\n]*,?[^\S\n]*(?P<y>\d{{4}})(?!\d|[^\S\n]*[.:/-]\d)", _FLAGS)

# only for parse_date on a whole string
# every date pattern above needs a year of two or four digits: a string
# without two digits in a row holds no date (a cheap check before the scan)
_TWO_DIGITS = re.compile(r"\d\d")
_ONLY_YM = re.compile(r"^\s*(?P<y>\d{4})[-/.](?P<a>[01]?\d)\s*$")
_ONLY_MY = re.compile(r"^\s*(?P<a>[01]?\d)[-/.](?P<y>\d{4})\s*$")
_ONLY_Y = re.compile(r"^\s*(?P<y>\d{4})\s*$")
_COMPACT = re.compile(r"^\s*(?P<y>\d{4})(?P<a>[01]\d)(?P<b>[0-3]\d)(?:T?(?P<hh>[0-2]\d)(?P<mm>[0-5]\d)(?:[0-5]\d)?Z?)?\s*$")

# a word that makes "2.7.18" a version number, not a date
_VERSION_BEFORE = re.compile(r"(?:\bv|version|release|python|php|ios|android|windows|build|update)[^\S\n]*\Z|[^\W\d_]\Z",
                             re.IGNORECASE)

_DAY_BEFORE = re.compile(r"\d(?:st|nd|rd|th|er)?\.?[^\S\n]*\Z")

MIN_YEAR = 1900  # numeric dates before this are taken for something else
MAX_YEAR = 2099
MIN_YEAR_WORDS = 1500  # with a month name, older dates are plausible


# ---------------------------------------------------------------------------
# building readings


def _valid(y: int, m: int, d: int) -> bool:
    try:
        date(y, m, d)
    except ValueError:
        return False
    return True


def _year2(yy: int) -> int:
    """A two-digit year in the window 1950..2049."""
    return 2000 + yy if yy < 50 else 1900 + yy


def _time_of(match: re.Match) -> tuple[int, int] | None:
    hh = match.groupdict().get("hh")
    mm = match.groupdict().get("mm")
    if hh is None or mm is None:
        return None
    h, mi = int(hh), int(mm)
    ampm = match.groupdict().get("ampm")
    if ampm:
        if h < 1 or h > 12:
            return None
        pm = ampm.lower().startswith("p")
        h = (h % 12) + (12 if pm else 0)
    return h, mi


def _iso(y: int, m: int, d: int, t: tuple[int, int] | None) -> str:
    s = f"{y:04d}-{m:02d}-{d:02d}"
    if t is not None:
        s += f"T{t[0]:02d}:{t[1]:02d}"
    return s


@dataclass(slots=True)
class _Hit:
    start: int
    end: int
    reading: DateReading
    kind: str  # the pattern that found it
    sep: str = ""  # the separator of a numeric date
    order: str = ""  # "dm" or "md" when a numeric date shows its order (a part above 12)


def _numeric(y: int, a: int, b: int, t, *, year_first: bool,
             prefer_ab: bool) -> tuple[str, bool, list[str]] | None:
    """Readings of a numeric date whose other two numbers are ``a`` and ``b``.

    With the year first, ``a``-``b`` is month-day; with the year last it is
    day-month.  ``prefer_ab`` says whether the written order as named above
    is preferred.
    """
    if year_first:
        first = (a, b)  # (month, day)
        second = (b, a)
    else:
        first = (b, a)  # (month, day) when written day first
        second = (a, b)
    readings = []
    for m, d in ((first, second) if prefer_ab else (second, first)):
        if _valid(y, m, d):
            readings.append(_iso(y, m, d, t))
    # dedupe, keep order
    out: list[str] = []
    for r in readings:
        if r not in out:
            out.append(r)
    if not out:
        return None
    return out[0], len(out) > 1, out


_FOUR_DIGITS = re.compile(r"\d{4}")
#: below this length a text is scanned whole (finding its spans would cost more)
_SPAN_MIN_CHARS = 400


def _digit_spans(text: str, needle: re.Pattern) -> list[tuple[int, int]] | None:
    """[start, end) spans of the runs of lines of ``text`` that ``needle`` finds
    something in; None for the whole text (a short one)."""
    if len(text) < _SPAN_MIN_CHARS:
        return None
    spans: list[tuple[int, int]] = []
    find, rfind = text.find, text.rfind
    pos = 0
    while True:
        m = needle.search(text, pos)
        if m is None:
            break
        s = m.start()
        ls = rfind("\n", 0, s) + 1
        le = find("\n", s)
        if le < 0:
            le = len(text)
        if spans and ls == spans[-1][1] + 1:
            spans[-1] = (spans[-1][0], le)
        else:
            spans.append((ls, le))
        pos = le + 1
    return spans


def _iter(pattern: re.Pattern, text: str, spans: list[tuple[int, int]] | None):
    """``pattern.finditer(text)`` limited to ``spans`` (the matches, in order)."""
    if spans is None:
        yield from pattern.finditer(text)
        return
    for s, e in spans:
        yield from pattern.finditer(text, s, e)


def _scan(text: str, *, day_first: bool | None) -> list[_Hit]:
    """All dates of ``text``; ``day_first`` sets the order of every numeric
    date with the year last (else: day first)."""
    hits: list[_Hit] = []
    if not _TWO_DIGITS.search(text):
        return hits
    # No date pattern reaches across a line break and each needs a year of
    # four digits (two for _DMY2): on a long text only the lines that hold
    # such digits are scanned (runs of neighbouring lines as one span; the
    # offsets stay those of the whole text).
    spans4 = _digit_spans(text, _FOUR_DIGITS)
    spans2 = _digit_spans(text, _TWO_DIGITS)
    if spans4 is None and not _FOUR_DIGITS.search(text):
        spans4 = []  # a short text without a four-digit year: only _DMY2 can match

    def add(m: re.Match, value: str, precision: str, alts: list[str], kind: str,
            sep: str = "", order: str = "") -> None:
        hits.append(_Hit(m.start(), m.end(), DateReading(
            value=value, precision=precision, ambiguous=len(alts) > 1,
            alternatives=alts, text=m.group(0).strip()), kind, sep, order))

    for m in _iter(_ISO, text, spans4):
        y, a, b = int(m["y"]), int(m["a"]), int(m["b"])
        if not (MIN_YEAR <= y <= MAX_YEAR) or not _valid(y, a, b):
            continue
        t = _time_of(m)
        v = _iso(y, a, b, t)
        add(m, v, "minute" if t else "day", [v], "iso")

    for m in _iter(_YMD, text, spans4):
        y, a, b = int(m["y"]), int(m["a"]), int(m["b"])
        if not (MIN_YEAR <= y <= MAX_YEAR):
            continue
        t = _time_of(m)
        r = _numeric(y, a, b, t, year_first=True, prefer_ab=True)
        if r:
            add(m, r[0], "minute" if t else "day", r[2], "ymd")

    for pattern, kind in ((_DMY, "dmy"), (_DMY2, "dmy2")):
        for m in _iter(pattern, text, spans2 if kind == "dmy2" else spans4):
            y, a, b = int(m["y"]), int(m["a"]), int(m["b"])
            if kind == "dmy2":
                if _VERSION_BEFORE.search(text, max(0, m.start() - 20), m.start()):
                    continue
                y = _year2(y)
            if not (MIN_YEAR <= y <= MAX_YEAR):
                continue
            sep = m["s"]
            if day_first is not None:
                prefer_dm = day_first
            else:
                prefer_dm = True
            t = _time_of(m)
            r = _numeric(y, a, b, t, year_first=False, prefer_ab=prefer_dm)
            if r:
                order = "dm" if a > 12 >= b else ("md" if b > 12 >= a else "")
                add(m, r[0], "minute" if t else "day", r[2], kind, sep, order)

    for pattern, kind in ((_TDMY, "tdmy"), (_TMDY, "tmdy"), (_TYMD, "tymd")):
        for m in _iter(pattern, text, spans4):
            y, d = int(m["y"]), int(m["d"])
            mon = cues.MONTHS.get(m["mon"].lower())
            if mon is None or not (MIN_YEAR_WORDS <= y <= MAX_YEAR) or not _valid(y, mon, d):
                continue
            t = _time_of(m)
            v = _iso(y, mon, d, t)
            add(m, v, "minute" if t else "day", [v], kind)

    for m in _iter(_CJK, text, spans4):
        y, a, b = int(m["y"]), int(m["a"]), int(m["b"])
        if MIN_YEAR_WORDS <= y <= MAX_YEAR and _valid(y, a, b):
            v = _iso(y, a, b, None)
            add(m, v, "day", [v], "cjk")

    for m in _iter(_TMY, text, spans4):
        y = int(m["y"])
        mon = cues.MONTHS.get(m["mon"].lower())
        if mon is None or not (MIN_YEAR_WORDS <= y <= MAX_YEAR):
            continue
        # "32 March 2025": an impossible day, not a month
        if _DAY_BEFORE.search(text, max(0, m.start() - 8), m.start()):
            continue
        # short abbreviations alone ("may 2025", "mar 2025") are too often other words
        if len(m["mon"]) < 4 and not m["mon"][0].isupper():
            continue
        v = f"{y:04d}-{mon:02d}"
        add(m, v, "month", [v], "tmy")

    # keep the longest hit where hits overlap (a day beats its own month)
    hits.sort(key=lambda h: (h.start, -(h.end - h.start)))
    chosen: list[_Hit] = []
    for h in hits:
        if chosen and h.start < chosen[-1].end:
            prev = chosen[-1]
            if (h.end - h.start) > (prev.end - prev.start) and _rank(h) >= _rank(prev):
                chosen[-1] = h
            continue
        chosen.append(h)
    return chosen


_PRECISION_RANK = {"year": 0, "month": 1, "day": 2, "minute": 3}


def _rank(h: _Hit) -> int:
    return _PRECISION_RANK.get(h.reading.precision or "year", 0)


# ---------------------------------------------------------------------------
# public API


def parse_date(s: str, *, day_first: bool | None = None) -> DateReading | None:
    """Read one date string; ``None`` if it holds no possible date.

    The string may carry words around the date ("Published: 3 Sept. 2025",
    "time22-07-2025"); the most precise date in it is read (the first one if
    several are equally precise).  A year alone ("2025") or a year and month
    ("2025-03", "03/2025", "March 2025") give a reading of that precision.
    """
    if not s or not s.strip() or not _TWO_DIGITS.search(s):
        return None
    m = _COMPACT.match(s)
    if m:
        y, a, b = int(m["y"]), int(m["a"]), int(m["b"])
        if MIN_YEAR <= y <= MAX_YEAR and _valid(y, a, b):
            t = (int(m["hh"]), int(m["mm"])) if m["hh"] and int(m["hh"]) < 24 else None
            v = _iso(y, a, b, t)
            return DateReading(v, "minute" if t else "day", False, [v], s.strip())
    hits = _scan(s, day_first=day_first)
    if hits:
        best = max(hits, key=lambda h: (_rank(h), -h.start))
        return best.reading
    for pattern in (_ONLY_YM, _ONLY_MY):
        m = pattern.match(s)
        if m:
            y, mon = int(m["y"]), int(m["a"])
            if MIN_YEAR <= y <= MAX_YEAR and 1 <= mon <= 12:
                v = f"{y:04d}-{mon:02d}"
                return DateReading(v, "month", False, [v], s.strip())
    m = _ONLY_Y.match(s)
    if m:
        y = int(m["y"])
        if MIN_YEAR_WORDS <= y <= MAX_YEAR:
            return DateReading(f"{y:04d}", "year", False, [f"{y:04d}"], s.strip())
    return None


def find_dates(text: str, *, day_first: bool | None = None) -> list[tuple[int, int, DateReading]]:
    """Every absolute date in ``text`` as ``(start, end, reading)``, in order.

    Dates with a day (numeric or with a month name) and month-and-year dates
    written with a month name ("September 2025") are found; relative dates
    ("yesterday", "last June") and bare years are not.
    """
    if not text:
        return []
    return [(h.start, h.end, h.reading) for h in _scan(text, day_first=day_first)]


def _cue_regex(words) -> re.Pattern:
    alts = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?<![^\W\d_])(?:{alts})(?![^\W\d_])", re.IGNORECASE)


_PUB_CUE = _cue_regex(cues.PUBLISHED_CUES)
_UPD_CUE = _cue_regex(cues.UPDATED_CUES)
_OTHER_CUE = _cue_regex(cues.OTHER_DATE_CUES)
_BYLINE_CUE = _cue_regex(cues.BYLINE_CUES)
_EVENT_PREP = re.compile(
    r"(?<![^\W\d_])(?:%s)\s*(?:(?:%s)[,.]?\s*)?$" % (
        "|".join(re.escape(w) for w in cues.EVENT_PREPOSITIONS),
        "|".join(re.escape(w) for w in sorted(cues.WEEKDAYS, key=len, reverse=True))),
    re.IGNORECASE)
_RELATED_LINE = re.compile(
    r"^\W*(?:%s)\b" % "|".join(re.escape(w) for w in sorted(cues.RELATED_BLOCK_CUES, key=len, reverse=True)),
    re.IGNORECASE)
_CRAWL_HEADER = re.compile(
    r"^\s*(?:%s)\s*[:=]?\s*(?P<d>\d{4}-\d{2}-\d{2}(?:[T ][\d:.]+Z?)?)(?:\s+\d{3})?\s*$" % "|".join(
        re.escape(w) for w in cues.CRAWL_HEADER_WORDS), re.IGNORECASE)
_WORD = re.compile(r"[^\W\d_]+")


@dataclass(slots=True)
class _Candidate:
    day: str  # YYYY-MM-DD
    reading: DateReading
    start: int
    line_no: int
    features: dict[str, float]
    score: float = 0.0

    @property
    def reasons(self) -> list[str]:
        return [k if v == 1 else f"{k}={v:.2f}" for k, v in self.features.items() if v]


def _infer_day_first(hits: list[_Hit]) -> bool | None:
    """The page's order of numeric dates: from the numeric dates that can be
    read one way only, else from how it writes dates with month names
    ("March 3, 2025" is a month-first habit, "3 March 2025" a day-first one)."""
    votes_dm = sum(1 for h in hits if h.order == "dm")
    votes_md = sum(1 for h in hits if h.order == "md")
    if votes_dm == votes_md:
        votes_dm = sum(1 for h in hits if h.kind == "tdmy")
        votes_md = sum(1 for h in hits if h.kind == "tmdy")
    if votes_dm > votes_md:
        return True
    if votes_md > votes_dm:
        return False
    return None


_TITLE_SPLIT = re.compile(r"\s+[|/:–—-]\s+|\s+[|»·•]+\s*|\s*::\s*")


def _title_lines(lines: list[str]) -> list[int]:
    """Lines below the top where the page's title (its first line, or the
    first part of it before " | " or " - ") comes again: the article's heading."""
    if not lines:
        return []
    title = lines[0].strip()
    parts = [p.strip() for p in _TITLE_SPLIT.split(title) if len(p.strip()) >= 12]
    cores = sorted({title, *parts[:2]}, key=len, reverse=True)
    cores = [c.lower() for c in cores if len(c) >= 12]
    if not cores:
        return []
    found = []
    for i, line in enumerate(lines[1:], start=1):
        low = line.strip().lower()
        if not low or len(low) > len(cores[0]) + 60:
            continue
        if any(c in low for c in cores):
            found.append(i)
    return found


def crawl_date_of(text: str) -> str | None:
    """The crawl date stated by a crawler's header line at the top of a dump."""
    for line in text.split("\n", 3)[:3]:
        m = _CRAWL_HEADER.match(line)
        if m:
            return m["d"][:10]
    return None


# weights of the publication-date score: each feature of a dated spot (see
# publication_candidates) times its weight, summed.  Tuned on the even-numbered
# half of the dev pages and checked on the odd half (evaluation/eval_dates.py).
WEIGHTS: dict[str, float] = {
    "published cue": 4.0,
    "updated cue": 0.5,
    "other-date cue": -2.0,
    "event sentence": -4.0,
    "byline": 1.5,
    "short line": 1.0,
    "prose": -2.0,
    "first date": 1.5,
    "page header": -2.0,
    "near title": 4.0,  # 1 within 3 lines of the title's repetition, 0.5 within 8
    "top": 0.5,  # times how high on the page (1 at the top, 0 at the bottom)
    "after related block": -2.0,
    "date list": -3.0,
    "repeated": 0.0,  # times min(3, count - 1)
    "url day": 6.0,
    "url month": 1.0,
    "has time": 0.5,
}
#: the best spot's score must reach this, or the page gets no date
MIN_SCORE = 1.0
#: a date after "on", "am", "le"... is an event in a sentence when its line has this much more text
EVENT_MIN_CONTEXT = 25
#: and beat the best spot with another date by this much
MIN_MARGIN = 0.0


def publication_candidates(text: str, *, crawl_date: str | None = None,
                           url: str | None = None) -> list[_Candidate]:
    """Every dated spot of a page with the features that say whether it is the
    publication date, scored with :data:`WEIGHTS`, best first."""
    header = crawl_date_of(text)
    crawl_limit = (crawl_date or header or "")[:10] or None
    lines = text.split("\n")
    starts = []
    pos = 0
    for line in lines:
        starts.append(pos)
        pos += len(line) + 1
    n_lines = max(1, len(lines))
    related_lines = [i for i, line in enumerate(lines) if len(line) <= 60 and _RELATED_LINE.match(line)]

    title_lines = _title_lines(lines)
    hits = _scan(text, day_first=None)
    if _infer_day_first(hits) is False:
        # a month-first page: read its ambiguous slashed and dashed dates that way
        for h in hits:
            if h.reading.ambiguous and h.kind in ("dmy", "dmy2") and h.sep != ".":
                alts = h.reading.alternatives[1:] + h.reading.alternatives[:1]
                h.reading = DateReading(alts[0], h.reading.precision, True, alts, h.reading.text)
    url_reading = date_from_url(url)
    url_day = url_reading.value if url_reading and url_reading.precision == "day" else None
    url_month = url_reading.value[:7] if url_reading else None

    cands: list[_Candidate] = []
    for h in hits:
        start, reading = h.start, h.reading
        if reading.precision not in ("day", "minute") or not reading.value:
            continue
        line_no = bisect.bisect_right(starts, start) - 1
        if header and line_no == 0 and _CRAWL_HEADER.match(lines[0]):
            continue  # the crawler's own date
        day = reading.value[:10]
        if crawl_limit and day > crawl_limit:
            continue
        cands.append(_Candidate(day, reading, start, line_no, {}))
    if not cands:
        return []

    # an ambiguous date whose other reading is written out elsewhere on the
    # page (say "02/11/2023" and "November 2, 2023") takes that reading
    plain_days = {c.day for c in cands if not c.reading.ambiguous}
    for c in cands:
        if c.reading.ambiguous and c.day not in plain_days:
            other = next((a for a in c.reading.alternatives[1:] if a[:10] in plain_days), None)
            if other is not None:
                alts = [other] + [a for a in c.reading.alternatives if a != other]
                c.reading = DateReading(other, c.reading.precision, True, alts, c.reading.text)
                c.day = other[:10]

    freq: dict[str, int] = {}
    for c in cands:
        freq[c.day] = freq.get(c.day, 0) + 1
    latest = max(c.day for c in cands)
    heading_line = title_lines[0] if title_lines else None
    cand_lines = [c.line_no for c in cands]
    # where the page turns to other pages (related lists, comments): the first
    # such heading below the first date
    related_from = next((i for i in related_lines if i > cands[0].line_no), None)

    for rank, c in enumerate(cands):
        f = c.features
        line = lines[c.line_no]
        col = c.start - starts[c.line_no]
        before = line[:col]
        date_len = len(c.reading.text or "")
        context_len = len(line.strip()) - date_len
        near_before = before[-40:]
        prev = lines[c.line_no - 1] if c.line_no > 0 else ""
        prev_cue = not before.strip() and len(prev) < 40
        pub = _PUB_CUE.search(near_before) or (prev_cue and _PUB_CUE.search(prev))
        upd = _UPD_CUE.search(near_before) or (prev_cue and _UPD_CUE.search(prev))
        other = _OTHER_CUE.search(near_before)
        if pub and not (upd and upd.start() > pub.start()):
            f["published cue"] = 1
        elif upd:
            f["updated cue"] = 1
        elif other:
            f["other-date cue"] = 1
        elif _EVENT_PREP.search(before) and context_len > EVENT_MIN_CONTEXT:
            f["event sentence"] = 1
        if not other and context_len <= 80 and _BYLINE_CUE.search(before[-60:]):
            f["byline"] = 1
        if context_len <= 45:
            f["short line"] = 1
        elif context_len > 150:
            f["prose"] = 1
        if rank == 0:
            f["first date"] = 1
        # the day's date in a site's header, above the article: the latest
        # date on the page, at the very top, above the article's heading
        if (c.line_no <= 3 and len(cands) > 1 and c.day == latest and freq[c.day] == 1
                and (heading_line is None or c.line_no < heading_line - 1)):
            f["page header"] = 1
        if title_lines:
            gap = min(abs(c.line_no - t) for t in title_lines)
            if gap <= 3:
                f["near title"] = 1
            elif gap <= 8:
                f["near title"] = 0.5
        f["top"] = 1.0 - c.line_no / n_lines
        if related_from is not None and c.line_no > related_from:
            f["after related block"] = 1
        near = (bisect.bisect_right(cand_lines, c.line_no + 3) - bisect.bisect_left(cand_lines, c.line_no - 3)
                - (bisect.bisect_right(cand_lines, c.line_no) - bisect.bisect_left(cand_lines, c.line_no)))
        if near >= 2:
            f["date list"] = 1
        if freq[c.day] > 1:
            f["repeated"] = min(3, freq[c.day] - 1)
        if url_day and c.day == url_day:
            f["url day"] = 1
        elif url_month and c.day[:7] == url_month:
            f["url month"] = 1
        if c.reading.precision == "minute":
            f["has time"] = 1
    rescore(cands)
    return cands


def rescore(cands: list[_Candidate], weights: dict[str, float] | None = None) -> None:
    """Score candidates with ``weights`` (default :data:`WEIGHTS`) and sort them best first."""
    w = WEIGHTS if weights is None else weights
    for c in cands:
        c.score = sum(w.get(k, 0.0) * v for k, v in c.features.items())
    cands.sort(key=lambda c: -c.score)


def choose_publication_date(cands: list[_Candidate], *, min_score: float | None = None,
                            min_margin: float | None = None) -> _Candidate | None:
    """The best candidate if it is good enough and clear enough, else ``None``."""
    if not cands:
        return None
    lo = MIN_SCORE if min_score is None else min_score
    margin = MIN_MARGIN if min_margin is None else min_margin
    best = cands[0]
    if best.score < lo:
        return None
    for other in cands[1:]:
        if other.day != best.day:
            if best.score - other.score < margin:
                return None
            break
    return best


def find_publication_date(text: str, *, crawl_date: str | None = None,
                          url: str | None = None) -> DateReading | None:
    """The publication date of a page from its plain text, or ``None`` when unsure.

    ``crawl_date`` (or a crawler's header line such as ``date 2025-07-27 403``
    at the top of the text) bounds the answer: a page is not published after it
    was saved, and the header's date is never taken for the publication date.
    ``url`` may carry a date (``/2019/05/12/``) that confirms one in the text,
    or stands alone when no date in the text is convincing.
    """
    cands = publication_candidates(text or "", crawl_date=crawl_date, url=url)
    best = choose_publication_date(cands)
    if best is not None:
        return best.reading
    u = date_from_url(url)
    limit = (crawl_date or crawl_date_of(text or "") or "")[:10]
    if u and u.precision == "day" and not (limit and u.value > limit):
        return u
    return None


_URL_DATE = re.compile(
    r"(?<!\d)(?P<y>(?:19|20)\d{2})(?P<s>[/_.-]?)(?P<m>[01]\d)(?P=s)(?P<d>[0-3]\d)(?!\d)"
)
_URL_DATE_SLASH = re.compile(r"/(?P<y>(?:19|20)\d{2})/(?P<m>[01]?\d)/(?:(?P<d>[0-3]?\d)(?:/|$|[?#])|(?P<d2>[0-3]\d)(?![\d]))")
_URL_MONTH = re.compile(r"/(?P<y>(?:19|20)\d{2})/(?P<m>[01]?\d)/")


def date_from_url(url: str | None) -> DateReading | None:
    """The date written in a URL path (``/2019/05/12/``, ``/2019-05-12-title``,
    ``/20190512/``), year-month-day only; month precision for ``/2019/05/``."""
    if not url:
        return None
    path = re.sub(r"^[a-z]+://[^/]+", "", url, flags=re.IGNORECASE)
    for pattern in (_URL_DATE_SLASH, _URL_DATE):
        for m in pattern.finditer(path):
            y, mo, d = int(m["y"]), int(m["m"]), int(m["d"] or m.groupdict().get("d2") or 0)
            if _valid(y, mo, d):
                v = _iso(y, mo, d, None)
                return DateReading(v, "day", False, [v], m.group(0))
    m = _URL_MONTH.search(path)
    if m:
        y, mo = int(m["y"]), int(m["m"])
        if 1 <= mo <= 12:
            v = f"{y:04d}-{mo:02d}"
            return DateReading(v, "month", False, [v], m.group(0))
    return None
