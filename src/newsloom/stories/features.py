"""Cheap lexical, name and date features of an article for story and copy finding.

Everything here is pure Python over plain text and fast (no models): word
terms with a light suffix stemmer, capitalised-phrase names, the years and
days a text mentions, and sentence splitting.  The features are what tell one
event from another of the same kind: who (names), where (place names), when
(years, dated days, publication date) and what (content words).
"""
from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass
from datetime import date

from newsloom.extract.dates import find_publication_date
from newsloom.stories.lexicon import MONTHS, NOT_NAMES, STOPWORDS

WORD_RE = re.compile(r"[^\W_]+(?:['’][^\W_]+)?", re.UNICODE)
NAME_TOKEN_RE = re.compile(r"[A-Z][\w'’.-]*|[A-Z]{2,}", re.UNICODE)
YEAR_RE = re.compile(r"\b(1[89]\d\d|20\d\d)\b")
NUMBER_RE = re.compile(r"\b\d+(?:[.,]\d+)*\b")
SENT_RE = re.compile(r"(?<=[.!?…])[\"'”’)]*\s+(?=[\"'“‘(]?[A-Z0-9])|\n+")
ABBREV_END_RE = re.compile(r"(?:\b(?:Dr|Mr|Mrs|Ms|Prof|Gen|Sen|Rep|Gov|Lt|Col|Sgt|Capt|St|Jr|Sr|Inc|Co|Corp|Ltd|No|vs|U\.S|U\.N|[A-Z])\.)$")
ISO_DAY_RE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")
MONTH_DAY_RE = re.compile(
    r"\b(" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b"
    r"|\b(\d{1,2})(?:st|nd|rd|th)?\s+(" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?,?\s+(\d{4})\b",
    re.IGNORECASE,
)

_SUFFIXES = ("ations", "ation", "ments", "ment", "ings", "ing", "ies", "ied", "ers", "ed", "es", "er", "ly", "s")


def stem(word: str) -> str:
    """A light English suffix stripper: 'killed', 'kills', 'killing' -> 'kill'."""
    if len(word) <= 4 or not word.isalpha():
        return word
    for suf in _SUFFIXES:
        if word.endswith(suf) and len(word) - len(suf) >= 3:
            base = word[: -len(suf)]
            if suf in ("ies", "ied"):
                return base + "y"
            return base
    return word


def words(text: str) -> list[str]:
    """Word tokens of ``text`` as written."""
    return WORD_RE.findall(text)


def content_terms(text: str) -> list[str]:
    """Lower-cased, stemmed content words (no stopwords, no bare numbers)."""
    out = []
    for w in WORD_RE.findall(text):
        lw = w.lower().replace("’", "'")
        if "'" in lw:
            lw = lw.split("'")[0]
        if len(lw) < 3 or lw in STOPWORDS or lw.isdigit():
            continue
        out.append(stem(lw))
    return out


def split_sentences(text: str) -> list[str]:
    """Sentences of ``text`` (line breaks also end a sentence; 'Dr.' and initials do not)."""
    out: list[str] = []
    for line in text.split("\n"):
        parts = [p.strip() for p in SENT_RE.split(line) if p and p.strip()]
        buf = ""
        for part in parts:
            buf = f"{buf} {part}" if buf else part
            if not ABBREV_END_RE.search(buf):
                out.append(buf)
                buf = ""
        if buf:
            out.append(buf)
    return [s for s in out if len(s) > 1]


def names(text: str) -> list[str]:
    """Capitalised phrases ('Dmitry Peskov', 'Wasilla Bible Church'), lower-cased.

    A phrase is a run of capitalised tokens, joined across 'of', 'de', 'al' and
    the like when a capitalised token follows.  A single capitalised word at a
    sentence start is kept only when it is not a common function word.
    """
    out: list[str] = []
    for sent in split_sentences(text):
        toks = WORD_RE.findall(sent)
        if sum(1 for t in toks if t[:1].isupper()) > 0.7 * max(1, len(toks)) and len(toks) > 4:
            # headline case: every word capitalised, names are not readable from case
            continue
        run: list[str] = []
        for i, tok in enumerate(toks + [""]):
            if tok and tok[0].isupper() and tok.lower() not in NOT_NAMES:
                run.append(tok)
                continue
            if tok in ("of", "de", "al", "bin", "van", "von", "la", "del") and run and i + 1 < len(toks) \
                    and toks[i + 1][:1].isupper():
                run.append(tok)
                continue
            if run:
                name = " ".join(run).lower().replace("’", "'")
                if name.endswith("'s"):
                    name = name[:-2]
                out.append(name)
                run = []
    return out


def years(text: str) -> set[int]:
    return {int(y) for y in YEAR_RE.findall(text)}


def numbers(text: str) -> list[str]:
    """Numbers as written (digits only), for detail comparison."""
    return NUMBER_RE.findall(text)


def event_numbers(text: str) -> list[str]:
    """The figures a text gives, normalised ('1,200' -> '1200'), without years and clock times."""
    out = []
    for m in NUMBER_RE.finditer(text):
        n = m.group(0).replace(",", "")
        if YEAR_RE.fullmatch(n) or text[m.end():m.end() + 1] == ":" or text[max(0, m.start() - 1):m.start()] == ":":
            continue
        out.append(n)
    return out


def day_number(value: str | None) -> int | None:
    """Ordinal day of an ISO date string (YYYY-MM-DD...), or None."""
    if not value:
        return None
    m = ISO_DAY_RE.match(value)
    if not m:
        return None
    try:
        return date(int(m.group(1)), int(m.group(2)), int(m.group(3))).toordinal()
    except ValueError:
        return None


def dateline_day(text: str, head_chars: int = 400) -> int | None:
    """A full written date ('May 5 2010', '13 July 2009') in the first lines, as an ordinal day."""
    m = MONTH_DAY_RE.search(text[:head_chars])
    if not m:
        return None
    try:
        if m.group(1):
            return date(int(m.group(3)), MONTHS[m.group(1).lower()], int(m.group(2))).toordinal()
        return date(int(m.group(6)), MONTHS[m.group(5).lower()], int(m.group(4))).toordinal()
    except (ValueError, KeyError):
        return None


def text_days(text: str, mentioned_years: set[int] | None = None) -> tuple[int, ...]:
    """The day an undated article was written, read from its text, as ordinal days: the likeliest
    reading first, then the other readings of a date that reads two ways ('05/03/2013': 5 March
    or 3 May); empty when the text shows no such date.

    The publication date the page shows (``newsloom.extract.dates``), else a full
    date in the first lines.  A date older than the years the text itself speaks of
    (a birth date at the top of an obituary) is not the day it was written.
    """
    days: list[int] = []
    try:
        reading = find_publication_date(text[:2000])
        if reading is not None and reading.precision in ("day", "hour", "minute", "second"):
            for value in [reading.value] + reading.alternatives:
                d = day_number(value)
                if d is not None and d not in days:
                    days.append(d)
    except (ValueError, TypeError, AttributeError):
        days = []
    if not days:
        d = dateline_day(text)
        days = [d] if d is not None else []
    if days and mentioned_years and date.fromordinal(days[0]).year < max(mentioned_years) - 1:
        return ()
    return tuple(days)


def text_day(text: str, mentioned_years: set[int] | None = None) -> int | None:
    """The likeliest day an undated article was written (see :func:`text_days`), or None."""
    days = text_days(text, mentioned_years)
    return days[0] if days else None


@dataclass(slots=True)
class StoryFeatures:
    """What the story clusterer reads from one article."""

    terms: Counter  # weighted term counts: content words, names (n:), years (y:)
    names: Counter
    years: set[int]
    day: int | None  # publication day (ordinal), or a dateline day
    title: str
    year_estimate: int | None = None  # the year of the date, else the latest year mentioned
    length: int = 0
    days: tuple[int, ...] = ()  # every reading of the day (``day`` first) when the date reads two ways

    def day_near(self, first: int | None, last: int | None) -> int | None:
        """The reading of the article's day closest to the span first..last (``day`` without a span)."""
        if self.day is None or first is None or last is None or len(self.days) < 2:
            return self.day
        return min(self.days, key=lambda d: (max(0, first - d, d - last), d != self.day))


def article_features(text: str, title: str | None = None, published: str | None = None,
                     *, lead_sentences: int = 3, title_weight: float = 2.0,
                     lead_weight: float = 1.5, name_weight: float = 1.5,
                     year_weight: float = 1.0, body_weight: float = 1.0,
                     lead_name_weight: float = 2.0, number_weight: float = 0.0) -> StoryFeatures:
    """Features of an article for story clustering.

    The title (or, without one, the first line) and the lead sentences weigh
    more than the rest: news puts the event's who/what/where first.
    """
    text = text or ""
    sents = split_sentences(text)
    if title:
        head, body_sents = title, sents
    else:  # no title given: the first line is the headline when it is short, else the first sentence
        first = text.strip().split("\n", 1)[0].strip()
        if first and len(first) <= 200 and "\n" in text.strip():
            head = first
            body_sents = split_sentences(text.strip().split("\n", 1)[1])
        else:
            head, body_sents = (sents[0], sents[1:]) if sents else ("", [])
    terms: Counter = Counter()
    for t in content_terms(head):
        terms[t] += title_weight
    for i, s in enumerate(body_sents):
        w = lead_weight if i < lead_sentences else body_weight
        for t in content_terms(s):
            terms[t] += w
    nm = Counter(names(((title + "\n") if title else "") + text))
    for n in names(" ".join(sents[: lead_sentences + 1])):
        nm[n] += lead_name_weight - 1.0
    for n, c in nm.items():
        if " " in n:  # multi-word names as their own features; single words are already terms
            terms["n:" + n] += name_weight * c
    ys = years(((title + "\n") if title else "") + text)
    for y in ys:
        terms[f"y:{y}"] += year_weight
    if number_weight:
        # the figures of an event (a magnitude, a death toll, a sum, an age) recur in every report of
        # it and rarely in a report of another event of the same kind
        for n in set(event_numbers(((title + "\n") if title else "") + text)):
            terms["#:" + n] += number_weight
    pub = day_number(published)
    days = (pub,) if pub is not None else text_days(text, ys)
    day = days[0] if days else None
    return StoryFeatures(terms=terms, names=nm, years=ys, day=day, title=head.strip()[:300],
                         length=len(text),
                         year_estimate=date.fromordinal(day).year if day else (max(ys) if ys else None),
                         days=days)


def log_tf(counts: Counter | dict) -> dict[str, float]:
    return {t: 1.0 + math.log(c) if c >= 1 else c for t, c in counts.items()}
