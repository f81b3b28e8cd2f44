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
     "downgrade, cancel, terminate, end, break, withhold, postpone, boycott talks, "
     "penalize, penalise, fine, blacklist, restrict, curtail, stop, close, scrap, "
     "revoke, annul, shut, ban imports, axe, pause")
# MOBILIZE: mobilize, deploy, mass, put on alert
_add("MOBILIZE", "mobilize, mobilise, deploy, mass, station, reinforce, muster, "
     "conscript, arm, amass, alert, patrol, position, build up")
_add("SANCTION", "reduce, downgrade, isolate")
_add("COERCE", "force, compel, expel")
# COERCE: arrest, detain, deport, ban, seize, raid, curfew, crack down
_add("COERCE", "arrest, detain, deport, jail, imprison, seize, confiscate, raid, ban, "
     "outlaw, prevent, censor, crack, disperse, expel, kidnap, abduct, capture, sentence, "
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
     "vouch, testify, stand, cheer, rally behind, sympathise")
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
    "resume tie": "COOPERATE", "resume relation": "COOPERATE", "reopen border": "CONCEDE",
    "reopen embassy": "COOPERATE", "side with": "SUPPORT", "stand by": "SUPPORT", "vote for": "SUPPORT",
    "vote against": "REJECT", "cut off": "SANCTION", "break off": "SANCTION", "back down": "RETREAT", "pull out": "RETREAT", "pull back": "RETREAT",
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
    "hand over": "CONCEDE", "give up": "RETREAT", "set free": "CONCEDE",
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
    "impose sanction": "SANCTION", "impose embargo": "SANCTION", "impose ban": "SANCTION",
    "impose curfew": "COERCE", "impose restriction": "SANCTION", "impose tariff": "SANCTION",
    "impose fine": "SANCTION", "declare emergency": "COERCE", "declare martial": "COERCE",
    "lift sanction": "CONCEDE", "lift embargo": "CONCEDE", "lift ban": "CONCEDE",
    "lift emergency": "CONCEDE", "lift curfew": "CONCEDE", "lift blockade": "CONCEDE",
    "lift siege": "RETREAT", "ease sanction": "CONCEDE", "ease restriction": "CONCEDE",
    "take step": "CONCEDE", "declare ceasefire": "CONCEDE", "declare truce": "CONCEDE",
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
    "open borders": "AID", "offer support": "SUPPORT", "offer aid": "AID",
    "offer help": "AID", "offer assistance": "AID", "offer mediation": "CONSULT",
    "share information": "COOPERATE", "share evidence": "COOPERATE", "share intelligence": "COOPERATE",
    "exchange information": "COOPERATE", "exchange prisoner": "CONCEDE",
    "restore tie": "COOPERATE", "restore relation": "COOPERATE", "mend tie": "COOPERATE",
    "resolve tension": "COOPERATE", "improve relation": "COOPERATE", "repair tie": "COOPERATE",
    "deepen tie": "COOPERATE", "strengthen tie": "COOPERATE", "bolster tie": "COOPERATE",
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
    "open door": "AID", "accept refugee": "AID", "admit refugee": "AID",
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
    "ceasefire": "CONCEDE", "truce": "CONCEDE", "release": "CONCEDE",
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

#: phrases that point back to the two parties last discussed ("both sides")
PAIR_REFERENCES = ("both sides", "both countries", "the two countries", "the two sides", "both parties",
                   "the two nations", "both nations", "each other", "the two neighbours", "the two neighbors",
                   "both governments", "the two governments")

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
""".split())

#: acts that civilians carry out as a protest
PROTEST_ACTS = frozenset("block blockade occupy barricade boycott obstruct seize storm paralyse paralyze strike "
                         "shut close halt stop disrupt".split())

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
PARTICLES = frozenset("down up out off back away over in".split())

#: promises: a promised hostile act is a threat ("vowed to retaliate"); "agreed to cut" is not
VOW_VERBS = frozenset("vow pledge promise swear commit undertake guarantee".split())

#: verbs that state a stance named by their object noun ("reaffirmed its support", "renewed its threat")
STANCE_VERBS = frozenset("slap hit reaffirm affirm express voice reiterate renew repeat declare extend convey "
                         "announce issue make offer pledge register lodge give "
                         "hold stage launch begin start continue organise organize observe enforce mount "
                         "conduct call".split())

#: verbs that hand something over
TRANSFER_VERBS = frozenset("send give pledge donate ship fly airlift deliver provide supply grant carry "
                           "bring truck transport drop ferry distribute "
                           "offer dispatch rush allocate earmark contribute promise approve announce "
                           "release unveil disburse".split())

#: what is handed over as help: goods, relief and money
AID_GOODS = frozenset("""
aid relief food wheat grain rice flour medicine medicines medical drug vaccine tent blanket
supply shipment water fuel dollar euro pound yen franc mark loan grant credit fund funding money
assistance donation equipment shelter
""".split())

#: verbs that move forces
MOVE_VERBS = frozenset("move send dispatch rush shift deploy transfer call station bring position "
                       "mass amass concentrate fly order".split())

#: armed forces and their arms
MILITARY_NOUNS = frozenset("""
troop soldier force army unit division brigade battalion tank armour armor artillery warship
ship jet aircraft plane fighter bomber helicopter missile reservist reserve reinforcement
paratrooper marine commando gunboat submarine carrier
""".split())

#: verbs of stopping: what is stopped decides the category ("halted the offensive", "suspended aid")
HALT_VERBS = frozenset("halt stop end cease suspend abandon scrap postpone freeze cancel lift drop "
                       "discontinue interrupt terminate call".split())

#: handing back these people is a concession ("repatriated the prisoners")
RELEASE_VERBS = frozenset("repatriate return hand exchange swap send free release".split())
DETAINEE_NOUNS = frozenset("prisoner prisoners detainee detainees hostage hostages captive captives pow "
                           "pows dissident dissidents".split())

#: banning or stopping trade is a sanction ("banned all imports from Libya")
BAN_VERBS = frozenset("ban bar block restrict halt stop suspend prohibit curb embargo freeze cut".split())
TRADE_NOUNS = frozenset("import export trade flight investment oil arm weapon sale shipment "
                        "purchase credit loan".split())

#: nouns whose "with X" names the other side ("its border with Iraq")
BORDER_NOUNS = frozenset("border frontier boundary line".split())

#: people or bodies whose presence is cooperation; withdrawing them is a sanction
PRESENCE_NOUNS = frozenset("ambassador envoy diplomat inspector peacekeeper peacekeeping monitor observer "
                           "mission embassy aid volunteer".split())

#: acts whose to-infinitive is their content, not a second event ("called on X to withdraw")
SPEECH_ACTS = frozenset({"REQUEST", "THREATEN", "AGREE", "REJECT", "ACCUSE", "PROTEST"})

#: arms handed over or given up: disarmament, a retreat ("handed over their heavy weapons")
WEAPON_NOUNS = frozenset("weapon weapons arm arms gun guns rifle rifles ammunition arsenal".split())
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
                           "office offices crop crops farm farms orchard orchards".split())
PROPERTY_ACTS = frozenset("destroy demolish bulldoze raze burn torch dynamite blow wreck".split())
