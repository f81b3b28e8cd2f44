"""Quotes: every quotation style, split quotes, pronoun speakers, reported speech."""
from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from newsloom.facts import FactReader
from newsloom.facts.entities import extract_entities
from newsloom.facts.quotes import _quote_spans, extract_quotes

REPO = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def reader():
    return FactReader()


def quotes(reader, text):
    doc = reader.nlp(text)
    return extract_quotes(doc, extract_entities(doc))


@pytest.mark.parametrize("open_, close", [("“", "”"), ('"', '"'), ("‘", "’"), ("'", "'")])
def test_every_quote_style_is_attributed(reader, open_, close):
    text = (f"Foreign Minister Jeyhun Bayramov spoke in Baku. {open_}We will not accept any pressure "
            f"from outside,{close} Bayramov said.")
    qs = [q for q in quotes(reader, text) if q.kind == "direct"]
    assert len(qs) == 1
    assert qs[0].text.startswith("We will not accept any pressure")
    assert qs[0].speaker == "Jeyhun Bayramov"
    assert text[qs[0].start:qs[0].end] == qs[0].text


def test_apostrophes_are_not_quote_marks():
    text = "Azerbaijan's leaders and the brothers' lawyers met. It's over, the officials' aides said."
    assert _quote_spans(text) == []


def test_quote_split_by_attribution_shares_the_speaker(reader):
    text = ("Prime Minister Nikol Pashinyan held a press conference. “The talks were useful,” "
            "Pashinyan said, “and we will continue them next month.”")
    qs = [q for q in quotes(reader, text) if q.kind == "direct"]
    assert len(qs) == 2
    assert {q.speaker for q in qs} == {"Nikol Pashinyan"}


def test_pronoun_goes_to_the_last_plausible_speaker(reader):
    text = ("Kremlin spokesman Dmitry Peskov spoke to reporters on Tuesday. The weather in Moscow was warm. "
            "He added that Moscow seeks 'to move past a brief period of cooling in relations.'")
    qs = [q for q in quotes(reader, text) if q.kind == "direct"]
    assert qs and qs[0].speaker == "Dmitry Peskov"


def test_inverted_attribution(reader):
    text = '"Our talks focused on trade and investment," said Mr Pashinyan on Friday.'
    doc = reader.nlp("Armenian Prime Minister Nikol Pashinyan visited the UAE. " + text)
    qs = extract_quotes(doc, extract_entities(doc))
    assert qs and qs[0].speaker == "Nikol Pashinyan"


def test_quote_standing_alone_continues_the_previous_speaker(reader):
    text = ("Zakharova said ‘the topic was discussed in detail during the meetings’.\n\n"
            "‘The position of our country was communicated in detail to the delegation’.")
    doc = reader.nlp("Russian Foreign Ministry spokesperson Maria Zakharova commented. " + text)
    qs = extract_quotes(doc, extract_entities(doc))
    assert len(qs) == 2 and {q.speaker for q in qs} == {"Maria Zakharova"}


def test_reported_speech(reader):
    qs = quotes(reader, "Kremlin spokesman Dmitry Peskov said Moscow wants to resolve the tensions with Baku.")
    rep = [q for q in qs if q.kind == "reported"]
    assert rep and rep[0].speaker == "Dmitry Peskov"
    assert rep[0].text.startswith("Moscow wants to resolve")
    qs = quotes(reader, "The ceasefire was broken twice overnight, according to Sergei Ivanov.")
    rep = [q for q in qs if q.kind == "reported"]
    assert rep and rep[0].speaker == "Sergei Ivanov"


def test_seed_quotes_floor(reader, shared_dir):
    sys.path.insert(0, str(REPO / "evaluation"))
    from eval_facts_seeds import gold_articles, score
    gold = json.loads((shared_dir / "gold" / "seeds.json").read_text(encoding="utf-8"))
    articles = gold_articles(gold)
    reader.read_facts(articles)
    hits, total = score(gold, articles)["quotes_attributed"]
    assert total == 18
    assert hits >= 17, score(gold, articles)["missing_quotes"]
