"""Exact and near-duplicate articles: MinHash signatures over word shingles, LSH banding.

The same article reached at two URLs, copied by two aggregators, or framed by a
different header or footer shares almost all of its word shingles with the
other copy.  Each article gets a MinHash signature (numpy, stable across runs
and machines); an LSH table over bands of the signature gives the candidates
(no all-pairs loop); a candidate is confirmed on the estimated Jaccard
similarity, or on the estimated containment of the shorter text in the longer
one (a copy with extra header/footer lines).

``duplicate_of`` points at the earliest copy: by publication date, then by
arrival order.  When a new arrival turns out to be earlier than the copy that
was its group's first, the result lists the articles that must now point at it.

Memory is bounded by a retention window: news copies appear within days of the
original, so the index keeps only the most recent ``window`` articles (by
arrival) and forgets older ones everywhere (signature, band buckets, exact-text
key, copy group).  Eviction costs O(1) per article (a queue in arrival order).
What the window means for results:

* an article whose every earlier copy has left the window is not marked as a
  copy (it starts a new group);
* a copy of a group whose root (earliest copy) has left the window, found
  through a copy still inside it, points at that root all the same: the id
  stays valid in the store, it is only no longer held here;
* when a newcomer turns out to be earlier than its group's root, only the
  members still in the window are listed in ``repointed``; members already
  evicted keep pointing at the old root (which now points at the newcomer).

State is JSON-serialisable (``to_state`` / ``from_state``) and holds only the
window's articles: signatures are kept as base64 strings, buckets are rebuilt
on load.  States written before the window existed load as before.
"""
from __future__ import annotations

import base64
import re
import zlib
from collections import deque
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from newsloom.records import Article

STATE_VERSION = 2  # 2: MinHash multipliers over the full 61-bit range (signatures of 1 differ)
_WORD = re.compile(r"[^\W_]+", re.UNICODE)
_PRIME = np.uint64((1 << 61) - 1)
_MASK32 = np.uint64(0xFFFFFFFF)
DEFAULT_WINDOW = 100_000  # articles kept by the copy indexes; copies of news appear within days


def normalized_words(text: str) -> list[str]:
    """Lower-cased word tokens: case, punctuation and spacing do not make a copy different."""
    return _WORD.findall(text.lower())


def shingle_hashes(words: list[str], k: int = 5) -> np.ndarray:
    """32-bit hashes of the k-word shingles of ``words`` (stable, order-sensitive)."""
    if not words:
        return np.zeros(0, dtype=np.uint64)
    wh = np.fromiter((zlib.crc32(w.encode("utf-8")) for w in words), dtype=np.uint64, count=len(words))
    if len(words) < k:
        k = len(words)
    n = len(words) - k + 1
    h = np.zeros(n, dtype=np.uint64)
    mult = np.uint64(1000003)
    for j in range(k):  # polynomial rolling combination, wrapping in uint64
        h = h * mult + wh[j: j + n]
    h ^= h >> np.uint64(29)
    return np.unique(h & _MASK32)


class MinHasher:
    """MinHash with ``num_perm`` hash functions ((a*x+b) mod p, 32 bits kept), fixed seed."""

    def __init__(self, num_perm: int = 128, seed: int = 1):
        rng = np.random.RandomState(seed)
        self.num_perm = num_perm
        # multipliers spread over the whole 61-bit range; the products wrap modulo 2**64
        # before the prime modulus, which mixes the bits well enough for MinHash
        self.a = rng.randint(1, (1 << 61) - 1, size=num_perm, dtype=np.int64).astype(np.uint64)
        self.b = rng.randint(0, (1 << 61) - 1, size=num_perm, dtype=np.int64).astype(np.uint64)

    def signature(self, hashes: np.ndarray) -> np.ndarray:
        if hashes.size == 0:
            return np.full(self.num_perm, 0xFFFFFFFF, dtype=np.uint32)
        out = np.full(self.num_perm, np.iinfo(np.uint64).max, dtype=np.uint64)
        for start in range(0, hashes.size, 2048):  # bounded memory on long texts
            chunk = hashes[start: start + 2048]
            v = (np.outer(self.a, chunk) + self.b[:, None]) % _PRIME
            np.minimum(out, v.min(axis=1), out=out)
        return (out & _MASK32).astype(np.uint32)


@dataclass
class DuplicateMatch:
    """An article found to be a copy of an earlier one, with the evidence."""

    article_id: str
    duplicate_of: str  # the earliest copy of the group
    matched: str  # the copy it was compared with
    jaccard: float
    containment: float
    reason: str
    repointed: list[str] = field(default_factory=list)  # articles whose duplicate_of is now article_id


@dataclass(slots=True)
class _Doc:
    id: str
    sig: np.ndarray
    size: int
    published: str | None
    seq: int
    root: str  # earliest copy of its group (itself when first; may have left the window)
    norm: str | None = None  # its key in ``exact`` while it is the key's newest copy


class NearDuplicateIndex:
    """Finds exact and near-duplicate articles as they arrive."""

    def __init__(self, *, num_perm: int = 128, bands: int = 32, shingle: int = 5,
                 jaccard_threshold: float = 0.8, containment_threshold: float = 0.9,
                 min_size_ratio: float = 0.65, min_shingles: int = 8, seed: int = 1,
                 window: int | None = DEFAULT_WINDOW):
        if num_perm % bands:
            raise ValueError("num_perm must be a multiple of bands")
        if window is not None and window < 1:
            raise ValueError("window must be a positive number of articles, or None to keep all")
        self.num_perm, self.bands, self.shingle = num_perm, bands, shingle
        self.rows = num_perm // bands
        self.jaccard_threshold = jaccard_threshold
        self.containment_threshold = containment_threshold
        self.min_size_ratio = min_size_ratio
        self.min_shingles = min_shingles
        self.seed = seed
        self.window = window
        self.hasher = MinHasher(num_perm, seed)
        self.docs: dict[str, _Doc] = {}
        self.exact: dict[str, str] = {}  # hash of normalized text -> newest doc id with that text
        # band key -> the id in it, or the ids (arrival order) when several; most buckets hold one
        self.buckets: dict[int, str | list[str]] = {}
        self.members: dict[str, list[str]] = {}  # root in the window -> its other copies in the window
        self.order: deque[str] = deque()  # ids of ``docs`` in arrival order, oldest first
        self.seq = 0
        self.evicted = 0  # articles that have left the window

    # ---- signatures ----------------------------------------------------------
    def _band_keys(self, sig: np.ndarray) -> list[int]:
        """One key per band: the band's rows folded into an int (buckets live in memory only,
        they are rebuilt from the signatures on load)."""
        r = self.rows
        rows = sig.astype(np.uint64).reshape(self.bands, r)
        folded = np.zeros(self.bands, dtype=np.uint64)
        for j in range(r):
            folded = folded * np.uint64(0x100000001B3) + rows[:, j]
        return [(int(v) << 8) | i for i, v in enumerate(folded)]

    def signature(self, text: str) -> tuple[np.ndarray, int, str]:
        words = normalized_words(text)
        hashes = shingle_hashes(words, self.shingle)
        norm = format(zlib.crc32(" ".join(words).encode("utf-8")), "08x") + f":{len(words)}"
        return self.hasher.signature(hashes), int(hashes.size), norm

    @staticmethod
    def _earlier(a: _Doc, b: _Doc) -> bool:
        """Is ``a`` the earlier copy? Publication date first, arrival order second."""
        if a.published and b.published and a.published[:10] != b.published[:10]:
            return a.published[:10] < b.published[:10]
        if a.published and b.published and a.published != b.published:
            return a.published < b.published
        return a.seq < b.seq

    # ---- queries -------------------------------------------------------------
    def candidates(self, sig: np.ndarray) -> list[str]:
        seen: dict[str, None] = {}
        for key in self._band_keys(sig):
            for did in posted_ids(self.buckets.get(key)):
                seen.setdefault(did, None)
        return list(seen)

    def compare(self, sig: np.ndarray, size: int, other: _Doc) -> tuple[float, float]:
        """Estimated Jaccard of the shingle sets and containment of the smaller in the larger."""
        j = float(np.mean(sig == other.sig))
        small, big = sorted((max(size, 1), max(other.size, 1)))
        inter = j * (small + big) / (1.0 + j)
        return j, min(1.0, inter / small)

    def find(self, text: str) -> list[tuple[str, float, float, str]]:
        """Indexed articles that ``text`` copies: (id, jaccard, containment, reason), best first."""
        sig, size, _ = self.signature(text)
        return self._matches(sig, size)

    def _matches(self, sig: np.ndarray, size: int) -> list[tuple[str, float, float, str]]:
        out = []
        for did in self.candidates(sig):
            other = self.docs[did]
            j, c = self.compare(sig, size, other)
            ratio = min(size, other.size) / max(size, other.size, 1)
            if j >= self.jaccard_threshold:
                out.append((did, j, c, f"near-duplicate: {j:.0%} of word 5-grams shared"))
            elif c >= self.containment_threshold and ratio >= self.min_size_ratio:
                out.append((did, j, c, f"same text with other lines around it: {c:.0%} of the "
                                       f"shorter copy's word 5-grams are in the longer"))
        out.sort(key=lambda x: (-x[1], -x[2]))
        return out

    # ---- adding --------------------------------------------------------------
    def add(self, article: Article) -> DuplicateMatch | None:
        """Index ``article``; when it copies an indexed one, set ``article.duplicate_of`` and say why."""
        if article.id in self.docs:
            root = self.docs[article.id].root
            article.duplicate_of = root if root != article.id else None
            return None
        result = self._add(article)
        self._evict()
        return result

    def _add(self, article: Article) -> DuplicateMatch | None:
        self.seq += 1
        sig, size, norm = self.signature(article.text)
        doc = _Doc(article.id, sig, size, article.published, self.seq, article.id, norm)
        match: tuple[str, float, float, str] | None = None
        prev = self.exact.get(norm)
        if prev is not None and prev in self.docs:
            match = (prev, 1.0, 1.0, "exact copy: the same words in the same order")
            self.docs[prev].norm = None  # the newest copy holds the key: it stays longest in the window
        elif size >= self.min_shingles:
            found = self._matches(sig, size)
            if found:
                match = found[0]
        self.docs[article.id] = doc
        self.order.append(article.id)
        self.exact[norm] = article.id
        if size >= self.min_shingles:
            for key in self._band_keys(sig):
                post_id(self.buckets, key, article.id)
        if match is None:
            article.duplicate_of = None
            return None
        other = self.docs[match[0]]
        if other.root not in self.docs:
            # the group's earliest copy has left the window: it stays the group's root
            if other.root == article.id:  # an evicted article seen again
                article.duplicate_of = None
                return None
            doc.root = other.root
            article.duplicate_of = other.root
            return DuplicateMatch(article.id, other.root, other.id, match[1], match[2], match[3])
        root = self.docs[other.root]
        repointed: list[str] = []
        if self._earlier(doc, root):
            # the newcomer is the earliest copy: the whole group now points at it
            group = [root.id] + self.members.pop(root.id, [])
            for gid in group:
                self.docs[gid].root = article.id
            self.members[article.id] = group
            repointed = group
            article.duplicate_of = None
            return DuplicateMatch(article.id, article.id, other.id, match[1], match[2],
                                  match[3] + "; this copy is the earliest", repointed)
        doc.root = root.id
        self.members.setdefault(root.id, []).append(article.id)
        article.duplicate_of = root.id
        return DuplicateMatch(article.id, root.id, other.id, match[1], match[2], match[3])

    # ---- the retention window -------------------------------------------------
    def _evict(self) -> None:
        """Forget the oldest arrivals beyond ``window`` (each in O(bands + group size))."""
        if self.window is None:
            return
        while len(self.docs) > self.window and self.order:
            self._forget(self.order.popleft())

    def _forget(self, did: str) -> None:
        doc = self.docs.pop(did, None)
        if doc is None:
            return
        self.evicted += 1
        if doc.norm is not None and self.exact.get(doc.norm) == did:
            del self.exact[doc.norm]
        if doc.size >= self.min_shingles:
            for key in self._band_keys(doc.sig):
                unpost_id(self.buckets, key, did)
        if doc.root == did:
            # its copies still in the window keep it as their root (the id is valid in the store)
            self.members.pop(did, None)
        else:
            _drop(self.members, doc.root, did)

    def duplicate_of(self, article_id: str) -> str | None:
        d = self.docs.get(article_id)
        return d.root if d and d.root != article_id else None

    def __len__(self) -> int:
        return len(self.docs)

    # ---- state ---------------------------------------------------------------
    def to_state(self) -> dict[str, Any]:
        """The window's articles (in arrival order), their exact-text keys and the parameters."""
        return {
            "version": STATE_VERSION,
            "params": {"num_perm": self.num_perm, "bands": self.bands, "shingle": self.shingle,
                       "jaccard_threshold": self.jaccard_threshold,
                       "containment_threshold": self.containment_threshold,
                       "min_size_ratio": self.min_size_ratio, "min_shingles": self.min_shingles,
                       "seed": self.seed, "window": self.window},
            "seq": self.seq,
            "evicted": self.evicted,
            "docs": [[d.id, base64.b64encode(d.sig.tobytes()).decode("ascii"), d.size, d.published,
                      d.seq, d.root] for d in (self.docs[i] for i in self.order)],
            "exact": self.exact,
        }

    @classmethod
    def from_state(cls, state: dict[str, Any], **overrides: Any) -> "NearDuplicateIndex":
        """Rebuild an index; ``overrides`` replace saved parameters (e.g. ``window=10000``: a
        smaller window than the saved one forgets the oldest articles at once).  A state
        without a window (written before there was one) keeps the default window."""
        if state.get("version") != STATE_VERSION:
            raise ValueError(f"duplicate index state version {state.get('version')!r} is not {STATE_VERSION}")
        self = cls(**{**state["params"], **overrides})
        self.seq = state["seq"]
        self.evicted = int(state.get("evicted", 0))
        rows = sorted(state["docs"], key=lambda r: r[4])  # arrival order
        for did, sig64, size, published, seq, root in rows:
            sig = np.frombuffer(base64.b64decode(sig64), dtype=np.uint32).copy()
            self.docs[did] = _Doc(did, sig, size, published, seq, root)
            self.order.append(did)
            if size >= self.min_shingles:
                for key in self._band_keys(sig):
                    post_id(self.buckets, key, did)
        for did, doc in self.docs.items():
            if doc.root != did and doc.root in self.docs:
                self.members.setdefault(doc.root, []).append(did)
        for norm, did in state["exact"].items():
            if did in self.docs:
                self.exact[norm] = did
                self.docs[did].norm = norm
        self._evict()
        return self


def _drop(index: dict[Any, Any], key: Any, did: str) -> None:
    """Remove ``did`` from ``index[key]`` (lists in arrival order: the oldest is usually first),
    and the key once its list is empty."""
    lst = index.get(key)
    if not lst:
        return
    if lst[0] == did:
        del lst[0]
    else:
        try:
            lst.remove(did)
        except ValueError:
            return
    if not lst:
        del index[key]


# An index whose keys mostly hold one id keeps it as a plain string, a list (arrival order) when
# several: shared by the band buckets here and the rewrite finder's postings.
def posted_ids(ids: str | list[str] | None) -> tuple[str, ...] | list[str]:
    """The ids under one key of such an index (``index.get(key)``)."""
    if ids is None:
        return ()
    return (ids,) if isinstance(ids, str) else ids


def post_id(index: dict[Any, str | list[str]], key: Any, did: str) -> None:
    """Add ``did`` under ``key``, the newest last."""
    ids = index.get(key)
    if ids is None:
        index[key] = did
    elif isinstance(ids, str):
        index[key] = [ids, did]
    else:
        ids.append(did)


def unpost_id(index: dict[Any, str | list[str]], key: Any, did: str) -> None:
    """Remove ``did`` from under ``key``: one id left goes back to a string, none drops the key."""
    ids = index.get(key)
    if ids is None:
        return
    if isinstance(ids, str):
        if ids == did:
            del index[key]
        return
    _drop(index, key, did)
    if len(ids) == 1:
        index[key] = ids[0]
