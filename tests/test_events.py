"""Coded events: categories, actors, polarity, dates; floors on PLOVER and the seeds."""
from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from newsloom.facts import FactReader
from newsloom.facts.when import event_date

REPO = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def reader():
    return FactReader()


def code(reader, text, published=None):
    return reader.code_sentence(text, published)


@pytest.mark.parametrize("text, etype, a1, a2", [
    ("Russia expelled two Azerbaijani diplomats on Monday.", "SANCTION", "RUS", "AZE"),
    ("Germany agreed to send humanitarian aid to Sudan.", "AGREE", "DEU", "SDN"),
    ("Armenian and Azerbaijani negotiators held talks in Geneva.", "CONSULT", "ARM", "AZE"),
    ("Turkish police arrested twenty protesters in Istanbul on Sunday.", "COERCE", "TUR", "TUR"),
    ("Iran threatened to close its border with Iraq.", "THREATEN", "IRN", "IRQ"),
    ("Two journalists were detained by Azerbaijani police in Baku.", "COERCE", "AZE", None),
    ("Japan rejected the Chinese proposal for a joint commission.", "REJECT", "JPN", "CHN"),
    ("The Kremlin accused Kyiv of sabotaging the negotiations.", "ACCUSE", "RUS", "UKR"),
    ("Thousands of workers demonstrated in Paris against the pension reform.", "PROTEST", "FRA", None),
    ("Israeli aircraft bombed targets in southern Lebanon overnight.", "ASSAULT", "ISR", "LBN"),
    ("The European Union imposed new sanctions on Belarus.", "SANCTION", "EU", "BLR"),
    ("Pakistan urged India to show restraint.", "REQUEST", "PAK", "IND"),
])
def test_coder_generalises(reader, text, etype, a1, a2):
    events = code(reader, text)
    assert events, text
    ev = events[0]
    assert ev.type == etype, (text, ev)
    assert ev.actor1 == a1, (text, ev)
    if a2:
        assert ev.actor2 == a2, (text, ev)
    assert ev.evidence and text[ev.start:ev.end].strip() == ev.evidence


def test_polarity_and_intensity_signs(reader):
    coop = code(reader, "France and Germany signed an agreement on energy cooperation.")[0]
    conf = code(reader, "Syrian troops shelled the town of Idlib.")[0]
    assert coop.polarity == "cooperation" and coop.intensity > 0
    assert conf.polarity == "conflict" and conf.intensity < 0


def test_negation_and_modality(reader):
    assert code(reader, "Hungary did not agree to the new quota for refugees.")[0].type == "REJECT"
    assert code(reader, "Ghana said it would release the detained fishermen.")[0].type == "AGREE"
    ev = code(reader, "Russia said Georgia must withdraw its troops from the border.")[0]
    assert (ev.type, ev.actor1, ev.actor2) == ("REQUEST", "RUS", "GEO")


@pytest.mark.parametrize("text, etype, a1, a2", [
    # who acts decides the class: civilians blocking a road protest
    ("French farmers blocked the motorway to Paris for six hours.", "PROTEST", "FRA", "FRA"),
    # compelled to stop: coercion, not a request
    ("The Kenyan government ordered the radio station to suspend its broadcasts.", "COERCE", "KEN", None),
    # evacuating people is a rescue; an announced resignation is still a retreat
    ("Italian helicopters evacuated the injured from the flooded village.", "AID", "ITA", None),
    ("The Greek prime minister said he will resign next month.", "RETREAT", "GRC", None),
    # a people is coded where it lives; an object of the same country is a domestic target
    ("Bosnian Croats demanded autonomy from the Bosnian government.", "REQUEST", "BIH", "BIH"),
    # getting ready for an attack is a show of force; an unnamed rebel target is domestic
    ("The Egyptian army was preparing to attack rebel positions.", "MOBILIZE", "EGY", "EGY"),
    ("Government troops overran a rebel camp in northern Uganda.", "ASSAULT", "UGA", "UGA"),
])
def test_actor_and_object_shape_the_category(reader, text, etype, a1, a2):
    ev = code(reader, text)[0]
    assert (ev.type, ev.actor1) == (etype, a1), (text, ev)
    if a2:
        assert ev.actor2 == a2, (text, ev)


def test_background_clauses_are_not_events(reader):
    # the "after" clause and a protest's purpose explain the main act; they are not coded
    evs = code(reader, "Kenyan police arrested forty students after they had attacked a police station in Nairobi.")
    assert {e.type for e in evs} == {"COERCE"}
    evs = code(reader, "Chilean truck drivers marched through Santiago to demand lower fuel prices.")
    assert {e.type for e in evs} == {"PROTEST"}


@pytest.mark.parametrize("text, etype, a1", [
    # what is stopped decides: a hostile act de-escalates, a cooperative one is a sanction
    ("Russia halted its bombardment of the city.", "RETREAT", "RUS"),
    ("Japan suspended food aid to North Korea after the missile test.", "SANCTION", "JPN"),
    # what is handed over or moved decides: goods are aid, forces a mobilisation
    ("The U.S. Navy sent two warships to the Gulf.", "MOBILIZE", "USA"),
    ("Britain donated 10 million pounds to cyclone victims in Bangladesh.", "AID", "GBR"),
    # a stance verb takes the category of the stance it names
    ("The United States reaffirmed its support for Israel's security.", "SUPPORT", "USA"),
    # workers striking protest; jets striking attack
    ("Greek teachers struck for a third day over pay.", "PROTEST", "GRC"),
    ("Israeli jets struck Hamas positions in Gaza.", "ASSAULT", "ISR"),
])
def test_object_and_doer_decide_between_verb_senses(reader, text, etype, a1):
    evs = code(reader, text)
    assert (evs[0].type, evs[0].actor1) == (etype, a1), (text, evs)


def test_repression_of_protesters_is_coercion_and_assault(reader):
    evs = code(reader, "Egyptian police shot dead two demonstrators in Cairo.")
    assert {e.type for e in evs} == {"COERCE", "ASSAULT"} and {e.actor1 for e in evs} == {"EGY"}


def test_negated_hostile_act_is_no_event(reader):
    assert code(reader, "Israel did not attack Lebanon.") == []


def test_titles_and_dotted_names_are_coded(reader):
    ev = code(reader, "Kenzo Oshima, the United Nations Emergency Relief Coordinator, urged Sudan to open its borders.")[0]
    assert (ev.type, ev.actor1, ev.actor2) == ("REQUEST", "UN", "SDN")
    ev = code(reader, "The U.S. secretary of state arrived in Beijing for two days of talks.")[0]
    assert (ev.type, ev.actor1, ev.actor2) == ("CONSULT", "USA", "CHN")


def test_probe_sentences_floor(reader):
    sys.path.insert(0, str(REPO / "evaluation"))
    from eval_event_probe import read_probe, score
    m = score(read_probe(REPO / "evaluation" / "event_probe.tsv"), reader)
    assert m["n"] >= 1965
    assert m["type_acc"] >= PROBE_TYPE_FLOOR, m["errors"]
    assert m["macro_f1"] >= PROBE_F1_FLOOR, m["per_type_f1"]
    assert m["source_acc"] >= PROBE_SOURCE_FLOOR, m["errors"]
    assert m["target_acc"] >= PROBE_TARGET_FLOOR, m["errors"]


@pytest.mark.parametrize("name, floors", [
    # type, macro-F1, source, target; measured 0.906 / 0.886 / 0.982 / 0.924
    ("event_blind.tsv", (0.90, 0.88, 0.98, 0.92)),
    # in the PLOVER records' conventions and proportions; measured 0.897 / 0.870 / 0.936 / 0.931
    ("event_blind_gsr.tsv", (0.89, 0.865, 0.93, 0.93)),
])
def test_blind_floor(reader, name, floors):
    """Sentences coded by people who never saw the rules: the estimate for unseen text."""
    sys.path.insert(0, str(REPO / "evaluation"))
    from eval_event_probe import read_probe, score
    m = score(read_probe(REPO / "evaluation" / name), reader)
    assert m["n"] >= 170
    assert m["type_acc"] >= floors[0], m["errors"]
    assert m["macro_f1"] >= floors[1], m["per_type_f1"]
    assert m["source_acc"] >= floors[2], m["errors"]
    assert m["target_acc"] >= floors[3], m["errors"]


def test_titled_actor_of_unknown_country_keeps_the_event(reader):
    evs = code(reader, "Judge Maria Lopez opened an investigation into the contracts.")
    assert evs and evs[0].type == "INVESTIGATE" and evs[0].actor1 is None
    assert code(reader, "It rained on the parade.") == []


def test_event_date_resolved_against_publication(reader):
    ev = code(reader, "Russia expelled two Azerbaijani diplomats on Monday.", "2025-07-24")[0]
    assert (ev.date, ev.date_precision) == ("2025-07-21", "day")


@pytest.mark.parametrize("text, value, precision", [
    ("Peskov said on Tuesday", "2025-07-22", "day"),
    ("the talks yesterday", "2025-07-21", "day"),
    ("an operation in Ekaterinburg last month", "2025-06", "month"),
    ("last December's crash", "2024-12", "month"),
    ("arrests at the end of June", "2025-06", "month"),
    ("ended in 2023", "2023", "year"),
    ("the commission met in Astrakhan on 22 August", "2024-08-22", "day"),
    ("in December 2024", "2024-12", "month"),
    ("last week", "2025-07-14", "week"),
])
def test_relative_dates(text, value, precision):
    assert event_date(text, "2025-07-22") == (value, precision)


def test_no_date_without_clues():
    assert event_date("It may rain on the parade.", "2025-07-22") == (None, None)
    assert event_date("on Tuesday", None) == (None, None)


@pytest.fixture(scope="module")
def plover_scores(shared_dir):
    """Scores on the whole PLOVER dev file and on its two fixed halves (a: tuned on, b: held out)."""
    sys.path.insert(0, str(REPO / "evaluation"))
    from eval_events import half_of, predict
    import importlib.util
    spec = importlib.util.spec_from_file_location("score_events", shared_dir / "eval" / "score_events.py")
    scorer = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(scorer)
    path = shared_dir / "data" / "plover" / "gsr_dev.jsonl"
    records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    preds = {p["id"]: p for p in predict(records)}
    gold = scorer.load_gold(str(path), False)
    pred = {}
    for pid, p in preds.items():
        entry = pred.setdefault(pid, {"types": set(), "source": set(), "target": set()})
        for ev in p["events"]:
            entry["types"].add(scorer.norm_type(ev["type"], False))
            entry["source"] |= scorer.actor_codes(ev["actor1"], "")
            entry["target"] |= scorer.actor_codes(ev["actor2"], "")
    out = {"all": scorer.evaluate(gold, pred)}
    for half in ("a", "b"):
        sub = {k: v for k, v in gold.items() if half_of(k) == half}
        out[half] = scorer.evaluate(sub, {k: v for k, v in pred.items() if k in sub})
    return out


@pytest.mark.parametrize("part, floors", [
    ("all", (0.95, 0.89, 0.95, 0.93)),
    # half a's errors shaped the rules from the start; half b's were read in a later round
    # (before it, b scored 0.81 / 0.72 / 0.85 / 0.88), so neither is a held-out estimate now:
    # those are the blind sets of test_blind_floor
    ("a", (0.98, 0.92, 0.97, 0.92)),
    ("b", (0.91, 0.84, 0.92, 0.95)),
])
def test_plover_floor(plover_scores, part, floors):
    m = plover_scores[part]
    type_floor, f1_floor, source_floor, target_floor = floors
    assert m["type_acc"] >= type_floor, m
    assert m["macro_f1"] >= f1_floor, m
    assert m["source_acc"] >= source_floor, m
    assert m["target_acc"] >= target_floor, m


def test_seed_events_floor(reader, shared_dir):
    sys.path.insert(0, str(REPO / "evaluation"))
    from eval_facts_seeds import gold_articles, score
    gold = json.loads((shared_dir / "gold" / "seeds.json").read_text(encoding="utf-8"))
    articles = gold_articles(gold)
    reader.read_facts(articles)
    hits, total = score(gold, articles)["events_found"]
    assert total == 15
    assert hits >= SEED_EVENTS_FLOOR, score(gold, articles)["missing_events"]


# floors: the measured figure minus a small margin (they only rise)
SEED_EVENTS_FLOOR = 13
PROBE_TYPE_FLOOR = 0.998
PROBE_F1_FLOOR = 0.975
PROBE_SOURCE_FLOOR = 0.988
PROBE_TARGET_FLOOR = 0.965


@pytest.mark.parametrize("text, etype, a1, a2", [
    # PLOVER groups CAMEO's codes: signing a formal agreement is support, releasing people,
    # easing an embargo, letting inspectors in and declaring a truce are retreats
    ("China freed three prominent dissidents on Sunday.", "RETREAT", "CHN", None),
    ("Washington lifted its trade embargo on Vietnam.", "RETREAT", "USA", "VNM"),
    ("Iraq allowed United Nations weapons inspectors to visit the presidential sites.", "RETREAT", "IRQ", "UN"),
    ("Tamil rebels declared a unilateral truce over the holidays.", "RETREAT", "LKA", None),
    ("Algeria's government lifted the state of emergency imposed in 1992.", "CONCEDE", "DZA", None),
    ("Israel and Jordan restored full diplomatic relations on Wednesday.", "SUPPORT", "ISR", "JOR"),
    # what an intent verb names is promised; a hostile act floated is a threat
    ("Japan pledged 500 million dollars in aid to Indonesia.", "AGREE", "JPN", "IDN"),
    ("The United States is considering sanctions against Burma.", "THREATEN", "USA", "MMR"),
    ("The United States announced plans to impose new sanctions on Iraq.", "THREATEN", "USA", "IRQ"),
    ("Israel has not ruled out a military operation in the Gaza Strip.", "THREATEN", "ISR", None),
    ("Palestinian leaders said they would boycott the talks with Israel.", "THREATEN", "PSE", "ISR"),
    # idioms of news reporting
    ("The Palestinians walked out of the talks with Israel.", "SANCTION", "PSE", "ISR"),
    ("Thousands of Indonesian students took to the streets of Jakarta.", "PROTEST", "IDN", None),
    ("France paid tribute to the role of Germany in building Europe.", "SUPPORT", "FRA", "DEU"),
    ("Iran shrugged off the threat of UN sanctions.", "REJECT", "IRN", None),
    ("Washington told Tehran to stop supporting militant groups.", "REQUEST", "USA", "IRN"),
    ("Indian and Pakistani troops exchanged fire across the line of control.", "ASSAULT", "IND", "PAK"),
])
def test_categories_follow_plover_and_news_usage(reader, text, etype, a1, a2):
    evs = code(reader, text)
    assert evs, text
    assert evs[0].type == etype, (text, evs)
    assert evs[0].actor1 == a1, (text, evs)
    if a2:
        assert a2 in {e.actor2 for e in evs}, (text, evs)


def test_acts_with_two_readings_are_coded_twice(reader):
    # an abduction is an assault and a coercive seizure; expelling thousands is a mass expulsion
    assert {e.type for e in code(reader, "Gunmen kidnapped an American journalist in west Beirut.")} \
        == {"ASSAULT", "COERCE"}
    assert {e.type for e in code(reader, "Iraqi troops drove thousands of Kurds from their homes.")} \
        == {"COERCE", "ASSAULT"}


def test_cutting_needs_a_relation_to_be_a_sanction(reader):
    assert code(reader, "The ministry cut costs by ten percent.") == []
    assert code(reader, "Japan cut its aid to Indonesia by half.")[0].type == "SANCTION"
    assert code(reader, "Israel closed the Allenby bridge crossing after the attack.")[0].type == "COERCE"


def test_actor_resolution(reader):
    from newsloom.facts.gazetteer import country_of

    # a letter off: read as the one country name it is close to; real names stay apart
    assert country_of("Ethopia") == "ETH" and country_of("Afganistan") == "AFG" and country_of("Indiana") is None
    ev = code(reader, "Bouteflika said he would lift the ban on the party.")[0]
    assert ev.actor1 == "DZA"
    # a mutual act names each side as source and target
    evs = code(reader, "Russia and China signed a treaty of friendship in Moscow.")
    assert {(e.actor1, e.actor2) for e in evs} >= {("RUS", "CHN"), ("CHN", "RUS")}
    # praise received: the giver is the source
    ev = code(reader, "Jordan's King Hussein won praise from President Clinton for his role.")[0]
    assert (ev.type, ev.actor1, ev.actor2) == ("SUPPORT", "USA", "JOR")
    # a complaint to a third party targets the accused
    ev = code(reader, "Israel complained to the Security Council that Syria was helping the guerrillas.")[0]
    assert (ev.type, ev.actor1, ev.actor2) == ("ACCUSE", "ISR", "SYR")
    # with no outside party named the act concerns the actor's own country
    ev = code(reader, "The South African government promised a bill of rights.")[0]
    assert (ev.actor1, ev.actor2) == ("ZAF", "ZAF")


def test_month_words_used_as_verbs_are_not_dates():
    from newsloom.facts.when import event_date

    assert event_date("Thousands of Armenians march on the embassy.", "2025-07-22") == (None, None)
    when = event_date("The talks were held in March.", "2025-07-22")
    assert when and when[0] == "2025-03"


@pytest.mark.parametrize("text, etype", [
    ("Russia is not prepared to sign the treaty.", "REJECT"),
    ("Russia is unwilling to release the prisoners.", "REJECT"),
    ("Israel has no intention of withdrawing from the Golan Heights.", "REJECT"),
    ("Iraq failed to hand over the documents.", "REJECT"),
    ("Belgrade said it would no longer block the deployment of international monitors.", "AGREE"),
    ("Russia said it would not impose sanctions on Iran.", "AGREE"),
    ("China will not tolerate any move towards Taiwanese independence, the foreign ministry said.", "THREATEN"),
    ("Russia did not rule out plans to impose sanctions on Iran.", "THREATEN"),
])
def test_denied_and_withheld_acts(reader, text, etype):
    assert etype in {e.type for e in code(reader, text)}, (text, code(reader, text))


@pytest.mark.parametrize("text, etype, a1, a2", [
    # unnamed non-governmental organisations are one actor class; a national one keeps its country
    ("Human rights groups urged Egypt to free the journalists.", "REQUEST", "NGO", "EGY"),
    ("The humanitarian organisation accused Israel of blocking aid to Gaza.", "ACCUSE", "NGO", "ISR"),
    ("Iranian human rights groups condemned the executions.", "ACCUSE", "IRN", None),
    # a title the entity layer leaves out can name the actor by itself
    ("Pope Benedict condemned the attacks on Christians in Iraq.", "ACCUSE", "VAT", "IRQ"),
    ("The pontiff called for peace in Lebanon.", "REQUEST", "VAT", "LBN"),
    # unnamed armed men strike where they are, or fight the state whose forces they attack
    ("Gunmen attacked a bus carrying Israeli tourists in Cairo.", "ASSAULT", "EGY", "ISR"),
    ("Kurdish guerrillas attacked Turkish troops.", "ASSAULT", "TUR", "TUR"),
    # a hostile step sought on conditions is a threat, aimed at whom the step is against
    ("The United States said it would seek U.N. sanctions against North Korea unless it allowed inspections.",
     "THREATEN", "USA", "PRK"),
    # a named union is no crowd of workers; stones thrown by a crowd are a violent protest
    ("The European Union suspended military cooperation with Nigeria in protest at the executions.",
     "SANCTION", "EU", "NGA"),
    ("Palestinian youths threw stones at Israeli soldiers in Hebron.", "PROTEST", "PSE", "ISR"),
    # laying a hostile act at a party's door is the speaker's accusation of that party
    ("Israel's foreign minister said Iran was behind the bombing in Buenos Aires.", "ACCUSE", "ISR", "IRN"),
    ("Russia said Ukraine was responsible for the attack on the bridge.", "ACCUSE", "RUS", "UKR"),
    ("Iraq held Iran responsible for the attack.", "ACCUSE", "IRQ", "IRN"),
    # an authority ordering an act does it; a forced return is coercion, not a release
    ("Iran's supreme leader ordered the arrest of the opposition leader.", "COERCE", "IRN", "IRN"),
    ("President Clinton ordered air strikes against Iraq.", "ASSAULT", "USA", "IRQ"),
    ("Pakistan ordered the expulsion of two Indian diplomats.", "SANCTION", "PAK", "IND"),
    ("President Putin ordered the withdrawal of Russian troops from Syria.", "RETREAT", "RUS", "SYR"),
    ("The UN Security Council ordered Iraq to destroy its chemical weapons.", "REQUEST", "UN", "IRQ"),
    ("Officials said Thailand had forcibly returned 300 Cambodian refugees.", "COERCE", "THA", "KHM"),
    # a raid from the air is an air strike; goods deposited are aid; an envoy's posting names the target
    ("Israeli jets raided suspected guerrilla bases in the Bekaa Valley.", "ASSAULT", "ISR", "LBN"),
    ("Saudi Arabia deposited two billion dollars in Egypt's central bank.", "AID", "SAU", "EGY"),
    ("France recalled its ambassador to New Zealand over the sentencing of two agents.", "SANCTION", "FRA", "NZL"),
    # "Chinese-language" describes a newspaper, not a Chinese party
    ("Malaysia's government revoked the publishing licence of a Chinese-language newspaper.", "COERCE", "MYS", "MYS"),
    # organisations named by description, well-known groups, protesters in a country's streets
    ("The war crimes tribunal indicted Serbian leaders for atrocities in Kosovo.", "ACCUSE", "ICTY", "SRB"),
    ("The nuclear watchdog urged North Korea to readmit its inspectors.", "REQUEST", "IAEA", "PRK"),
    ("The Zapatista rebels accused the Mexican army of violating the truce.", "ACCUSE", "MEX", "MEX"),
    ("Opposition supporters poured into the streets of Nairobi after the election.", "PROTEST", "KEN", "KEN"),
    # what a clause says of a group ("accused of spying for Israel") is not the group's country
    ("Iranian authorities executed two men accused of spying for Israel.", "COERCE", "IRN", "IRN"),
])
def test_source_and_target_resolution(reader, text, etype, a1, a2):
    evs = code(reader, text)
    assert etype in {e.type for e in evs}, (text, evs)
    ev = next(e for e in evs if e.type == etype)
    assert ev.actor1 == a1, (text, evs)
    if a2:
        assert ev.actor2 == a2, (text, evs)


def test_ngo_class_and_pair_references_across_sentences(reader):
    from newsloom.facts.gazetteer import actor_class

    assert actor_class("NGO") == "NGO"
    # "the two leaders" points back to the pair of the previous sentence, even one with no event
    evs = code(reader, "Azerbaijan's President Ilham Aliyev dined with Vladimir Putin in Sochi. "
                       "The two leaders agreed to hold a meeting of the commission.")
    assert {(e.type, e.actor1, e.actor2) for e in evs} == {("AGREE", "AZE", "RUS"), ("AGREE", "RUS", "AZE")}
    # a telephone conversation is itself a consultation
    evs = code(reader, "Azerbaijan's President Ilham Aliyev spoke with Vladimir Putin by phone. "
                       "The two leaders agreed to hold a meeting of the commission.")
    assert {(e.type, e.actor1, e.actor2) for e in evs} == {
        ("CONSULT", "AZE", "RUS"), ("AGREE", "AZE", "RUS"), ("AGREE", "RUS", "AZE")}
    # "two leaders of the opposition" is no reference to a pair
    evs = code(reader, "Russia and Turkey held talks in Sochi. Two leaders of the opposition were arrested by police.")
    assert all(e.actor1 in ("RUS", "TUR", None) for e in evs)
    assert not any(e.type == "COERCE" and {e.actor1, e.actor2} == {"RUS", "TUR"} for e in evs)


def test_candidates_keep_the_main_act_and_list_the_background_one(reader):
    from newsloom.facts.entities import extract_entities
    from newsloom.facts.events import EventCoder

    text = "Kenyan police arrested forty students after they had attacked a police station in Nairobi."
    doc = reader.nlp(text)
    coder = EventCoder(doc, extract_entities(doc))
    sent = next(doc.sents)
    cands = coder.candidates(sent)
    # the rules keep the arrest, not the background attack, yet both are candidates with their events
    assert [(c[0].words, c[1]) for c in cands][:2] == [("arrest", True), ("attack", False)]
    assert {e.type for e in cands[1][2]} == {"ASSAULT"}
    # without every=True the candidates the rules drop are not coded
    assert coder.candidates(sent, every=False)[1][2] == []
    assert {e.type for e in coder.code()} == {"COERCE"}


@pytest.mark.parametrize("text, etype, a1, a2", [
    # stances said with adjectives and participles, aimed at what their phrase names
    ("Italy was sharply critical of the Austrian government's asylum policy.", "ACCUSE", "ITA", "AUT"),
    ("Norway is firmly opposed to the Japanese whaling programme.", "REJECT", "NOR", "JPN"),
    ("Peru was angered by Ecuadorean claims to the disputed border zone.", "ACCUSE", "PER", "ECU"),
    ("Chile said it was ready for talks with Bolivia on sea access.", "AGREE", "CHL", "BOL"),
    # an act received from someone: the giver acts
    ("Jordan received a visit from the Syrian foreign minister on Monday.", "CONSULT", "SYR", "JOR"),
    ("Ghana received 30 million dollars in aid from Germany.", "AID", "DEU", "GHA"),
    # naming an act is judging it
    ("Cuba described the American blockade as a crime against its people.", "ACCUSE", "CUB", "USA"),
    # a call for hostile action against a party rallies opposition to it (and is a request)
    ("The bishops called for sanctions against Sudan.", "ACCUSE", None, "SDN"),
    # peacekeepers arriving: the host lets them in
    ("Nigerian peacekeepers arrived in Liberia on Tuesday.", "RETREAT", "LBR", "NGA"),
    # closing a border by a state is also a blockade
    ("Uzbekistan closed its border with Tajikistan.", "ASSAULT", "UZB", "TJK"),
    # hyphenated verbs split by the tokenizer
    ("Pakistan test-fired a nuclear-capable missile on Saturday.", "MOBILIZE", "PAK", None),
    # the condition of a refusal is not the event
    ("Syria has no intention of signing the treaty unless Israel signs it first.", "REJECT", "SYR", None),
    # a state charged with violating an accord is accused, not prosecuted
    ("Washington charged Iraq with violating the ceasefire terms.", "ACCUSE", "USA", "IRQ"),
    # the means of a retaliation is the act
    ("Iran retaliated by expelling two British diplomats.", "SANCTION", "IRN", "GBR"),
    # expelling an international body reduces relations
    ("Burundi expelled the UNHCR from the country.", "SANCTION", "BDI", "IGO"),
    # a requirement no longer imposed is a concession; giving in to demands too
    ("Malaysia no longer requires foreign journalists to obtain special permits.", "CONCEDE", "MYS", None),
    ("The British government caved in to the farmers' demands.", "CONCEDE", "GBR", None),
    # staying away from talks is a boycott
    ("North Korea stayed away from the talks in Beijing.", "REJECT", "PRK", None),
])
def test_stances_receivers_descriptions_and_arrivals(reader, text, etype, a1, a2):
    _check_event(reader, text, etype, a1, a2)


@pytest.mark.parametrize("text", [
    "Seoul said its citizens were shocked at the scale of the damage.",  # a feeling aimed at no party
    "Athenians stayed away from the city centre at night.",  # staying away from a place is no boycott
    "The team's losing record sank any chance of a play-off place.",
    "The company will pay 334 million dollars for the chip maker.",  # a purchase is no aid
    "The trade deal could now be pushed into next year.",  # no troops, no incursion
    "The trade war is paralyzing firms that rely on exports.",  # no civilians, no protest
    # a verb of the lexicon in its everyday sense: the frame shows it
    "Kazakhstan receives two thirds of the canal's summer flow.",  # goods, not a visit
    "We are talking about water that thousands of families depend on.",  # speech, not talks
    "The canal, dug in the 1970s, irrigates 38,000 hectares.",  # a date, not "dug in"
    "Engineers lowered the gates because a concrete sluice structure had cracked.",  # no crackdown
    "The headworks, which stand on the Uzbek side of the border, were built in 1974.",  # no stance
    "If we had left the gates open, the whole structure could have failed.",  # no withdrawal
    "It is tempting to call the matter closed.",  # naming, not a call for anything
    "The two governments both helped to create the crisis.",  # the helped act is no event
    "The ambassador handed him a note on the schedule of the visit.",  # a message, not a hand-over
    "The Kremlin declined to comment on the report.",  # no comment rejects no party
])
def test_everyday_uses_are_no_events(reader, text):
    assert code(reader, text) == [], text


def _check_event(reader, text, etype, a1, a2):
    from newsloom.facts.gazetteer import actor_class

    evs = code(reader, text)
    assert etype in {e.type for e in evs}, (text, evs)
    ev = next(e for e in evs if e.type == etype)
    if a1:
        assert ev.actor1 == a1, (text, evs)
    if a2:
        got = "IGO" if actor_class(ev.actor2) in ("IGO", "NGO") else ev.actor2
        assert got == a2, (text, evs)
