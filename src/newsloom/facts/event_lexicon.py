"""What newsloom's event coder knows about words (data only).

Categories follow PLOVER (later names: REQUEST, ACCUSE, ASSAULT; INVESTIGATE is
kept apart and read as ACCUSE by PLOVER 0.5 tools).  Each category has a
default polarity and a Goldstein-like intensity on a -10..+10 scale; single
triggers may override the intensity (to "urge" is milder than to "demand").

Entries are written from the PLOVER category definitions and common English
usage.  Verb entries are lemmas; a "verb particle" key ("call on", "pull out")
matches the verb with its particle or preposition; a "verb noun" key
("hold talks", "impose curfew") matches the verb with the head noun of its
object.  Noun triggers code nominal events ("the raid on", "peace talks").
"""
from __future__ import annotations

#: category -> (polarity, default intensity)
CATEGORIES: dict[str, tuple[str, float]] = {
    "AGREE": ("cooperation", 4.0),
    "CONSULT": ("cooperation", 2.0),
    "SUPPORT": ("cooperation", 3.5),
    "COOPERATE": ("cooperation", 6.0),
    "AID": ("cooperation", 7.0),
    "CONCEDE": ("cooperation", 5.0),
    "RETREAT": ("cooperation", 4.5),
    "REQUEST": ("cooperation", 2.5),
    "ACCUSE": ("conflict", -2.5),
    "INVESTIGATE": ("conflict", -2.0),
    "REJECT": ("conflict", -4.0),
    "THREATEN": ("conflict", -6.0),
    "PROTEST": ("conflict", -6.5),
    "SANCTION": ("conflict", -5.5),
    "MOBILIZE": ("conflict", -7.0),
    "COERCE": ("conflict", -7.0),
    "ASSAULT": ("conflict", -9.5),
}

#: verb lemma -> category (or (category, intensity))
VERBS: dict[str, str | tuple[str, float]] = {}


def _add(category: str, words: str, intensity: float | None = None) -> None:
    for w in words.split(","):
        w = w.strip()
        if w:
            VERBS[w] = (category, intensity) if intensity is not None else category


# AGREE: agree, promise, commit, sign, settle, accept, express intent to cooperate
_add("AGREE", "agree, promise, pledge, vow, commit, undertake, guarantee, sign, settle, accept, "
     "approve, ratify, offer, propose, consent, reconcile, assure, endorse a deal, "
     "conclude, finalize, finalise, resolve, compromise, initial, broker")
# CONSULT: meet, visit, talk, negotiate, mediate, host, phone
_add("CONSULT", "meet, visit, discuss, negotiate, consult, confer, host, mediate, talk, "
     "telephone, phone, receive, welcome a delegation, tour, greet, convene, summon, travel")
# SUPPORT: praise, defend, back, forgive, apologise, honour, thank
_add("SUPPORT", "support, back, praise, endorse, defend, commend, hail, applaud, welcome, "
     "congratulate, thank, honour, honor, award, decorate, forgive, apologize, apologise, "
     "recognize, recognise, salute, side, reassure, laud, champion, sympathize, condole")
# COOPERATE: joint action, share information, extradite
_add("COOPERATE", "cooperate, co-operate, collaborate, coordinate, share, exchange, "
     "extradite, partner, ally, team, normalize, normalise, restore, reopen, integrate, "
     "join forces, work together")
# AID: give material help, asylum, open borders
_add("AID", "aid, assist, donate, supply, provide, deliver, grant, fund, finance, lend, "
     "rescue, shelter, evacuate, admit, feed, help, airlift, contribute, sponsor, protect, "
     "train, equip, invest")
# CONCEDE: ease restrictions, release, allow, lift, accede
_add("CONCEDE", "ease, lift, relax, release, free, allow, permit, concede, yield, "
     "pardon, amnesty, acknowledge, unblock, reinstate, return, hand, legalize, legalise, "
     "de-escalate, relent, repeal, rescind, revoke, loosen, enhance, reform, liberalize")
# RETREAT: withdraw, surrender, resign, demobilize
_add("RETREAT", "withdraw, retreat, surrender, resign, quit, demobilize, demobilise, disarm, "
     "disband, evacuate troops, abandon, capitulate, step down, pull out, back down, "
     "pull back, leave, depart, abdicate, cede")
# REQUEST: demand, urge, appeal, ask
_add("REQUEST", "urge, ask, appeal, request, seek, plead, invite, implore, encourage, "
     "petition, lobby, beg, exhort", 2.5)
_add("REQUEST", "demand, insist, order, press, pressure, call, require, instruct, push, "
     "summon to appear, ultimatum, command, direct, subpoena", -4.0)
# ACCUSE: criticise, condemn, blame, accuse, allege, sue
_add("ACCUSE", "accuse, blame, condemn, criticize, criticise, denounce, charge, allege, "
     "complain, deplore, fault, slam, attack verbally, censure, rebuke, reproach, "
     "lambaste, decry, assail, castigate, chide, scold, disapprove, object, question, "
     "dispute, challenge, sue, indict, protest verbally, label, brand, rap, berate, warn against")
_add("INVESTIGATE", "investigate, probe, examine, inquire, enquire, inspect, audit, "
     "interrogate, review, scrutinize, scrutinise, monitor, look into")
# REJECT: refuse, decline, deny, veto, defy
_add("REJECT", "reject, refuse, decline, deny, veto, rebuff, spurn, dismiss, oppose, "
     "resist, defy, violate, breach, ignore, snub, boycott, disregard, rule out, turn down, "
     "repudiate, renounce, refute, contest, block, obstruct, stall, shun, disavow, disown")
# THREATEN: threaten, warn, issue ultimatum
_add("THREATEN", "threaten, warn, menace, intimidate, vow revenge, brandish, caution")
# PROTEST: demonstrate, strike, riot, march, rally
_add("PROTEST", "protest, demonstrate, rally, march, riot, strike, picket, boycott, "
     "hunger-strike, walk out, sit in, occupy, blockade, mutiny, rebel, revolt")
# SANCTION: reduce relations, suspend, expel diplomats, embargo
_add("SANCTION", "sanction, suspend, halt, cut, sever, freeze, embargo, expel, recall, "
     "downgrade, cancel, terminate, break, withhold, postpone, boycott talks, "
     "penalize, penalise, fine, blacklist, restrict, curtail, stop, close, scrap, "
     "revoke, annul, shut, ban imports, axe, pause")
# MOBILIZE: mobilize, deploy, mass, put on alert
_add("MOBILIZE", "mobilize, mobilise, deploy, mass, station, reinforce, muster, "
     "conscript, arm, amass, alert, patrol, position, build up")
_add("SANCTION", "reduce, downgrade, isolate")
_add("COERCE", "force, compel, expel")
# COERCE: arrest, detain, deport, ban, seize, raid, curfew, crack down
_add("COERCE", "arrest, detain, deport, jail, imprison, seize, confiscate, raid, ban, "
     "outlaw, prevent, censor, disperse, expel, kidnap, abduct, capture, sentence, "
     "convict, execute, hang, prosecute, evict, impose, restrict, silence, suppress, "
     "intercept, search, round, nab, apprehend, storm, besiege, blockade, hijack, "
     "confine, extradite forcibly, punish, dissolve, close down, shut down, repress, torture")
# ASSAULT: attack, kill, bomb, shell, fight, clash
_add("ASSAULT", "attack, kill, bomb, shell, shoot, fire, strike, invade, assault, fight, "
     "clash, massacre, murder, assassinate, ambush, wound, injure, slaughter, behead, "
     "abuse, rape, destroy, bombard, raze, target, hit, torch, burn, loot, down, "
     "gun, stab, beat, overrun, occupy militarily, shoot down, blow up, battle, engage, "
     "cleanse, annex, recapture, retake, conquer, capture territory, pound, rocket, strafe")

# more verbs from common news usage, by category
_add("AGREE", "accept, adopt, unite, embrace, affirm, reaffirm, renew, extend a hand, sign up, "
     "commit oneself, harmonize, conciliate, forge, seal, clinch, cement, ink")
_add("CONSULT", "attend, gather, assemble, contact, call up, brief, interview, sit, dialogue, "
     "converse, correspond, arrive, fly, journey, invite for talks")
_add("SUPPORT", "favor, favour, advocate, uphold, bless, admire, celebrate, acclaim, hail, "
     "vouch, testify, cheer, rally behind, sympathise")
_add("COOPERATE", "reconcile, unite forces, cooperate militarily, pool, merge, liaise, "
     "synchronize, harmonise")
_add("AID", "donate, supply, ship, airdrop, distribute, rebuild, reconstruct, resettle, "
     "vaccinate, treat, heal, nurse, repatriate, subsidize, subsidise, bail, forgive debt")
_add("CONCEDE", "ease, soften, moderate, accommodate, accede, comply, submit, relinquish, "
     "waive, exempt, drop charges, lessen, shorten, reduce tension, decriminalize")
_add("RETREAT", "evacuate, flee, vacate, dismantle, decommission, scale back, withdraw troops")
_add("REQUEST", "propose talks, solicit, canvass, nominate, recommend, advise, counsel", 2.5)
_add("ACCUSE", "lament, regret, mock, ridicule, insult, vilify, smear, discredit, "
     "disparage, belittle, denigrate, blast, attack in words, rail, fulminate, complain, grumble, "
     "impeach, investigate, accuse, allege, implicate, expose")
_add("INVESTIGATE", "probe, inspect, audit, interrogate, question, examine, screen, vet, "
     "survey, study, track, trace, analyse, analyze, verify")
_add("REJECT", "refuse, rebuff, reject, nullify, invalidate, overrule, override, thwart, hinder, "
     "sabotage, undermine, stonewall, filibuster, withhold, retract, revoke, disapprove, "
     "counter, evade, flout, contravene, infringe, disobey, default")
_add("THREATEN", "threaten, warn, menace, blackmail, bully, coerce verbally, browbeat, "
     "terrorize, terrorise")
_add("PROTEST", "demonstrate, march, rally, riot, picket, strike, boycott, sit-in, chant, "
     "parade, mob, agitate, dissent")
_add("SANCTION", "suspend, halt, embargo, sanction, penalize, isolate, ostracize, "
     "ostracise, exclude, disinvite, defund, blockade economically, devalue, tariff")
_add("MOBILIZE", "mobilize, deploy, dispatch, redeploy, garrison, fortify, militarize, militarise, "
     "rearm, stockpile, test-fire, drill")
_add("COERCE", "arrest, detain, imprison, incarcerate, intern, deport, banish, exile, expel, "
     "censor, ban, prohibit, outlaw, suppress, harass, persecute, intimidate, extort, evict, "
     "demolish, bulldoze, confiscate, expropriate, nationalize, nationalise, seize, impound, "
     "quarantine, curb, gag, muzzle, jail, lock, handcuff, raid, disperse, tear-gas, teargas")
_add("ASSAULT", "attack, kill, murder, slay, execute, assassinate, bomb, shell, shoot, gun down, "
     "fire on, strike, raid militarily, invade, besiege, ambush, massacre, slaughter, "
     "butcher, lynch, maim, mutilate, torture, rape, abuse, beat, batter, club, stab, "
     "hack, behead, decapitate, burn, torch, loot, pillage, plunder, ravage, sack, destroy, "
     "devastate, wreck, blast, explode, detonate, mine, rocket, missile, mortar, snipe, gas, poison")

# further common verbs of each class (general news usage)
_add("ACCUSE", "admonish, chastise, reprimand, deride, disagree, dissent, impugn")
_add("COERCE", "bar, forbid, eject, oust, purge, detain, relocate forcibly, enforce")
_add("PROTEST", "barricade")
_add("CONCEDE", "acquit, compensate, exonerate, amnesty")
_add("ASSAULT", "defeat, encircle, repel, repulse, rout, retaliate, infiltrate, topple, overthrow, "
     "bombard, shoot at, invade")

#: "verb particle" and "verb noun" keys (lemma, then particle/preposition or object head)
PHRASES: dict[str, str | tuple[str, float]] = {
    "call on": ("REQUEST", 2.5), "call for": ("REQUEST", 2.5), "call upon": ("REQUEST", 2.5),
    "appeal to": ("REQUEST", 2.5), "appeal for": ("REQUEST", 2.5),
    "call off": "CONCEDE", "return to": "CONSULT", "arrive in": "CONSULT", "fly to": "CONSULT",
    "travel to": "CONSULT", "sit down": "CONSULT", "resume talk": "CONSULT", "open talk": "CONSULT",
    "reopen border": "CONCEDE",
    "side with": "SUPPORT", "stand by": "SUPPORT", "stand with": "SUPPORT", "stand alongside": "SUPPORT",
    "stand shoulder": "SUPPORT", "vote for": "SUPPORT",
    "vote against": "REJECT", "cut off": "SANCTION", "break off": "SANCTION", "pull out": "RETREAT", "pull back": "RETREAT",
    "step down": "RETREAT", "walk out": "PROTEST", "sit in": "PROTEST",
    "relinquish control": "RETREAT", "relinquish power": "RETREAT", "cede control": "RETREAT",
    "cede power": "RETREAT", "surrender control": "RETREAT", "hand power": "RETREAT",
    "hand control": "RETREAT", "give power": "RETREAT", "transfer power": "RETREAT",
    "put law": "COERCE", "place law": "COERCE", "put curfew": "COERCE", "place curfew": "COERCE",
    "put arrest": "COERCE", "place arrest": "COERCE", "put custody": "COERCE", "take custody": "COERCE",
    "open hospital": "AID", "set hospital": "AID", "open clinic": "AID", "set camp": "AID",
    "open camp": "AID", "build shelter": "AID", "set shelter": "AID",
    "crack down": "COERCE", "break up": "COERCE", "lay down": "RETREAT", "lay arm": "RETREAT",
    "use force": "ASSAULT", "reopen crossing": "CONCEDE", "reopen road": "CONCEDE",
    "reopen airport": "CONCEDE", "reopen port": "CONCEDE", "reopen airspace": "CONCEDE",
    "reopen school": "CONCEDE", "reopen university": "CONCEDE", "reopen mosque": "CONCEDE",
    "reopen church": "CONCEDE", "reopen newspaper": "CONCEDE", "reopen office": "CONCEDE", "lash out": "ACCUSE", "fight back": "ASSAULT", "hit back": "ASSAULT", "round up": "COERCE", "shut down": "COERCE", "close down": "COERCE",
    "shoot down": "ASSAULT", "blow up": "ASSAULT", "open fire": "ASSAULT", "fire on": "ASSAULT",
    "fire at": "ASSAULT", "take over": "COERCE", "take control": "COERCE",
    "rule out": "REJECT", "turn down": "REJECT", "look into": "INVESTIGATE",
    "give up": "RETREAT",
    "hold talks": "CONSULT", "hold meeting": "CONSULT", "hold discussion": "CONSULT",
    "hold consultation": "CONSULT", "hold negotiation": "CONSULT", "hold summit": "CONSULT",
    "have talks": "CONSULT", "pay visit": "CONSULT", "make visit": "CONSULT",
    "launch mediation": "CONSULT", "launch effort": "CONSULT",
    "sign agreement": "AGREE", "sign deal": "AGREE", "sign treaty": "AGREE", "sign accord": "AGREE",
    "reach agreement": "AGREE", "reach deal": "AGREE", "strike deal": "AGREE",
    "reach accord": "AGREE", "reach compromise": "AGREE", "reach understanding": "AGREE",
    "express hope": "AGREE", "express readiness": "AGREE", "express willingness": "AGREE",
    "express support": "SUPPORT", "express solidarity": "SUPPORT", "express condolence": "SUPPORT",
    "express sympathy": "SUPPORT", "express gratitude": "SUPPORT",
    "express concern": ("ACCUSE", -2.0), "express regret": "ACCUSE", "express protest": "ACCUSE",
    "express outrage": "ACCUSE", "express anger": "ACCUSE", "voice concern": "ACCUSE",
    "voice hope": "AGREE", "voice optimism": "AGREE",
    "lodge protest": "ACCUSE", "file complaint": "ACCUSE", "file lawsuit": "ACCUSE",
    "take matter": "ACCUSE", "bring case": "ACCUSE", "launch investigation": "INVESTIGATE",
    "open investigation": "INVESTIGATE", "launch probe": "INVESTIGATE", "open probe": "INVESTIGATE",
    "order investigation": "INVESTIGATE", "open inquiry": "INVESTIGATE",
    "launch attack": "ASSAULT", "launch offensive": "ASSAULT", "launch strike": "ASSAULT",
    "carry attack": "ASSAULT", "launch raid": "COERCE", "conduct raid": "COERCE",
    "carry raid": "COERCE", "make arrest": "COERCE",
    "impose sanction": "SANCTION", "impose embargo": "SANCTION",
    "impose curfew": "COERCE", "impose restriction": "SANCTION", "impose tariff": "SANCTION",
    "impose fine": "SANCTION", "declare emergency": "COERCE", "declare martial": "COERCE",
    "lift ban": "CONCEDE",
    "lift emergency": "CONCEDE", "lift curfew": "CONCEDE",
    "lift siege": "RETREAT", "ease restriction": "CONCEDE",
    "take step": "CONCEDE",
    "cut tie": "SANCTION", "sever tie": "SANCTION", "break tie": "SANCTION", "cut relation": "SANCTION",
    "sever relation": "SANCTION", "break relation": "SANCTION", "recall ambassador": "SANCTION",
    "expel diplomat": "SANCTION", "expel ambassador": "SANCTION", "suspend aid": "SANCTION",
    "suspend talk": "SANCTION", "suspend participation": "SANCTION", "suspend membership": "SANCTION",
    "end mediation": "SANCTION", "halt event": "SANCTION", "cancel event": "SANCTION",
    "cancel visit": "SANCTION", "cancel meeting": "SANCTION", "freeze asset": "SANCTION",
    "leave alliance": "SANCTION", "leave organization": "SANCTION", "quit alliance": "SANCTION",
    "quit organization": "SANCTION", "leave csto": "SANCTION", "leave nato": "SANCTION",
    "send troop": "MOBILIZE", "send force": "MOBILIZE", "send warship": "MOBILIZE",
    "deploy troop": "MOBILIZE", "put alert": "MOBILIZE", "mass troop": "MOBILIZE",
    "send aid": "AID", "send food": "AID", "send help": "AID", "send peacekeeper": "AID",
    "send supply": "AID", "provide aid": "AID", "provide assistance": "AID",
    "give aid": "AID", "grant asylum": "AID", "offer asylum": "AID", "open border": "AID",
    "open borders": "AID", "offer support": "SUPPORT",
    "share information": "COOPERATE", "share evidence": "COOPERATE", "share intelligence": "COOPERATE",
    "exchange information": "COOPERATE",
    "resolve tension": "COOPERATE",
    "bolster tie": "COOPERATE",
    "stage protest": "PROTEST", "hold protest": "PROTEST", "hold demonstration": "PROTEST",
    "hold rally": "PROTEST", "stage demonstration": "PROTEST", "go strike": "PROTEST",
    "block road": "PROTEST", "stop work": "PROTEST", "hold strike": "PROTEST",
    "continue strike": "PROTEST", "begin strike": "PROTEST", "stage strike": "PROTEST",
    "take hostage": "ASSAULT", "hold hostage": "COERCE", "take prisoner": "COERCE",
    "put investigation": "INVESTIGATE", "place investigation": "INVESTIGATE",
    "put trial": "COERCE", "bring charge": "ACCUSE", "press charge": "ACCUSE",
    "file charge": "ACCUSE", "issue warning": "THREATEN", "issue ultimatum": "THREATEN",
    "issue warrant": "COERCE", "issue statement": None, "deny visa": "SANCTION",
    "deny entry": "COERCE", "deny access": "COERCE", "deny responsibility": "REJECT",
    "deny involvement": "REJECT", "deny charge": "REJECT", "deny allegation": "REJECT",
    "refuse entry": "COERCE", "grant amnesty": "CONCEDE", "grant pardon": "CONCEDE",
    "open door": "AID", "accept refugee": "AID", "admit refugee": "AID", "receive refugee": "AID",
    "receive migrant": "AID", "receive evacuee": "AID",
    "engage cleansing": "ASSAULT", "engage fighting": "ASSAULT", "engage talk": "CONSULT",
    "take part": "CONSULT", "play role": "CONSULT",
    "establish tie": "SUPPORT", "establish relation": "SUPPORT", "upgrade tie": "SUPPORT",
    "upgrade relation": "SUPPORT", "recognize independence": "SUPPORT",
    "hold exercise": "COOPERATE", "conduct exercise": "COOPERATE", "launch exercise": "COOPERATE",
    "launch game": "COOPERATE", "hold game": "COOPERATE", "stage exercise": "COOPERATE",
    "strengthen force": "MOBILIZE", "reinforce troop": "MOBILIZE", "bolster force": "MOBILIZE",
    "increase troop": "MOBILIZE", "boost force": "MOBILIZE", "remain alert": "MOBILIZE",
    "place alert": "MOBILIZE", "place footing": "MOBILIZE", "put footing": "MOBILIZE",
    "place readiness": "MOBILIZE", "put readiness": "MOBILIZE", "go alert": "MOBILIZE", "raise alert": "MOBILIZE",
    "reduce supply": "SANCTION", "reduce aid": "SANCTION", "cut aid": "SANCTION", "cut supply": "SANCTION",
    "force out": "COERCE", "drive out": "COERCE", "kick out": "COERCE",
    "capture town": "ASSAULT", "capture city": "ASSAULT", "capture village": "ASSAULT",
    "capture stronghold": "ASSAULT", "capture territory": "ASSAULT", "capture part": "ASSAULT",
    "capture base": "ASSAULT", "capture position": "ASSAULT", "seize town": "ASSAULT",
    "seize territory": "ASSAULT", "seize city": "ASSAULT", "seize village": "ASSAULT",
    "expel inspector": "SANCTION", "expel observer": "SANCTION", "expel monitor": "SANCTION",
    "expel mission": "SANCTION", "expel envoy": "SANCTION", "expel agency": "SANCTION",
    "shorten curfew": "CONCEDE", "extend curfew": "COERCE", "tighten blockade": "COERCE",
}

#: noun triggers (lemma) for nominal events: "the raid on", "peace talks between"
NOUNS: dict[str, str] = {
    "talk": "CONSULT", "talks": "CONSULT", "meeting": "CONSULT", "summit": "CONSULT",
    "visit": "CONSULT", "negotiation": "CONSULT", "consultation": "CONSULT", "mediation": "CONSULT",
    "agreement": "AGREE", "deal": "AGREE", "accord": "AGREE", "treaty": "AGREE", "pledge": "AGREE",
    "aid": "AID", "assistance": "AID",
    "raid": "COERCE", "arrest": "COERCE", "detention": "COERCE", "deportation": "COERCE",
    "crackdown": "COERCE", "ban": "COERCE", "seizure": "COERCE", "curfew": "COERCE",
    "attack": "ASSAULT", "strike": "ASSAULT", "airstrike": "ASSAULT", "bombing": "ASSAULT",
    "shelling": "ASSAULT", "shooting": "ASSAULT", "killing": "ASSAULT", "massacre": "ASSAULT",
    "invasion": "ASSAULT", "offensive": "ASSAULT", "assassination": "ASSAULT", "death": "ASSAULT",
    "clash": "ASSAULT", "war": "ASSAULT", "fighting": "ASSAULT", "operation": "COERCE",
    "protest": "PROTEST", "demonstration": "PROTEST", "rally": "PROTEST", "riot": "PROTEST",
    "sanction": "SANCTION", "sanctions": "SANCTION", "embargo": "SANCTION", "expulsion": "SANCTION",
    "accusation": "ACCUSE", "condemnation": "ACCUSE", "criticism": "ACCUSE", "lawsuit": "ACCUSE",
    "investigation": "INVESTIGATE", "probe": "INVESTIGATE", "inquiry": "INVESTIGATE",
    "threat": "THREATEN", "ultimatum": "THREATEN", "warning": "THREATEN",
    "demand": "REQUEST", "appeal": "REQUEST", "request": "REQUEST",
    "torture": "ASSAULT", "execution": "ASSAULT", "blockade": "COERCE",
    "hunger strike": "PROTEST", "general strike": "PROTEST", "labour strike": "PROTEST",
    "labor strike": "PROTEST", "air strike": "ASSAULT", "missile strike": "ASSAULT",
    "drone strike": "ASSAULT", "car bomb": "ASSAULT", "suicide bombing": "ASSAULT",
    "peace talk": "CONSULT", "peace talks": "CONSULT", "peace deal": "AGREE", "arms deal": "COOPERATE",
    "trade deal": "COOPERATE", "military exercise": "COOPERATE", "joint exercise": "COOPERATE",
    "war game": "COOPERATE", "sit-in": "PROTEST", "walkout": "PROTEST", "boycott": "PROTEST",
    "withdrawal": "RETREAT", "surrender": "RETREAT", "resignation": "RETREAT",
    "hostility": "ASSAULT", "hostilities": "ASSAULT", "bombardment": "ASSAULT", "air raid": "ASSAULT",
    "pullout": "RETREAT", "pull-out": "RETREAT", "retreat": "RETREAT",
    "refusal": "REJECT", "rejection": "REJECT", "veto": "REJECT", "denial": "REJECT",
    "approval": "AGREE", "commitment": "AGREE", "promise": "AGREE", "proposal": "AGREE", "offer": "AGREE",
    "backing": "SUPPORT", "support": "SUPPORT", "solidarity": "SUPPORT", "praise": "SUPPORT", "apology": "SUPPORT", "condolence": "SUPPORT",
    "endorsement": "SUPPORT", "concession": "CONCEDE", "amnesty": "CONCEDE", "pardon": "CONCEDE",
    "suspension": "SANCTION", "tariff": "SANCTION", "reprisal": "ASSAULT", "ambush": "ASSAULT",
    "interference": "ACCUSE", "meddling": "ACCUSE", "provocation": "ACCUSE",
    "allegation": "ACCUSE", "complaint": "ACCUSE", "denunciation": "ACCUSE", "rebuke": "ACCUSE",
    "plea": "REQUEST", "buildup": "MOBILIZE", "build-up": "MOBILIZE", "reinforcement": "MOBILIZE",
    "donation": "AID", "relief": "AID", "grant": "AID", "loan": "AID", "asylum": "AID", "cooperation": "COOPERATE",
    "mobilization": "MOBILIZE", "mobilisation": "MOBILIZE", "deployment": "MOBILIZE",
}


# -- where CAMEO's finer codes fall in PLOVER ------------------------------------------------
# PLOVER regroups CAMEO's codes; the entries below follow that correspondence where the
# everyday reading of a verb would put it elsewhere (they override the verb entries above).
#   Sign a formal agreement, establish or restore diplomatic ties, recognise: SUPPORT.
#   Release or return persons or property, ease economic sanctions or a blockade, let in
#   inspectors, peacekeepers or aid, declare a ceasefire, demobilise: RETREAT.
#   Ease administrative restrictions (curfew, ban, emergency), accede to demands: CONCEDE.
#   Offer or accept mediation: AGREE (intent); engage in mediation: CONSULT.
#   Find guilty: ACCUSE; charge with a crime: COERCE; abduct, hijack: ASSAULT (and COERCE);
#   violate a ceasefire, use as human shields, mass expulsion: ASSAULT.
_add("SUPPORT", "sign, recognize, recognise, normalize, normalise")
_add("RETREAT", "release, free, return, repatriate, demobilize, demobilise, disarm, disband")
_add("ACCUSE", "convict")
_add("ASSAULT", "kidnap, abduct, hijack, waylay")
_add("CONCEDE", "accede, relent, bow, capitulate")

#: agreements whose signing is a formal act of support
AGREEMENT_NOUNS = frozenset("agreement deal treaty accord pact protocol memorandum convention charter "
                            "declaration communique accords agreements treaties".split())
for _v in ("sign", "initial", "ink", "ratify", "conclude", "seal"):
    for _n in AGREEMENT_NOUNS:
        PHRASES[f"{_v} {_n}"] = "SUPPORT"

PHRASES.update({
    # diplomatic cooperation
    "restore tie": "SUPPORT",
    "restore relation": "SUPPORT", "resume tie": "SUPPORT", "resume relation": "SUPPORT",
    "normalize relation": "SUPPORT",
    "normalise relation": "SUPPORT", "normalize tie": "SUPPORT", "mend tie": "SUPPORT",
    "repair tie": "SUPPORT", "improve relation": "SUPPORT", "improve tie": "SUPPORT",
    "strengthen tie": "SUPPORT", "strengthen relation": "SUPPORT", "deepen tie": "SUPPORT",
    "open embassy": "SUPPORT", "reopen embassy": "SUPPORT", "open consulate": "SUPPORT",
    "exchange ambassador": "SUPPORT", "recognize government": "SUPPORT", "extend recognition": "SUPPORT",
    "grant recognition": "SUPPORT",
    # release, return, easing of sanctions and blockades, access, de-escalation
    "set free": "RETREAT", "exchange prisoner": "RETREAT", "swap prisoner": "RETREAT",
    "release prisoner": "RETREAT", "release hostage": "RETREAT", "free hostage": "RETREAT",
    "lift sanction": "RETREAT", "lift embargo": "RETREAT", "lift boycott": "RETREAT",
    "ease sanction": "RETREAT", "ease embargo": "RETREAT", "relax sanction": "RETREAT",
    "suspend sanction": "RETREAT", "end embargo": "RETREAT", "end sanction": "RETREAT",
    "lift blockade": "RETREAT", "ease blockade": "RETREAT", "end siege": "RETREAT",
    "end blockade": "RETREAT", "declare ceasefire": "RETREAT", "declare truce": "RETREAT",
    "announce ceasefire": "RETREAT", "call ceasefire": "RETREAT", "observe ceasefire": "RETREAT",
    "cease fire": "RETREAT", "cease hostility": "RETREAT", "stop fighting": "RETREAT",
    "hand weapon": "RETREAT", "surrender weapon": "RETREAT",
    "give access": "RETREAT", "grant access": "RETREAT", "allow access": "RETREAT",
    "return territory": "RETREAT", "return land": "RETREAT", "return property": "RETREAT",
    "return body": "RETREAT", "return remains": "RETREAT", "return ship": "RETREAT",
    # administrative easing and giving in
    "give in": "CONCEDE", "bow to": "CONCEDE", "accede to": "CONCEDE", "yield to": "CONCEDE",
    "meet demand": "CONCEDE", "grant demand": "CONCEDE", "ease curfew": "CONCEDE",
    "lift law": "CONCEDE",
    "lift restriction": "CONCEDE", "legalize party": "CONCEDE", "drop charge": "CONCEDE",
    # mediation: an offer is intent, taking it up is consultation
    "offer mediation": "AGREE", "accept mediation": "AGREE", "offer mediate": "AGREE",
    "agree mediation": "AGREE",
    # legal action
    "find guilty": "ACCUSE", "find liable": "ACCUSE", "charge with": "COERCE", "bring trial": "COERCE",
    # violence
    "violate ceasefire": "ASSAULT", "violate truce": "ASSAULT", "break ceasefire": "ASSAULT",
    "break truce": "ASSAULT", "breach ceasefire": "ASSAULT", "use shield": "ASSAULT",
    "use weapon": "ASSAULT", "use gas": "ASSAULT", "seize hostage": "ASSAULT",
    # shows of force
    "tighten security": "MOBILIZE", "step security": "MOBILIZE", "beef security": "MOBILIZE",
    "increase security": "MOBILIZE", "heighten security": "MOBILIZE", "boost security": "MOBILIZE",
    "deploy peacekeeper": "AID", "contribute troop": "AID", "provide peacekeeper": "AID",
    "release statement": None, "release report": None, "release figure": None, "release detail": None,
    "release list": None, "release video": None, "release document": None, "release result": None,
    "release footage": None, "release information": None, "release datum": None, "return home": None,
})

NOUNS.update({
    "ceasefire": "RETREAT", "truce": "RETREAT", "cease-fire": "RETREAT", "armistice": "RETREAT",
    "war crime": "ASSAULT",
    "release": "RETREAT", "repatriation": "RETREAT", "demobilization": "RETREAT", "disarmament": "RETREAT",
    "kidnapping": "ASSAULT", "abduction": "ASSAULT", "hijacking": "ASSAULT",
    "recognition": "SUPPORT", "conviction": "ACCUSE", "verdict": "ACCUSE",
})

#: verbs that let someone or something in
ALLOW_VERBS = frozenset("allow permit let admit accept receive welcome open grant".split())

#: outside presences whose admission is a retreat ("allowed UN inspectors to visit the sites")
ACCESS_NOUNS = frozenset("""
inspector inspectors monitor monitors observer observers peacekeeper peacekeepers peacekeeping
mission investigator investigators access aid relief convoy convoys humanitarian
""".split())

#: people handed to another state's justice: extradition, judicial cooperation
SUSPECT_NOUNS = frozenset("suspect suspects fugitive fugitives criminal criminals national nationals "
                          "bomber bombers terrorist terrorists".split())

#: military exercises: joint ones are cooperation, one side's a show of force
EXERCISE_NOUNS = frozenset("exercise exercises game games manoeuvre manoeuvres maneuver maneuvers "
                           "drill drills".split())

#: verbs of driving people out: done to hundreds or thousands, a mass expulsion (ASSAULT)
EXPULSION_VERBS = frozenset("expel deport evict drive force uproot displace".split())

#: reporting verbs: transparent, the event is in their complement
REPORTING_VERBS = frozenset("""
say tell report state add announce claim note confirm declare reveal explain insist argue
believe think hope expect suggest indicate stress emphasize emphasise underline remark write
quote cite acknowledge admit reiterate repeat assert maintain contend mention learn know
""".split())

#: verbs that pass their subject to an xcomp without being an event themselves
LIGHT_VERBS = frozenset("""
be have want wish try seek plan intend aim decide continue begin start resume appear seem
prepare hope expect attempt mean manage fail get go come need use become remain keep
""".split())

#: modal cues that turn a reported action into a statement of intent
FUTURE_MARKERS = frozenset("will would shall 'll going plan plans intend intends ready willing prepared".split())
OBLIGATION_MARKERS = frozenset("must should ought needs need have has".split())

#: categories whose promise is AGREE and whose announcement as a future act is a threat
COOPERATIVE = frozenset({"AGREE", "CONSULT", "SUPPORT", "COOPERATE", "AID", "CONCEDE", "RETREAT"})
HOSTILE = frozenset({"REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
                     "ACCUSE", "INVESTIGATE"})

#: object nouns that make "leave" / "quit" a break with an organisation (SANCTION, not RETREAT)
ORG_NOUNS = frozenset("alliance organization organisation bloc union pact treaty agreement "
                      "coalition group league council talks negotiations".split())

#: nouns that name unnamed groups of people; such targets default to the event's country
GROUP_NOUNS = frozenset("""
people demonstrators protesters protestors students workers rebels militants fighters insurgents
civilians villagers residents prisoners detainees refugees migrants immigrants journalists
opposition supporters activists members citizens nationals troops soldiers police guerrillas
separatists extremists fundamentalists islamists muslims christians leaders officials person
man men woman women children youths crowd crowds mob group groups gunmen killers suspects
guerrillas farmers peasants minority minorities tribesmen clansmen factions dissidents
""".split())


def _singular(word: str) -> str:
    if word.endswith("men"):
        return word[:-3] + "man"
    if word.endswith("ies"):
        return word[:-3] + "y"
    if word == "children":
        return "child"
    if word == "people":
        return "person"
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


#: the same nouns as lemmas ("protester"), which is how the parser gives them
GROUP_NOUNS = GROUP_NOUNS | frozenset(_singular(w) for w in GROUP_NOUNS)

#: verbs by which an authority has its own state do the act it names ("ordered the arrest of",
#: "decreed the release of", "authorised air strikes"): the act itself is the event
ORDERING_VERBS = frozenset("order decree authorize authorise".split())

#: aircraft: a raid they carry out is an air strike, an assault
AIRCRAFT_NOUNS = frozenset("""
jet jets warplane warplanes aircraft plane planes bomber bombers helicopter helicopters gunship gunships
fighter-bomber fighter-bombers drone drones
""".split())

#: words after a hyphen that make a country word describe something else ("Chinese-language")
NOT_A_PARTY_SUFFIXES = frozenset("language speaking style born".split())

#: adverbs that make a hand-over or return forced ("forcibly returned the refugees")
FORCE_ADVERBS = frozenset("forcibly forcefully forcedly".split())

#: adjectives that lay a hostile act at someone's door ("held Iran responsible for the attack")
BLAME_ADJECTIVES = frozenset("responsible accountable culpable guilty".split())

#: verbs that lay blame with an object and one of those adjectives ("held X responsible")
BLAME_HOLD_VERBS = frozenset("hold consider deem find".split())

#: phrases that point back to the two parties last discussed ("both sides")
PAIR_REFERENCES = ("both sides", "both countries", "the two countries", "the two sides", "both parties",
                   "the two nations", "both nations", "each other", "the two neighbours", "the two neighbors",
                   "both governments", "the two governments")

#: "both" / "the two" followed (within a few words) by one of these points back to the last pair too:
#: "the two leaders", "both foreign ministers", "the two heads of state"
PAIR_HEADS = frozenset("""
leaders leader presidents ministers premiers delegations delegates heads states capitals neighbours neighbors
sides countries nations governments parties militaries armies navies envoys negotiators diplomats
foreign prime
""".split())

#: heads of definite noun phrases that stand for the government last named ("the government")
GOVERNMENT_NOUNS = frozenset("government authorities country state regime administration cabinet "
                             "ministry leadership".split())

#: nouns that make a mentioned concession ("the release of ...") something asked for
CONDITION_NOUNS = frozenset("condition precondition prerequisite step demand requirement "
                            "priority key".split())


#: subjects that make a blocking or occupying act a protest ("farmers blocked the motorway")
CIVILIAN_NOUNS = frozenset("""
worker workers student students farmer farmers protester protesters protestor protestors
demonstrator demonstrators resident residents villager villagers activist activists supporter
supporters striker strikers trucker truckers driver drivers miner miners union unions teacher
teachers doctor doctors nurse nurses fisherman fishermen employee employees opponent opponents
youth youths crowd crowds people citizen citizens women mothers relatives families
shopkeeper shopkeepers merchant merchants trader traders lawyer lawyers pilot pilots taxi
""".split())

#: acts that civilians carry out as a protest
PROTEST_ACTS = frozenset("block blockade occupy barricade boycott obstruct seize storm paralyse paralyze strike "
                         "shut close halt stop disrupt clash stone riot".split())

#: verbs of compulsion: "ordered the paper to close" is coercion, not a request
COMPEL_VERBS = frozenset("order force compel make oblige require".split())

#: acts of stopping or leaving that, imposed on someone, make a compulsion coercive
CESSATION_VERBS = frozenset("suspend close stop halt leave shut cease vacate disband surrender quit "
                            "end abandon dissolve evacuate withdraw release".split())

#: people whose evacuation is a rescue (AID) rather than a pull-out (RETREAT)
RESCUED_NOUNS = frozenset("""
wounded injured sick civilian civilians refugee refugees resident residents citizen citizens
national nationals child children women people family families foreigner foreigners
casualty casualties survivor survivors patient patients villager villagers orphan orphans
""".split())

#: retreats that concern only the actor itself: announced, they are still a retreat
SELF_RETREAT = frozenset("resign step quit abdicate retire".split())

#: words that make a coming military act a show of force ("prepared to resume shelling")
PREPARE_WORDS = frozenset("prepare ready poised gear mass".split())

#: subordinators of adverbial clauses that give background (time, cause, condition), not an event
BACKGROUND_MARKS = frozenset("after before because since as when while although though until unless if "
                             "once whereas so".split())

#: adverbs the parser may give for a verb's particle ("stepped down", "broke up")
PARTICLES = frozenset("down up out off back away over in aside ahead together".split())

#: promises: a promised hostile act is a threat ("vowed to retaliate"); "agreed to cut" is not
VOW_VERBS = frozenset("vow pledge promise swear commit undertake guarantee".split())

#: verbs that state a stance named by their object noun ("reaffirmed its support", "renewed its threat")
STANCE_VERBS = frozenset("slap hit reaffirm affirm express voice reiterate renew repeat declare extend convey "
                         "announce issue make offer pledge register lodge give "
                         "hold stage launch begin start continue organise organize observe enforce mount "
                         "conduct call carry wage intensify escalate step resume perpetrate commit "
                         "unleash spearhead mastermind orchestrate".split())

#: verbs that hand something over
TRANSFER_VERBS = frozenset("send give pledge donate ship fly airlift deliver provide supply grant carry hand extend "
                           "bring truck transport drop ferry distribute "
                           "offer dispatch rush allocate earmark contribute promise approve announce "
                           "release unveil disburse deposit lend channel transfer wire remit".split())

#: what is handed over as help: goods, relief and money
AID_GOODS = frozenset("""
aid relief food wheat grain rice flour medicine medicines medical drug vaccine tent blanket rescue rescuer rescuers
medic medics
supply shipment water fuel dollar euro pound yen franc mark loan grant credit fund funding money
assistance donation equipment shelter ecu ecus rupee yuan dinar riyal shilling rouble ruble krona krone
peso lira rand naira cedi dirham real won baht ringgit rupiah million billion tonne ton
""".split())

#: verbs that move forces
MOVE_VERBS = frozenset("move send dispatch rush shift deploy transfer call station bring position "
                       "mass amass concentrate fly order".split())

#: armed forces and their arms
MILITARY_NOUNS = frozenset("""
troop soldier force army unit division brigade battalion tank armour armor artillery warship
ship jet aircraft plane fighter bomber helicopter missile reservist reserve reinforcement
paratrooper marine commando gunboat submarine carrier police policeman gendarme paramilitary militia
reserve reservist guard guardsman
""".split())

#: verbs of stopping: what is stopped decides the category ("halted the offensive", "suspended aid")
HALT_VERBS = frozenset("halt stop end cease suspend abandon scrap postpone freeze cancel lift drop "
                       "discontinue interrupt terminate call reverse overturn rescind repeal annul".split())

#: handing back these people is a concession ("repatriated the prisoners")
RELEASE_VERBS = frozenset("repatriate return hand exchange swap send free release".split())
DETAINEE_NOUNS = frozenset("prisoner prisoners detainee detainees hostage hostages captive captives pow "
                           "pows dissident dissidents".split())

#: banning or stopping trade is a sanction ("banned all imports from Libya")
BAN_VERBS = frozenset("ban bar block restrict halt stop suspend prohibit curb embargo freeze cut".split())
TRADE_NOUNS = frozenset("import export trade flight investment oil arm weapon sale shipment "
                        "purchase credit loan visit visits contact contacts travel flights trips tourism imports "
                        "exports investments sales airline airlines remittance remittances".split())

#: nouns whose "with X" names the other side ("its border with Iraq")
BORDER_NOUNS = frozenset("border frontier boundary line".split())

#: people or bodies whose presence is cooperation; withdrawing them is a sanction
PRESENCE_NOUNS = frozenset("ambassador envoy diplomat inspector peacekeeper peacekeeping monitor observer "
                           "mission embassy aid volunteer staff personnel team inspection worker "
                           "expatriate relief".split())

#: acts whose to-infinitive is their content, not a second event ("called on X to withdraw")
SPEECH_ACTS = frozenset({"REQUEST", "THREATEN", "AGREE", "REJECT", "ACCUSE", "PROTEST"})

#: arms handed over or given up: disarmament, a retreat ("handed over their heavy weapons")
WEAPON_NOUNS = frozenset("weapon weapons arm arms gun guns rifle rifles ammunition arsenal missile missiles "
                         "warhead warheads stockpile mine mines launcher launchers".split())
DISARM_VERBS = frozenset("hand surrender give turn lay destroy dismantle".split())

#: means of crowd control: using them on people is coercion ("fired tear gas at protesters")
CROWD_CONTROL = frozenset("tear teargas tear-gas rubber cannon baton truncheon stun pepper".split())
CROWD_VERBS = frozenset("fire use shoot spray lob".split())

#: people whose shooting or beating is repression of dissent (COERCE), not combat
DISSENT_NOUNS = frozenset("""
protester protesters protestor protestors demonstrator demonstrators rioter rioters marcher marchers
striker strikers mourner mourners crowd crowds
""".split())

#: property whose destruction is coercion ("demolished the homes of militants")
PROPERTY_NOUNS = frozenset("home homes house houses building buildings property properties shop shops "
                           "office offices crop crops farm farms orchard orchards monastery monasteries temple "
                           "temples church churches mosque mosques shrine shrines school schools newspaper "
                           # infrastructure: "blew up power lines"
                           "line lines pipeline pipelines pylon pylons plant plants station stations substation "
                           "substations factory factories warehouse warehouses depot depots facility facilities "
                           "installation installations headquarters premises embassy consulate".split())
PROPERTY_ACTS = frozenset("destroy demolish bulldoze raze burn torch dynamite blow wreck "
                          "set sabotage vandalize vandalise damage smash ransack".split())  # "set fire to"

#: sanctions whose ending is a retreat (PLOVER: ease economic sanctions, a military blockade)
EASED_SANCTIONS = frozenset("sanction sanctions embargo boycott blockade siege".split())

#: what is accepted when a proposal is taken up: agreement, not admission ("accepted a request to ...")
PROPOSAL_NOUNS = frozenset("request proposal offer plan demand call invitation suggestion initiative "
                           "resolution deal agreement terms condition conditions".split())

#: nouns of intent whose to-infinitive is a coming act ("announced plans to impose sanctions")
INTENT_NOUNS = frozenset("plan plans intention intent readiness willingness decision threat promise pledge "
                         "offer commitment preparation preparations bid".split())

_add("COERCE", "occupy")  # forces occupying territory; civilians occupying a building protest (see events)
PHRASES.update({
    "boycott talk": "REJECT", "boycott talks": "REJECT", "boycott meeting": "REJECT",
    "boycott conference": "REJECT", "boycott summit": "REJECT", "boycott session": "REJECT",
    "boycott negotiation": "REJECT", "boycott election": "REJECT", "boycott vote": "REJECT",
    "boycott poll": "REJECT", "boycott referendum": "REJECT", "boycott parliament": "REJECT",
    "drive from": "COERCE", "force from": "COERCE", "chase from": "COERCE", "expel from": "COERCE",
    "uproot": "COERCE",
    "exclude": "REJECT",
})
NOUNS.update({
    "joint operation": "COOPERATE", "joint patrol": "COOPERATE", "joint investigation": "COOPERATE",
    "joint venture": "COOPERATE", "joint project": "COOPERATE", "joint manoeuvre": "COOPERATE",
    "joint maneuver": "COOPERATE", "joint drill": "COOPERATE",
    "naval exercise": "COOPERATE",
})

#: objects that make an act mutual ("signed a treaty", "restored relations"): both sides are parties
MUTUAL_NOUNS = AGREEMENT_NOUNS | frozenset("tie ties relation relations".split())

#: everyday verbs of cutting and stopping that reduce relations only when what is cut is a relation
REDUCING_VERBS = frozenset("cut halt stop close cancel suspend freeze break postpone restrict reduce curtail "
                           "terminate scrap shut pause axe withhold downgrade end sever".split())

#: what a state can cut back: ties, aid, trade, talks and presences (SANCTION when reduced)
RELATION_NOUNS = frozenset("""
tie relation relations diplomatic aid assistance loan credit grant trade import export flight visit talk
negotiation contact cooperation co-operation program programme embassy consulate mission agreement
treaty membership participation exchange investment supply shipment delivery asset account fund
funding sale deal link dialogue meeting summit accord project subsidy payment purchase military
economic humanitarian food oil gas arm weapon ambassador envoy diplomat inspector observer monitor
tour trip match tournament game contest event exhibition festival concert broadcast service
transfer revenue revenues remittance remittances
""".split())

#: ways in and out whose closing restricts people (COERCE)
PASSAGE_NOUNS = frozenset("border frontier road crossing airport port airspace checkpoint bridge "
                          "newspaper paper station office school university mosque church market "
                          "shop camp area territory city town".split())

#: things whose cutting or stopping is no political event ("cut costs", "broke the deadlock")
NON_RELATION_NOUNS = frozenset("""
cost costs price prices rate rates tax taxes spending budget deficit production output emission
emissions wage wages salary salaries interest deadlock impasse silence record stalemate ice ground
news story speech journey session hour hours day days time fire engine car vehicle
""".split())

PHRASES.update({
    "break law": "REJECT", "break rule": "REJECT", "break promise": "REJECT", "break pledge": "REJECT",
    "break embargo": "REJECT", "break blockade": "REJECT", "break siege": "ASSAULT",
    "break agreement": "REJECT", "break accord": "REJECT", "break deal": "REJECT",
})

#: weapons fired or launched at someone: an assault ("launched rocket fire against the camps")
FIRED_WEAPONS = ("artillery", "rocket", "mortar", "shell", "grenade", "bomb", "missile", "salvo", "barrage",
                 "volley", "round", "katyusha", "projectile", "shot", "bullet")
for _v in ("launch", "fire", "lob", "hurl", "throw", "rain", "drop", "unleash"):
    for _n in FIRED_WEAPONS:
        PHRASES.setdefault(f"{_v} {_n}", "ASSAULT")
#: stones and the like thrown by a crowd: a violent protest, a riot
THROWN_MISSILES = ("stone", "rock", "brick", "bottle", "egg", "tomato")
for _v in ("throw", "hurl", "pelt"):
    for _n in THROWN_MISSILES:
        PHRASES.setdefault(f"{_v} {_n}", "PROTEST")
NOUNS.update({
    "rocket fire": "ASSAULT", "artillery fire": "ASSAULT", "mortar fire": "ASSAULT", "gunfire": "ASSAULT",
    "sniper fire": "ASSAULT", "tank fire": "ASSAULT", "machine-gun fire": "ASSAULT", "gunbattle": "ASSAULT",
    "gun battle": "ASSAULT", "firefight": "ASSAULT", "shootout": "ASSAULT", "skirmish": "ASSAULT",
    "barrage": "ASSAULT", "bomb attack": "ASSAULT", "rocket attack": "ASSAULT", "suicide attack": "ASSAULT",
    "car bombing": "ASSAULT", "ethnic cleansing": "ASSAULT", "genocide": "ASSAULT", "atrocity": "ASSAULT",
    "incursion": "ASSAULT", "air attack": "ASSAULT", "onslaught": "ASSAULT",
})

#: armed or organised groups whose acts stand as events even when their country is unknown
ARMED_NOUNS = frozenset("""
militiaman militiamen militia militias rebel rebels guerrilla guerrillas militant militants gunman gunmen
insurgent insurgents fighter fighters soldier soldiers troops force forces army separatist separatists
extremist extremists bomber bombers attacker attackers assailant assailants mob mobs terrorist terrorists
""".split())

#: armed men outside a state's forces: with no country of their own named, they are coded to
#: where they strike, or to the state whose forces they fight ("rebels attacked Turkish troops")
NON_STATE_ARMED = ARMED_NOUNS - frozenset("soldier soldiers troops force forces army".split())

PHRASES.update({
    "exchange fire": "ASSAULT", "exchange gunfire": "ASSAULT", "exchange shot": "ASSAULT",
    "exchange shell": "ASSAULT", "trade fire": "ASSAULT", "trade shot": "ASSAULT",
    "slit throat": "ASSAULT", "cut throat": "ASSAULT", "set fire": "ASSAULT",
    "rally support": "SUPPORT", "mobilize support": "SUPPORT", "mobilise support": "SUPPORT",
    "drum support": "SUPPORT", "win support": "SUPPORT", "rally behind": "SUPPORT", "lend support": "SUPPORT",
})

#: disputed activities of one's own whose halting is a concession ("froze settlement construction")
DISPUTED_ACTIVITIES = frozenset("""
construction building settlement settlements build expand expansion test testing tests enrichment enrich
nuclear missile production produce deportation deportations demolition demolitions execution executions
excavation excavations drilling drill whaling logging dumping colonization colonisation
""".split())

#: verbs whose object stance comes from someone else ("won praise from the president")
RECEIVE_VERBS = frozenset("win receive earn get gain draw attract accept obtain secure face incur suffer".split())

#: verbs of keeping someone out: done to inspectors or aid, a refusal of outside involvement
KEEP_OUT_VERBS = frozenset("bar block prevent deny refuse obstruct stop turn keep".split())

PHRASES.update({"stage sit": "PROTEST", "hold sit": "PROTEST", "begin sit": "PROTEST", "work together": "COOPERATE",
                "join force": "COOPERATE", "team up": "COOPERATE"})

# everyday idioms of news reporting, by category
PHRASES.update({
    "hand out": "AID", "give out": "AID", "dole out": "AID", "hand back": "RETREAT", "give back": "RETREAT",
    "hand over": "RETREAT", "turn over": "RETREAT",
    "step pressure": "REQUEST", "increase pressure": "REQUEST", "put pressure": "REQUEST",
    "pile pressure": "REQUEST", "exert pressure": "REQUEST", "apply pressure": "REQUEST",
    "keep pressure": "REQUEST", "mount pressure": "REQUEST", "intensify pressure": "REQUEST",
    "hold responsible": "ACCUSE", "hold accountable": "ACCUSE", "hit out": "ACCUSE",
    "point finger": "ACCUSE", "take task": "ACCUSE", "cry foul": "ACCUSE",
    "brush aside": "REJECT", "brush off": "REJECT", "shrug off": "REJECT", "wave aside": "REJECT",
    "laugh off": "REJECT", "stand firm": "REJECT", "dig in": "REJECT",
    "put notice": "THREATEN", "raise spectre": "THREATEN", "raise specter": "THREATEN", "rattle sabre": "THREATEN",
    "take street": "PROTEST", "burn effigy": "PROTEST", "burn flag": "PROTEST", "wave placard": "PROTEST",
    "chant slogan": "PROTEST", "pelt": "PROTEST",
    "clamp down": "COERCE",
    "lock up": "COERCE",
    "back down": "CONCEDE", "give way": "CONCEDE", "back off": "CONCEDE", "climb down": "CONCEDE",
    "make concession": "CONCEDE", "soften stance": "CONCEDE", "soften position": "CONCEDE",
    "pay tribute": "SUPPORT", "pay homage": "SUPPORT", "pay respect": "SUPPORT", "throw weight": "SUPPORT",
    "speak highly": "SUPPORT", "stand behind": "SUPPORT", "come out": None,
    "exchange view": "CONSULT", "exchange opinion": "CONSULT", "exchange message": "CONSULT",
    "exchange letter": "CONSULT", "exchange idea": "CONSULT",
    "offer aid": "AGREE", "offer help": "AGREE", "offer assistance": "AGREE", "pledge support": "AGREE",
    "pledge aid": "AGREE", "promise aid": "AGREE", "promise support": "AGREE",
})
NOUNS.update({
    "conversation": "CONSULT", "phone call": "CONSULT", "telephone call": "CONSULT",
    "telephone conversation": "CONSULT", "discussion": "CONSULT", "dialogue": "CONSULT",
})

#: verbs of intent: what they name is promised, not done ("pledged 500 million dollars in aid")
INTENT_VERBS = frozenset("pledge promise offer vow undertake earmark allocate".split())

#: stances that are given, not promised, even with an intent verb ("offered condolences")
GIVEN_STANCES = frozenset("condolence condolences sympathy sympathies congratulation congratulations "
                          "apology apologies thanks gratitude".split())

#: verbs that float an act without committing to it ("hinted at military action", "is weighing sanctions")
HINT_VERBS = frozenset("hint float mention signal consider contemplate weigh mull study envisage "
                       "discuss threaten".split())

#: meetings whose abandonment halts negotiations (SANCTION): "walked out of the talks"
TALK_NOUNS = frozenset("talk talks negotiation negotiations meeting conference summit dialogue process "
                       "session".split())

PHRASES.update({
    "haul away": "COERCE", "haul off": "COERCE", "drag away": "COERCE", "drag off": "COERCE",
    "lead away": "COERCE", "whisk away": "COERCE", "bundle away": "COERCE",
    "walk off": "PROTEST", "down tool": "PROTEST", "refuse food": "PROTEST", "refuse meal": "PROTEST",
    "give hour": "THREATEN", "give day": "THREATEN", "give deadline": "THREATEN", "set deadline": "THREATEN",
    "turn ear": "REJECT", "complete pull": "RETREAT", "complete withdrawal": "RETREAT", "finish withdrawal": "RETREAT",
})

PHRASES.update({
    "come defence": "SUPPORT", "come defense": "SUPPORT", "rush defence": "SUPPORT", "lean on": "REQUEST",
    "pour street": "PROTEST", "spill street": "PROTEST", "flood street": "PROTEST", "seal off": "COERCE",
    "cordon off": "COERCE", "fence off": "COERCE",
})

#: dealings a ban can cut ("banned companies from investing in Iran"): a trade sanction
TRADE_VERBS = frozenset("invest trade export import sell buy do deal supply ship fly".split())

PHRASES.update({
    "give consent": "AGREE", "give light": "AGREE", "give green": "AGREE", "give approval": "AGREE",
    "give assent": "AGREE", "give nod": "AGREE", "give go": "AGREE", "give blessing": "SUPPORT",
    "hold prospect": "AGREE", "hold hope": "AGREE", "hold promise": "AGREE",
    "pour cold": "REJECT", "pour water": "REJECT", "say no": "REJECT", "reserve right": "THREATEN",
})

#: outside presences whose exclusion is a refusal of international involvement
OUTSIDE_PRESENCE = ACCESS_NOUNS - {"access"}

_add("COERCE", "strip, disqualify, jam, besiege, intern, blacklist")
PHRASES.update({
    "impose ban": "COERCE", "impose travel": "COERCE", "impose trade": "SANCTION", "impose arm": "SANCTION",
    "impose import": "SANCTION", "impose export": "SANCTION", "impose oil": "SANCTION", "impose flight": "SANCTION",
    "impose air": "SANCTION", "impose economic": "SANCTION",
    "revoke licence": "COERCE", "revoke license": "COERCE", "revoke permit": "COERCE", "revoke accreditation": "COERCE",
    "revoke citizenship": "COERCE", "revoke visa": "COERCE", "block access": "COERCE", "restrict access": "COERCE",
    "cut access": "COERCE",
})

PHRASES.update({"vote down": "REJECT", "throw out": "REJECT"})

#: people whose firing is a dismissal, not gunfire ("decided to fire the coach")
STAFF_NOUNS = frozenset("coach manager minister official director chief employee employees staff worker workers "
                        "head executive secretary adviser advisor aide aides general commander editor board "
                        "staffer staffers".split())

for _v in ("beef", "bolster", "boost", "increase", "strengthen", "step", "expand", "reinforce", "build"):
    for _n in ("military", "troop", "force", "presence", "garrison", "deployment", "police"):
        PHRASES.setdefault(f"{_v} {_n}", "MOBILIZE")

PHRASES.update({
    "return fire": "ASSAULT", "sign law": None, "sign decree": None, "sign bill": None, "sign order": None,
    "sign petition": "REQUEST", "sign autograph": None,
})

_add("CONCEDE", "unban, decriminalise, depoliticise")
PHRASES.update({
    "escort convoy": "AID", "escort aid": "AID", "escort relief": "AID", "protect convoy": "AID",
    "test missile": "MOBILIZE", "test weapon": "MOBILIZE", "test bomb": "MOBILIZE", "test rocket": "MOBILIZE",
    "test device": "MOBILIZE", "test warhead": "MOBILIZE", "launch satellite": None,
})
NOUNS.update({"military parade": "MOBILIZE", "show of force": "MOBILIZE", "missile test": "MOBILIZE",
              "nuclear test": "MOBILIZE"})

#: documents whose clause states their issuer's act ("issued a declaration demanding ...")
DOCUMENT_NOUNS = frozenset("declaration statement communique resolution letter appeal report decree note "
                           "message memorandum memo manifesto ultimatum document dossier invitation".split())

#: verbs whose complement did not happen ("failed to hand over the documents")
FAIL_VERBS = frozenset("fail neglect omit".split())

#: verbs whose denial is a warning ("will not tolerate", "will not stand idly by")
NEG_THREAT_VERBS = frozenset("tolerate countenance hesitate".split())
_add("SUPPORT", "tolerate, countenance")

#: words of readiness whose denial denies the act ("is not prepared to sign")
WILLING_WORDS = frozenset("prepared ready willing able going plan intend want wish prepare expect "
                          "agree decide".split())
#: words of unreadiness ("is unwilling to release")
UNWILLING_WORDS = frozenset("unwilling reluctant unable loath loth unprepared".split())

# light-verb and phrasal constructions of news reporting, by PLOVER category
PHRASES.update({
    "stand ready": "AGREE", "stand prepared": "AGREE", "play host": "CONSULT", "shuttle between": "CONSULT",
    "write off": "AID", "write debt": "AID", "cancel debt": "AID", "forgive debt": "AID", "reschedule debt": "AID",
    "take issue": "ACCUSE", "teach lesson": "THREATEN",
})
_add("CONSULT", "shuttle")

#: relations whose "with X" names the other party ("froze its cooperation with NATO")
WITH_PARTY_NOUNS = frozenset("""
cooperation co-operation tie ties relation relations contact contacts talk talks negotiation negotiations
dialogue trade agreement deal accord treaty link links exchange exchanges partnership alliance friendship
""".split())

_add("ASSAULT", "avenge")
PHRASES.update({
    "take revenge": "ASSAULT", "seek revenge": "ASSAULT", "exact revenge": "ASSAULT",
    "take countermeasure": "SANCTION", "take measure": None, "adopt countermeasure": "SANCTION",
})
NOUNS.update({"friendship": "SUPPORT", "countermeasure": "SANCTION", "reprisals": "ASSAULT",
              "retaliation": "ASSAULT", "revenge": "ASSAULT"})
_add("ASSAULT", "stone")  # civilians stoning troops protest (PROTEST_ACTS); a stoning to death is an assault

#: verbs whose "by doing X" names the act ("retaliated by closing the consulate")
MEANS_VERBS = frozenset("retaliate respond react reply hit punish".split())

#: verbs of attack that are verbal when aimed "for" or "over" something ("attacked Israel for its policy")
#: or said by a speaker ("the official press attacked Washington")
VERBAL_ATTACK_VERBS = frozenset("attack blast hit slam assail lash savage".split())
#: nouns of time, whose "for" phrase is a duration ("attacked the town for hours")
TIME_NOUNS = frozenset("hour hours day days week weeks month months year years minute minutes night nights "
                       "time while period".split())
#: speakers and outlets: their attacks are words
SPEAKER_NOUNS = frozenset("""
press newspaper newspapers daily paper papers radio television tv media spokesman spokeswoman
spokesperson editorial commentary commentator columnist statement
""".split())

#: verbs of giving in when what they take up is a demand ("agreed to the opposition's demands")
YIELD_VERBS = frozenset("agree accept accede bow yield meet grant concede heed".split())
#: what is asked of a party
DEMAND_NOUNS = frozenset("demand demands pressure ultimatum condition conditions grievance grievances".split())

PHRASES.update({
    "express remorse": "SUPPORT", "express contrition": "SUPPORT", "tighten sanction": "SANCTION",
    "tighten embargo": "SANCTION", "release text": None, "release plan": None, "release draft": None,
    "release version": None, "release budget": None, "release record": None, "release photo": None,
    "release picture": None, "release tape": None, "release recording": None, "release letter": None,
    "release transcript": None, "release name": None, "release data": None, "release finding": None,
})
NOUNS.update({"remorse": "SUPPORT", "contrition": "SUPPORT", "aid package": "AID", "rescue package": "AID",
              "bailout": "AID", "relief package": "AID", "assistance package": "AID"})
#: crimes: one party saying another committed them accuses it ("said the troops had committed war crimes")
CRIME_NOUNS = frozenset("crime crimes atrocity atrocities genocide abuse abuses violation violations".split())
PHRASES.update({
    "express understanding": "SUPPORT", "show understanding": "SUPPORT", "block asset": "SANCTION",
    "seize asset": "SANCTION", "block account": "SANCTION", "block fund": "SANCTION",
})
#: places of confinement: sending people there is coercion ("sent the dissident back to prison")
CONFINEMENT_NOUNS = frozenset("prison jail gaol camp custody exile cell detention labour labor".split())
#: verbs of rallying others, which against a party are opposition to it ("urged the Arabs to unite against")
RALLY_VERBS = frozenset("unite mobilize mobilise rally stand act join fight campaign resist close "
                         "galvanize galvanise marshal muster".split())
#: verbs of making or getting arms: a build-up, and a threat when the arms are meant "against" a party
ARMS_BUILD_VERBS = frozenset("manufacture develop produce build acquire stockpile amass assemble".split())
#: prepositions of time and cause: an event noun under them is the background of the act reported
BACKGROUND_PREPS = frozenset("after following since during despite amid amidst before until".split())
#: heads of multi-word prepositions of time and cause ("in the wake of", "because of")
BACKGROUND_PREP_NOUNS = frozenset("wake because ahead aftermath result consequence light run-up eve".split())

#: verbs of closing a way in or out; done by a state to a border or territory, also a blockade
CLOSURE_VERBS = frozenset("close seal shut blockade cordon".split())
#: territories whose sealing restricts movement ("sealed off the West Bank")
TERRITORY_NOUNS = frozenset("territory territories region area zone enclave strip city town province".split())
#: verbs of arriving or deploying
ARRIVAL_VERBS = frozenset("arrive land deploy enter reach".split())
#: outside presences whose arrival a host lets happen (PLOVER: receive peacekeepers, inspectors)
PRESENCE_ARRIVALS = frozenset("""
peacekeeper peacekeepers peacekeeping observer observers monitor monitors inspector inspectors
blue-helmets helmet helmets
""".split())
NOUNS.update({"humanitarian access": "RETREAT"})

#: irregular verb forms the lemmatizer may leave as written -> lemma
IRREGULAR_FORMS: dict[str, str] = {
    "forgave": "forgive", "forgiven": "forgive", "forbade": "forbid", "forbidden": "forbid",
    "withdrew": "withdraw", "withdrawn": "withdraw", "withheld": "withhold", "overthrew": "overthrow",
    "overthrown": "overthrow", "overran": "overrun", "undertook": "undertake", "undertaken": "undertake",
    "struck": "strike", "stricken": "strike", "fought": "fight", "sought": "seek", "swore": "swear",
    "sworn": "swear", "froze": "freeze", "frozen": "freeze", "broke": "break", "broken": "break",
    "slew": "slay", "slain": "slay", "upheld": "uphold", "overcame": "overcome", "foresaw": "foresee",
    "besieged": "besiege", "shot": "shoot", "fled": "flee", "led": "lead", "sent": "send", "lent": "lend",
    "beaten": "beat", "stole": "steal", "stolen": "steal", "drove": "drive", "driven": "drive",
    "threw": "throw", "thrown": "throw", "hid": "hide", "hidden": "hide", "bound": "bind",
    "outran": "outrun", "rebuilt": "rebuild", "sped": "speed", "strove": "strive", "swept": "sweep",
}
#: land and places whose seizure by force is an armed occupation ("occupied a strip of land")
LAND_NOUNS = frozenset("""
land territory territories town towns village villages city cities area areas region island islands
strip part parts hill hills border province capital airport port base position positions
""".split())
PHRASES.update({
    "speak with": "CONSULT", "speak telephone": "CONSULT", "speak phone": "CONSULT", "talk telephone": "CONSULT",
    "talk phone": "CONSULT", "speak defence": "SUPPORT", "speak defense": "SUPPORT", "speak favour": "SUPPORT",
    "speak favor": "SUPPORT", "speak support": "SUPPORT", "speak against": "ACCUSE",
})
#: verbs of a protest's purpose clause whose object is what it is against ("to protest the shelling")
PROTEST_PURPOSE_VERBS = frozenset("protest denounce condemn oppose decry demand".split())

#: stances said with an adjective or participle ("is critical of", "was angered by", "ready for talks")
STANCE_ADJECTIVES: dict[str, str] = {
    **{w: "ACCUSE" for w in """
critical concerned worried alarmed angry angered dismayed disappointed outraged upset irritated incensed
infuriated annoyed troubled disturbed shocked appalled unhappy displeased indignant furious
""".split()},
    **{w: "REJECT" for w in "opposed averse resistant".split()},
    **{w: "SUPPORT" for w in "supportive sympathetic grateful favourable favorable".split()},
    **{w: "AGREE" for w in "ready willing prepared open committed".split()},
}

#: verbs that name what something is ("described the raids as an act of aggression")
DESCRIBE_VERBS = frozenset("describe call label brand term characterize characterise dub denounce condemn "
                           "regard consider see view portray depict".split())
#: what an act is called when it is condemned
PEJORATIVE_WORDS = frozenset("""
aggression threat provocation violation crime crimes terrorism terrorist interference meddling mistake blow
setback insult farce lie lies blackmail sabotage breach danger dangerous provocative unacceptable illegal
irresponsible outrageous criminal barbaric brutal hostile invasion occupation genocide massacre atrocity
aggressor obstacle unjustified unjustifiable deplorable regrettable shameful absurd racist
""".split())
#: what an act is called when it is praised
APPROVING_WORDS = frozenset("""
step breakthrough success achievement contribution milestone victory model example friend partner ally
positive constructive historic important welcome significant encouraging courageous
""".split())
#: verbs of dropping a plan; what the plan was decides the category ("shelved plans to hand over land")
SHELVE_VERBS = frozenset("shelve drop abandon scrap freeze suspend cancel postpone defer".split())
PLAN_NOUNS = frozenset("plan plans proposal proposals idea project scheme decision offer".split())

for _v in ("express", "voice", "show", "register", "convey", "reiterate", "state", "indicate", "raise", "signal"):
    for _n in ("displeasure", "dismay", "disappointment", "alarm", "indignation", "unease", "reservation",
               "objection", "concern", "anger", "outrage", "irritation", "disapproval", "annoyance"):
        PHRASES.setdefault(f"{_v} {_n}", "ACCUSE")
    for _n in ("opposition", "rejection", "disagreement"):
        PHRASES.setdefault(f"{_v} {_n}", "REJECT")
PHRASES.update({
    "take hard": "REJECT", "take tough": "REJECT",
    "take firm": "REJECT", "take soft": "CONCEDE", "take softer": "CONCEDE",
})

#: verbs whose passive passes its subject to the act ("Japan is expected to extend loans")
RAISING_VERBS = frozenset("expect say believe report think schedule set suppose due likely rumour rumor "
                          "understand know see".split())
#: nouns of refusal: the act they govern is denied ("Belgrade's refusal to allow investigators in")
REFUSAL_NOUNS = frozenset("refusal rejection failure reluctance unwillingness inability".split())
_add("SANCTION", "decertify")
PHRASES.update({"hunt down": "COERCE", "track down": "COERCE", "chase down": "COERCE"})
NOUNS.update({"sinking": "ASSAULT"})

# less common verbs of news reporting, by category
_add("CONSULT", "huddle, parley, caucus")
_add("AID", "bankroll, underwrite, bail out")
_add("CONCEDE", "cave")
_add("ACCUSE", "upbraid, excoriate, pillory, reprove, harangue, flay, vilify, lampoon, chastise, scold")
_add("REJECT", "balk, baulk, demur, scupper, torpedo, derail, stymie, rebuff, spurn")
_add("SANCTION", "blacklist")
PHRASES.update({
    "join hand": "COOPERATE", "work closely": "COOPERATE", "work jointly": "COOPERATE", "cave in": "CONCEDE",
    "give ground": "CONCEDE", "mow down": "ASSAULT", "cut down": None, "hold vigil": "PROTEST",
    "stage vigil": "PROTEST", "shy away": "REJECT", "drag foot": "REJECT", "balk at": "REJECT",
    "extend invitation": "AGREE", "accept invitation": "AGREE",
})
NOUNS.update({"vigil": "PROTEST"})
for _v in ("signal", "indicate", "express", "voice", "show", "declare", "state", "reaffirm", "reiterate",
           "announce", "confirm", "demonstrate"):
    for _n in ("readiness", "willingness", "preparedness", "eagerness"):
        PHRASES.setdefault(f"{_v} {_n}", "AGREE")
#: institutions and freedoms whose restoration gives in to demands for reform
for _n in ("parliament", "democracy", "constitution", "freedom", "right", "liberty", "civilian", "multiparty",
           "assembly", "legislature", "press"):
    PHRASES.setdefault(f"restore {_n}", "CONCEDE")
    PHRASES.setdefault(f"reinstate {_n}", "CONCEDE")
for _n in ("response", "consequence", "retaliation", "reprisal", "war", "attack", "punishment"):
    PHRASES.setdefault(f"face {_n}", "THREATEN")
for _n in ("ship", "vessel", "boat", "tanker", "ferry", "submarine", "warship", "gunboat", "frigate", "destroyer",
           "trawler", "cruiser", "corvette"):
    PHRASES.setdefault(f"sink {_n}", "ASSAULT")  # "gunboats sank a fishing vessel"; "sank any chance" is no event
PHRASES.update({
    "advance on": "ASSAULT", "torpedo ship": "ASSAULT", "torpedo vessel": "ASSAULT", "torpedo boat": "ASSAULT",
    "torpedo tanker": "ASSAULT", "sink deal": "REJECT", "sink plan": "REJECT", "sink talk": "REJECT",
})
#: verbs that put restrictions in place, and the restrictions: on trade or travel they are sanctions
RESTRICT_IMPOSE_VERBS = frozenset("impose tighten extend slap introduce announce place put widen expand".split())
RESTRICTION_NOUNS = frozenset("ban restriction restrictions curb curbs limit limits embargo control controls "
                              "boycott".split())
PHRASES.update({"tighten restriction": "SANCTION", "tighten curb": "SANCTION", "tighten control": "COERCE"})
#: what a party stays away from in protest: talks and votes (a boycott, REJECT)
BOYCOTTED_NOUNS = TALK_NOUNS | frozenset("election elections poll polls vote ballot referendum parliament "
                                         "ceremony celebrations".split())
NOUNS.update({"assault": "ASSAULT", "counteroffensive": "ASSAULT", "counter-offensive": "ASSAULT"})
#: verbs of taking part: the act taken part in is the event ("took part in joint manoeuvres")
PARTICIPATE_VERBS = frozenset("take participate join engage".split())
#: verbs of forces moving into territory: by troops or fighters, an incursion ("pushed deep into northern Iraq")
INCURSION_VERBS = frozenset("push advance thrust drive sweep roll storm move".split())
#: verbs of bringing a place to a halt: done by civilians, a protest ("drivers paralysed Manila with a strike")
PARALYSE_VERBS = frozenset("paralyse paralyze cripple".split())

#: participles whose passive form states the subject's own stance or activity ("Vietnam is committed to
#: opening up", "Israel is opposed to French mediation", "Serb forces were engaged in ethnic cleansing"):
#: with no "by" agent their subject acts
ACTIVE_PARTICIPLES = frozenset("""
committed opposed determined dedicated devoted resolved engaged involved prepared disposed inclined
""".split())
#: verbs that carry an event noun as their object without being an event themselves: the noun is the act
#: ("speeded up the withdrawal", "completed its pullout", "opened a hearing into")
NOMINAL_CARRIERS = frozenset("""
issue make stage speed accelerate hasten complete finish conduct carry launch begin start resume
open mount continue pursue undertake perform
""".split())
#: what a cyber attack is made on: breaking into it is coercion, not violence ("tried to hack into computers")
CYBER_NOUNS = frozenset("""
computer computers network networks system systems server servers account accounts email emails website
websites database databases
""".split())
#: goods whose transfer to a party is military aid ("continued to send arms to Pakistan")
MILITARY_AID_GOODS = WEAPON_NOUNS | frozenset("""
ammunition equipment hardware tank tanks jet jets helicopter helicopters warplane warplanes
""".split())
#: verbs that end or ease a restriction: done to a ban or curb they are a concession
EASING_VERBS = HALT_VERBS | frozenset("remove ease relax loosen reduce cut scrap annul revoke".split())
#: the PLOVER investigation nouns carried by "open" and "hold" ("opened a hearing into the legality")
PHRASES.update({"open hearing": "INVESTIGATE", "hold hearing": "INVESTIGATE", "begin hearing": "INVESTIGATE"})
#: a state of siege, like one of emergency, suspends rights: coercion (CAMEO 1724)
PHRASES.update({"declare siege": "COERCE", "impose siege": "COERCE"})
#: attacks on things; done to property or infrastructure they are coerced by ``PROPERTY_NOUNS``
_add("ASSAULT", "dynamite, vandalize, vandalise, smash, ransack")
#: "hackers broke into the networks of defence contractors", "troops broke into the offices of the paper"
PHRASES.update({"break into": "COERCE"})

# Verbs whose everyday senses name no political act: the frame decides (``events._plain_sense``).
#: who is received, as a visit ("received the envoy", "received a delegation"), beside officials'
#: titles and entity names; "receives two thirds of the flow" is no meeting
GUEST_NOUNS = frozenset("""
visitor visitors guest guests delegation delegations counterpart counterparts envoy envoys mission team
""".split())
#: what a handed note can carry that makes it a formal complaint ("handed a note of protest")
COMPLAINT_WORDS = frozenset("protest protests complaint complaints objection objections grievance".split())
#: verbs that hand over papers (``DOCUMENT_NOUNS``): handing one is a message, not a concession
HANDING_VERBS = frozenset("hand deliver submit present send pass give".split())
#: "declined to comment": refusing to speak to reporters rejects no party
NO_COMMENT_VERBS = frozenset("comment elaborate speculate confirm specify disclose".split())
REFUSAL_VERBS = frozenset("decline refuse".split())
