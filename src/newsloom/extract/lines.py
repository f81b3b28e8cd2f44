"""Body/boilerplate classification of the lines of a plain-text page dump.

A plain-text page dump holds one line per block element of the page (see the
ingest notes): the article body sits among menus, teaser lists, share buttons,
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
3. The main body region is the run of lines with the largest weighted excess
   of score over the threshold; lines outside it are kept only when they are
   very clearly prose.

The same function works on a whole page and on a sub-block of one (a single
article of a listing page): all features are relative to the lines given.
Inference is numpy only and does not need the training data.
"""
from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

import numpy as np

from newsloom.extract import line_cues as cues

__all__ = ["LineVerdict", "classify_lines", "clean_text", "line_features", "FEATURE_NAMES",
           "load_model"]


@dataclass(slots=True)
class LineVerdict:
    """The verdict on one line: keep it as article body or not, why, and how sure."""

    keep: bool
    reason: str  # "body", or the kind of boilerplate ("navigation", "share", "short", ...)
    score: float  # estimated probability that the line is body text (0..1)


_WORD = re.compile(r"\w+")
_ALPHA_WORD = re.compile(r"[^\W\d_]+")
_SENT_END = re.compile(r"[.!?…。！？][\"'”’»)\]]*(?:\s|$)")
_CLOSERS = "\"'”’»)] "
_END_MARKS = ".!?…。！？:;"
_URLISH = re.compile(r"https?://|www\.|\.(?:com|org|net|html?|php)\b|@\w|#\w")
_SEPARATORS = re.compile(r"\s[|•·›»/>]\s|\s[|•·›»]|[|•·›»]\s|^[-–—•·*►▸>]\s")
_TIME = re.compile(r"\b\d{1,2}[:.h]\d{2}\b|\b(?:am|pm)\b", re.I)
_DIGITS = re.compile(r"\d+")
# a title glued to the teaser text after it ("...Student-AthleteA 24-year-old...")
_GLUED = re.compile(r"[a-z]{2}[.!?’”\"']?[A-Z][a-z]")
_QUOTE = re.compile(r"[\"“”„«»]")
_NAV_STRIP = " \t|•·›»>:-–—*►▸→←«‹/\\()[]…."
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


def _word_index(table: dict[str, frozenset[str]]) -> dict[str, tuple[int, ...]]:
    index: dict[str, list[int]] = {}
    for k, kind in enumerate(_CUE_KINDS):
        for w in table.get(kind, ()):
            index.setdefault(w, []).append(k)
    return {w: tuple(ks) for w, ks in index.items()}


_TRIGGER_WORDS = _word_index(cues.CUE_TRIGGERS)
_START_WORDS = _word_index(cues.CUE_START_TRIGGERS)
_TRIGGER_KEYS = frozenset(_TRIGGER_WORDS)
_TRIGGER_OTHER = [(k, tuple(cues.CUE_TRIGGER_CHARS.get(kind, "")) + tuple(cues.CUE_TRIGGER_STEMS.get(kind, ())))
                  for k, kind in enumerate(_CUE_KINDS)
                  if cues.CUE_TRIGGER_CHARS.get(kind) or cues.CUE_TRIGGER_STEMS.get(kind)]
_STOP = cues.STOPWORDS
_NAV = cues.WHOLE_LINE_NAV

# Per-line base measures (columns of the base matrix), in order.
_BASE = ("words", "chars", "sent_ends", "ends_sentence", "stop_ratio", "cap_ratio", "digit_ratio",
         "punct_ratio", "comma_rate", "quote", "urlish", "separators", "time", "date_only",
         "nav_whole", "later_copy", "repeated", "upper_ratio", "mean_word_len", "colon_end",
         "starts_lower", "cue_any", "glued") + tuple("cue_" + k for k in _CUE_KINDS)
_B = {name: i for i, name in enumerate(_BASE)}

FEATURE_NAMES: tuple[str, ...] = ()  # filled in below, after _feature_block is defined


def _cue_hits(line: str, low: str, lw: list[str]) -> list[int]:
    """Indexes (into _CUE_KINDS) of the cue kinds whose patterns match the line.

    A kind's patterns are tried only when the line holds one of its trigger
    words (``line_cues.CUE_TRIGGERS``), starts with one of its start words, holds
    one of its trigger characters or stems (``low`` is the lower-cased line).
    """
    kinds: set[int] = set()
    for w in _TRIGGER_KEYS.intersection(lw):
        kinds.update(_TRIGGER_WORDS[w])
    kinds.update(_START_WORDS.get(lw[0], ()))
    for k, marks in _TRIGGER_OTHER:
        if k not in kinds:
            for mark in marks:
                if mark in low:
                    kinds.add(k)
                    break
    return [k for k in sorted(kinds) if _CUE_LIST[k].search(line)]


def _base_measures(lines: list[str]) -> np.ndarray:
    """One row of raw measures per line (lines must be non-empty, whitespace-collapsed)."""
    n = len(lines)
    out = np.zeros((n, len(_BASE)), dtype=np.float64)
    seen: set[str] = set()
    counts: dict[str, int] = {}
    for line in lines:
        counts[line] = counts.get(line, 0) + 1
    cue_col = _B["cue_" + _CUE_KINDS[0]]
    stop = _STOP
    for i, line in enumerate(lines):
        row = out[i]
        words = _WORD.findall(line)
        nw = len(words)
        nc = len(line)
        row[0] = nw
        row[1] = nc
        lw: list[str] = []
        if nw:
            low = line.lower()
            lw = _WORD.findall(low)
            row[4] = sum(map(stop.__contains__, lw)) / nw
            alpha = [w for w in words if w[0].isalpha()]
            if alpha:
                na = len(alpha)
                row[5] = sum(map(str.isupper, [w[0] for w in alpha])) / na
                row[17] = sum(1 for w in alpha if len(w) > 1 and w.isupper()) / na
                row[20] = 1.0 if alpha[0][0].islower() else 0.0
            row[18] = min(len("".join(words)) / nw, 20.0)
            row[8] = line.count(",") / nw
            hits = _cue_hits(line, low, lw)
            for k in hits:
                row[cue_col + k] = 1.0
            row[21] = 1.0 if hits else 0.0
        if nw > 3:
            row[2] = len(_SENT_END.findall(line))
        elif _SENT_END.search(line):
            row[2] = 1.0
        tail = line.rstrip(_CLOSERS)
        row[3] = 1.0 if tail and tail[-1] in _END_MARKS else 0.0
        ndig = sum(map(len, _DIGITS.findall(line)))
        row[6] = ndig / nc
        nalnum = len("".join(words))  # \w characters
        row[7] = max(nc - nalnum - line.count(" ") - line.count("_"), 0) / nc
        row[9] = 1.0 if _QUOTE.search(line) else 0.0
        row[10] = 1.0 if _URLISH.search(line) else 0.0
        row[11] = 1.0 if _SEPARATORS.search(line) else 0.0
        if nw <= 12:
            row[12] = 1.0 if _TIME.search(line) else 0.0
            if nw <= 10:
                row[13] = 1.0 if _DATE_ONLY.match(line) else 0.0
                if nw <= 6:
                    row[14] = 1.0 if line.lower().strip(_NAV_STRIP) in _NAV else 0.0
        if line in seen:
            row[15] = 1.0
        else:
            seen.add(line)
        row[16] = 1.0 if counts[line] > 1 else 0.0
        row[19] = 1.0 if line.endswith(":") else 0.0
        row[22] = len(_GLUED.findall(line)) if nw > 3 else 0.0
    return out


def _window_mean(x: np.ndarray, radius: int) -> np.ndarray:
    """Mean of x over [i-radius, i+radius], clipped at the ends."""
    n = len(x)
    c = np.concatenate(([0.0], np.cumsum(x)))
    idx = np.arange(n)
    lo = np.maximum(idx - radius, 0)
    hi = np.minimum(idx + radius + 1, n)
    return (c[hi] - c[lo]) / (hi - lo)


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
    for name in ():
        add(name, base[:, _B[name]])
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
    for r in (1, 3, 8):
        add(f"win{r}_logw", _window_mean(logw, r))
        add(f"win{r}_ends", _window_mean(ends, r))
        add(f"win{r}_cue", _window_mean(base[:, _B["cue_any"]] + base[:, _B["nav_whole"]], r))
        add(f"win{r}_prose", _window_mean(prose, r) / 20.0)
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
    for r in (2, 5, 12):
        add(f"win{r}_p", _window_mean(p, r))
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


def line_features(lines: list[str]) -> tuple[np.ndarray, np.ndarray]:
    """Stage-one feature matrix of the given non-empty stripped lines, and their base measures."""
    base = _base_measures(lines)
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
    fallback: float = 0.0  # if > 0 and no line passes, keep lines above fallback * max score
    meta: dict[str, Any] | None = None

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "LineModel":
        return cls(
            _Logistic.from_dict(d["stage1"], FEATURE_NAMES),
            _Logistic.from_dict(d["stage2"], STAGE2_FEATURE_NAMES),
            float(d.get("threshold", 0.5)),
            float(d.get("outside_threshold", 0.9)),
            bool(d.get("use_region", True)),
            float(d.get("fallback", 0.0)),
            d.get("meta"),
        )


@lru_cache(maxsize=1)
def load_model() -> LineModel:
    """The line model shipped with newsloom (``newsloom/data/line_model.json``)."""
    text = resources.files("newsloom").joinpath("data", "line_model.json").read_text(encoding="utf-8")
    return LineModel.from_dict(json.loads(text))


# ---------------------------------------------------------------- decisions


def _drop_reason(base_row: np.ndarray, outside: bool) -> str:
    for kind in _CUE_KINDS:
        if base_row[_B["cue_" + kind]]:
            return kind
    if base_row[_B["nav_whole"]]:
        return "navigation"
    if base_row[_B["date_only"]]:
        return "date"
    if base_row[_B["later_copy"]]:
        return "duplicate"
    if base_row[_B["separators"]] and base_row[_B["words"]] <= 12:
        return "navigation"
    if outside:
        return "outside-main-text"
    if base_row[_B["words"]] <= 4:
        return "short"
    if not base_row[_B["ends_sentence"]] and base_row[_B["cap_ratio"]] >= 0.5:
        return "title-like"
    return "low-score"


def score_lines(lines: list[str], model: LineModel | None = None) -> tuple[np.ndarray, np.ndarray]:
    """Body probabilities (second pass) and base measures of non-empty stripped lines."""
    model = model or load_model()
    x1, base = line_features(lines)
    p1 = model.stage1.predict(x1)
    p2 = model.stage2.predict(stage2_features(p1, base))
    return p2, base


def decide(p: np.ndarray, base: np.ndarray, model: LineModel) -> tuple[np.ndarray, np.ndarray]:
    """Keep flags and outside-region flags from scores."""
    t = model.threshold
    keep = p >= t
    outside = np.zeros(len(p), dtype=bool)
    if model.use_region and len(p):
        words = base[:, _B["words"]]
        lo, hi = _max_run((p - t) * np.sqrt(words + 1.0))
        idx = np.arange(len(p))
        outside = (idx < lo) | (idx >= hi)
        keep = keep & (~outside | (p >= model.outside_threshold))
    if model.fallback and len(p) and not keep.any():
        # nothing is clearly body: take the best run of the relatively likeliest lines
        t2 = max(model.fallback * float(p.max()), 0.05)
        lo, hi = _max_run((p - t2) * np.sqrt(base[:, _B["words"]] + 1.0))
        idx = np.arange(len(p))
        keep = (idx >= lo) & (idx < hi) & (p >= t2)
    return keep, outside & (p >= t)


def classify_lines(lines: list[str], *, first_is_title: bool = False,
                   model: LineModel | None = None) -> list[LineVerdict]:
    """Verdict for each line: is it article body (keep) or boilerplate, with reason and score.

    ``lines`` may be a whole page dump or any sub-block of one; empty lines are
    allowed (they are dropped with reason ``empty``).  With
    ``first_is_title=True`` the first line is taken as the page title, which a
    body never repeats (reason ``title``).
    """
    model = model or load_model()
    verdicts: list[LineVerdict | None] = [None] * len(lines)
    idx: list[int] = []
    text_lines: list[str] = []
    for i, line in enumerate(lines):
        s = " ".join(line.split()) if line else ""
        if not s or not _WORD.search(s):
            verdicts[i] = LineVerdict(False, "empty" if not s else "no-words", 0.0)
            continue
        if first_is_title and not idx and i == 0:
            verdicts[i] = LineVerdict(False, "title", 0.0)
            continue
        idx.append(i)
        text_lines.append(s)
    if text_lines:
        p, base = score_lines(text_lines, model)
        keep, outside = decide(p, base, model)
        for j, i in enumerate(idx):
            score = round(float(p[j]), 4)
            if keep[j]:
                verdicts[i] = LineVerdict(True, "body", score)
            else:
                verdicts[i] = LineVerdict(False, _drop_reason(base[j], bool(outside[j])), score)
    return verdicts  # type: ignore[return-value]


def clean_text(text: str, *, first_is_title: bool = True, model: LineModel | None = None) -> str:
    """The body lines of a plain-text page dump, joined by newlines.

    The first line of a page dump is its title (``first_is_title``); pass
    ``False`` for a fragment that does not start with one.
    """
    lines = text.splitlines()
    verdicts = classify_lines(lines, first_is_title=first_is_title, model=model)
    return "\n".join(" ".join(line.split()) for line, v in zip(lines, verdicts) if v.keep)
