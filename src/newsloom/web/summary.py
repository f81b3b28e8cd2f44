"""A short extractive summary of a story: its most central sentences.

Every sentence of the story's articles (copies left out) becomes a TF-IDF
vector; a sentence's centrality is its summed cosine similarity to the
sentences of *other* articles, so a line that several outlets report scores
high while one outlet's aside does not.  The top sentences are picked
greedily, skipping any that repeat one already picked, and are returned in
story order with the article each came from.
"""
from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable

import numpy as np

from .summary_words import MAX_WORDS, MIN_WORDS, STOP_WORDS

_SENTENCE_END = re.compile(r"(?<=[.!?])[\"'”’)\]]*\s+(?=[\"'“‘(\[]?[A-Z0-9])")
_WORD = re.compile(r"[^\W_]+", re.UNICODE)

# How much of a story is read: enough for the central lines, bounded for speed.
MAX_ARTICLES = 40
MAX_SENTENCES_PER_ARTICLE = 12
# Two picked sentences more similar than this say the same thing.
REPEAT_SIMILARITY = 0.6


_controller = None


def _gram(matrix: np.ndarray) -> np.ndarray:
    """``matrix @ matrix.T`` on one BLAS thread.

    The matrices are small and a web server calls this between long idle
    gaps; waking a pool of BLAS threads each time costs ~10 ms, one thread
    ~0.1 ms.
    """
    global _controller
    if _controller is None:
        try:
            from threadpoolctl import ThreadpoolController

            _controller = ThreadpoolController()
        except ImportError:  # optional: without it BLAS keeps its own threading
            _controller = False
    if _controller:
        with _controller.limit(limits=1, user_api="blas"):
            return matrix @ matrix.T
    return matrix @ matrix.T


def split_sentences(text: str) -> list[str]:
    """Sentences of a text (paragraph breaks always end a sentence)."""
    out = []
    for para in re.split(r"\n\s*\n", text or ""):
        para = " ".join(para.split())
        if not para:
            continue
        out.extend(s.strip() for s in _SENTENCE_END.split(para) if s.strip())
    return out


def _terms(sentence: str) -> list[str]:
    return [w for w in _WORD.findall(sentence.lower())
            if len(w) > 1 and w not in STOP_WORDS and not w.isdigit()]


def summarize(articles: Iterable, k: int = 3) -> list[dict]:
    """The ``k`` most central sentences of a story's articles.

    ``articles`` are :class:`~newsloom.records.Article` objects (or anything
    with ``id``, ``text``, ``outlet`` and ``duplicate_of``).  Returns dicts with
    ``sentence``, ``article_id``, ``outlet`` and ``score``, in story order.
    """
    items: list[tuple[int, int, str, list[str]]] = []  # (article no., sentence no., text, terms)
    meta = []
    for a_no, article in enumerate(a for a in articles if not getattr(a, "duplicate_of", None)):
        if a_no >= MAX_ARTICLES:
            break
        meta.append(article)
        for s_no, sentence in enumerate(split_sentences(article.text)[:MAX_SENTENCES_PER_ARTICLE]):
            n_words = len(sentence.split())
            if not MIN_WORDS <= n_words <= MAX_WORDS:
                continue
            terms = _terms(sentence)
            if len(terms) >= 3:
                items.append((a_no, s_no, sentence, terms))
    if not items:
        return []
    vocab: dict[str, int] = {}
    df: Counter = Counter()
    for *_, terms in items:
        df.update(set(terms))
    for term in df:
        vocab[term] = len(vocab)
    n = len(items)
    idf = {term: math.log((1 + n) / (1 + count)) for term, count in df.items()}
    rows, cols, vals = [], [], []
    for row, (*_, terms) in enumerate(items):
        for term, tf in Counter(terms).items():
            rows.append(row)
            cols.append(vocab[term])
            vals.append((1 + math.log(tf)) * idf[term])
    matrix = np.zeros((n, len(vocab)), dtype=np.float32)
    matrix[rows, cols] = vals
    norms = np.linalg.norm(matrix, axis=1)
    norms[norms == 0] = 1
    matrix /= norms[:, None]
    sim = _gram(matrix)
    owner = np.array([it[0] for it in items])
    other = owner[:, None] != owner[None, :]
    if other.any(axis=1).any():
        centrality = (sim * other).sum(axis=1)
    else:  # a single article: plain similarity to its own other sentences
        centrality = sim.sum(axis=1) - 1
    # A gentle lead bias: news puts the essentials first.
    centrality = centrality * np.array([1.0 / (1 + 0.05 * it[1]) for it in items])
    picked: list[int] = []
    for idx in np.argsort(-centrality, kind="stable"):
        if len(picked) == k:
            break
        if any(sim[idx, j] > REPEAT_SIMILARITY for j in picked):
            continue
        picked.append(int(idx))
    picked.sort(key=lambda i: (items[i][0], items[i][1]))
    return [
        {"sentence": items[i][2], "article_id": meta[items[i][0]].id,
         "outlet": meta[items[i][0]].outlet, "score": round(float(centrality[i]), 4)}
        for i in picked
    ]
