"""Copies: near duplicates (MinHash/LSH) and rewrites (sentence alignment)."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsloom.copies import CopyFinder, NearDuplicateIndex, Rewrite, RewriteFinder
from newsloom.records import Article


def _seeds(shared: Path) -> dict[str, Article]:
    gold = json.loads((shared / "gold" / "seeds.json").read_text(encoding="utf-8"))
    out = {}
    for pi, page in enumerate(gold["pages"]):
        for ai, a in enumerate(page["articles"]):
            aid = f"{pi:03d}#{ai + 1}"
            out[aid] = Article(id=aid, page_id=f"{pi:03d}", source="seed", text="\n\n".join(a["body"]),
                               title=a.get("title"), outlet=a.get("outlet"), published=a.get("published"))
    return out


@pytest.fixture()
def seeds(shared_dir):
    return _seeds(shared_dir)


def _art(aid: str, text: str, published: str | None = None) -> Article:
    return Article(id=aid, page_id=aid, source="test", text=text, published=published)


def test_header_footer_copy_is_duplicate(seeds):
    body = seeds["001#1"].text
    idx = NearDuplicateIndex()
    assert idx.add(_art("a", body, "2025-07-22")) is None
    framed = ("Home | World | Business | Sport\nSubscribe now\n\n" + body +
              "\n\nShare this article on Facebook and Twitter. Copyright 2025, all rights reserved.")
    m = idx.add(_art("b", framed, "2025-07-23"))
    assert m is not None and m.duplicate_of == "a" and m.reason
    upper = _art("c", " ".join(body.upper().split()))
    assert idx.add(upper).duplicate_of == "a" and upper.duplicate_of == "a"


def test_different_article_is_not_duplicate(seeds):
    idx = NearDuplicateIndex()
    for aid in ("001#1", "001#2", "000#1", "004#1"):  # same story, other outlets, a rewrite, another story
        assert idx.add(seeds[aid]) is None, aid
        assert seeds[aid].duplicate_of is None
    # an excerpt (the first third) is not a copy either
    words = seeds["004#1"].text.split()
    assert idx.add(_art("part", " ".join(words[: len(words) // 3]))) is None


def test_duplicate_of_points_at_earliest(seeds):
    body = seeds["004#1"].text
    idx = NearDuplicateIndex()
    idx.add(_art("late", body + "\n\nRead more", "2025-09-05"))
    idx.add(_art("later", "Advertisement\n\n" + body, "2025-09-06"))
    m = idx.add(_art("early", body, "2025-09-03"))  # arrives last, published first
    assert m.duplicate_of == "early" and set(m.repointed) == {"late", "later"}
    assert idx.duplicate_of("late") == idx.duplicate_of("later") == "early"
    # same date: arrival order decides
    idx2 = NearDuplicateIndex()
    idx2.add(_art("first", body, "2025-09-03"))
    assert idx2.add(_art("second", body + " Read more.", "2025-09-03")).duplicate_of == "first"


def test_duplicate_index_state_roundtrip(seeds):
    idx = NearDuplicateIndex()
    for aid in ("001#1", "001#3", "002#1"):
        idx.add(seeds[aid])
    state = json.loads(json.dumps(idx.to_state()))
    again = NearDuplicateIndex.from_state(state)
    assert again.to_state() == state
    m = again.add(_art("copy", "Breaking\n\n" + seeds["001#3"].text))
    assert m is not None and m.duplicate_of == "001#3"


@pytest.mark.parametrize("reverse", [False, True])
def test_seed_rewrite_found_with_direction(seeds, reverse):
    order = list(seeds.values())
    if reverse:
        order.reverse()
    finder = CopyFinder()
    found: list[Rewrite] = []
    for a in order:
        found.extend(finder.add(a).rewrites)
    assert [(r.copy_id, r.original_id) for r in found] == [("000#1", "001#1")]
    rw = found[0]
    assert seeds["000#1"].rewrite_of == "001#1"
    assert len(rw.pairs) >= 6 and all(len(p) == 3 for p in rw.pairs)
    copy_text, orig_text = seeds["000#1"].text, seeds["001#1"].text
    assert all(c in copy_text and o in orig_text and 0 < s <= 1 for c, o, s in rw.pairs)
    assert rw.reason


def test_rewrite_direction_follows_dates(seeds):
    copy = _art("x", seeds["001#1"].text, "2025-07-25")  # the longer, detailed text, but published later
    orig = _art("y", seeds["000#1"].text, "2025-07-22")
    rw = RewriteFinder().compare(copy, orig)
    assert (rw.copy_id, rw.original_id) == ("x", "y") and "published" in rw.reason


def test_same_event_other_outlet_is_not_rewrite(seeds):
    f = RewriteFinder()
    assert f.compare(seeds["001#2"], seeds["001#1"]) is None
    assert f.compare(seeds["001#2"], seeds["000#1"]) is None


def test_rewrite_state_and_lookup(seeds):
    first = RewriteFinder()
    first.add(seeds["001#1"])
    first.add(seeds["002#1"])
    state = json.loads(json.dumps(first.to_state()))
    again = RewriteFinder.from_state(state, lookup=seeds.get)  # texts come back through the lookup
    found = again.add(seeds["000#1"])
    assert [(r.copy_id, r.original_id) for r in found] == [("000#1", "001#1")]


# ---- the retention window: bounded memory on long streams ------------------------------------

_SYLL = ["ka", "lo", "ver", "min", "dra", "sel", "tor", "bu", "rin", "mak", "zel", "po", "ten", "vas", "gor"]


def _synthetic(rng, n_sent: int = 8) -> str:
    """A distinct made-up article: sentences of made-up words, names and numbers."""
    def word():
        return "".join(rng.choice(_SYLL) for _ in range(rng.randint(2, 4)))
    sents = []
    for _ in range(n_sent):
        words = [word() for _ in range(rng.randint(9, 16))]
        words[rng.randint(1, len(words) - 1)] = word().capitalize()
        words.append(str(rng.randint(10, 99999)))
        sents.append(" ".join(words).capitalize() + ".")
    return " ".join(sents)


def _stream(n: int, seed: int = 5) -> list[Article]:
    """Distinct articles with an exact or framed copy of a recent one now and then."""
    import random
    rng = random.Random(seed)
    out: list[Article] = []
    for i in range(n):
        if out and i % 7 == 0:
            src = out[-rng.randint(1, min(len(out), 5))].text
            text = src if i % 14 else "Advertisement\n\n" + src + "\n\nRead more news here."
        else:
            text = _synthetic(rng)
        out.append(_art(f"s{i}", text, f"2025-01-{1 + i // 20:02d}"))
    return out


def _check_near_bounded(idx: NearDuplicateIndex, window: int) -> None:
    assert len(idx.docs) == len(idx.order) == window
    assert set(idx.order) == set(idx.docs)
    entries = [did for ids in idx.buckets.values() for did in ([ids] if isinstance(ids, str) else ids)]
    assert all(isinstance(v, str) or len(v) >= 2 for v in idx.buckets.values()), "empty buckets are dropped"
    assert set(entries) <= set(idx.docs) and len(entries) <= window * idx.bands
    assert set(idx.exact.values()) <= set(idx.docs) and len(idx.exact) <= window
    assert set(idx.members) <= set(idx.docs)
    assert all(m in idx.docs for ms in idx.members.values() for m in ms)


def test_window_evicts_from_every_structure():
    arts = _stream(300)
    finder = CopyFinder(window=40)
    finder.rewrites.df_cap = 400
    dups = sum(finder.add(a).duplicate is not None for a in arts)
    assert dups >= 30  # the copies of recent articles are found all along the stream
    near, rw = finder.near, finder.rewrites
    _check_near_bounded(near, 40)
    assert near.evicted == 260 and set(near.docs) == {f"s{i}" for i in range(260, 300)}
    assert len(rw.meta) == len(rw.order) == 40 and set(rw.meta) == set(near.docs)
    posted = [a for ids in rw.postings.values() for a in ([ids] if isinstance(ids, str) else ids)]
    assert all(rw.postings.values()) and set(posted) <= set(rw.meta)
    assert all(isinstance(v, str) or len(v) >= 2 for v in rw.postings.values())
    assert len(rw.postings) <= 40 * rw.keys_per_article
    assert set(rw.cache) <= set(rw.meta) and set(rw.prepared) <= set(rw.meta)
    assert len(rw.df) <= rw.df_cap and rw.n_docs == 300
    # with no window everything stays
    keep_all = NearDuplicateIndex(window=None)
    for a in _stream(120):
        keep_all.add(a)
    assert len(keep_all.docs) == 120 and keep_all.evicted == 0


def test_copy_within_window_found_copy_of_evicted_not(seeds):
    import random
    rng = random.Random(2)
    idx = NearDuplicateIndex(window=5)
    body = seeds["004#1"].text
    idx.add(_art("orig", body))
    for i in range(3):
        idx.add(_art(f"f{i}", _synthetic(rng)))
    m = idx.add(_art("copy1", "Advertisement\n\n" + body))
    assert m is not None and m.duplicate_of == "orig"  # 4 articles back: inside the window
    for i in range(3, 10):
        idx.add(_art(f"f{i}", _synthetic(rng)))
    assert "orig" not in idx.docs and "copy1" not in idx.docs
    late = _art("copy2", body + "\n\nRead more")
    assert idx.add(late) is None and late.duplicate_of is None  # its original has left the window
    exact = _art("copy3", body + "\n\nRead more")
    assert idx.add(exact).duplicate_of == "copy2"  # the late copy starts a new group

    # rewrites: found while the original is in the window, not once it has left it
    fillers = [_art(f"r{i}", _synthetic(rng, 10)) for i in range(3)]
    for n_fill, expect in ((2, [("000#1", "001#1")]), (3, [])):
        finder = RewriteFinder(window=3)
        for a in [seeds["001#1"], *fillers[:n_fill]]:
            finder.add(a)
        copy = Article(id="000#1", page_id="000", source="seed", text=seeds["000#1"].text)
        assert [(r.copy_id, r.original_id) for r in finder.add(copy)] == expect


def test_group_whose_root_was_evicted(seeds):
    import random
    rng = random.Random(4)
    body = seeds["001#3"].text
    idx = NearDuplicateIndex(window=3)
    idx.add(_art("root", body, "2025-07-16"))
    assert idx.add(_art("m1", "Breaking\n\n" + body, "2025-07-17")).duplicate_of == "root"
    idx.add(_art("x1", _synthetic(rng)))
    idx.add(_art("x2", _synthetic(rng)))  # 'root' leaves the window, 'm1' is still in it
    assert "root" not in idx.docs and "root" not in idx.members and idx.duplicate_of("m1") == "root"
    later = _art("m2", body + "\n\nShare this article", "2025-07-18")
    m = idx.add(later)
    assert m is not None and m.duplicate_of == "root" and m.matched == "m1"  # the id is still valid
    earlier = _art("m0", body.upper(), "2025-07-01")  # published before the evicted root: no repointing
    m = idx.add(earlier)
    assert m is not None and m.duplicate_of == "root" and not m.repointed
    for i in range(5):
        idx.add(_art(f"y{i}", _synthetic(rng)))
    _check_near_bounded(idx, 3)


def test_state_roundtrip_after_eviction():
    arts = _stream(200, seed=9)
    finder = CopyFinder(window=30)
    for a in arts[:150]:
        finder.add(a)
    state = json.loads(json.dumps(finder.to_state()))
    assert len(state["near"]["docs"]) == 30 and len(state["rewrites"]["meta"]) == 30
    assert {d[0] for d in state["near"]["docs"]} == {f"s{i}" for i in range(120, 150)}
    again = CopyFinder.from_state(state)
    assert again.near.window == again.rewrites.window == 30
    assert json.loads(json.dumps(again.to_state())) == state
    assert again.near.buckets == finder.near.buckets and again.near.members == finder.near.members
    assert [k for k, _ in again.rewrites.order] == [k for k, _ in finder.rewrites.order]
    # both go on alike, evicting as they go
    for a in arts[150:]:
        a2 = Article(id=a.id, page_id=a.page_id, source=a.source, text=a.text, published=a.published)
        r1, r2 = finder.add(a), again.add(a2)
        assert (r1.duplicate is None) == (r2.duplicate is None) and a.duplicate_of == a2.duplicate_of
    assert again.to_state() == finder.to_state()
    _check_near_bounded(again.near, 30)
    # a smaller window on load forgets the oldest at once
    small = CopyFinder.from_state(state, window=10)
    assert set(small.near.docs) == set(small.rewrites.meta) == {f"s{i}" for i in range(140, 150)}
    _check_near_bounded(small.near, 10)


def test_state_written_before_the_window_loads(seeds):
    from newsloom.copies import DEFAULT_WINDOW
    finder = CopyFinder(window=None)
    for aid in ("001#1", "001#3", "002#1", "004#1"):
        finder.add(seeds[aid])
    state = json.loads(json.dumps(finder.to_state()))
    # the form the state had before the window: no window, no eviction count
    del state["near"]["params"]["window"], state["near"]["evicted"]
    del state["rewrites"]["window"], state["rewrites"]["evicted"]
    old = CopyFinder.from_state(state, lookup=seeds.get)
    assert old.near.window == old.rewrites.window == DEFAULT_WINDOW
    assert set(old.near.docs) == set(old.rewrites.meta) == {"001#1", "001#3", "002#1", "004#1"}
    assert old.near.exact == finder.near.exact and old.near.buckets == finder.near.buckets
    assert old.near.add(_art("copy", "Breaking\n\n" + seeds["001#3"].text)).duplicate_of == "001#3"
    rw = Article(id="000#1", page_id="000", source="seed", text=seeds["000#1"].text)
    assert [(r.copy_id, r.original_id) for r in old.rewrites.add(rw)] == [("000#1", "001#1")]
    trimmed = CopyFinder.from_state(state, lookup=seeds.get, window=2)
    assert list(trimmed.near.order) == ["002#1", "004#1"] and set(trimmed.rewrites.meta) == {"002#1", "004#1"}


def test_stage_with_a_window_keeps_a_bounded_state(tmp_path, seeds):
    from newsloom.copies.stage import run_copies
    from newsloom.records import RawPage
    from newsloom.store import Store
    body = seeds["004#1"].text
    import random
    rng = random.Random(8)
    texts = [body] + [_synthetic(rng) for _ in range(6)] + ["Advertisement\n\n" + body]
    with Store(tmp_path / "w.db") as store:
        for i, text in enumerate(texts):
            store.add_page(RawPage(id=f"p{i}", source="test", kind="text", content=text.encode()))
            store.put_extraction(f"p{i}", [_art(f"a{i}", text)])
        found = run_copies(store, window=4, commit_every=3)
        assert found["duplicates"] == 0  # the copy came 7 articles after its original
        state = store.get_state("copies")
        assert len(state["finder"]["near"]["docs"]) == 4 and len(state["finder"]["rewrites"]["meta"]) == 4
        store.add_page(RawPage(id="p99", source="test", kind="text", content=b"x"))
        store.put_extraction("p99", [_art("a99", body + "\n\nRead more")])
        assert run_copies(store, window=4)["duplicates"] == 1
        assert store.get_article("a99", facts=False).duplicate_of == "a7"


def test_evaluation_floors_with_the_window(shared_dir):
    import sys
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "evaluation"))
    from eval_copies import eval_near, eval_window
    n = eval_near(shared_dir)  # the default window, larger than the collection
    assert n["precision"] >= 0.97 and n["recall"] >= 0.98, n
    w = eval_window(shared_dir, window=40, lag=10)
    assert w["recall"] >= 0.98 and w["largest_index"] == 40, w
    assert w["late_copies_reported"] == 0 and w["late_copies"] >= 100, w
