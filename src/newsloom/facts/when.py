"""An event's own date, read from its sentence against the publication date.

Relative expressions ("on Tuesday", "yesterday", "last month", "last
December", "at the end of June", "in 2023") are resolved against the article's
publication date; absolute dates are read by ``newsloom.extract.dates`` when
that module is present, else by the patterns here.  News reports past events,
so a bare weekday or month is taken as the latest one not after publication.

A page that gives no publication date still often fixes one: it names an
event "in December 2024" and later ones "in June" and "on 3 September".
``infer_reference_date`` reads the latest day such a text fixes (a lower
bound of its publication date, never a guess beyond what the text says), and
``InferredDate`` carries it: against it, dates written without a year get
their year, while words that need the real publication day ("today",
"yesterday", "on Tuesday", "last month") stay unresolved.
"""
from __future__ import annotations

import datetime as dt
import re

MONTHS = {m: i for i, m in enumerate(
    "january february march april may june july august september october november december".split(), 1)}
MONTHS.update({m[:3]: i for m, i in list(MONTHS.items())})
MONTHS["sept"] = 9
WEEKDAYS = {d: i for i, d in enumerate("monday tuesday wednesday thursday friday saturday sunday".split())}

_MON = r"(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\.?"
_RE_DMY = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?" + _MON + r"(?:,?\s+(\d{4}))?\b", re.I)
_RE_MDY = re.compile(r"\b" + _MON + r"\s+(\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(\d{4}))?\b", re.I)
_RE_MY = re.compile(r"\b(?:(last|this|next|early|mid|late|end of|the end of|beginning of|start of)[\s-]+)?"
                    + _MON + r"(?:\s+(\d{4}))?\b", re.I)
_RE_YEAR = re.compile(r"\b(?:in|since|during|of|by|until)\s+(?:the\s+(?:end|beginning|start)\s+of\s+)?((?:19|20)\d{2})\b", re.I)
_RE_WEEKDAY = re.compile(r"\b(last|this|next|on)?\s*(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b", re.I)
_RE_REL = re.compile(r"\b(yesterday|today|tomorrow|tonight|last night|(?:last|this|next|earlier this|later this|a)\s+(week|month|year)(?:\s+ago)?|(\w+)\s+(days|weeks|months|years)\s+ago)\b", re.I)
_NUMBERS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "several": 3, "a": 1, "one": 1}


class InferredDate(str):
    """A reference date read from an article's own text, not its publication date."""

    __slots__ = ()


def infer_reference_date(text: str, *, upper: str | None = None) -> InferredDate | None:
    """The latest day a text without a publication date fixes, or None.

    The anchor is the latest date written with its year ("December 2024",
    "12 March 2025", "in 2023") that is not after ``upper`` (the crawl date or
    today); dates written without a year are then read as their first
    occurrence on or after the anchor ("In June" after "December 2024" is
    June 2025), and the latest of all these is the reference.  A text with no
    year anywhere gives None: nothing in it fixes a year.
    """
    limit = _pub(upper) or dt.date.today()
    written = []
    for value, precision, _, _ in _absolute_dates(text, None):
        d = _first_day(value)
        if d is not None and d <= limit:
            written.append((d, precision, value))
    if not written:
        return None
    anchor = max(written, key=lambda w: w[0])[0]
    found = [(d, value) for d, _, value in written]
    for month, day in _yearless(text):
        year = anchor.year if (month, day or 1) >= (anchor.month, anchor.day if day else 1) else anchor.year + 1
        try:
            d = dt.date(year, month, day or 1)
        except ValueError:
            continue
        if d <= limit:
            found.append((d, f"{year:04d}-{month:02d}-{day:02d}" if day else f"{year:04d}-{month:02d}"))
    best = max(found, key=lambda f: f[0])
    return InferredDate(best[1])


def _first_day(value: str) -> dt.date | None:
    try:
        if len(value) == 4:
            return dt.date(int(value), 1, 1)
        if len(value) == 7:
            return dt.date(int(value[:4]), int(value[5:7]), 1)
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


def _yearless(text: str):
    """(month, day or None) of each date written without a year."""
    days = []
    for rx, dfirst in ((_RE_DMY, True), (_RE_MDY, False)):
        for m in rx.finditer(text):
            if m.group(3):
                continue
            word = m.group(2) if dfirst else m.group(1)
            if not dfirst and word.lower() == "may":
                continue
            day = int(m.group(1) if dfirst else m.group(2))
            if 1 <= day <= 31:
                days.append((m.start(), m.end(), _month(word), day))
                yield _month(word), day
    for m in _RE_MY.finditer(text):
        if m.group(3) or not m.group(2)[0].isupper() or any(s <= m.start(2) < e for s, e, _, _ in days):
            continue
        word = m.group(2).lower()
        if word == "may" and not m.group(1):
            continue
        mod = (m.group(1) or "").lower()
        if mod in ("last", "this", "next"):
            continue  # relative to the unknown publication day
        yield _month(word), None


def _pub(published: str | None) -> dt.date | None:
    if not published:
        return None
    try:
        return dt.date.fromisoformat(str(published)[:10])
    except ValueError:
        m = re.match(r"(\d{4})-(\d{2})", str(published))
        return dt.date(int(m.group(1)), int(m.group(2)), 1) if m else None


def _month_back(d: dt.date, n: int) -> tuple[int, int]:
    y, m = d.year, d.month - n
    while m <= 0:
        m += 12
        y -= 1
    return y, m


def _month(word: str) -> int:
    w = word.lower().rstrip(".")
    return MONTHS.get(w) or MONTHS[w[:3]]


def _absolute(text: str, pub: dt.date | None, relative: bool = True):
    """Absolute or month-name dates: (iso, precision, start) candidates.

    With ``relative`` false (the reference is inferred, not published),
    "last/this/next December" is left unresolved."""
    out = []
    for m in _RE_DMY.finditer(text):
        day, mon, year = int(m.group(1)), _month(m.group(2)), m.group(3)
        y = int(year) if year else _year_for(mon, pub, day)
        if y and 1 <= day <= 31:
            out.append((f"{y:04d}-{mon:02d}-{day:02d}", "day", m.start(), m.end()))
    for m in _RE_MDY.finditer(text):
        mon = _month(m.group(1))
        day, year = int(m.group(2)), m.group(3)
        if m.group(1).lower() == "may" and not year:
            continue
        y = int(year) if year else _year_for(mon, pub, day)
        if y and 1 <= day <= 31:
            out.append((f"{y:04d}-{mon:02d}-{day:02d}", "day", m.start(), m.end()))
    for m in _RE_MY.finditer(text):
        if any(s <= m.start(2) < e for _, _, s, e in out):
            continue
        word = m.group(2).lower()
        if not m.group(2)[0].isupper():
            continue  # "march", "may" as verbs: month names are written with a capital
        if word == "may" and not m.group(1) and not m.group(3):
            continue  # the modal verb
        mon = MONTHS.get(word, MONTHS.get(word[:3]))
        if not mon:
            continue
        if m.group(3):
            y = int(m.group(3))
        else:
            mod = (m.group(1) or "").lower()
            if not relative and mod in ("last", "this", "next"):
                continue
            if mod == "next":
                y = pub.year + (1 if mon <= pub.month else 0) if pub else None
            elif mod == "this":
                y = pub.year if pub else None
            else:
                y = _year_for(mon, pub, None, strict=(mod == "last"))
        if y:
            out.append((f"{y:04d}-{mon:02d}", "month", m.start(), m.end()))
    for m in _RE_YEAR.finditer(text):
        if any(s <= m.start(1) < e for _, _, s, e in out):
            continue
        out.append((m.group(1), "year", m.start(), m.end()))
    return out


def _year_for(month: int, pub: dt.date | None, day: int | None, strict: bool = False) -> int | None:
    if pub is None:
        return None
    if month < pub.month or (month == pub.month and not strict and (day is None or day <= pub.day)):
        return pub.year
    return pub.year - 1


def event_date(text: str, published: str | None) -> tuple[str | None, str | None]:
    """The date an event sentence speaks of, as (ISO value, precision), or (None, None)."""
    pub = _pub(published)
    inferred = isinstance(published, InferredDate)
    found = []
    for m in ([] if inferred else _RE_REL.finditer(text)):
        word = m.group(0).lower()
        if pub is None:
            continue
        if word in ("yesterday", "last night"):
            found.append(((pub - dt.timedelta(days=1)).isoformat(), "day", m.start()))
        elif word in ("today", "tonight"):
            found.append((pub.isoformat(), "day", m.start()))
        elif word == "tomorrow":
            found.append(((pub + dt.timedelta(days=1)).isoformat(), "day", m.start()))
        elif m.group(2):
            unit = m.group(2).lower()
            rel = word.split()[0]
            if "ago" in word:
                rel = "last"
            if unit == "week":
                d = pub - dt.timedelta(days=7) if rel in ("last", "a") else pub
                found.append(((d - dt.timedelta(days=d.weekday())).isoformat(), "week", m.start()))
            elif unit == "month":
                y, mo = _month_back(pub, 1) if rel in ("last", "a") else _month_back(pub, -1) if rel == "next" \
                    else (pub.year, pub.month)
                found.append((f"{y:04d}-{mo:02d}", "month", m.start()))
            else:
                y = pub.year - 1 if rel in ("last", "a") else pub.year + 1 if rel == "next" else pub.year
                found.append((f"{y:04d}", "year", m.start()))
        elif m.group(4):
            n = _NUMBERS.get(m.group(3).lower()) or (int(m.group(3)) if m.group(3).isdigit() else None)
            if n:
                unit = m.group(4).lower()
                if unit == "days":
                    found.append(((pub - dt.timedelta(days=n)).isoformat(), "day", m.start()))
                elif unit == "weeks":
                    d = pub - dt.timedelta(days=7 * n)
                    found.append(((d - dt.timedelta(days=d.weekday())).isoformat(), "week", m.start()))
                elif unit == "months":
                    y, mo = _month_back(pub, n)
                    found.append((f"{y:04d}-{mo:02d}", "month", m.start()))
                else:
                    found.append((f"{pub.year - n:04d}", "year", m.start()))
    for m in ([] if inferred else _RE_WEEKDAY.finditer(text)):
        if pub is None:
            continue
        wd = WEEKDAYS[m.group(2).lower()]
        back = (pub.weekday() - wd) % 7
        mod = (m.group(1) or "").lower()
        if mod == "last" and back == 0:
            back = 7
        if mod == "next":
            fwd = (wd - pub.weekday()) % 7 or 7
            found.append(((pub + dt.timedelta(days=fwd)).isoformat(), "day", m.start()))
        else:
            found.append(((pub - dt.timedelta(days=back)).isoformat(), "day", m.start()))
    found = [(v, p, start, 1) for v, p, start in found]
    for value, precision, start, _ in _absolute_dates(text, pub, relative=not inferred):
        found.append((value, precision, start, 0))
    if not found:
        return None, None
    # the most precise date wins; a written date beats a relative word ("Today [on 3 September]")
    rank = {"minute": 0, "day": 0, "week": 1, "month": 2, "year": 3}
    found.sort(key=lambda f: (rank.get(f[1], 4), f[3], f[2]))
    return found[0][0], found[0][1]


def _absolute_dates(text: str, pub: dt.date | None, relative: bool = True):
    out = _absolute(text, pub, relative)
    try:  # full absolute dates written in other formats (ISO, numeric, other languages)
        from ..extract.dates import find_dates  # type: ignore
    except Exception:  # the extraction module is optional here
        return out
    try:
        for s, e, reading in find_dates(text):
            if reading.value and not any(a <= s < b for _, _, a, b in out):
                out.append((reading.value[:10], "day" if reading.precision in (None, "minute") else reading.precision, s, e))
    except Exception:
        pass
    return out
