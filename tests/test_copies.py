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
