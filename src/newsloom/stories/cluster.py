"""Online single-pass story clustering.

``StoryClusterer.add(article)`` puts each article into the story it best
matches or starts a new story.  A story keeps a pruned centroid of its
members' term vectors (content words, names, years), its names, its time span
and its titles.  Document frequencies are counted online, so term weights
adapt to the stream; until the stream is long enough to tell common words from
rare ones, they are blended with background counts shipped with newsloom
(``newsloom/data/background_df.json.gz``, see :class:`Background`).  A new
article is compared only to the candidate stories found through an inverted
index over the stories' top terms, each posting list holding only the most
recently active stories: the cost per article does not grow with the number of
stories.

Memory follows the open stories: a story no article joined for a long while
(in days of the stream, or in articles) is closed, handed to ``on_close`` (the
pipeline stage has already written its articles' assignments to the store) and
forgotten, with its articles' entries in the article-to-story map.

Everything the clusterer knows is in ``to_state()``, a JSON-serialisable dict;
``StoryClusterer.from_state(state)`` resumes it, so a later run adds articles
to the stories of an earlier one.
"""
from __future__ import annotations

import gzip
import json
import math
import sys
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Any, Callable

from newsloom.records import Article, short_id
from newsloom.stories.features import StoryFeatures, article_features, day_number, log_tf

STATE_VERSION = 1
# terms weighed by the stream's own counts only: years and figures (how common a year or a figure
# is depends on when and about what a collection was written, not on news in general)
STREAM_ONLY = ("y:", "#:")


@dataclass
class StoryParams:
    """The knobs of the clusterer (tuned on held-apart topics, see evaluation/eval_stories.py)."""

    threshold: float = 0.16  # least match score to join a story
    centroid_terms: int = 100  # terms kept per story centroid
    first_centroid_terms: int = 60  # terms kept while the story has one article (grows with its size)
    index_terms: int = 25  # of those, how many go into the inverted index
    query_terms: int = 20  # article terms looked up in the index
    max_postings: int = 64  # most recent stories kept per index term
    max_candidates: int = 30  # stories scored per article at most
    decay_days: float = 5.0  # time scale of the date penalty
    time_floor: float = 0.5  # the least share of its score a match keeps however far apart in time
    merge_threshold: float = 0.20  # an article scoring this with one story ...
    merge_second: float = 0.20  # ... and this with another merges the two, unless the two disagree on when:
    merge_dating_gap: float = 0.5  # their shares of dated reports differ by more than this, or
    merge_max_gap_days: float = 60.0  # their dated reports lie more than this many days apart
    same_day_bonus: float = 0.05  # bonus when the article's day falls within the story's span (±1 day)
    window_days: float = 365.0  # beyond this gap an article never joins a story
    close_after_days: float = 120.0  # a dated story idle this long (behind the newest date seen) is closed
    close_every: int = 1000  # articles between two sweeps for idle stories
    close_after_articles: int = 20000  # a story no article joined among this many latest ones is closed
    df_cap: int = 200000  # terms (and names) counted before those met only once are forgotten
    name_weight: float = 0.3  # weight of the name cosine in the match score
    name_center: float = 0.3  # name cosine that neither helps nor hurts
    year_penalty: float = 0.10  # malus when the article's year is not the story's
    undated_year_penalty: float = 0.05  # same, for an undated article naming only older years
    dating_min_size: int = 1  # reports a story needs before its dating counts (one report may lack a date by chance)
    near_years: int = 2  # an undated report naming a year this close before a dated one's may be from its time
    dating_penalty: float = 0.2  # malus x the share of the story's members whose dating (a date or none) differs:
    # an article whose day is known, among reports that do not say when they were written (or the
    # other way round), needs more words in common to join them
    title_weight: float = 2.0
    lead_weight: float = 1.5
    body_weight: float = 0.5
    lead_sentences: int = 3
    name_feature_weight: float = 1.5
    number_feature_weight: float = 1.0  # weight of the figures an article gives (see features.event_numbers)
    conflict_penalty: float = 0.1  # malus when article and story are about different main names
    main_name_min: float = 4.0  # mentions that make a name one of the article's main names
    story_known_share: float = 0.0  # share of members that make a name known to the story
    story_main_share: float = 0.5  # share of members that make a name one of the story's main names
    vector_names: int = 50  # most mentioned names of a story in its name vector
    vector_cache: int = 3000  # story vectors kept ready (recently compared stories)
    max_titles: int = 8
    max_members: int = 2000  # member ids kept per story (the store keeps the rest)
    # the background document frequencies count as this many documents before any article is
    # seen, and fade as prior_docs / (1 + articles seen / prior_fade): they settle the weights of
    # a small collection and leave a large one to its own counts
    prior_docs: float = 5.0
    prior_fade: float = 10.0


@dataclass(frozen=True)
class Background:
    """Document frequencies of terms and names over general news text, as a prior for the idf.

    Counted by ``evaluation/build_background_df.py`` in the form
    :func:`~newsloom.stories.features.article_features` produces; only the
    terms met in at least two of its documents are kept (any other term counts
    as rare).  Years are not in it: how often a year is mentioned depends on
    when a collection was written, so year weights come from the stream alone; so do the
    weights of figures (``#:`` terms).
    """

    n_docs: int
    df: dict[str, int]
    name_df: dict[str, int]

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "Background":
        return cls(int(d["n_docs"]), dict(d.get("df", {})), dict(d.get("name_df", {})))


@lru_cache(maxsize=1)
def shipped_background() -> Background | None:
    """The background counts shipped with newsloom (None when the file is missing or unreadable)."""
    try:
        raw = resources.files("newsloom").joinpath("data", "background_df.json.gz").read_bytes()
        return Background.from_dict(json.loads(gzip.decompress(raw).decode("utf-8")))
    except (OSError, ValueError, KeyError, TypeError):
        return None


@dataclass
class Story:
    """A cluster of articles about one real-world event."""

    id: str
    centroid: dict[str, float]  # summed unit-length log-tf vectors (idf applied at match time)
    size: int = 0
    members: list[str] = field(default_factory=list)
    titles: list[list[Any]] = field(default_factory=list)  # [title, match score, article id]
    names: dict[str, int] = field(default_factory=dict)
    years: dict[str, int] = field(default_factory=dict)
    year_estimates: dict[str, int] = field(default_factory=dict)
    name_docs: dict[str, int] = field(default_factory=dict)  # members mentioning each name
    dated_years: dict[str, int] = field(default_factory=dict)  # years of the dated members
    first_day: int | None = None
    last_day: int | None = None
    first_published: str | None = None
    last_published: str | None = None
    last_seq: int = 0
    indexed: list[str] = field(default_factory=list)  # terms under which it is in the index
    closed: bool = False  # idle too long: taken out of the clusterer (see StoryClusterer.close_idle)

    @property
    def label(self) -> str:
        from newsloom.stories.label import story_label

        return story_label(self)

    def span(self) -> tuple[str | None, str | None]:
        return self.first_published, self.last_published

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id, "centroid": self.centroid, "size": self.size, "members": self.members,
            "titles": self.titles, "names": self.names, "years": self.years,
            "year_estimates": self.year_estimates, "name_docs": self.name_docs,
            "dated_years": self.dated_years,
            "first_day": self.first_day, "last_day": self.last_day,
            "first_published": self.first_published, "last_published": self.last_published,
            "last_seq": self.last_seq, "indexed": self.indexed,
            "closed": self.closed,
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "Story":
        return cls(**{k: v for k, v in d.items() if k in cls.__dataclass_fields__})


@dataclass
class Assignment:
    """Why an article went where it went."""

    story_id: str
    score: float
    new: bool
    reason: str
    candidates: int
    merged: list[str] = field(default_factory=list)  # stories folded into story_id by this article


def main_names(names: Counter | dict, min_count: float) -> list[str]:
    """The names an article is about: mentioned at least ``min_count`` times (opening mentions count double)."""
    return [n for n, k in names.items() if k >= min_count]


class StoryClusterer:
    """Single-pass clustering of a stream of articles into stories."""

    def __init__(self, params: StoryParams | None = None, *, background: Background | None | bool = True,
                 **overrides: Any):
        """``background``: the prior document frequencies (True: the ones shipped with newsloom;
        None or False: none, weights from the stream alone)."""
        self.params = params or StoryParams()
        for k, v in overrides.items():
            if not hasattr(self.params, k):
                raise TypeError(f"unknown story parameter {k!r}")
            setattr(self.params, k, v)
        self.df: Counter = Counter()
        self.name_df: Counter = Counter()
        self.n_docs = 0
        self.seq = 0
        self.stories: dict[str, Story] = {}
        self.postings: dict[str, list[str]] = {}
        self.article_story: dict[str, str] = {}
        self.merged: dict[str, str] = {}  # story id -> the story it was merged into
        self.latest_day: int | None = None  # newest article day seen
        self._vec_cache: dict[str, tuple[int, int, tuple]] = {}
        self.background = shipped_background() if background is True else (background or None)
        self._prior_at = (-1, 0.0, 0.0)  # (n_docs, prior mass in documents, mass per background document)
        # called with each story the clusterer closes (and forgets), e.g. to keep its summary elsewhere
        self.on_close: Callable[[Story], None] | None = None
        self.n_closed = 0  # stories closed so far

    # ---- weights -----------------------------------------------------------------
    def _prior(self) -> tuple[float, float]:
        """The background's weight now, in documents, and that weight per background document.

        It starts at ``prior_docs`` and fades as the stream grows (half of it
        after ``prior_fade`` articles), so a small collection is weighed like
        general news and a large one by its own counts.
        """
        at = self._prior_at
        if at[0] != self.n_docs:
            p, bg = self.params, self.background
            if bg is None or bg.n_docs <= 0 or p.prior_docs <= 0:
                mass = 0.0
            else:
                mass = p.prior_docs / (1.0 + self.n_docs / p.prior_fade) if p.prior_fade > 0 else p.prior_docs
            at = self._prior_at = (self.n_docs, mass, mass / bg.n_docs if mass else 0.0)
        return at[1], at[2]

    def idf(self, term: str) -> float:
        mass, per_doc = self._prior()
        if not mass or term.startswith(STREAM_ONLY):
            return math.log((self.n_docs + 2) / (self.df.get(term, 0) + 1))
        return math.log((self.n_docs + mass + 2)
                        / (self.df.get(term, 0) + per_doc * self.background.df.get(term, 0) + 1))

    def name_idf(self, name: str) -> float:
        mass, per_doc = self._prior()
        if not mass:
            return math.log((self.n_docs + 2) / (self.name_df.get(name, 0) + 1))
        return math.log((self.n_docs + mass + 2)
                        / (self.name_df.get(name, 0) + per_doc * self.background.name_df.get(name, 0) + 1))

    def _weighted(self, vec: dict[str, float]) -> dict[str, float]:
        return {t: w * self.idf(t) for t, w in vec.items()}

    @staticmethod
    def _unit(vec: dict[str, float]) -> dict[str, float]:
        n = math.sqrt(sum(w * w for w in vec.values()))
        return {t: w / n for t, w in vec.items()} if n else {}

    # ---- matching ----------------------------------------------------------------
    def features(self, article: Article) -> StoryFeatures:
        p = self.params
        return article_features(article.text, article.title, article.published,
                                title_weight=p.title_weight, lead_weight=p.lead_weight,
                                body_weight=p.body_weight, lead_sentences=p.lead_sentences,
                                name_weight=p.name_feature_weight, number_weight=p.number_feature_weight)

    def _story_vector(self, story: Story) -> tuple[dict[str, float], dict[str, float], set[str], list[str]]:
        """The story's idf-weighted unit centroid, name vector, name tokens and main names.

        Cached until the story changes or the collection grows by a tenth.
        """
        hit = self._vec_cache.get(story.id)
        if hit is not None and hit[0] == story.size and hit[1] * 1.1 >= self.n_docs:
            return hit[2]
        p = self.params
        vec = self._unit(self._weighted(story.centroid))
        top_names = sorted(story.names.items(), key=lambda x: -x[1])[: p.vector_names]
        nvec = self._name_vector(dict(top_names))
        s_main = [n for n, k in story.name_docs.items() if k >= max(1.0, p.story_main_share * story.size)]
        # names the story is known by: in a good share of its articles (a name every report
        # mentions in passing is not enough to make another event's protagonist at home here)
        known = {n for n, k in story.name_docs.items() if k >= p.story_known_share * story.size}
        out = (vec, nvec, {w for n in known for w in n.split()}, s_main, known)
        self._vec_cache[story.id] = (story.size, self.n_docs, out)
        if len(self._vec_cache) > p.vector_cache:
            self._vec_cache.pop(next(iter(self._vec_cache)))
        return out

    def _name_vector(self, counts: dict[str, float]) -> dict[str, float]:
        """Unit vector of names, each weighed by its rarity."""
        return self._unit({n: (1.0 + math.log(c)) * self.name_idf(n) for n, c in counts.items() if c >= 1})

    def _candidates(self, avec: dict[str, float]) -> list[str]:
        p = self.params
        # the heaviest terms that some story is indexed under (a term no story has finds nothing)
        top = [t for t in sorted(avec, key=avec.get, reverse=True) if t in self.postings][: p.query_terms]
        hits: Counter = Counter()
        for t in top:
            for sid in self.postings.get(t, ()):
                if sid not in self.stories:  # merged away since it was indexed
                    sid = self.resolve(sid)
                story = self.stories.get(sid)
                if story is not None and not story.closed:
                    hits[sid] += avec[t]
        return [sid for sid, _ in hits.most_common(p.max_candidates)]

    def _article_context(self, avec: dict[str, float], feats: StoryFeatures) -> dict[str, Any]:
        """What every candidate comparison needs from the article, computed once."""
        return {
            "unit": self._unit(avec),
            "names": self._name_vector(feats.names),
            "name_tokens": {w for n in feats.names for w in n.split()},
            "main": main_names(feats.names, self.params.main_name_min),
        }

    @staticmethod
    def _dot(a: dict[str, float], b: dict[str, float]) -> float:
        if len(a) > len(b):
            a, b = b, a
        get = b.get
        return sum(w * get(t, 0.0) for t, w in a.items())

    def _score(self, ctx: dict[str, Any], feats: StoryFeatures, story: Story) -> tuple[float, str]:
        p = self.params
        cvec, nvec, s_toks, s_main, s_known = self._story_vector(story)
        # what: content words, names and years of the article against the story centroid
        cos = self._dot(ctx["unit"], cvec)
        score = cos
        why = [f"cosine {cos:.2f}"]
        # who: the names both mention, weighted by rarity
        if ctx["names"] and nvec:
            ncos = self._dot(ctx["names"], nvec)
            score += p.name_weight * (ncos - p.name_center)
            why.append(f"names {ncos:.2f}")
        # different protagonists: each side has a main name the other never mentions
        if p.conflict_penalty and ctx["main"] and s_main:
            a_missing = [n for n in ctx["main"] if n not in s_known and n.split()[-1] not in s_toks]
            if a_missing:
                s_missing = [n for n in s_main if n not in feats.names and n.split()[-1] not in ctx["name_tokens"]]
                if s_missing:
                    score -= p.conflict_penalty
                    why.append(f"{a_missing[0]!r} here, {s_missing[0]!r} there -{p.conflict_penalty:.2f}")
        # when: the year of the article's date, or for an undated one the latest year it
        # mentions (it was written that year or later), against the story's years
        pen = 0.0
        est = feats.year_estimate
        if est is not None:
            if story.dated_years:
                if feats.day is not None:
                    agree = story.dated_years.get(str(est), 0) / sum(story.dated_years.values())
                    pen = p.year_penalty * max(0.0, 1.0 - 2 * agree)
                elif est > max(int(y) for y in story.dated_years):
                    pen = p.year_penalty  # it speaks of a later year than the story happened
                else:  # an older year: background, or another event
                    agree = story.year_estimates.get(str(est), 0) / sum(story.year_estimates.values())
                    pen = p.undated_year_penalty * max(0.0, 1.0 - 2 * agree)
            elif story.year_estimates:
                if feats.day is not None:
                    if max(int(y) for y in story.year_estimates) > est:
                        pen = p.year_penalty
                else:
                    agree = story.year_estimates.get(str(est), 0) / sum(story.year_estimates.values())
                    pen = p.year_penalty * max(0.0, 1.0 - 2 * agree)
        if pen:
            score -= pen
            why.append(f"year {est} not the story's -{pen:.2f}")
        if p.dating_penalty and story.size >= p.dating_min_size:
            dated = sum(story.dated_years.values())
            other = (story.size - dated) if feats.day is not None else dated
            if other and not self._plausible_time(feats, story):
                pen = p.dating_penalty * other / story.size
                score -= pen
                why.append(f"{'dated' if feats.day is not None else 'undated'} among "
                           f"{'undated' if feats.day is not None else 'dated'} -{pen:.2f}")
        # time
        if feats.day is not None and story.first_day is not None:
            day = feats.day_near(story.first_day, story.last_day)
            gap = max(0, story.first_day - day, day - story.last_day)
            if gap > p.window_days:
                return -1.0, f"{gap} days apart"
            if gap <= 1 and p.same_day_bonus:
                score += p.same_day_bonus
                why.append(f"same days +{p.same_day_bonus:.2f}")
            elif gap > 1:
                f = p.time_floor + (1.0 - p.time_floor) * math.exp(-(gap - 1) / p.decay_days)
                score *= f
                why.append(f"{gap} days apart x{f:.2f}")
        return score, ", ".join(why)

    def _plausible_time(self, feats: StoryFeatures, story: Story) -> bool:
        """Whether the undated side (the article, or the story's reports) names a year close to the
        dated side's: an undated report naming the year of the event, or the one or two before it,
        may well be from that time; one naming no year, or only years long before, gives no sign
        of it."""
        near = self.params.near_years
        if feats.day is not None:  # a dated article among undated reports: the latest year the
            # story's reports name or are dated in
            years = [int(y) for y in story.year_estimates if y != "None"]
            y_u = max(years) if years else None
            y_d = feats.year_estimate
        else:
            y_u = feats.year_estimate
            y_d = max((int(y) for y in story.dated_years if y != "None"), default=None)
        if y_u is None or y_d is None:
            return False
        return y_d - near <= y_u <= y_d + 1

    def match(self, article: Article) -> Assignment | None:
        """The best story for ``article`` without adding it (None when none is good enough)."""
        feats = self.features(article)
        avec = self._weighted(log_tf(feats.terms))
        best = self._best(avec, feats)
        if best and best[1] >= self.params.threshold:
            return Assignment(best[0], best[1], False, best[2], best[3])
        return None

    def _best(self, avec: dict[str, float], feats: StoryFeatures):
        """(best story id, score, why, candidates, [other stories scoring at least merge_threshold])."""
        ctx = self._article_context(avec, feats)
        cands = self._candidates(avec)
        scored = []
        for sid in cands:
            s, why = self._score(ctx, feats, self.stories[sid])
            scored.append((s, sid, why))
        if not scored:
            return None
        scored.sort(key=lambda x: -x[0])
        s, sid, why = scored[0]
        also = [x[1] for x in scored[1:] if x[0] >= self.params.merge_second]
        return (sid, s, why, len(cands), also)

    # ---- adding ------------------------------------------------------------------
    def add(self, article: Article) -> str:
        """Put ``article`` into a story and return the story id (also set on ``article.story``)."""
        return self.assign(article).story_id

    def assign(self, article: Article) -> Assignment:
        p = self.params
        if article.id in self.article_story:
            sid = self.resolve(self.article_story[article.id])
            article.story = sid
            return Assignment(sid, 1.0, False, "already clustered", 0)
        feats = self.features(article)
        self.seq += 1
        self.n_docs += 1
        # a copy or a rewrite of an article already placed tells the same story: it joins it
        linked = next((sid for sid in (self.story_of(o) for o in (article.duplicate_of, article.rewrite_of)
                                       if o and o != article.id) if sid in self.stories), None)
        self.df.update(feats.terms.keys())
        self.name_df.update(feats.names.keys())
        if len(self.df) > p.df_cap or len(self.name_df) > p.df_cap:
            self._prune_counts()
        tf = log_tf(feats.terms)
        avec = self._weighted(tf)
        best = self._best(avec, feats)
        if linked is not None:
            story = self.stories[linked]
            result = Assignment(story.id, 1.0, False, "copy or rewrite of an article of this story",
                                best[3] if best else 0)
        elif best and best[1] >= p.threshold:
            story = self.stories[best[0]]
            result = Assignment(story.id, best[1], False, best[2], best[3])
            if best[1] >= p.merge_threshold:
                # the article matches two stories firmly: they were one story begun twice
                for other in best[4]:
                    if other in self.stories and other != story.id and self._mergeable(story, self.stories[other]):
                        self._merge(story, self.stories[other])
                        result.merged.append(other)
                if result.merged:
                    result.reason += f"; merged {len(result.merged)} other stor{'y' if len(result.merged) == 1 else 'ies'}"
        else:
            story = Story(id="s" + short_id(article.id, str(self.seq), length=12), centroid={})
            self.stories[story.id] = story
            cands = best[3] if best else 0
            result = Assignment(story.id, 1.0, True,
                                f"new story (best match {best[1]:.2f} < {p.threshold})" if best
                                else "new story (no candidate)", cands)
        self._absorb(story, tf, feats, article, result.score)
        self.article_story[article.id] = story.id
        article.story = story.id
        # the stream's clock moves on publication dates only (a date read from the text may be wrong)
        pub_day = day_number(article.published)
        if pub_day is not None and (self.latest_day is None or pub_day > self.latest_day):
            self.latest_day = pub_day
        if p.close_every and self.seq % p.close_every == 0:
            self.close_idle()
        return result

    def _prune_counts(self) -> None:
        """Forget the terms and names met in one article only, once there are more than ``df_cap``.

        A stream of news keeps bringing new words (names above all); most are met
        once and never again.  Forgetting them reads them as unseen, which weighs
        them almost the same, and keeps the counts within a bound.
        """
        cap = self.params.df_cap
        for counts in (self.df, self.name_df):
            if len(counts) <= cap:
                continue
            for t in [t for t, k in counts.items() if k <= 1]:
                del counts[t]
            # when most terms were met more than once, forgetting the single ones is not
            # enough: go on with the next rarest down to three quarters of the cap, so that
            # the next articles do not each pay for another full pass
            if len(counts) > cap:
                limit = 2
                while len(counts) > 0.75 * cap:
                    for t in [t for t, k in counts.items() if k <= limit]:
                        del counts[t]
                    limit += 1

    def close_idle(self) -> list[str]:
        """Close the dated stories idle for ``close_after_days`` behind the newest date seen, and
        any story no article has joined for ``close_after_articles`` articles (undated ones too).

        A closed story is handed to ``on_close`` and forgotten: it leaves ``stories``, the index
        and the article-to-story map (``story_of`` no longer knows its articles; the store does),
        so memory follows the stories still open.  A late article about it starts a new story.
        Returns the ids of the stories closed.
        """
        p = self.params
        day_limit = (self.latest_day - p.close_after_days
                     if self.latest_day is not None and p.close_after_days else None)
        seq_limit = self.seq - p.close_after_articles if p.close_after_articles else None
        if day_limit is None and seq_limit is None:
            return []
        idle = [story for story in self.stories.values()
                if story.closed
                or (day_limit is not None and story.last_day is not None and story.last_day < day_limit)
                or (seq_limit is not None and story.last_seq < seq_limit)]
        for story in idle:
            self._forget(story)
        return [story.id for story in idle]

    def _forget(self, story: Story) -> None:
        """Take a closed story out of the clusterer (see :meth:`close_idle`)."""
        story.closed = True
        for t in story.indexed:
            lst = self.postings.get(t)
            if lst and story.id in lst:
                lst.remove(story.id)
                if not lst:
                    del self.postings[t]
        story.indexed = []
        for aid in story.members:
            if self.article_story.get(aid) is not None and self.resolve(self.article_story[aid]) == story.id:
                del self.article_story[aid]
        del self.stories[story.id]
        self._vec_cache.pop(story.id, None)
        self.n_closed += 1
        if self.on_close is not None:
            self.on_close(story)

    def _mergeable(self, a: Story, b: Story) -> bool:
        """Whether one article matching both stories may fold them into one.

        A report can sit between two stories of similar events (two arrests of two players of one
        team); the stories themselves must agree on time: both about as often dated (reports that
        say when they were written against reports that do not are told apart the same way when an
        article joins), and their dated reports close in time.
        """
        p = self.params
        share_a = sum(a.dated_years.values()) / max(1, a.size)
        share_b = sum(b.dated_years.values()) / max(1, b.size)
        if abs(share_a - share_b) > p.merge_dating_gap:
            return False
        if a.first_day is not None and b.first_day is not None:
            gap = max(0, a.first_day - b.last_day, b.first_day - a.last_day)
            if gap > p.merge_max_gap_days:
                return False
        return True

    def _merge(self, keep: Story, gone: Story) -> None:
        """Fold story ``gone`` into ``keep`` (ids of ``gone`` resolve to ``keep`` afterwards)."""
        p = self.params
        for t, w in gone.centroid.items():
            keep.centroid[t] = keep.centroid.get(t, 0.0) + w
        if len(keep.centroid) > p.centroid_terms:
            c = keep.centroid
            keep.centroid = {t: c[t] for t in sorted(c, key=lambda t: c[t] * self.idf(t), reverse=True)[: p.centroid_terms]}
        for attr in ("names", "name_docs", "years", "year_estimates", "dated_years"):
            d = getattr(keep, attr)
            for k, v in getattr(gone, attr).items():
                d[k] = d.get(k, 0) + v
        keep.size += gone.size
        keep.members.extend(gone.members[: max(0, p.max_members - len(keep.members))])
        keep.titles = sorted(keep.titles + gone.titles, key=lambda x: -x[1])[: p.max_titles]
        for a, b in (("first_day", min), ("last_day", max), ("first_published", min), ("last_published", max)):
            vals = [v for v in (getattr(keep, a), getattr(gone, a)) if v is not None]
            setattr(keep, a, b(vals) if vals else None)
        for aid in gone.members:
            self.article_story[aid] = keep.id
        self.merged[gone.id] = keep.id
        for t in gone.indexed:
            lst = self.postings.get(t)
            if lst and gone.id in lst:
                lst.remove(gone.id)
        del self.stories[gone.id]
        self._vec_cache.pop(gone.id, None)
        self._vec_cache.pop(keep.id, None)

    def resolve(self, story_id: str) -> str:
        """The current id of a story that may since have been merged into another."""
        seen = 0
        while story_id in self.merged and seen < 1000:
            story_id = self.merged[story_id]
            seen += 1
        return story_id

    def _absorb(self, story: Story, tf: dict[str, float], feats: StoryFeatures, article: Article,
                score: float) -> None:
        p = self.params
        unit = self._unit(tf)
        c = story.centroid
        for t, w in unit.items():
            if t in c:
                c[t] += w
            else:
                c[sys.intern(t)] = w  # one string per term across stories
        limit = min(p.centroid_terms, p.first_centroid_terms * (story.size + 1))
        if len(c) > limit:  # a young story keeps fewer terms: most stories stay single articles
            keep = sorted(c, key=lambda t: c[t] * self.idf(t), reverse=True)[:limit]
            story.centroid = c = {t: c[t] for t in keep}
        story.size += 1
        if len(story.members) < p.max_members:
            story.members.append(article.id)
        if feats.title:
            story.titles.append([feats.title, round(score, 4), article.id])
            if len(story.titles) > p.max_titles:
                story.titles.sort(key=lambda x: -x[1])
                del story.titles[p.max_titles:]
        for n, k in feats.names.items():
            if n not in story.names:
                n = sys.intern(n)  # one string per name across stories
            story.names[n] = story.names.get(n, 0) + k
        if len(story.names) > 2 * limit:
            story.names = dict(Counter(story.names).most_common(limit))
        for n in main_names(feats.names, 1):
            n = sys.intern(n)
            story.name_docs[n] = story.name_docs.get(n, 0) + 1
        if len(story.name_docs) > 2 * p.centroid_terms:
            story.name_docs = dict(Counter(story.name_docs).most_common(p.centroid_terms))
        for y in feats.years:
            story.years[str(y)] = story.years.get(str(y), 0) + 1
        if feats.year_estimate is not None:
            k = str(feats.year_estimate)
            story.year_estimates[k] = story.year_estimates.get(k, 0) + 1
        if feats.day is not None:
            k = str(feats.year_estimate)
            story.dated_years[k] = story.dated_years.get(k, 0) + 1
            day = feats.day_near(story.first_day, story.last_day)  # a date read two ways: the story's reading
            if story.first_day is None or day < story.first_day:
                story.first_day = day
            if story.last_day is None or day > story.last_day:
                story.last_day = day
        if article.published:
            if story.first_published is None or article.published < story.first_published:
                story.first_published = article.published
            if story.last_published is None or article.published > story.last_published:
                story.last_published = article.published
        story.last_seq = self.seq
        self._index(story)

    def _index(self, story: Story) -> None:
        p = self.params
        c = story.centroid
        top = sorted(c, key=lambda t: c[t] * self.idf(t), reverse=True)[: p.index_terms]
        for t in top:
            lst = self.postings.setdefault(t, [])
            if story.id in lst:
                lst.remove(story.id)
            lst.append(story.id)  # most recent last
            if len(lst) > p.max_postings:
                del lst[0]
        story.indexed = top

    # ---- reading -----------------------------------------------------------------
    def story_of(self, article_id: str) -> str | None:
        """The story of an article (None when it was never added, or its story has since been closed)."""
        sid = self.article_story.get(article_id)
        return self.resolve(sid) if sid else None

    def summary(self, story_id: str) -> dict[str, Any]:
        s = self.stories[story_id]
        return {"id": s.id, "label": s.label, "size": s.size, "first_published": s.first_published,
                "last_published": s.last_published, "members": list(s.members)}

    # ---- state -------------------------------------------------------------------
    def to_state(self) -> dict[str, Any]:
        """Everything needed to resume, as JSON-serialisable data."""
        return {
            "version": STATE_VERSION,
            "params": dict(vars(self.params)),
            "n_docs": self.n_docs,
            "seq": self.seq,
            "df": dict(self.df),
            "name_df": dict(self.name_df),
            "stories": [s.to_dict() for s in self.stories.values()],
            "postings": self.postings,
            "article_story": self.article_story,
            "merged": self.merged,
            "latest_day": self.latest_day,
            "n_closed": self.n_closed,
        }

    @classmethod
    def from_state(cls, state: dict[str, Any], *, background: Background | None | bool = True,
                   **overrides: Any) -> "StoryClusterer":
        if state.get("version") != STATE_VERSION:
            raise ValueError(f"story state version {state.get('version')!r} is not {STATE_VERSION}")
        params = StoryParams(**{k: v for k, v in state.get("params", {}).items()
                                if k in StoryParams.__dataclass_fields__})
        # the background is not part of the state: it comes with newsloom (an older state resumes with it)
        self = cls(params, background=background, **overrides)
        self.n_docs = state["n_docs"]
        self.seq = state["seq"]
        self.df = Counter(state["df"])
        self.name_df = Counter(state["name_df"])
        self.stories = {d["id"]: Story.from_dict(d) for d in state["stories"]}
        self.postings = {t: list(v) for t, v in state["postings"].items()}
        self.article_story = dict(state["article_story"])
        self.merged = dict(state.get("merged", {}))
        self.latest_day = state.get("latest_day")
        self.n_closed = state.get("n_closed", 0)
        for story in [s for s in self.stories.values() if s.closed]:  # kept by an older newsloom
            self._forget(story)
        return self
