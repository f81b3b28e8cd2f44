"""The CLI over the bundled demo corpus: every reading command, text and JSON."""
import json
import subprocess
import sys

import pytest


def newsloom(*args):
    return subprocess.run([sys.executable, "-m", "newsloom", *args], capture_output=True, text=True)


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory):
    db = tmp_path_factory.mktemp("demo") / "demo.db"
    out = newsloom("demo", "--db", str(db))
    assert out.returncode == 0, out.stderr
    assert "articles made" in out.stderr and "Where to look next" in out.stdout
    return db


def test_demo_fills_every_part_of_the_store(demo_db):
    stats = json.loads(newsloom("stats", "--db", str(demo_db), "--format", "json").stdout)
    assert stats["pages"] >= 12 and stats["articles"] >= 15
    assert stats["stories"] >= 5 and stats["duplicates"] >= 1
    assert stats["entities"] > 20 and stats["quotes"] > 5 and stats["events"] > 5
    assert stats["quarantined"] == 0 and stats["pages_pending"] == 0


def test_stories_and_story(demo_db):
    listing = json.loads(newsloom("stories", "--db", str(demo_db), "--format", "json").stdout)
    assert listing["total"] == len(listing["stories"])
    biggest = max(listing["stories"], key=lambda s: s["n_articles"])
    assert biggest["n_articles"] >= 2 and biggest["label"]
    story = json.loads(newsloom("story", biggest["id"], "--db", str(demo_db), "--format", "json").stdout)
    assert len(story["articles"]) == biggest["n_articles"]
    text = newsloom("story", biggest["id"], "--db", str(demo_db)).stdout
    assert biggest["label"] in text
    assert newsloom("story", "no-such-story", "--db", str(demo_db)).returncode == 1


def test_search_with_filters(demo_db):
    found = json.loads(newsloom("search", "border", "--db", str(demo_db), "--format", "json").stdout)
    assert found["total"] >= 1
    assert all("border" in (r["title"] + r["snippet"]).lower() or r["id"] for r in found["results"])
    none = json.loads(newsloom("search", "border", "--since", "2031-01-01", "--db", str(demo_db),
                               "--format", "json").stdout)
    assert none["total"] == 0


def test_timeline_and_relations(demo_db):
    items = json.loads(newsloom("timeline", "KAZ", "UZB", "--db", str(demo_db), "--format", "json").stdout)
    assert items, "the demo story has events between Kazakhstan and Uzbekistan"
    assert all({"KAZ", "UZB"} >= {i["actor1"], i["actor2"]} for i in items)
    dates = [i["date"] for i in items if i.get("date")]
    assert dates == sorted(dates)
    series = json.loads(newsloom("relations", "kaz", "uzb", "--db", str(demo_db), "--format", "json").stdout)
    assert series and all("index" in p and "period" in p for p in series)
    # the dispute of June turns to cooperation by August
    by_month = {p["period"]: p["index"] for p in series}
    assert by_month.get("2025-06", 0) < 0 < by_month.get("2025-08", 0)
    text = newsloom("relations", "KAZ", "UZB", "--db", str(demo_db)).stdout
    assert "2025-06" in text


def test_missing_store_is_a_clear_error(tmp_path):
    out = newsloom("stats", "--db", str(tmp_path / "none.db"))
    assert out.returncode != 0 and "no store" in out.stderr
