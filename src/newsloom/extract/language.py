"""Language identification for article text (py3langid, bundled model).

py3langid scores a text from the counts of the byte n-grams its model knows,
found by walking an automaton over the text one byte at a time in Python.
newsloom computes the same counts with numpy (see ``_feature_counts``) and
then scores them with py3langid's own arithmetic, so the answers are exactly
py3langid's at a fraction of the cost.
"""
from __future__ import annotations

import math
import re
from functools import lru_cache

import numpy as np

# Below this many letters a guess is noise.
MIN_LETTERS = 20
# Below this normalised probability the text is called unknown.
MIN_CONFIDENCE = 0.5
# Enough text to decide; longer texts are cut to keep identification cheap.
MAX_CHARS = 4000

_LETTER = re.compile(r"[^\W\d_]")

# The automaton's states stand for the longest known n-gram prefix that ends
# the text read so far; its longest such prefix is this many bytes, so the
# state after any byte depends only on the bytes up to this many back.
# (Checked against the model in tests/test_extract_text.py.)
WALK_DEPTH = 6
# Number of automaton states of the bundled model the depth above is known for.
_MODEL_STATES = 104583


@lru_cache(maxsize=1)
def _identifier():
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


@lru_cache(maxsize=1)
def _tables():
    """The automaton as numpy arrays, or None when the model is not the one
    ``WALK_DEPTH`` was checked for (then py3langid's own walk is used)."""
    ident = _identifier()
    try:
        rowbase = np.asarray(ident._rowbase, dtype=np.int64)
        if len(rowbase) != _MODEL_STATES:
            return None
        try:  # share the model's memory (an array.array) instead of copying it
            view = memoryview(ident.tk_nextmove)
            nextmove = np.frombuffer(view, dtype=np.dtype(view.format))
        except (TypeError, ValueError):
            nextmove = np.asarray(ident.tk_nextmove)
        if nextmove.dtype.kind not in "iu":
            return None
        output = np.asarray(ident.tk_output, dtype=np.int64)
    except (AttributeError, TypeError, ValueError):
        return None
    return nextmove, rowbase, output


def _feature_counts(data: bytes, tables) -> tuple[np.ndarray, np.ndarray] | None:
    """The feature indices found in ``data`` and how often each occurs, in
    order of first occurrence, as py3langid's byte-by-byte walk gives them
    (None when no feature occurs).

    All positions are walked at once: each position's state is found by
    reading the ``WALK_DEPTH`` bytes that end there from the start state.
    """
    nextmove, rowbase, output = tables
    b = np.frombuffer(data, dtype=np.uint8).astype(np.int64)
    n = len(b)
    if not n:
        return None
    state = np.zeros(n, dtype=np.int64)
    for k in range(WALK_DEPTH):
        back = WALK_DEPTH - 1 - k  # read the byte this far behind each position
        if back >= n:
            continue
        state[back:] = nextmove[rowbase[state[back:]] + b[: n - back]]
    found = output[state]
    found = found[found >= 0]
    if not len(found):
        return None
    feats, first, counts = np.unique(found, return_index=True, return_counts=True)
    order = np.argsort(first, kind="stable")
    return feats[order], counts[order]


class _SingleRows:
    """Rows of the model's table as 32-bit floats, converted when first needed.

    The table is stored in 16-bit floats, and py3langid converts the rows a
    text needs to 32-bit floats on every call; that conversion is most of the
    scoring time.  The first ``capacity`` distinct rows texts need are
    converted once and kept (the same values); rows beyond that are converted
    on every call, as py3langid does, so the memory kept stays bounded.
    """

    def __init__(self, table: np.ndarray, capacity: int) -> None:
        self.table = table
        self.slot = np.full(len(table), -1, dtype=np.int64)  # where a row is kept, or -1
        self.rows = np.empty((capacity, table.shape[1]), dtype=np.float32)  # memory taken as it fills
        self.used = 0

    def take(self, feats: np.ndarray) -> np.ndarray:
        """The rows ``feats`` (distinct indices) as 32-bit floats."""
        slots = self.slot[feats]
        missing = slots < 0
        if missing.any():
            new = feats[missing][: len(self.rows) - self.used]
            if len(new):
                at = np.arange(self.used, self.used + len(new))
                self.rows[at] = self.table[new].astype(np.float32)
                self.slot[new] = at
                self.used += len(new)
                slots = self.slot[feats]
                missing = slots < 0
            if missing.any():  # the kept rows are full: the rest are converted for this call
                out = np.empty((len(feats), self.table.shape[1]), dtype=np.float32)
                out[~missing] = self.rows[slots[~missing]]
                out[missing] = self.table[feats[missing]].astype(np.float32)
                return out
        return self.rows[slots]


#: how many rows of the model's table are kept as 32-bit floats (about 570 bytes each)
SINGLE_ROWS_KEPT = 32768
_SINGLE: dict[int, _SingleRows] = {}


def _sparse_score(ident, feats: np.ndarray, counts: np.ndarray) -> np.ndarray:
    """py3langid's naive Bayes log-posterior from the found features (its ``_sparse_score``)."""
    table = ident.nb_ptc
    if table.dtype == np.float16:
        single = _SINGLE.get(id(table))
        if single is None or single.table is not table:
            single = _SINGLE[id(table)] = _SingleRows(table, SINGLE_ROWS_KEPT)
        rows = single.take(feats)
    else:
        rows = table[feats]
    return np.log1p(counts.astype(np.float32)) @ rows + ident.nb_pc


def _classify(sample: str) -> tuple[str, float]:
    """py3langid's ``classify`` (normalised probabilities) with the counts from ``_feature_counts``."""
    ident = _identifier()
    tables = _tables()
    if tables is None:
        return ident.classify(sample)
    data = ident._encode(sample)
    found = _feature_counts(data, tables)
    if found is not None:
        scores = _sparse_score(ident, *found)
    else:
        scores = np.full(len(ident.nb_classes), 0.0, dtype=np.float32)
    scores *= 1.0 / math.sqrt(len(data) or 1)
    np.exp(scores - scores.max(), out=scores)
    scores /= scores.sum()
    for i, j in ident._alias_pairs:
        scores[i] += scores[j]
        scores[j] = 0.0
    i = int(scores.argmax())
    conf = float(scores[i])
    if ident.min_confidence is not None and conf < ident.min_confidence:
        return "und", conf
    return ident.nb_classes[i], conf


def _enough_letters(sample: str) -> bool:
    """At least ``MIN_LETTERS`` letters (stops counting there)."""
    n = 0
    for _ in _LETTER.finditer(sample):
        n += 1
        if n >= MIN_LETTERS:
            return True
    return False


def identify(text: str) -> tuple[str | None, float]:
    """The ISO 639-1 code of ``text``'s language and its probability.

    Returns ``(None, 0.0)`` when there is too little text to tell, and
    ``(None, p)`` when the best guess is below the confidence floor.
    """
    sample = (text or "")[:MAX_CHARS]
    if not _enough_letters(sample):
        return None, 0.0
    lang, prob = _classify(sample)
    prob = float(prob)
    if prob < MIN_CONFIDENCE:
        return None, prob
    return lang, prob


def detect_language(text: str) -> str | None:
    """The language code of ``text`` or None when it cannot be told."""
    return identify(text)[0]
