"""Story clustering: ECB+ floor, seed stories, state save/load continuity."""
from __future__ import annotations

import importlib.util
import json
import random
from pathlib import Path

import pytest

from newsloom.records import Article
from newsloom.stories import StoryClusterer, StoryParams
from newsloom.stories.cluster import Story
from newsloom.stories.features import article_features, log_tf, names, split_sentences

ECB_BCUBED_FLOOR = 0.915  # measured 0.9261 with the default parameters (evaluation/eval_stories.py)
ECB_HALF_FLOOR = 0.915  # each half of the topics clustered alone with the defaults: measured 0.9226 and 0.9273


def _scorer(shared: Path):
    spec = importlib.util.spec_from_file_location("score_clusters", shared / "eval" / "score_clusters.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def _ecb(shared: Path) -> list[dict]:
    with open(shared / "data" / "ecbplus" / "docs.jsonl", encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def _seeds(shared: Path) -> tuple[dict, list[Article]]:
    gold = json.loads((shared / "gold" / "seeds.json").read_text(encoding="utf-8"))
    arts = []
    for pi, page in enumerate(gold["pages"]):
        for ai, a in enumerate(page["articles"]):
            arts.append(Article(id=f"{pi:03d}#{ai + 1}", page_id=f"{pi:03d}", source="seed",
                                text="\n\n".join(a["body"]), title=a.get("title"), outlet=a.get("outlet"),
                                published=a.get("published")))
    return gold, arts


def _doc(i: int, text: str) -> Article:
    return Article(id=f"doc{i}", page_id=f"doc{i}", source="ecbplus", text=text)


@pytest.fixture(scope="module")
def ecb(shared_dir):
    return _ecb(shared_dir)


def test_ecbplus_bcubed_floor(shared_dir, ecb):
    c = StoryClusterer()
    for i, d in enumerate(ecb):
        c.add(_doc(i, d["text"]))
    pred = {d["id"]: c.story_of(f"doc{i}") for i, d in enumerate(ecb)}
    m = _scorer(shared_dir).score({d["id"]: d["story"] for d in ecb}, pred)
    assert m["bcubed_f1"] >= ECB_BCUBED_FLOOR, m
    # far fewer stories than documents, far more than topics
    assert 29 < m["predicted"] < 200


def _cluster_seeds(arts: list[Article]) -> tuple[StoryClusterer, dict[str, str]]:
    c = StoryClusterer()
    for a in arts:
        a.story = None
        c.add(a)
    return c, {a.id: c.story_of(a.id) for a in arts}


def _seed_stories_exact(gold: dict, got: dict[str, str]) -> str | None:
    """None when the stories are the gold ones, else what is wrong."""
    for story in gold["stories"]:
        members = story["members"]
        if len({got[m] for m in members}) != 1:
            return f"{story['id']} split: {({m: got[m] for m in members})}"
        if any(got[o] == got[members[0]] for o in got if o not in members):
            return f"{story['id']} has an article of another story"
    return None


@pytest.mark.parametrize("order", ["pages", "reversed"])
def test_seed_stories(shared_dir, order):
    gold, arts = _seeds(shared_dir)
    if order == "reversed":
        arts.reverse()
    c, got = _cluster_seeds(arts)
    assert _seed_stories_exact(gold, got) is None, _seed_stories_exact(gold, got)
    kremlin = next(s for s in gold["stories"] if len(s["members"]) == 3)
    sid = got[kremlin["members"][0]]
    assert c.stories[sid].size == 3
    assert c.stories[sid].label  # a headline
    assert c.stories[sid].span() == ("2025-07-22", "2025-07-22")


SEED_ORDERS_PERFECT_FLOOR = 38  # of 40 shuffled arrival orders; measured 40


def test_seed_stories_over_arrival_orders(shared_dir):
    """An online clusterer depends on arrival order: most orders must give exactly the gold stories."""
    gold, arts = _seeds(shared_dir)
    wrong = {}
    for k in range(40):
        order = list(arts)
        random.Random(k).shuffle(order)
        why = _seed_stories_exact(gold, _cluster_seeds(order)[1])
        if why:
            wrong[k] = why
    assert 40 - len(wrong) >= SEED_ORDERS_PERFECT_FLOOR, wrong


def test_save_load_continuity_seeds(shared_dir):
    _, arts = _seeds(shared_dir)
    by_id = {a.id: a for a in arts}
    first = StoryClusterer()
    sid = first.add(by_id["001#1"])
    for aid in ("001#3", "002#1"):
        first.add(by_id[aid])
    state = json.loads(json.dumps(first.to_state()))  # through JSON, as the store keeps it
    again = StoryClusterer.from_state(state)
    assert again.to_state() == state
    again.add(by_id["000#1"])
    again.add(by_id["001#2"])
    again.add(by_id["004#1"])
    sid = again.resolve(sid)
    assert again.story_of("000#1") == again.story_of("001#2") == again.story_of("001#1") == sid
    assert again.story_of("004#1") not in (sid, again.story_of("001#3"), again.story_of("002#1"))
    assert again.stories[sid].size == 3
    # an article seen before keeps its story
    assert again.add(by_id["001#3"]) == first.story_of("001#3")


def test_save_load_continuity_ecbplus(shared_dir, ecb):
    half = len(ecb) // 2
    straight = StoryClusterer()
    for i, d in enumerate(ecb):
        straight.add(_doc(i, d["text"]))
    pred_a = {d["id"]: straight.story_of(f"doc{i}") for i, d in enumerate(ecb)}
    first = StoryClusterer()
    for i, d in enumerate(ecb[:half]):
        first.add(_doc(i, d["text"]))
    resumed = StoryClusterer.from_state(json.loads(json.dumps(first.to_state())))
    for i, d in enumerate(ecb[half:]):
        resumed.add(_doc(half + i, d["text"]))
    pred_b = {d["id"]: resumed.story_of(f"doc{i}") for i, d in enumerate(ecb)}
    scorer = _scorer(shared_dir)
    gold = {d["id"]: d["story"] for d in ecb}
    fa, fb = scorer.score(gold, pred_a)["bcubed_f1"], scorer.score(gold, pred_b)["bcubed_f1"]
    assert abs(fa - fb) < 0.02, (fa, fb)
    # the second run grew the first run's stories instead of starting over
    before = {first.story_of(f"doc{i}") for i in range(half)}
    grown = {resumed.stories[s].id for s in before if s in resumed.stories
             and resumed.stories[s].size > first.stories[s].size}
    assert len(grown) >= 20


def test_ecbplus_each_half_of_the_topics(shared_dir, ecb):
    """The defaults on each half of the topics alone (what the split-by-topic estimate scores)."""
    scorer = _scorer(shared_dir)
    topics = sorted({d["story"].split("_")[0] for d in ecb}, key=lambda t: (len(t), t))
    for half in (set(topics[0::2]), set(topics[1::2])):
        docs = [d for d in ecb if d["story"].split("_")[0] in half]
        c = StoryClusterer()
        for i, d in enumerate(docs):
            c.add(_doc(i, d["text"]))
        m = scorer.score({d["id"]: d["story"] for d in docs}, {d["id"]: c.story_of(f"doc{i}") for i, d in enumerate(docs)})
        assert m["bcubed_f1"] >= ECB_HALF_FLOOR, m


def _arrest(i: int, name: str, when: str | None, extra: str = "") -> Article:
    head = f"{when}\n" if when else ""
    return Article(id=f"r{i}", page_id=f"r{i}", source="t", title=f"Chargers player {name} arrested on suspicion of DUI",
                   text=head + f"San Diego Chargers player {name} was arrested early Sunday on suspicion of drunken "
                   f"driving, the team said. {name} was pulled over by the California Highway Patrol on state "
                   f"Route 52 and released on bail. The Chargers said they were aware of the arrest. {extra}")


def test_an_undated_report_among_dated_ones_needs_more_in_common():
    c = StoryClusterer()
    c.add(_arrest(1, "Jamal Williams", "February 2, 2009"))
    c.add(_arrest(2, "Jamal Williams", "February 3, 2009"))
    story = c.stories[c.story_of("r1")]
    feats_undated = c.features(_arrest(3, "Vincent Jackson", None))
    feats_near = c.features(_arrest(4, "Vincent Jackson", None, "He was arrested once before, in 2008."))
    feats_far = c.features(_arrest(5, "Vincent Jackson", None, "He was arrested once before, in 2001."))
    assert feats_undated.day is None and feats_near.year_estimate == 2008
    # an undated report naming no year, or only long-gone ones, gives no sign it is from the story's time
    assert not c._plausible_time(feats_undated, story) and not c._plausible_time(feats_far, story)
    assert c._plausible_time(feats_near, story)
    ctx = c._article_context(c._weighted(log_tf(feats_undated.terms)), feats_undated)
    score, why = c._score(ctx, feats_undated, story)
    assert "undated among dated" in why
    dated = c.features(_arrest(6, "Jamal Williams", "February 4, 2009"))
    ctx2 = c._article_context(c._weighted(log_tf(dated.terms)), dated)
    assert "undated" not in c._score(ctx2, dated, story)[1]


def test_a_rewrite_joins_the_story_of_its_original():
    c = StoryClusterer()
    a = Article(id="o1", page_id="p1", source="t", title="Kremlin reacts to Baku's stance",
                text="The Kremlin said on Tuesday it regretted the stance taken by Baku on the conflict.")
    b = Article(id="o2", page_id="p2", source="t", title="Lake festival opens",
                text="A music festival opened by the lake on Friday with twelve bands.", rewrite_of="o1")
    sid = c.add(a)
    r = c.assign(b)
    assert r.story_id == sid and "rewrite" in r.reason


def test_text_day_is_not_a_birth_date():
    from newsloom.stories.features import text_day

    obit = ("Pinup icon Bettie Page died Thursday in Los Angeles. She was born April 22, 1923, in Nashville.\n"
            "Page retired in 1957 and was rediscovered in the 1980s; a film about her came out in 2005.")
    assert text_day(obit, {1923, 1957, 2005}) is None
    dated = "Quake hits Iran\nNovember 27, 2005\nA powerful earthquake hit southern Iran on Sunday."
    assert text_day(dated, {2005}) is not None


def test_page_furniture_is_not_a_name():
    got = names("Klitschko stops Thompson\nPosted: Jul 07, 2012 7:40 PM ET\nLast Updated: Jul 07, 2012 8:44 PM ET")
    assert not any(n in got for n in ("pm et", "last updated", "posted", "et"))


def test_stories_idle_for_many_articles_are_closed():
    """Memory follows the open stories: one no article joined among the latest ones drops its matching data."""
    c = StoryClusterer(close_after_articles=3, close_every=1)
    gone = []
    c.on_close = gone.append
    topics = ["Flood waters rise in Vardenis valley", "Chess champion wins title in Tromso",
              "Parliament passes budget in Lisbon", "Airline strike grounds flights in Oslo",
              "Wildfire burns forest near Patras"]
    ids = [c.add(Article(id=f"t{i}", page_id=f"t{i}", source="t", title=t, text=t + ". " + t + " on Monday."))
           for i, t in enumerate(topics)]
    # the closed story was handed over with its summary, then forgotten with its articles
    assert [s.id for s in gone] == ids[:1] and gone[0].closed and gone[0].size == 1 and gone[0].label
    assert ids[0] not in c.stories and c.story_of("t0") is None and "t0" not in c.article_story
    assert not any(ids[0] in lst for lst in c.postings.values())
    assert c.n_closed == 1 and c.story_of("t4") == ids[-1] and not c.stories[ids[-1]].closed
    again = c.assign(Article(id="t9", page_id="t9", source="t", title=topics[0], text=topics[0] + " again."))
    assert again.new and again.story_id != ids[0]
    resumed = StoryClusterer.from_state(json.loads(json.dumps(c.to_state())))
    assert ids[0] not in resumed.stories and resumed.n_closed == c.n_closed


def test_a_state_with_closed_stories_loads_without_them():
    """A state written while closed stories were still kept loads with the open ones only."""
    c = StoryClusterer()
    a = c.add(Article(id="k1", page_id="k1", source="t", title="Flood in Vardenis", text="Flood waters rise."))
    b = c.add(Article(id="k2", page_id="k2", source="t", title="Chess final in Tromso", text="A chess final."))
    state = json.loads(json.dumps(c.to_state()))
    for d in state["stories"]:
        if d["id"] == a:
            d["closed"] = True
    del state["n_closed"]
    again = StoryClusterer.from_state(state)
    assert list(again.stories) == [b] and again.story_of("k1") is None and again.story_of("k2") == b


def test_term_counts_stay_bounded():
    """Terms met in one article only are forgotten once the counts pass ``df_cap``; common ones stay."""
    c = StoryClusterer(df_cap=60)
    for i in range(30):
        c.add(Article(id=f"b{i}", page_id=f"b{i}", source="t", title=f"Council meeting number {i}",
                      text=f"The council met on Monday. Councillor Zorvak{i} Telmin{i} proposed the "
                           f"plan{i} for district{i} and the budget."))
    assert len(c.df) <= 60 + 10  # the cap, and at most one article's new terms beyond it
    assert c.df["council"] == 30 and c.df["budget"] == 30  # met in every article: kept
    assert "zorvak0" not in c.df and c.df["zorvak29"] == 1  # met once, long ago: forgotten; just met: kept


def test_two_earthquakes_are_two_stories():
    a = Article(id="q1", page_id="p1", source="t", published="2024-03-01", title="Strong earthquake hits Kerman",
                text="A magnitude 6.1 earthquake struck Kerman province on Friday, killing 12 people and damaging "
                     "hundreds of homes, Iran's Red Crescent said. Rescue teams from Tehran reached Kerman.")
    b = Article(id="q2", page_id="p2", source="t", published="2024-03-01", title="Kerman quake kills 12",
                text="At least 12 people died when a 6.1 magnitude earthquake shook Kerman province on Friday. "
                     "The Red Crescent sent rescue teams to Kerman villages.")
    c = Article(id="q3", page_id="p3", source="t", published="2024-09-20", title="Earthquake hits Valparaiso",
                text="A magnitude 6.4 earthquake struck near Valparaiso on Tuesday, damaging roads; Chile's "
                     "emergency office said two people were injured in Valparaiso and Vina del Mar.")
    sc = StoryClusterer()
    assert sc.add(a) == sc.add(b)
    assert sc.add(c) != sc.story_of("q1")


def test_a_date_read_two_ways_takes_the_story_reading():
    """'05/03/2013' is 5 March or 3 May: among reports of 3 May it is 3 May, and the story's span stays a day."""
    from datetime import date

    c = StoryClusterer()
    first = Article(id="d1", page_id="d1", source="t", published="2013-05-03",
                    title="Magnitude 4.6 quake shakes Ukiah", text="A magnitude 4.6 earthquake shook Ukiah and "
                    "Willits early Friday, the Geological Survey said. No injuries were reported in Ukiah.")
    second = Article(id="d2", page_id="d2", source="t", title="Ukiah shaken by 4.6 quake",
                     text="05/03/2013 at 10:20 AM\nA 4.6 magnitude earthquake shook Ukiah and Willits early "
                     "Friday, according to the Geological Survey. No injuries were reported.")
    f = c.features(second)
    assert len(f.days) == 2 and {date.fromordinal(d) for d in f.days} == {date(2013, 3, 5), date(2013, 5, 3)}
    sid = c.add(first)
    story = c.stories[sid]
    assert date.fromordinal(f.day_near(story.first_day, story.last_day)) == date(2013, 5, 3)
    r = c.assign(second)
    assert r.story_id == sid and "days apart" not in r.reason
    assert story.first_day == story.last_day == date(2013, 5, 3).toordinal()


def test_figures_are_features():
    from newsloom.stories.features import event_numbers

    assert event_numbers("A magnitude 4.6 quake in 2013 injured 1,200 people at 2:09 a.m.") == ["4.6", "1200"]
    f = article_features("Quake hits Ukiah\nA magnitude 4.6 quake injured 1,200 people.", number_weight=1.0)
    assert f.terms["#:4.6"] == 1.0 and f.terms["#:1200"] == 1.0 and "#:2013" not in f.terms
    assert not any(t.startswith("#:") for t in article_features("A quake injured 12 people.").terms)


def test_stories_that_disagree_on_time_are_not_merged():
    """An article between two stories folds them into one only when the two agree on when they happened."""
    c = StoryClusterer()
    for i, when in enumerate(("February 2, 2009", "February 3, 2009")):
        c.add(_arrest(10 + i, "Jamal Williams", when))
    dated = c.stories[c.story_of("r10")]
    undated = Story(id="s-undated", centroid={}, size=3)  # three reports that do not say when
    assert not c._mergeable(dated, undated) and not c._mergeable(undated, dated)
    later = Story(id="s-later", centroid={}, size=2, dated_years={"2009": 2},
                  first_day=dated.last_day + 90, last_day=dated.last_day + 91)
    assert not c._mergeable(dated, later)
    close = Story(id="s-close", centroid={}, size=2, dated_years={"2009": 2},
                  first_day=dated.last_day + 2, last_day=dated.last_day + 3)
    assert c._mergeable(dated, close)


def test_features():
    assert split_sentences("Dr. Regina Benjamin spoke. U.S. officials agreed.\nNext") == [
        "Dr. Regina Benjamin spoke.", "U.S. officials agreed.", "Next"]
    assert "dmitry peskov" in names("The Kremlin spokesman Dmitry Peskov said on Tuesday that Moscow's ties hold.")
    assert "moscow" in names("The Kremlin spokesman Dmitry Peskov said on Tuesday that Moscow's ties hold.")
    f = article_features("Quake hits Iran\nMay 5 2010\nAn earthquake hit Qeshm island in 2010.")
    assert f.title == "Quake hits Iran" and f.day is not None and f.year_estimate == 2010


# ---- background document frequencies (the idf prior for small collections) -------------------

DEMO_PAIRWISE_F1_FLOOR = 0.6  # measured 0.667 (12 stories for the key's 8); 0.400 and 14 stories without the prior


def _demo_articles():
    from newsloom.demo import demo_dir, expected
    from newsloom.extract import extract_page
    from newsloom.ingest import read_inputs
    from newsloom.records import RawPage

    arts = [a for page in read_inputs([str(demo_dir())]) if isinstance(page, RawPage)
            for a in extract_page(page).articles]
    key = {a["title"]: a["story"] for a in expected()["articles"]}
    return arts, {a.id: key[a.title] for a in arts if a.title in key}


def _pairwise_f1(gold: dict, pred: dict) -> float:
    import itertools

    ids = sorted(gold)
    g = {(a, b) for a, b in itertools.combinations(ids, 2) if gold[a] == gold[b]}
    p = {(a, b) for a, b in itertools.combinations(ids, 2) if pred[a] == pred[b]}
    prec, rec = len(g & p) / len(p) if p else 1.0, len(g & p) / len(g) if g else 1.0
    return 2 * prec * rec / (prec + rec) if prec + rec else 0.0


def test_background_is_shipped_and_weighs_a_small_collection():
    from newsloom.stories.cluster import shipped_background

    bg = shipped_background()
    assert bg is not None and bg.n_docs >= 200
    assert bg.df["work"] > 0.3 * bg.n_docs and not any(t.startswith("y:") for t in bg.df)
    fresh, bare = StoryClusterer(), StoryClusterer(prior_docs=0)
    assert fresh.background is bg and bare.background is bg
    # before any article: a word of every news report weighs less than one general news never uses
    assert fresh.idf("work") < 0.5 * fresh.idf("kokterek")
    assert bare.idf("work") == bare.idf("kokterek")  # no prior: nothing to tell them apart
    assert StoryClusterer(background=None).idf("work") == bare.idf("work")
    # the prior fades as the collection grows
    fresh.n_docs = 10_000
    assert fresh._prior()[0] < 0.05


def test_state_without_prior_parameters_still_loads():
    a = Article(id="a1", page_id="p1", source="t", published="2024-03-01", title="Strong earthquake hits Kerman",
                text="A magnitude 6.1 earthquake struck Kerman province on Friday, killing 12 people.")
    c = StoryClusterer()
    sid = c.add(a)
    state = json.loads(json.dumps(c.to_state()))
    # the prior is not part of the state: the stored counts are the collection's own
    assert state["n_docs"] == 1 and sum(state["df"].values()) == len(c.features(a).terms)
    assert not any("background" in k for k in state)
    for k in ("prior_docs", "prior_fade"):  # a state saved before the prior existed
        del state["params"][k]
    again = StoryClusterer.from_state(state)
    assert again.background is not None and again.params.prior_docs == StoryParams().prior_docs
    assert again.story_of("a1") == sid and again.idf("kerman") == c.idf("kerman")


def test_demo_corpus_stories():
    """The bundled demo corpus through the real ingestion and extraction, against its authors' story key."""
    arts, gold = _demo_articles()
    assert len(arts) == 18 and len(gold) == 18
    c = StoryClusterer()
    for a in arts:
        c.add(a)
    pred = {a.id: c.story_of(a.id) for a in arts}
    by_key: dict[str, set[str]] = {}
    for aid, story in gold.items():
        by_key.setdefault(story, set()).add(pred[aid])
    by_title = {a.title: pred[a.id] for a in arts}
    # whole stories found: the accusation with both denials (two outlets, one of them JSONL),
    # the Chile earthquake and its aftershocks
    for story in ("karasu-accusation", "chile-earthquake"):
        assert len(by_key[story]) == 1, story
    # the border closure with the ambassador's summons; the talks with their rewrite
    assert by_title["Tashkent summons Kazakh ambassador over border closure"] \
        == by_title["Kazakhstan shuts Kokterek border post as canal dispute deepens"]
    assert by_title["Kokterek crossing to reopen after diplomats meet in Tashkent"] \
        == by_title["Kazakh and Uzbek foreign ministers agree to reopen border post after Tashkent talks"]
    # no story mixes two of the key's stories (the dispute's episodes share most of their words)
    members: dict[str, set[str]] = {}
    for aid, sid in pred.items():
        members.setdefault(sid, set()).add(gold[aid])
    assert all(len(keys) == 1 for keys in members.values()), members
    assert len(set(pred.values())) <= 12
    assert _pairwise_f1(gold, pred) >= DEMO_PAIRWISE_F1_FLOOR


def test_stage_keeps_closed_stories_in_the_store(tmp_path):
    """The stage writes every assignment; stories the clusterer closes stay in the store, labelled,
    and a late copy of one of their articles still joins them."""
    from newsloom.records import RawPage
    from newsloom.stories.stage import run_stories
    from newsloom.store import Store

    topics = ["Flood waters rise in Vardenis valley", "Chess champion wins title in Tromso",
              "Parliament passes budget in Lisbon", "Airline strike grounds flights in Oslo",
              "Wildfire burns forest near Patras", "Ferry sinks off Lampedusa coast"]
    arts = [Article(id=f"w{i}", page_id="pg", source="t", title=t, text=f"{t}. {t} on Monday, officials said.")
            for i, t in enumerate(topics)]
    late_copy = Article(id="w9", page_id="pg", source="t", title=topics[0], text=arts[0].text, duplicate_of="w0")
    with Store(tmp_path / "s.db") as store:
        store.add_page(RawPage(id="pg", source="t", kind="text", content=b"x"))
        store.put_extraction("pg", arts)
        run_stories(store, commit_every=2, close_after_articles=2, close_every=1)
        state = store.get_state("stories")["clusterer"]
        assert state["n_closed"] >= 3 and len(state["stories"]) <= 3  # the clusterer keeps the open ones
        first = store.get_article("w0", facts=False).story
        assert first and first not in {d["id"] for d in state["stories"]} and first not in state["article_story"]
        store.put_extraction("pg", [late_copy])
        run_stories(store, close_after_articles=2, close_every=1)
        assert store.get_article("w9", facts=False).story == first
        total, stories = store.list_stories(limit=50)
        assert total == len(topics) and all(s["label"] for s in stories)



def test_term_counts_stay_bounded_when_every_term_is_met_twice():
    """Forgetting single terms is not enough when each term came twice: rarer ones go next,
    down to three quarters of the cap, so later articles do not each pay for a full pass."""
    from collections import Counter

    c = StoryClusterer(df_cap=40)
    c.df = Counter({f"t{i}": 2 for i in range(100)} | {"common": 9})
    c._prune_counts()
    assert len(c.df) <= 30 and c.df["common"] == 9
