"""Entities: spaCy mentions merged into canonical names, roles and country codes."""
from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from newsloom.facts import FactReader
from newsloom.facts import gazetteer as gz
from newsloom.facts.entities import extract_entities
from newsloom.records import Article

REPO = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def reader():
    return FactReader()


def ents(reader, text):
    return extract_entities(reader.nlp(text))


def canon(entities, mention):
    return {e.canonical for e in entities if e.text == mention}


def test_offsets_point_at_the_mention(reader):
    text = "Kremlin spokesman Dmitry Peskov said on Tuesday that Moscow wants calm with Baku."
    for e in ents(reader, text):
        assert text[e.start:e.end] == e.text


def test_spelling_variants_share_a_canonical_name(reader):
    es = ents(reader, "Officials met in Kiev. Later the delegation flew from Kyiv to Ekaterinburg, "
                      "then on to Yekaterinburg airport. Turkiye and Turkey are one country.")
    assert canon(es, "Kiev") == canon(es, "Kyiv") == {"Kyiv"}
    assert canon(es, "Ekaterinburg") == canon(es, "Yekaterinburg") == {"Yekaterinburg"}
    assert canon(es, "Turkiye") == canon(es, "Turkey")


def test_surname_goes_to_the_full_name_and_role_is_kept(reader):
    es = ents(reader, "Kremlin spokesman Dmitry Peskov spoke to reporters. Peskov said the talks would go on.")
    people = [e for e in es if e.label == "PERSON"]
    assert {e.canonical for e in people} == {"Dmitry Peskov"}
    full = [e for e in people if e.text == "Dmitry Peskov"][0]
    assert full.role == "Kremlin spokesman"
    assert full.country == "RUS"


def test_family_members_stay_apart(reader):
    text = ("A monument to Heydar Aliyev was unveiled. Azerbaijani President Ilham Aliyev attended. "
            "His son Heydar Aliyev Jr. was not there. President Aliyev spoke briefly.")
    es = ents(reader, text)
    names = {e.canonical for e in es if e.label == "PERSON"}
    assert {"Heydar Aliyev", "Ilham Aliyev", "Heydar Aliyev Jr."} <= names
    last = [e for e in es if e.text == "Aliyev"][-1]
    assert last.canonical == "Ilham Aliyev"


def test_bare_surname_takes_the_most_recent_full_name(reader):
    text = ("Heydar Aliyev led the country for a decade. Ilham Aliyev succeeded him in 2003. "
            "Aliyev has since visited Moscow twice.")
    es = ents(reader, text)
    assert [e.canonical for e in es if e.text == "Aliyev"] == ["Ilham Aliyev"]


def test_acronym_and_expansion_merge(reader):
    es = ents(reader, "Armenia may leave the Collective Security Treaty Organization (CSTO). "
                      "The CSTO was founded in 1992.")
    assert {e.canonical for e in es if e.label == "ORG"} == {"CSTO"}
    es = ents(reader, "The National Salvation Front (NSF) called a strike. The NSF said it would go on.")
    assert canon(es, "NSF") == {"National Salvation Front"}


def test_places_and_governments_map_to_iso_codes(reader):
    es = ents(reader, "The Kremlin said Moscow would reply to Baku, and the White House stayed silent.")
    codes = {e.text: e.country for e in es}
    assert codes.get("Kremlin") == "RUS"
    assert codes.get("Moscow") == "RUS"
    assert codes.get("Baku") == "AZE"
    assert codes.get("White House") == "USA"


def test_coordinated_given_names_share_the_surname(reader):
    es = ents(reader, "In June, the two brothers Ziyaddin and Huseyn Safarov were killed.")
    assert {"Ziyaddin Safarov", "Huseyn Safarov"} <= {e.canonical for e in es}


def test_gazetteer_lookups():
    assert gz.country_of("the Kremlin") == "RUS"
    assert gz.country_of("Azerbaijani") == "AZE"
    assert gz.country_of("Republic of Armenia") == "ARM"
    assert gz.country_of("Türkiye") == "TUR"
    assert gz.org_short("Collective Security Treaty Organization") == "CSTO"
    assert gz.org_short("U.N.") == "UN"
    assert gz.actor_class("NATO") == "IGO"
    assert gz.canonical_place("Kiev") == "Kyiv"
    assert gz.country_of("table") is None


def test_seed_entities_floor(reader, shared_dir):
    sys.path.insert(0, str(REPO / "evaluation"))
    from eval_facts_seeds import gold_articles, score
    gold = json.loads((shared_dir / "gold" / "seeds.json").read_text(encoding="utf-8"))
    articles = gold_articles(gold)
    reader.read_facts(articles)
    found, total = score(gold, articles)["entities_found"]
    assert total == 35
    assert found >= 33, score(gold, articles)["missing_entities"]


def test_read_facts_fills_articles(reader):
    a = Article(id="x", page_id="p", source="s", published="2025-07-22",
                text="Russia expelled two Azerbaijani diplomats on Monday, the Foreign Ministry said.")
    reader.read_facts([a])
    assert a.entities and a.events
    assert all(isinstance(e.start, int) for e in a.entities)
