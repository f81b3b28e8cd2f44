"""Body/boilerplate classification of the lines of a plain-text page dump.

A plain-text page dump holds one line per block element of the page (title
first, then paragraphs, list items, headings, cells...): the article body sits among menus, teaser lists, share buttons,
captions, cookie notices, comment forms and footers.  ``classify_lines`` gives
every line a verdict: keep it as body or drop it, with the reason and a score
(the estimated probability that the line is body text).

How it decides, in three steps:

1. Each line gets shape features (length, sentence punctuation, stopword and
   capitalised-word ratios, digits, link/list shape, cue phrases from
   ``line_cues``, repeats) and context features (the same measures averaged
   over neighbouring lines, the distance to the densest run of prose).
2. A logistic model (weights in ``newsloom/data/line_model.json``, trained by
   ``evaluation/train_line_model.py``) scores each line; a second logistic
   model re-scores it from its own score and its neighbours' scores, which
   smooths runs of body lines and isolates teasers.
3. A line is kept when its score passes the threshold, it lies in the main
   body region (the run of lines with the largest weighted excess of score
   over the threshold; lines outside it pass only with a very high score, if
   the model says so) and no strong cue (``line_cues.STRONG_CUE_KINDS``, menu
   entries) marks it as boilerplate while it is short.

The same function works on a whole page and on a sub-block of one (a single
article of a listing page): all features are relative to the lines given.
Inference is numpy only and does not need the training data.
"""
from __future__ import annotations

import json
import math
import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache
from itertools import chain, compress, repeat
from operator import itemgetter
from importlib import resources
from typing import Any

import numpy as np

from newsloom.extract import line_cues as cues
from newsloom.extract.quality import lowered, may_match, needs_non_ascii, pattern_needles

__all__ = ["LineVerdict", "classify_lines", "clean_text", "line_features", "line_scores",
           "FEATURE_NAMES", "load_model"]


@dataclass(slots=True)
class LineVerdict:
    """The verdict on one line: keep it as article body or not, why, and how sure."""

    keep: bool
    reason: str  # "body", or the kind of boilerplate ("navigation", "share", "short", ...)
    score: float  # estimated probability that the line is body text (0..1)


_WORD = re.compile(r"\w+")
_SENT_END = re.compile(r"[.!?…。！？][\"'”’»)\]]*(?:\s|$)")
_CLOSERS = "\"'”’»)] "
_END_MARKS = ".!?…。！？:;"
_ELLIPSES = ("...", "…", "[…]", "[...]", "(…)")  # a truncated teaser
_URLISH = re.compile(r"https?://|www\.|\.(?:com|org|net|html?|php)\b|@\w|#\w")
_SEPARATORS = re.compile(r"\s[|•·›»/>]\s|\s[|•·›»]|[|•·›»]\s|^[-–—•·*►▸>]\s")
_SEP_CHARS = frozenset("|•·›»/>-–—*►▸")  # a line without any cannot match _SEPARATORS
_TIME = re.compile(r"\b\d{1,2}[:.h]\d{2}\b|\b(?:am|pm)\b", re.I)
_FIRST = itemgetter(0)
_DIGITS = re.compile(r"\d+")
# a title glued to the teaser text after it ("...Student-AthleteA 24-year-old...")
_GLUED = re.compile(r"[a-z]{2}[.!?’”\"']?[A-Z][a-z]")
_QUOTE = re.compile(r"[\"“”„«»]")
_NAV_STRIP = " \t|•·›»>:-–—*►▸→←«‹/\\()[]…."
_MONTH_PREFIXES = tuple(m.lower() for m in cues.MONTHS)
_MONTHS = "|".join(sorted(set(cues.MONTHS), key=len, reverse=True))
_DATE_ONLY = re.compile(
    r"^[\W\d_]*(?:(?:%s)\.?[\W\d_]*|\d{1,4}[-./]\d{1,2}[-./]\d{1,4}[\W\d_]*)"
    r"(?:\b(?:at|um|à|a las|am|pm|gmt|utc|et|est|cet|ist|updated|published)\b[\W\d_]*)*$" % _MONTHS,
    re.I,
)
_CUES = {kind: re.compile("|".join(f"(?:{p})" for p in pats), re.I)
         for kind, pats in cues.CUE_PATTERNS.items()}
_CUE_KINDS = tuple(_CUES)
_CUE_LIST = [_CUES[kind] for kind in _CUE_KINDS]
# The same patterns one by one, each skipped on a line that lacks all of its
# literal words: a kind matches a line exactly when one of its patterns does.
_CUE_CHECKS = [[(pat, pattern_needles(pat), needs_non_ascii(pat))
                for pat in (re.compile(p, re.I) for p in cues.CUE_PATTERNS[kind])]
               for kind in _CUE_KINDS]


def _kind_matches(k: int, line: str, folded: str | None) -> bool:
    """Whether a pattern of cue kind ``k`` matches ``line`` (``folded``: the
    line through ``quality.lowered``; None runs every pattern)."""
    ascii_line = None
    for pat, needles, non_ascii in _CUE_CHECKS[k]:
        if non_ascii:
            if ascii_line is None:
                ascii_line = line.isascii()
            if ascii_line:
                continue
        if may_match(needles, folded) and pat.search(line):
            return True
    return False


def _word_index(table: dict[str, frozenset[str]]) -> dict[str, tuple[int, ...]]:
    index: dict[str, list[int]] = {}
    for k, kind in enumerate(_CUE_KINDS):
        for w in table.get(kind, ()):
            index.setdefault(w, []).append(k)
    return {w: tuple(ks) for w, ks in index.items()}


def _case_variants(index: dict[str, tuple[int, ...]]) -> dict[str, tuple[int, ...]]:
    out: dict[str, set[int]] = {}
    for w, ks in index.items():
        for v in (w, w.capitalize(), w.upper()):
            out.setdefault(v, set()).update(ks)
    return {w: tuple(sorted(ks)) for w, ks in out.items()}


_TRIGGER_WORDS = _case_variants(_word_index(cues.CUE_TRIGGERS))
_START_WORDS = _word_index(cues.CUE_START_TRIGGERS)
_TRIGGER_KEYS = frozenset(_TRIGGER_WORDS)
_MARK_KINDS: dict[str, list[int]] = {}
for _k, _kind in enumerate(_CUE_KINDS):
    for _mark in tuple(cues.CUE_TRIGGER_CHARS.get(_kind, "")) + tuple(cues.CUE_TRIGGER_STEMS.get(_kind, ())):
        _MARK_KINDS.setdefault(_mark.lower(), []).append(_k)
_MARK_ITEMS = [(m, tuple(ks)) for m, ks in _MARK_KINDS.items()]
# stopwords as they are written: lower case, capitalised, capitals
_STOP = frozenset(v for w in cues.STOPWORDS for v in (w, w.capitalize(), w.upper()))
_NAV = cues.WHOLE_LINE_NAV
# bit 1: a stopword, bit 2: a cue trigger word (as written, see _TRIGGER_WORDS)
_WORD_BITS: dict[str, int] = {}
for _w in _STOP:
    _WORD_BITS[_w] = 1
for _w in _TRIGGER_KEYS:
    _WORD_BITS[_w] = _WORD_BITS.get(_w, 0) | 2

# Per-line base measures (columns of the base matrix), in order.
_BASE = ("words", "chars", "sent_ends", "ends_sentence", "stop_ratio", "cap_ratio", "digit_ratio",
         "punct_ratio", "comma_rate", "quote", "urlish", "separators", "time", "date_only",
         "nav_whole", "later_copy", "repeated", "upper_ratio", "mean_word_len", "colon_end",
         "starts_lower", "cue_any", "glued", "ellipsis", "doubled") + tuple("cue_" + k for k in _CUE_KINDS)
_B = {name: i for i, name in enumerate(_BASE)}
_CUE_COL = _B["cue_" + _CUE_KINDS[0]]
_CUE_ANY = _B["cue_any"]
_STRONG_COLS = [_B["cue_" + kind] for kind in _CUE_KINDS if kind in cues.STRONG_CUE_KINDS]

FEATURE_NAMES: tuple[str, ...] = ()  # filled in below, after _feature_block is defined


def _cue_hits(line: str, low: str, words: list[str]) -> list[int]:
    """Indexes (into _CUE_KINDS) of the cue kinds whose patterns match the line.

    A kind's patterns are tried only when the line holds one of its trigger
    words (``line_cues.CUE_TRIGGERS``, in lower case, capitalised or in capitals),
    starts with one of its start words, or holds one of its trigger characters or
    stems (``low`` is the lower-cased line, ``words`` its \\w+ tokens).
    """
    found = _TRIGGER_KEYS.intersection(words)
    start = _START_WORDS.get(words[0].lower())
    kinds: set[int] = set()
    for w in found:
        kinds.update(_TRIGGER_WORDS[w])
    if start:
        kinds.update(start)
    for mark, ks in _MARK_ITEMS:
        if mark in low:
            kinds.update(ks)
    if not kinds:
        return []
    folded = lowered(line)
    return [k for k in sorted(kinds) if _kind_matches(k, line, folded)]


def _marked_lines(lows: list[str]) -> set[int]:
    """Indexes of the lines (lower-cased) that hold a trigger character or stem
    (``_MARK_ITEMS``), found with one scan of the page per mark."""
    page = "\n".join(lows)
    marked: set[int] = set()
    starts: list[int] | None = None
    for mark, _ks in _MARK_ITEMS:
        at = page.find(mark)
        if at < 0:
            continue
        if starts is None:
            starts = [0]
            for low in lows[:-1]:
                starts.append(starts[-1] + len(low) + 1)
        while at >= 0:
            line = bisect_right(starts, at) - 1
            marked.add(line)
            at = page.find(mark, starts[line + 1] if line + 1 < len(starts) else len(page))
    return marked


def _doubled(line: str, nc: int) -> bool:
    """A line that is one text written twice ("Some titleSome title"), as promos often are."""
    half = nc // 2
    if nc % 2 == 0 and line[:half] == line[half:]:
        return True
    return nc % 2 == 1 and line[half] == " " and line[:half] == line[half + 1:]


def _base_measures(lines: list[str], words: dict[str, list[str]] | None = None) -> np.ndarray:
    """One row of raw measures per line (lines must be whitespace-collapsed).

    A page repeats many of its lines (titles above teasers, menus at the top
    and the bottom): the measures of a line depend on its text alone, save
    the two repeat flags, so they are computed once per distinct line.
    """
    n = len(lines)
    if not n:
        return np.zeros((n, len(_BASE)), dtype=np.float64)
    distinct = list(dict.fromkeys(lines))
    if len(distinct) == n:
        cols = _line_measures(lines, words)
    else:
        at = {line: i for i, line in enumerate(distinct)}
        cols = _line_measures(distinct, words)[:, [at[line] for line in lines]]
    counts: dict[str, int] = {}
    later = []
    for line in lines:
        c = counts.get(line, 0)
        later.append(1.0 if c else 0.0)
        counts[line] = c + 1
    cols[15] = later
    cols[16] = [1.0 if counts[line] > 1 else 0.0 for line in lines]
    return cols.T.copy()


# Character classes counted per line by ``_char_counts``, one bit each.
_CH_WORD, _CH_DIGIT, _CH_COMMA, _CH_SPACE, _CH_UNDER, _CH_QUOTE, _CH_SEP = range(7)
_N_CH = 7
_CH_BITS = np.array([[(kind >> c) & 1 for c in range(_N_CH)] for kind in range(1 << _N_CH)], dtype=np.float64)


def _char_kinds(chars: str) -> np.ndarray:
    """The classes of each character of ``chars`` as a bit mask (bit c: class c):
    a word character (``\\w``), a digit (``\\d``), a comma, a space, an
    underscore, a quotation mark (``_QUOTE``), a separator (``_SEP_CHARS``)."""
    kinds = np.zeros(len(chars), dtype=np.uint8)
    for bit, pattern in ((_CH_WORD, _WORD), (_CH_DIGIT, _DIGITS), (_CH_QUOTE, _QUOTE)):
        for m in pattern.finditer(chars):
            kinds[m.start(): m.end()] |= 1 << bit
    for bit, members in ((_CH_COMMA, ","), (_CH_SPACE, " "), (_CH_UNDER, "_"), (_CH_SEP, _SEP_CHARS)):
        for ch in members:
            at = chars.find(ch)
            while at >= 0:
                kinds[at] |= 1 << bit
                at = chars.find(ch, at + 1)
    return kinds


@lru_cache(maxsize=1)
def _plane_kinds() -> np.ndarray:
    """``_char_kinds`` of every character of the basic multilingual plane, by code point."""
    return _char_kinds("".join(map(chr, range(0x10000))))


# Letter shapes that a glued title needs (``_GLUED``), one bit each.
_GL_LOWER, _GL_UPPER, _GL_MARK = 1, 2, 4


@lru_cache(maxsize=1)
def _glue_shapes() -> np.ndarray:
    """For each code point below 0x10000: is it a letter a-z, A-Z, or a mark that
    may stand between a glued title and its text (bits of ``_GL_*``)."""
    shapes = np.zeros(0x10000, dtype=np.uint8)
    shapes[ord("a"): ord("z") + 1] = _GL_LOWER
    shapes[ord("A"): ord("Z") + 1] = _GL_UPPER
    for ch in ".!?’”\"'":
        shapes[ord(ch)] = _GL_MARK
    return shapes


def _page_codes(page: str) -> tuple[np.ndarray, np.ndarray | None]:
    """The code points of ``page`` with those beyond 0xFFFF set to 0, and where those are."""
    if page.isascii():
        return np.frombuffer(page.encode("ascii"), dtype=np.uint8), None
    codes = np.frombuffer(page.encode("utf-32-le"), dtype=np.uint32)
    astral = codes > 0xFFFF
    if not astral.any():
        return codes, None
    return np.where(astral, 0, codes), astral


def _char_counts(page: str, codes: np.ndarray, astral: np.ndarray | None, line_of: np.ndarray,
                 n: int) -> np.ndarray:
    """How many characters of each of ``n`` lines fall in each class of
    ``_char_kinds``: one row per class (``page``: the lines joined by
    newlines, ``codes`` and ``astral`` its ``_page_codes``, ``line_of``: the
    line of each of its characters)."""
    kinds = _plane_kinds()[codes]
    if astral is not None:
        kinds[astral] = _char_kinds("".join(map(chr, np.frombuffer(
            page.encode("utf-32-le"), dtype=np.uint32)[astral].tolist())))
    per_kind = np.bincount(line_of * 128 + kinds, minlength=n * 128).reshape(n, 128)
    return (per_kind @ _CH_BITS).T.astype(np.int64)


def _glue_lines(codes: np.ndarray, line_of: np.ndarray, n: int) -> np.ndarray:
    """Lines that may hold a glued title (``_GLUED``): a letter a-z followed by
    A-Z, at once or past one mark.  A necessary condition, cheap to test."""
    sh = _glue_shapes()[codes]
    lower = (sh[:-1] & _GL_LOWER) > 0
    upper_next = (sh[1:] & _GL_UPPER) > 0
    at = lower & upper_next
    if len(sh) > 2:
        at[:-1] |= lower[:-1] & ((sh[1:-1] & _GL_MARK) > 0) & ((sh[2:] & _GL_UPPER) > 0)
    out = np.zeros(n, dtype=bool)
    out[line_of[:-1][at]] = True
    return out


_ASCII_LETTERS = np.array([(c.isalpha(), c.isupper(), c.islower()) for c in map(chr, range(128))], dtype=bool)


def _letter_classes(firsts: str) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """For each character of ``firsts``: is it a letter, in upper case, in lower case."""
    if firsts.isascii():
        cls = _ASCII_LETTERS[np.frombuffer(firsts.encode("ascii"), dtype=np.uint8)]
        return cls[:, 0], cls[:, 1], cls[:, 2]
    chars, where = np.unique(np.frombuffer(firsts.encode("utf-32-le"), dtype=np.uint32), return_inverse=True)
    cls = np.array([(c.isalpha(), c.isupper(), c.islower()) for c in map(chr, chars.tolist())],
                   dtype=bool).reshape(-1, 3)[where]
    return cls[:, 0], cls[:, 1], cls[:, 2]


def _hit_lines(pattern: re.Pattern, text: str, starts: np.ndarray) -> np.ndarray:
    """The line of every match of ``pattern`` in ``text`` (lines joined by
    newlines, ``starts``: where each begins)."""
    at = np.fromiter((m.start() for m in pattern.finditer(text)), dtype=np.int64)
    return np.searchsorted(starts, at, side="right") - 1


def _sub_page(lines: list[str], rows: np.ndarray) -> tuple[str, np.ndarray, np.ndarray]:
    """The lines ``rows`` joined by newlines, where each begins, and ``rows``."""
    sub = [lines[i] for i in rows.tolist()]
    lens = np.fromiter(map(len, sub), dtype=np.int64, count=len(sub)) + 1
    return "\n".join(sub), np.cumsum(lens) - lens, rows


def _count_in(pattern: re.Pattern, lines: list[str], rows: np.ndarray, n: int) -> np.ndarray:
    """How many non-overlapping matches of ``pattern`` each line in ``rows`` holds
    (zero for the other lines of ``n``), found with one scan of those lines
    joined by newlines; ``pattern`` must never match across a newline."""
    if not len(rows):
        return np.zeros(n, dtype=np.float64)
    text, starts, rows = _sub_page(lines, rows)
    return np.bincount(rows[_hit_lines(pattern, text, starts)], minlength=n).astype(np.float64)


def _line_measures(lines: list[str], words: dict[str, list[str]] | None = None) -> np.ndarray:
    """The measures of ``_base_measures`` that depend on a line's text alone,
    one column per line (the repeat flags are left at zero).

    Computed a page at a time: character classes are counted with numpy over
    the page's lines joined by newlines, the regular expressions that cannot
    match across a newline scan that joined text once (or the joined lines
    they apply to), and word-level measures are summed over one flat list of
    the page's words.  Only the few tests that need a line on its own (anchored
    patterns, cue patterns after their trigger filter) run line by line.
    """
    n = len(lines)
    cols = np.zeros((len(_BASE), n), dtype=np.float64)
    if not n:
        return cols
    if words is None:
        words_l = list(map(_WORD.findall, lines))
    else:  # the caller has found the words of (some of) the lines already
        words_l = [words[line] if line in words else _WORD.findall(line) for line in lines]
    nw_i = np.fromiter(map(len, words_l), dtype=np.int64, count=n)
    nws = nw_i.astype(np.float64)
    lens = np.fromiter(map(len, lines), dtype=np.int64, count=n)
    ncs = lens.astype(np.float64)
    starts = np.cumsum(lens + 1) - (lens + 1)
    page = "\n".join(lines)
    has_words = nw_i > 0
    inv = np.zeros(n)
    np.divide(1.0, nws, out=inv, where=has_words)
    cols[0] = nws
    cols[1] = ncs

    # character classes
    line_of = np.repeat(np.arange(n), lens + 1)[:-1]
    codes, astral = _page_codes(page)
    cc = _char_counts(page, codes, astral, line_of, n)
    nj = cc[_CH_WORD].astype(np.float64)
    cols[18] = np.minimum(nj * inv, 20.0)
    cols[8] = cc[_CH_COMMA] * inv
    cols[6] = cc[_CH_DIGIT] / ncs
    cols[7] = np.maximum(lens - cc[_CH_WORD] - cc[_CH_SPACE] - cc[_CH_UNDER], 0) / ncs
    cols[9] = cc[_CH_QUOTE] > 0

    # word-level measures over the page's words
    flat = list(chain.from_iterable(words_l))
    nt = len(flat)
    tok_end = np.cumsum(nw_i)
    tok_start = tok_end - nw_i
    if nt:
        word_bits = np.fromiter(map(_WORD_BITS.get, flat, repeat(0)), dtype=np.uint8, count=nt)
        stop = (word_bits & 1) > 0
        alpha, upper_first, lower_first = _letter_classes("".join(map(_FIRST, flat)))
        all_upper = np.fromiter(map(str.isupper, flat), dtype=bool, count=nt)
        sums = np.zeros((4, nt + 1), dtype=np.int64)
        np.cumsum(stop, out=sums[0, 1:])
        np.cumsum(alpha, out=sums[1, 1:])
        np.cumsum(alpha & upper_first, out=sums[2, 1:])
        np.cumsum(alpha & all_upper, out=sums[3, 1:])
        per_line = sums[:, tok_end] - sums[:, tok_start]
        cols[4] = per_line[0] * inv
        na = per_line[1].astype(np.float64)
        some = na > 0
        np.divide(per_line[2], na, out=cols[5], where=some)
        np.divide(per_line[3], na, out=cols[17], where=some)
        alpha_at = np.flatnonzero(alpha)
        if len(alpha_at):
            first = np.minimum(np.searchsorted(alpha_at, tok_start), len(alpha_at) - 1)
            first_tok = alpha_at[first]
            cols[20] = some & (first_tok < tok_end) & lower_first[first_tok]

    # cue kinds: only lines holding a trigger word, start word or mark are tried
    lows = list(map(str.lower, lines))
    cand = _marked_lines(lows)
    if nt:
        trig = (word_bits & 2) > 0
        if trig.any():
            cand.update(np.searchsorted(tok_end, np.flatnonzero(trig), side="right").tolist())
    start_words = _START_WORDS
    cand.update(j for j, words in enumerate(words_l) if words and words[0].lower() in start_words)
    for j in sorted(cand):
        words = words_l[j]
        if words and (hits := _cue_hits(lines[j], lows[j], words)):
            cols[21, j] = 1.0
            for k in hits:
                cols[_CUE_COL + k, j] = 1.0

    # sentence ends (a line of one to three words: whether it has one), glued titles;
    # a sentence end at a line's end takes the newline after it for its \s, as
    # it takes the end of the text for $ on the line alone: the same count
    sent = np.bincount(_hit_lines(_SENT_END, page, starts), minlength=n).astype(np.float64)
    cols[2] = np.where(nw_i > 3, sent, np.where(has_words, np.minimum(sent, 1.0), 0.0))
    cols[22] = _count_in(_GLUED, lines, np.flatnonzero((nw_i > 3) & (nw_i <= 60) & _glue_lines(codes, line_of, n)), n)
    cols[10] = np.bincount(_hit_lines(_URLISH, page, starts), minlength=n) > 0
    short = np.flatnonzero(has_words & (nw_i <= 12))
    cols[12] = _count_in(_TIME, lines, short, n) > 0
    digits = cc[_CH_DIGIT].tolist()
    for j in np.flatnonzero(has_words & (nw_i <= 10)).tolist():
        line = lines[j]
        if (digits[j] or _date_only_candidate(line, words_l[j][0])) and _DATE_ONLY.match(line):
            cols[13, j] = 1.0
        if nw_i[j] <= 6 and lows[j].strip(_NAV_STRIP) in _NAV:
            cols[14, j] = 1.0
    for j in np.flatnonzero((nw_i <= 30) & (cc[_CH_SEP] > 0)).tolist():
        if _SEPARATORS.search(lines[j]):
            cols[11, j] = 1.0
    # line endings, read from the code points of each line's last characters;
    # only the lines the codes cannot settle alone are looked at as strings
    # (lines are non-empty; a code beyond 0xFFFF reads 0, which no test below accepts)
    last = _LAST_CHAR[codes[starts + lens - 1]]
    closed = (last & _LC_CLOSER) > 0
    cols[3] = (last & (_LC_END | _LC_CLOSER)) == _LC_END
    for j in np.flatnonzero(closed).tolist():
        t = lines[j].rstrip(_CLOSERS)
        if t and t[-1] in _END_MARKS:
            cols[3, j] = 1.0
    cols[19] = (last & _LC_COLON) > 0
    cols[23] = (last & _LC_ELLIPSIS) > 0
    for j in np.flatnonzero(((last & _LC_ELLIPSIS_END) > 0) & (lens >= 3)).tolist():
        if lines[j].endswith(_ELLIPSES):
            cols[23, j] = 1.0
    # a doubled line's first character comes again right after its middle (past a space when odd)
    long = np.flatnonzero(lens >= 8)
    if len(long):
        ls, half = starts[long], lens[long] // 2
        odd = (lens[long] % 2).astype(bool)
        first = codes[ls]
        again = np.where(odd, (codes[ls + half] == 32) & (codes[ls + half + 1] == first), codes[ls + half] == first)
        for j in long[again].tolist():
            if _doubled(lines[j], int(lens[j])):
                cols[24, j] = 1.0
    return cols


# What the last character of a line may tell, one bit each, by code point
# (``_LAST_CHAR``): a closing quote or bracket (``_CLOSERS``), a sentence or
# clause end (``_END_MARKS``), a colon, the ellipsis character, or the last
# character of one of the other ``_ELLIPSES`` ("...", "[…]", "(…)").
_LC_CLOSER, _LC_END, _LC_COLON, _LC_ELLIPSIS, _LC_ELLIPSIS_END = 1, 2, 4, 8, 16
_LAST_CHAR = np.zeros(0x10000, dtype=np.uint8)
for _chars, _bit in ((_CLOSERS, _LC_CLOSER), (_END_MARKS, _LC_END), (":", _LC_COLON), ("…", _LC_ELLIPSIS),
                     ({e[-1] for e in _ELLIPSES} - {"…"}, _LC_ELLIPSIS_END)):
    for _ch in _chars:
        _LAST_CHAR[ord(_ch)] |= _bit


def _date_only_candidate(line: str, first: str) -> bool:
    """For a line without digits whose first word is ``first``: False only when
    ``_DATE_ONLY`` cannot match it (an ASCII line whose first word is all
    letters and starts with no month name).  Lines that are not ASCII always
    go to the pattern."""
    return not (line.isascii() and first.isalpha()) or first.lower().startswith(_MONTH_PREFIXES)


def _windows_means(x: np.ndarray, radii: tuple[int, ...]) -> list[np.ndarray]:
    """For each radius r: the mean of each column of x over rows [i-r, i+r],
    clipped at the ends (all from one running sum)."""
    n = x.shape[0]
    c = np.empty((n + 1, x.shape[1]))
    c[0] = 0.0
    np.cumsum(x, axis=0, out=c[1:])
    idx = np.arange(n)
    out = []
    for radius in radii:
        lo = np.maximum(idx - radius, 0)
        hi = np.minimum(idx + radius + 1, n)
        out.append((c[hi] - c[lo]) / (hi - lo)[:, None])
    return out


def _max_run(gain: np.ndarray) -> tuple[int, int]:
    """[start, end) of the contiguous run with the largest sum of gain (Kadane)."""
    best, best_lo, best_hi = -math.inf, 0, 0
    cur, lo = 0.0, 0
    for i, g in enumerate(gain.tolist()):
        if cur <= 0.0:
            cur, lo = g, i
        else:
            cur += g
        if cur > best:
            best, best_lo, best_hi = cur, lo, i + 1
    return best_lo, best_hi


def _region_features(gain: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Inside-the-best-run flag and log distance (in lines) to that run."""
    n = len(gain)
    lo, hi = _max_run(gain)
    idx = np.arange(n)
    inside = ((idx >= lo) & (idx < hi)).astype(np.float64)
    dist = np.where(idx < lo, lo - idx, np.where(idx >= hi, idx - hi + 1, 0)).astype(np.float64)
    return inside, np.log1p(dist)


def _feature_block(base: np.ndarray) -> tuple[np.ndarray, list[str]]:
    n = base.shape[0]
    words = base[:, _B["words"]]
    logw = np.log1p(words)
    feats: list[np.ndarray] = []
    names: list[str] = []

    def add(name: str, col: np.ndarray) -> None:
        names.append(name)
        feats.append(col)

    add("log_words", logw)
    add("log_chars", np.log1p(base[:, _B["chars"]]))
    for lo, hi in ((0, 3), (4, 7), (8, 14), (15, 29)):
        add(f"words_{lo}_{hi}", ((words >= lo) & (words <= hi)).astype(np.float64))
    add("log_sent_ends", np.log1p(base[:, _B["sent_ends"]]))
    for name in ("ends_sentence", "stop_ratio", "cap_ratio", "digit_ratio", "punct_ratio",
                 "comma_rate", "quote", "urlish", "separators", "time", "date_only", "nav_whole",
                 "later_copy", "repeated", "upper_ratio", "colon_end", "starts_lower", "cue_any"):
        add(name, base[:, _B[name]])
    add("glued", np.minimum(base[:, _B["glued"]], 2.0))
    add("ellipsis", base[:, _B["ellipsis"]])
    add("doubled", base[:, _B["doubled"]])
    add("mean_word_len", base[:, _B["mean_word_len"]] / 10.0)
    for kind in _CUE_KINDS:
        add("cue_" + kind, base[:, _B["cue_" + kind]])
    # interactions that a linear model cannot form itself
    ends = base[:, _B["ends_sentence"]]
    stop = base[:, _B["stop_ratio"]]
    add("prose", ends * stop * np.minimum(words, 40) / 40.0)
    add("short_no_end", (words <= 8) * (1.0 - ends))
    add("repeated_short", base[:, _B["repeated"]] * (words <= 12))
    add("long_repeated", base[:, _B["later_copy"]] * (words > 12))
    # page-relative measures
    maxw = max(float(words.max()), 1.0)
    add("rel_words", words / maxw)
    pos = np.arange(n) / max(n - 1, 1)
    add("pos", pos)
    add("pos_sq", pos * pos)
    add("first_line", (np.arange(n) == 0).astype(np.float64))
    add("log_n_lines", np.full(n, math.log1p(n)))
    # neighbourhood
    prose = np.minimum(words, 60.0) * (0.5 + 0.5 * ends) * (0.3 + stop)
    cols = np.column_stack((logw, ends, base[:, _B["cue_any"]] + base[:, _B["nav_whole"]], prose))
    for r, m in zip((1, 3, 8), _windows_means(cols, (1, 3, 8))):
        add(f"win{r}_logw", m[:, 0])
        add(f"win{r}_ends", m[:, 1])
        add(f"win{r}_cue", m[:, 2])
        add(f"win{r}_prose", m[:, 3] / 20.0)
    prev_w = np.concatenate(([0.0], logw[:-1]))
    next_w = np.concatenate((logw[1:], [0.0]))
    add("prev_logw", prev_w)
    add("next_logw", next_w)
    inside, dist = _region_features(prose - 8.0)
    add("in_dense_run", inside)
    add("dist_dense_run", dist)
    return np.column_stack(feats), names


def _stage2_block(p: np.ndarray, base: np.ndarray) -> tuple[np.ndarray, list[str]]:
    """Features of the second pass: the first-pass scores of a line and its neighbours."""
    n = len(p)
    words = base[:, _B["words"]]
    logit = np.log(np.clip(p, 1e-4, 1 - 1e-4) / np.clip(1 - p, 1e-4, 1.0))
    feats: list[np.ndarray] = []
    names: list[str] = []

    def add(name: str, col: np.ndarray) -> None:
        names.append(name)
        feats.append(col)

    add("logit", logit)
    add("p", p)
    add("p_rel", p / max(float(p.max()), 1e-3))
    prev_p = np.concatenate(([0.0], p[:-1]))
    next_p = np.concatenate((p[1:], [0.0]))
    add("prev_p", prev_p)
    add("next_p", next_p)
    add("both_nb", prev_p * next_p)
    for r, m in zip((2, 5, 12), _windows_means(p[:, None], (2, 5, 12))):
        add(f"win{r}_p", m[:, 0])
    wts = np.sqrt(words + 1.0)
    inside, dist = _region_features((p - 0.5) * wts)
    add("in_best_run", inside)
    add("dist_best_run", dist)
    # share of the page's probable body mass that lies above / below this line
    mass = p * words
    total = max(float(mass.sum()), 1.0)
    above = (np.cumsum(mass) - mass) / total
    add("mass_above", above)
    add("mass_below", 1.0 - above - mass / total)
    add("log_words", np.log1p(words))
    add("short", (words <= 5).astype(np.float64))
    add("p_short", p * (words <= 5))
    add("log_n_lines", np.full(n, math.log1p(n)))
    return np.column_stack(feats), names


_, _names1 = _feature_block(np.zeros((2, len(_BASE))))
_, _names2 = _stage2_block(np.array([0.5, 0.5]), np.zeros((2, len(_BASE))))
FEATURE_NAMES = tuple(_names1)
STAGE2_FEATURE_NAMES: tuple[str, ...] = tuple(_names2)


def line_features(lines: list[str], words: dict[str, list[str]] | None = None) -> tuple[np.ndarray, np.ndarray]:
    """Stage-one feature matrix of the given non-empty stripped lines, and their base measures
    (``words``: the ``\\w+`` runs of lines, by line, where the caller knows them)."""
    base = _base_measures(lines, words)
    x, _ = _feature_block(base)
    return x, base


def stage2_features(p: np.ndarray, base: np.ndarray) -> np.ndarray:
    x, _ = _stage2_block(p, base)
    return x


# ---------------------------------------------------------------- model


@dataclass(slots=True)
class _Logistic:
    mean: np.ndarray
    scale: np.ndarray
    coef: np.ndarray
    intercept: float

    @classmethod
    def from_dict(cls, d: dict[str, Any], names: tuple[str, ...]) -> "_Logistic":
        if list(d["features"]) != list(names):
            raise ValueError("line model features do not match this version of newsloom")
        return cls(np.asarray(d["mean"], dtype=np.float64), np.asarray(d["scale"], dtype=np.float64),
                   np.asarray(d["coef"], dtype=np.float64), float(d["intercept"]))

    def predict(self, x: np.ndarray) -> np.ndarray:
        z = ((x - self.mean) / self.scale) @ self.coef + self.intercept
        return 1.0 / (1.0 + np.exp(-np.clip(z, -30, 30)))


@dataclass(slots=True)
class LineModel:
    """The two logistic passes and the decision thresholds."""

    stage1: _Logistic
    stage2: _Logistic
    threshold: float = 0.5
    outside_threshold: float = 0.9
    use_region: bool = True
    meta: dict[str, Any] | None = None

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "LineModel":
        return cls(
            _Logistic.from_dict(d["stage1"], FEATURE_NAMES),
            _Logistic.from_dict(d["stage2"], STAGE2_FEATURE_NAMES),
            float(d.get("threshold", 0.5)),
            float(d.get("outside_threshold", 0.9)),
            bool(d.get("use_region", True)),
            d.get("meta"),
        )


@lru_cache(maxsize=1)
def load_model() -> LineModel:
    """The line model shipped with newsloom (``newsloom/data/line_model.json``)."""
    text = resources.files("newsloom").joinpath("data", "line_model.json").read_text(encoding="utf-8")
    return LineModel.from_dict(json.loads(text))


# ---------------------------------------------------------------- decisions


_I_NAV, _I_DATE, _I_COPY, _I_SEP, _I_WORDS, _I_ENDS, _I_CAPS = (
    _B[k] for k in ("nav_whole", "date_only", "later_copy", "separators", "words", "ends_sentence",
                    "cap_ratio"))


def _drop_reason(row: list[float], outside: bool) -> str:
    """The reason for dropping a line, from its base measures (a row as a list)."""
    if row[_CUE_ANY]:
        for k, kind in enumerate(_CUE_KINDS):
            if row[_CUE_COL + k]:
                return kind
    if row[_I_NAV]:
        return "navigation"
    if row[_I_DATE]:
        return "date"
    if row[_I_COPY]:
        return "duplicate"
    words = row[_I_WORDS]
    if row[_I_SEP] and words <= 12:
        return "navigation"
    if outside:
        return "outside-main-text"
    if words <= 4:
        return "short"
    if not row[_I_ENDS] and row[_I_CAPS] >= 0.5:
        return "title-like"
    return "low-score"


_REASONS = (*_CUE_KINDS, "navigation", "date", "duplicate", "outside-main-text", "short", "title-like",
            "low-score")


def _drop_reasons(base: np.ndarray, outside: np.ndarray) -> list[str]:
    """``_drop_reason`` of every row of ``base`` at once."""
    k = len(_CUE_KINDS)
    cue = base[:, _CUE_COL: _CUE_COL + k] != 0
    words = base[:, _I_WORDS]
    at = np.select(
        [(base[:, _CUE_ANY] != 0) & cue.any(axis=1), base[:, _I_NAV] != 0, base[:, _I_DATE] != 0,
         base[:, _I_COPY] != 0, (base[:, _I_SEP] != 0) & (words <= 12), outside, words <= 4,
         (base[:, _I_ENDS] == 0) & (base[:, _I_CAPS] >= 0.5)],
        [cue.argmax(axis=1), k, k + 1, k + 2, k, k + 3, k + 4, k + 5], k + 6)
    reasons = _REASONS
    return [reasons[i] for i in at.tolist()]


def score_lines(lines: list[str], model: LineModel | None = None,
                words: dict[str, list[str]] | None = None) -> tuple[np.ndarray, np.ndarray]:
    """Body probabilities (second pass) and base measures of non-empty stripped lines."""
    model = model or load_model()
    x1, base = line_features(lines, words)
    p1 = model.stage1.predict(x1)
    p2 = model.stage2.predict(stage2_features(p1, base))
    return p2, base


def _strong_boilerplate(base: np.ndarray) -> np.ndarray:
    """Lines that a strong cue marks as boilerplate whatever their score."""
    short = base[:, _B["words"]] <= cues.STRONG_CUE_MAX_WORDS
    strong = base[:, _B["nav_whole"]] > 0
    for col in _STRONG_COLS:
        strong |= base[:, col] > 0
    return short & strong


def decide(p: np.ndarray, base: np.ndarray, model: LineModel) -> tuple[np.ndarray, np.ndarray]:
    """Keep flags and outside-region flags from scores."""
    t = model.threshold
    keep = (p >= t) & ~_strong_boilerplate(base)
    outside = np.zeros(len(p), dtype=bool)
    if model.use_region and len(p):
        words = base[:, _B["words"]]
        lo, hi = _max_run((p - t) * np.sqrt(words + 1.0))
        idx = np.arange(len(p))
        outside = (idx < lo) | (idx >= hi)
        keep = keep & (~outside | (p >= model.outside_threshold))
    return keep, outside & (p >= t)


def _scored(lines: list[str], first_is_title: bool, model: LineModel,
            words: dict[str, list[str]] | None = None, squashed: bool = False):
    """The lines that hold words (their indexes), with body probabilities, base
    measures, keep and outside-region flags; the reason for each line left out;
    and the lines that hold words, whitespace collapsed (``squashed``: they are already)."""
    left_out: dict[int, str] = {}
    idx: list[int] = []
    text_lines: list[str] = []
    for i, s in enumerate(lines if squashed else [" ".join(line.split()) for line in lines]):
        if not s or not (s[0].isalnum() or _WORD.search(s)):
            left_out[i] = "empty" if not s else "no-words"
            continue
        if first_is_title and not idx and i == 0:
            left_out[i] = "title"
            continue
        idx.append(i)
        text_lines.append(s)
    if not text_lines:
        return idx, left_out, None, text_lines
    p, base = score_lines(text_lines, model, words)
    keep, outside = decide(p, base, model)
    return idx, left_out, (p, base, keep, outside), text_lines


def classify_lines(lines: list[str], *, first_is_title: bool = False,
                   model: LineModel | None = None) -> list[LineVerdict]:
    """Verdict for each line: is it article body (keep) or boilerplate, with reason and score.

    ``lines`` may be a whole page dump or any sub-block of one; empty lines are
    allowed (they are dropped with reason ``empty``).  With
    ``first_is_title=True`` the first line is taken as the page title, which a
    body never repeats (reason ``title``).
    """
    model = model or load_model()
    idx, left_out, got, _text_lines = _scored(lines, first_is_title, model)
    verdicts: list[LineVerdict | None] = [None] * len(lines)
    for i, reason in left_out.items():
        verdicts[i] = LineVerdict(False, reason, 0.0)
    if got is not None:
        p, base, keep, outside = got
        reasons = _drop_reasons(base, outside)
        scores = np.round(p, 4).tolist()
        for i, pj, kj, rj in zip(idx, scores, keep.tolist(), reasons):
            verdicts[i] = LineVerdict(True, "body", pj) if kj else LineVerdict(False, rj, pj)
    return verdicts  # type: ignore[return-value]


def line_scores(lines: list[str], *, first_is_title: bool = False,
                model: LineModel | None = None,
                words: dict[str, list[str]] | None = None,
                squashed: bool = False) -> tuple[list[float], list[bool]]:
    """The ``score`` and ``keep`` of :func:`classify_lines`'s verdicts, without
    the drop reasons (cheaper, for callers that only need these two).

    ``words`` maps lines (whitespace collapsed) to their ``re.findall(r"\\w+")``
    runs, for a caller that has found them already; lines missing from it
    are read here.  ``squashed``: the lines are whitespace-collapsed already
    (``" ".join(line.split())`` gives them back unchanged).
    """
    model = model or load_model()
    idx, _left_out, got, _text_lines = _scored(lines, first_is_title, model, words, squashed)
    scores = [0.0] * len(lines)
    keeps = [False] * len(lines)
    if got is not None:
        p, _base, keep, _outside = got
        for i, pj, kj in zip(idx, np.round(p, 4).tolist(), keep.tolist()):
            scores[i] = pj
            keeps[i] = kj
    return scores, keeps


def clean_text(text: str, *, first_is_title: bool = True, model: LineModel | None = None) -> str:
    """The body lines of a plain-text page dump, joined by newlines.

    The first line of a page dump is its title (``first_is_title``); pass
    ``False`` for a fragment that does not start with one.  The same lines as
    the kept verdicts of :func:`classify_lines`, whitespace collapsed.
    """
    model = model or load_model()
    _idx, _left_out, got, text_lines = _scored(text.splitlines(), first_is_title, model)
    if got is None:
        return ""
    return "\n".join(compress(text_lines, got[2].tolist()))
