"""Timelines and the relations index: ordering, one count per real event, uncertainty."""
from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from newsloom.records import Article, Event
from newsloom.trends import relations_index, timeline

REPO = Path(__file__).resolve().parents[1]


def art(aid, published, story=None):
    return Article(id=aid, page_id="p", source="s", text="", published=published, story=story)


def ev(etype, a1, a2, intensity, evidence, date=None, precision=None):
    return Event(type=etype, actor1=a1, actor2=a2, polarity="cooperation" if intensity > 0 else "conflict",
                 intensity=intensity, evidence=evidence, date=date, date_precision=precision)


ITEMS = [
    (art("a1", "2025-07-22", "s1"), ev("SANCTION", "AZE", "RUS", -5.5, "Baku halted all cultural events.",
                                        "2025-07", "month")),
    (art("a2", "2025-07-23", "s1"), ev("SANCTION", "AZE", "RUS", -5.5, "Azerbaijan suspended cultural events.",
                                        "2025-07", "month")),
    (art("a3", "2025-06-30"), ev("ASSAULT", "RUS", "AZE", -9.5, "Two Azerbaijanis died in a police raid.")),
    (art("a4", "2025-07-01"), ev("ASSAULT", "RUS", "AZE", -9.5, "Two Azerbaijanis died in a police raid!")),
    (art("a5", "2025-09-03"), ev("CONSULT", "RUS", "AZE", 2.0, "Putin and Aliyev met in China.",
                                 "2025-09-03", "day")),
    (art("a6", "2025-09-10"), ev("AGREE", "AZE", "RUS", 4.0, "Both sides agreed to restore ties.")),
    (art("a7", "2025-09-10"), ev("AGREE", "ARM", "AZE", 4.0, "Armenia and Azerbaijan agreed a draft.")),
]


def test_timeline_is_ordered_both_directions_and_deduplicated():
    rows = timeline(ITEMS, "RUS", "AZE")
    assert [r["date"] for r in rows] == sorted(r["date"] for r in rows)
    assert {r["actor1"] for r in rows} == {"RUS", "AZE"}
    assert all("ARM" not in (r["actor1"], r["actor2"]) for r in rows)
    # one story reported twice, one sentence reported twice word for word
    assert len(rows) == 4
    assert sorted(r["reports"] for r in rows) == [1, 1, 2, 2]
    assert all(r["evidence"] for r in rows)


def test_timeline_accepts_dicts():
    items = [{"article_id": "x", "published": "2025-07-01", "story": None,
              "event": ev("ACCUSE", "AZE", "RUS", -2.5, "Baku accused Moscow.").to_dict()}]
    rows = timeline(items, "rus", "aze")
    assert rows[0]["article_id"] == "x" and rows[0]["date"] == "2025-07-01"


def test_relations_index_by_month_counts_real_events_once():
    rows = {r["period"]: r for r in relations_index(ITEMS, "RUS", "AZE", freq="month")}
    assert set(rows) == {"2025-06", "2025-07", "2025-09"}
    assert rows["2025-07"]["events"] == 1 and rows["2025-07"]["reports"] == 2
    assert rows["2025-06"]["index"] == -9.5
    sep = rows["2025-09"]
    assert sep["events"] == 2 and sep["index"] == pytest.approx(3.0)
    assert sep["se"] == pytest.approx(1.0)
    assert sep["low"] <= sep["index"] <= sep["high"]


def test_relations_index_by_week_and_bad_freq():
    rows = relations_index(ITEMS, "RUS", "AZE", freq="week")
    assert all(len(r["period"]) == 10 for r in rows)
    # month-precision events cannot be placed in a week
    assert rows[0]["undated"] == 1
    with pytest.raises(ValueError):
        relations_index(ITEMS, "RUS", "AZE", freq="year")
    with pytest.raises(TypeError):
        timeline([42], "RUS", "AZE")


def test_seed_dyad_shows_conflict_then_easing(shared_dir):
    sys.path.insert(0, str(REPO / "evaluation"))
    from eval_facts_seeds import gold_articles
    from newsloom.facts import FactReader
    gold = json.loads((shared_dir / "gold" / "seeds.json").read_text(encoding="utf-8"))
    articles = gold_articles(gold)
    FactReader().read_facts(articles)
    rows = relations_index([(a, e) for a in articles for e in a.events], "RUS", "AZE", freq="month")
    summer = [r for r in rows if "2025-06" <= r["period"] <= "2025-07"]
    later = [r for r in rows if r["period"] >= "2025-09"]
    assert summer and later
    summer_mean = sum(r["index"] * r["events"] for r in summer) / sum(r["events"] for r in summer)
    later_mean = sum(r["index"] * r["events"] for r in later) / sum(r["events"] for r in later)
    assert summer_mean < -2.0
    assert later_mean > summer_mean + 2.0


def test_one_article_with_two_acts_of_one_kind_keeps_both():
    a = art("b1", "2025-07-05", "s9")
    b = art("b2", "2025-07-06", "s9")
    items = [(a, ev("COERCE", "AZE", "RUS", -7.0, "Police raided the Sputnik office.")),
             (a, ev("COERCE", "AZE", "RUS", -7.0, "Two journalists were detained in Baku.")),
             (b, ev("COERCE", "AZE", "RUS", -7.0, "Azerbaijani police raided Sputnik."))]
    rows = timeline(items, "AZE", "RUS")
    assert len(rows) == 2
    assert sorted(r["reports"] for r in rows) == [1, 2]


def test_an_event_whose_date_reads_two_ways_is_listed_not_placed():
    from newsloom.trends import ambiguous_events

    awarded = ev("SUPPORT", "RUS", "AZE", 3.5, "Yesterday, Putin awarded the speaker an order.", "2025-03-10", "day")
    awarded.date_alternatives = ["2025-11-02"]
    same_week = ev("CONSULT", "RUS", "AZE", 1.0, "They spoke by phone on Monday.", "2025-09-01", "day")
    same_week.date_alternatives = ["2025-09-03"]  # both readings fall in one month and one week
    items = ITEMS + [(art("a8", "2025-03-11"), awarded), (art("a9", "2025-09-02"), same_week)]
    months = {r["period"]: r for r in relations_index(items, "RUS", "AZE", freq="month")}
    assert "2025-03" not in months and "2025-11" not in months
    assert months["2025-09"]["events"] == 3 and months["2025-09"]["ambiguous"] == 1
    left = ambiguous_events(items, "RUS", "AZE", freq="month")
    assert [(x["periods"], x["type"]) for x in left] == [(["2025-03", "2025-11"], "SUPPORT")]
    weeks = ambiguous_events(items, "RUS", "AZE", freq="week")
    assert [x["periods"] for x in weeks] == [["2025-03-10", "2025-10-27"]]
    row = next(r for r in timeline(items, "RUS", "AZE") if r["type"] == "SUPPORT")
    assert row["date"] == "2025-03-10" and row["date_alternatives"] == ["2025-11-02"]


def test_store_rows_carry_date_alternatives_as_json():
    from newsloom.trends import ambiguous_events

    row = {"article_id": "x", "published": "2025-03-11", "type": "AGREE", "actor1": "AZE", "actor2": "RUS",
           "polarity": "cooperation", "intensity": 4.0, "evidence": "They agreed.", "date": None,
           "date_precision": None, "date_alternatives": '["2025-11-03"]'}
    assert ambiguous_events([row], "RUS", "AZE")[0]["periods"] == ["2025-03", "2025-11"]
    assert relations_index([row], "RUS", "AZE") == []


def test_events_inherit_the_ambiguity_of_their_publication_date():
    from newsloom.facts import mark_ambiguous_dates

    a = Article(id="a", page_id="p", source="s", text="", published="2025-03-11",
                published_ambiguous=True, published_alternatives=["2025-11-03"])
    a.events = [ev("SUPPORT", "RUS", "AZE", 3.5, "Yesterday, Putin awarded the speaker an order.", "2025-03-10", "day"),
                ev("CONSULT", "RUS", "AZE", 1.0, "Putin and Aliyev met on 9 October 2025.", "2025-10-09", "day"),
                ev("AGREE", "AZE", "RUS", 4.0, "Both sides agreed to talk.")]
    mark_ambiguous_dates(a)
    assert [e.date_alternatives for e in a.events] == [["2025-11-02"], [], ["2025-11-03"]]
    plain = Article(id="b", page_id="p", source="s", text="", published="2025-07-22")
    plain.events = [ev("AGREE", "AZE", "RUS", 4.0, "Both sides agreed to talk.")]
    mark_ambiguous_dates(plain)
    assert plain.events[0].date_alternatives == []
