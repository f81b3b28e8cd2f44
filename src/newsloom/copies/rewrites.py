"""Rewrites: an article that retells another outlet's article sentence by sentence.

A rewrite keeps the original's facts and their order but changes the words, so
shingles (``near``) miss it.  Here each sentence becomes a bag of word
prefixes (a crude lemma that joins 'disagrees'/'disagreement',
'Azerbaijan'/'Azerbaijani') weighted by rarity; two articles are aligned by
a monotone dynamic programme over their sentence similarities; a pair is a
rewrite when most sentences of the shorter text find their counterpart, in
order.  Two outlets reporting the same event independently share facts but
not the sentence-by-sentence sequence, and fall short of the coverage.

Candidates come from an inverted index over each article's rarest terms
(names, numbers, rare words), never from all pairs.  Which text is the
original: the earlier publication day; when days are missing or equal, the
text that holds more of the pair's specific details (names, numbers, quoted
words) that the other lacks, since a retelling drops details; then the longer
one; then the earlier arrival.

Memory is bounded: the finder keeps the most recent ``window`` articles (by
arrival) in its term index, metadata and text cache, and forgets older ones
in O(1) per article; an article retelling one that has left the window is not
found.  Document frequencies count every article seen, but once more than
``df_cap`` distinct terms are counted the rarest (met once) are forgotten and
read as unseen, which weighs them almost the same.
"""
from __future__ import annotations

import math
import re
import sys
from collections import Counter, deque
from dataclasses import dataclass, field
from typing import Any, Callable, Iterable

import numpy as np

from newsloom.copies.near import DEFAULT_WINDOW, post_id, posted_ids, unpost_id
from newsloom.records import Article
from newsloom.stories.features import split_sentences, stem
from newsloom.stories.lexicon import STOPWORDS

STATE_VERSION = 1
_SAVED: Any = object()  # ``from_state``: keep the saved window
_WORD = re.compile(r"[^\W_]+", re.UNICODE)
_NUM = re.compile(r"\d+(?:[.,]\d+)*")
_QUOTED = re.compile(r"(?:^|(?<=[\s(\[]))[\"“‘']([^\"”“]{12,}?)[\"”’'](?![^\W_])")


@dataclass
class Rewrite:
    """``copy_id`` retells ``original_id``; ``pairs`` are the aligned sentences (copy, original, similarity)."""

    copy_id: str
    original_id: str
    score: float  # share of the copy's sentences aligned, times their mean similarity
    pairs: list[tuple[str, str, float]] = field(default_factory=list)
    reason: str = ""  # how the direction was decided

    def to_dict(self) -> dict[str, Any]:
        return {"copy_id": self.copy_id, "original_id": self.original_id, "score": self.score,
                "pairs": [list(p) for p in self.pairs], "reason": self.reason}


def lemma(word: str, prefix: int = 6) -> str:
    """A crude lemma: the stem cut to ``prefix`` letters."""
    return stem(word)[:prefix]


def sentence_terms(sentence: str) -> set[str]:
    out = set()
    for w in _WORD.findall(sentence.lower()):
        if w.isdigit():
            out.add(w)
        elif len(w) >= 3 and w not in STOPWORDS:
            out.add(lemma(w))
    return out


def details(text: str) -> set[str]:
    """The specific facts of a text: numbers, capitalised names (not sentence-initial), quoted words."""
    out = set(_NUM.findall(text))
    for sent in split_sentences(text):
        toks = _WORD.findall(sent)
        for t in toks[1:]:
            if t[:1].isupper() and t.lower() not in STOPWORDS:
                out.add(t.lower())
    for q in _QUOTED.findall(text):
        out.add("q:" + " ".join(sorted(sentence_terms(q))))
    return out


def key_terms(text: str) -> set[str]:
    """Index keys of a text: lemmas of its names, its numbers and its long words."""
    out = set(_NUM.findall(text))
    for sent in split_sentences(text):
        toks = _WORD.findall(sent)
        for i, t in enumerate(toks):
            lw = t.lower()
            if lw in STOPWORDS or len(lw) < 3:
                continue
            if (i > 0 and t[:1].isupper()) or len(lw) >= 7:
                out.add(lemma(lw))
    return out


@dataclass
class _Prepared:
    id: str
    sentences: list[str]
    terms: list[set[str]]
    published: str | None
    seq: int
    length: int


def _prepare(article: Article, seq: int, min_words: int = 5) -> _Prepared:
    sents = [s for s in split_sentences(article.text) if len(s.split()) >= min_words]
    return _Prepared(article.id, sents, [sentence_terms(s) for s in sents], article.published, seq,
                     len(article.text))


def _similarity_matrix(a: _Prepared, b: _Prepared, idf: Callable[[str], float]) -> np.ndarray:
    m = np.zeros((len(a.terms), len(b.terms)))
    wb = [sum(idf(t) for t in tb) for tb in b.terms]
    for i, ta in enumerate(a.terms):
        wa = sum(idf(t) for t in ta)
        if not wa:
            continue
        for j, tb in enumerate(b.terms):
            if not wb[j]:
                continue
            shared = ta & tb
            if shared:
                ws = sum(idf(t) for t in shared)
                m[i, j] = ws / (wa + wb[j] - ws)  # weighted Jaccard
    return m


def _align(m: np.ndarray, threshold: float) -> list[tuple[int, int, float]]:
    """Monotone alignment maximising the summed similarity of pairs at or above ``threshold``."""
    n, k = m.shape
    score = np.zeros((n + 1, k + 1))
    back = np.zeros((n + 1, k + 1), dtype=np.int8)  # 0 diag, 1 up, 2 left
    for i in range(1, n + 1):
        for j in range(1, k + 1):
            s = m[i - 1, j - 1]
            diag = score[i - 1, j - 1] + s if s >= threshold else -1.0
            up, left = score[i - 1, j], score[i, j - 1]
            if diag >= up and diag >= left:
                score[i, j], back[i, j] = diag, 0
            elif up >= left:
                score[i, j], back[i, j] = up, 1
            else:
                score[i, j], back[i, j] = left, 2
    pairs = []
    i, j = n, k
    while i > 0 and j > 0:
        if back[i, j] == 0:
            pairs.append((i - 1, j - 1, float(m[i - 1, j - 1])))
            i, j = i - 1, j - 1
        elif back[i, j] == 1:
            i -= 1
        else:
            j -= 1
    return pairs[::-1]


class RewriteFinder:
    """Finds rewrites among the articles added to it, incrementally.

    Texts of earlier articles are kept in a bounded cache; beyond it, ``lookup``
    (article id -> Article, e.g. the store's getter) fetches them.  The state
    (``to_state``) holds the term index and document frequencies, not texts.
    Only the most recent ``window`` articles are indexed (``None``: all of them).
    """

    def __init__(self, *, lookup: Callable[[str], Article | None] | None = None,
                 sentence_threshold: float = 0.15, min_coverage: float = 0.6, min_pairs: int = 4,
                 min_longer_coverage: float = 0.5, min_mean_similarity: float = 0.25,
                 min_score: float = 0.25,
                 max_same_text: float = 0.85, keys_per_article: int = 24, min_shared_keys: int = 4,
                 max_postings: int = 200, max_candidates: int = 10, cache_size: int = 5000,
                 window: int | None = DEFAULT_WINDOW, df_cap: int = 200_000):
        if window is not None and window < 1:
            raise ValueError("window must be a positive number of articles, or None to keep all")
        self.lookup = lookup
        self.sentence_threshold = sentence_threshold
        self.min_coverage = min_coverage
        self.min_pairs = min_pairs
        self.min_longer_coverage = min_longer_coverage
        self.min_mean_similarity = min_mean_similarity
        self.min_score = min_score
        self.max_same_text = max_same_text
        self.keys_per_article = keys_per_article
        self.min_shared_keys = min_shared_keys
        self.max_postings = max_postings
        self.max_candidates = max_candidates
        self.cache_size = cache_size
        self.window = window
        self.df_cap = df_cap
        self.df: Counter = Counter()
        self.n_docs = 0
        self.seq = 0
        # key term -> the article holding it, or the articles (arrival order) when several: most
        # key terms are rare by design and posted once
        self.postings: dict[str, str | list[str]] = {}
        self.meta: dict[str, list[Any]] = {}  # id -> [published, seq]
        self.cache: dict[str, Article] = {}
        self.prepared: dict[str, _Prepared] = {}  # sentences and terms of the cached articles
        # (id, its posting keys) of the indexed articles, oldest first: what to forget on eviction
        self.order: deque[tuple[str, tuple[str, ...]]] = deque()
        self.evicted = 0

    def idf(self, term: str) -> float:
        return math.log((self.n_docs + 2) / (self.df.get(term, 0) + 1))

    def _keys(self, terms: set[str], n: int) -> list[str]:
        """The ``n`` rarest key terms; among equally rare ones, the longer (more specific) first."""
        return sorted(terms, key=lambda t: (-round(self.idf(t), 1), -len(t), t))[:n]

    def _article(self, aid: str) -> Article | None:
        a = self.cache.get(aid)
        if a is None and self.lookup is not None:
            a = self.lookup(aid)
        return a

    def candidates(self, terms: set[str]) -> list[str]:
        hits: Counter = Counter()
        for k in self._keys(terms, 2 * self.keys_per_article):
            for aid in posted_ids(self.postings.get(k)):
                hits[aid] += 1
        return [aid for aid, c in hits.most_common(self.max_candidates) if c >= self.min_shared_keys]

    def add(self, article: Article) -> list[Rewrite]:
        """Index ``article`` and return the rewrites it forms with earlier articles.

        ``article.rewrite_of`` is set when it is the copy; when an earlier article
        turns out to be the copy, the Rewrite says so (the caller updates it).
        """
        if article.id in self.meta:
            return []
        self.seq += 1
        prep = _prepare(article, self.seq)
        terms = key_terms(article.text)
        self.n_docs += 1
        self.df.update(terms)
        if len(self.df) > self.df_cap:
            self._prune_df()
        found: list[Rewrite] = []
        if article.duplicate_of is None:
            for cid in self.candidates(terms):
                other = self._article(cid)
                if other is None or other.duplicate_of is not None:
                    continue
                other_prep = self.prepared.get(cid) or _prepare(other, self.meta[cid][1])
                rw = self.compare(article, other, _a=prep, _b=other_prep)
                if rw:
                    found.append(rw)
        found.sort(key=lambda r: -r.score)
        for rw in found:
            if rw.copy_id == article.id:
                if article.rewrite_of is None:
                    article.rewrite_of = rw.original_id
            else:  # an earlier article is the copy of this one
                earlier = self.cache.get(rw.copy_id)
                if earlier is not None and earlier.rewrite_of is None:
                    earlier.rewrite_of = article.id
        keys = tuple(sys.intern(k) for k in self._keys(terms, self.keys_per_article))
        for k in keys:
            post_id(self.postings, k, article.id)
            ids = self.postings[k]
            if not isinstance(ids, str) and len(ids) > self.max_postings:
                del ids[0]
                if len(ids) == 1:
                    self.postings[k] = ids[0]
        self.meta[article.id] = [article.published, self.seq]
        self.order.append((article.id, keys))
        self.cache[article.id] = article
        self.prepared[article.id] = prep
        if len(self.cache) > self.cache_size:
            oldest = next(iter(self.cache))
            del self.cache[oldest]
            self.prepared.pop(oldest, None)
        self._evict()
        return found

    # ---- memory bounds -------------------------------------------------------
    def _evict(self) -> None:
        """Forget the oldest arrivals beyond ``window``: postings, metadata, cached text."""
        if self.window is None:
            return
        while len(self.meta) > self.window and self.order:
            aid, keys = self.order.popleft()
            self.evicted += 1
            self.meta.pop(aid, None)
            self.cache.pop(aid, None)
            self.prepared.pop(aid, None)
            for k in keys:
                unpost_id(self.postings, k, aid)

    def _prune_df(self) -> None:
        """Forget the rarest terms once more than ``df_cap`` are counted: those met once, and
        when that is not enough to get under three quarters of the cap, those met twice,
        and so on (so a pruning frees room for many articles: O(1) amortised)."""
        limit = 1
        while len(self.df) > 0.75 * self.df_cap:
            for t in [t for t, c in self.df.items() if c <= limit]:
                del self.df[t]
            limit += 1

    def compare(self, a: Article, b: Article, *, _a: _Prepared | None = None,
                _b: _Prepared | None = None) -> Rewrite | None:
        """Is one of ``a``, ``b`` a sentence-by-sentence retelling of the other? Which way?"""
        pa = _a or _prepare(a, 0)
        pb = _b or _prepare(b, 1)
        if not pa.sentences or not pb.sentences:
            return None
        m = _similarity_matrix(pa, pb, self.idf if self.n_docs > 20 else (lambda t: 1.0))
        pairs = _align(m, self.sentence_threshold)
        if len(pairs) < self.min_pairs:
            return None
        shorter = min(len(pa.sentences), len(pb.sentences))
        longer = max(len(pa.sentences), len(pb.sentences))
        coverage = len(pairs) / shorter
        mean_sim = sum(p[2] for p in pairs) / len(pairs)
        # a retelling follows its source through: most sentences of the shorter text, and a good
        # part of the longer one, pair up in order; two reports of one event share only a few facts
        if coverage < self.min_coverage or len(pairs) / longer < self.min_longer_coverage:
            return None
        if mean_sim < self.min_mean_similarity:
            return None
        if mean_sim >= self.max_same_text:
            return None  # the same words: a duplicate, not a rewrite
        score = round(coverage * mean_sim, 4)
        if score < self.min_score:
            return None
        a_is_copy, why = self._direction(a, b, pa, pb, pairs)
        if a_is_copy:
            out = [(pa.sentences[i], pb.sentences[j], round(s, 3)) for i, j, s in pairs]
            return Rewrite(a.id, b.id, score, out, why)
        out = [(pb.sentences[j], pa.sentences[i], round(s, 3)) for i, j, s in pairs]
        return Rewrite(b.id, a.id, score, out, why)

    @staticmethod
    def _direction(a: Article, b: Article, pa: _Prepared, pb: _Prepared,
                   pairs: list[tuple[int, int, float]]) -> tuple[bool, str]:
        """(a is the copy, why)."""
        da, db = (a.published or "")[:10], (b.published or "")[:10]
        if da and db and da != db:
            return (da > db), f"published {min(da, db)}, the other {max(da, db)}"
        deta, detb = details(a.text), details(b.text)
        only_a, only_b = len(deta - detb), len(detb - deta)
        if only_a != only_b:
            return (only_a < only_b), (f"the original holds {max(only_a, only_b)} details the copy lacks "
                                       f"(the copy {min(only_a, only_b)})")
        if pa.length != pb.length:
            return (pa.length < pb.length), "the original is the longer text"
        return (pa.seq > pb.seq), "the original arrived first"

    # ---- state ---------------------------------------------------------------
    def to_state(self) -> dict[str, Any]:
        """The window's term index and metadata (arrival order) and the document frequencies."""
        return {"version": STATE_VERSION, "n_docs": self.n_docs, "seq": self.seq, "df": dict(self.df),
                "postings": {k: list(posted_ids(v)) for k, v in self.postings.items()},
                "meta": self.meta, "window": self.window,
                "evicted": self.evicted}

    @classmethod
    def from_state(cls, state: dict[str, Any], *, lookup: Callable[[str], Article | None] | None = None,
                   window: int | None = _SAVED, **params: Any) -> "RewriteFinder":
        """Rebuild a finder.  ``window`` defaults to the saved one (a state written before there
        was a window gets the default); a smaller one forgets the oldest articles at once."""
        if state.get("version") != STATE_VERSION:
            raise ValueError(f"rewrite state version {state.get('version')!r} is not {STATE_VERSION}")
        if window is _SAVED:
            window = state.get("window", DEFAULT_WINDOW)
        self = cls(lookup=lookup, window=window, **params)
        self.n_docs, self.seq = state["n_docs"], state["seq"]
        self.evicted = int(state.get("evicted", 0))
        self.df = Counter(state["df"])
        self.postings = {sys.intern(k): v[0] if len(v) == 1 else list(v)
                         for k, v in state["postings"].items() if v}
        self.meta = {k: list(v) for k, v in sorted(state["meta"].items(), key=lambda kv: kv[1][1])}
        keys_of: dict[str, list[str]] = {aid: [] for aid in self.meta}
        for k, ids in self.postings.items():
            for aid in posted_ids(ids):
                if aid in keys_of:
                    keys_of[aid].append(k)
        self.order = deque((aid, tuple(keys)) for aid, keys in keys_of.items())
        self._evict()
        return self


def find_rewrites(articles: Iterable[Article], **params: Any) -> list[Rewrite]:
    """All rewrites among ``articles`` (each compared with its indexed candidates only)."""
    finder = RewriteFinder(**params)
    out: list[Rewrite] = []
    for a in articles:
        out.extend(finder.add(a))
    return out
