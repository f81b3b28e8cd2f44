"""Coded political events: who did what to whom, read from the dependency parse.

For each sentence the coder looks at verbs (and a few event nouns), reads the
lemma with its particle, object and negation against ``event_lexicon``, and
keeps the trigger highest in the tree (reporting verbs such as "said" pass
through to their complement).  A modal turns a reported act into intent: a
promised cooperative act is AGREE, an announced hostile act is THREATEN, and
"X said Y must ..." is X's REQUEST to Y.  Actors are the trigger's subject and
object (or "between X and Y", "by X" for passives), mapped to ISO alpha-3
codes or organisation short names through the entity layer and the gazetteer;
pronouns take the last actor coded in the article.

Where a verb has several senses, what it is done to and who does it decide:
stopping a hostile act de-escalates while stopping aid is a sanction, goods
handed over are aid and forces moved a mobilisation, civilians blocking a road
protest, violence against protesters is repression.  Adverbial clauses that
give a time, cause or the content of a demand are not coded as second events.

Categories follow PLOVER's grouping of the CAMEO codes (see ``event_lexicon``): a
stated intent is AGREE ("pledged aid", "offered to mediate"), a hostile act held
out is THREATEN ("is considering sanctions", "has not ruled out military action"),
releasing people, easing an embargo or letting inspectors in is RETREAT, signing a
formal agreement SUPPORT.  An act with two readings is coded twice (an abduction is
ASSAULT and COERCE).  When no outside party is named the act concerns the actor's
own country; a mutual act ("Russia and China signed a treaty") gives both dyads.

Stances said with adjectives ("is critical of", "remains opposed to", "was angered by")
and acts named by what they are called ("described the raids as an act of aggression")
are coded like their verbs; an act received ("received a visit from", "won praise
from") is the giver's; a participle with an acting "by" phrase ("Palestinians killed by
Israeli troops") is read as a passive; conditions and circumstances ("unless ...", "after
the war") rank below the act reported; peacekeepers arriving are let in by their host;
a state closing its borders or sealing a territory also imposes a blockade.
"""
from __future__ import annotations

from dataclasses import dataclass

from ..records import Entity, Event
from . import event_lexicon as lx
from . import gazetteer as gz
from .when import event_date

SUBJ_DEPS = {"nsubj", "csubj"}
PASS_SUBJ = {"nsubjpass", "csubjpass"}
OBJ_DEPS = {"dobj", "dative", "attr", "oprd"}
TARGET_PREPS = {"with", "to", "against", "on", "at", "toward", "towards", "from", "for", "upon", "over",
                "into", "in", "along", "alongside", "behind", "near", "across", "opposite"}
SYMMETRIC = {"AGREE", "CONSULT", "COOPERATE"}
DOMESTIC = {"COERCE", "PROTEST", "CONCEDE", "REJECT", "RETREAT"}
PRONOUNS = {"he", "she", "they", "it", "we", "his", "her", "their", "its", "i", "you", "him", "them"}


@dataclass
class _Trigger:
    tok: object
    category: str
    intensity: float
    words: str
    depth: int
    negated: bool = False
    mode: str = ""  # "" | future | obligation


def _depth(tok) -> int:
    d = 0
    while tok.head.i != tok.i and d < 50:
        tok = tok.head
        d += 1
    return d


def _lookup(key: str):
    v = lx.PHRASES.get(key, "missing")
    if v == "missing":
        return "missing"
    if v is None:
        return None
    return v if isinstance(v, tuple) else (v, lx.CATEGORIES[v][1])


def _entry(v):
    if isinstance(v, tuple):
        cat, inten = v
        return cat, inten if inten is not None else lx.CATEGORIES[cat][1]
    return v, lx.CATEGORIES[v][1]


#: every verb lemma the lexicon names: categorised verbs, phrase heads, reporting and light verbs
_KNOWN_VERBS = frozenset(lx.VERBS) | frozenset(k.split()[0] for k in lx.PHRASES) \
    | lx.REPORTING_VERBS | lx.LIGHT_VERBS


def _verb_lemma(tok) -> str:
    """The verb's lemma, repaired where the lemmatizer stumbles ("staged" -> "stag")."""
    lemma = tok.lemma_.lower()
    if tok.i >= 2 and tok.doc[tok.i - 1].text == "-" and tok.doc[tok.i - 1].idx == tok.idx - 1:
        # a hyphenated verb split by the tokenizer: "test-fired", "tear-gassed"
        joined = f"{tok.doc[tok.i - 2].lower_}-{lemma}"
        if joined in _KNOWN_VERBS:
            return joined
    if lemma in _KNOWN_VERBS:
        return lemma
    w = tok.lower_
    if w in lx.IRREGULAR_FORMS:  # "forgave", "overran", "slain": forms the lemmatizer leaves as they are
        return lx.IRREGULAR_FORMS[w]
    cands = []
    if w.endswith("ied"):
        cands.append(w[:-3] + "y")
    if w.endswith("ed"):
        cands += [w[:-1], w[:-2], w[:-3] if len(w) > 4 and w[-3] == w[-4] else w[:-2]]
    if w.endswith("ing"):
        cands += [w[:-3] + "e", w[:-3], w[:-4] if len(w) > 5 and w[-4] == w[-5] else w[:-3]]
    if w.endswith("es"):
        cands += [w[:-2], w[:-1]]
    elif w.endswith("s"):
        cands.append(w[:-1])
    for c in cands:
        if c in _KNOWN_VERBS:
            return c
    return lemma


def _classify_verb(tok):
    """(category, intensity, trigger words) for a verb, or None.

    What an intent verb names is promised, not done: "pledged aid" is AGREE, not AID.
    """
    lemma = _verb_lemma(tok)
    kids = list(tok.children)
    if lemma in lx.MEANS_VERBS:
        # "retaliated by closing the consulate": the means is the act
        bys = [c for c in kids if c.dep_ == "prep" and c.lower_ == "by"]
        bys += [b for c in kids if c.dep_ == "prep" for p in c.children if p.dep_ == "pcomp"
                for b in p.children if b.dep_ == "prep" and b.lower_ == "by"]  # "for selling jets ... by closing"
        for c in bys:
            for p in c.children:
                if p.dep_ == "pcomp" and p.pos_ == "VERB":
                    got = _classify_verb(p)
                    if got:
                        return got[0], got[1], f"{lemma} by {got[2]}"
    if lemma in lx.VERBAL_ATTACK_VERBS and tok.pos_ == "VERB" and any(c.dep_ == "dobj" for c in kids) and (
            any(c.dep_ == "prep" and c.lower_ in ("for", "over") and any(
                p.dep_ == "pcomp" or p.dep_ == "pobj" and p.lemma_.lower() not in lx.TIME_NOUNS for p in c.children)
                for c in kids)
            or any(w.lemma_.lower() in lx.SPEAKER_NOUNS for c in kids if c.dep_ in SUBJ_DEPS for w in c.subtree)):
        # "attacked Israel for its occupation", "the official press attacked Washington": words, not arms
        return "ACCUSE", lx.CATEGORIES["ACCUSE"][1], f"{lemma} for"
    if lemma in lx.DESCRIBE_VERBS and tok.pos_ == "VERB" and any(c.dep_ in ("dobj", "nsubjpass") for c in kids):
        # "described the air raids as an act of aggression", "called the tests a threat to peace"
        named = [p for c in kids if c.dep_ == "prep" and c.lower_ == "as" for p in c.children if p.dep_ in ("pobj", "amod")]
        named += [c for c in kids if c.dep_ in ("oprd", "attr", "ccomp", "xcomp", "acomp") and c.pos_ in ("NOUN", "ADJ")]
        named += [g for c in kids if c.dep_ == "dobj" for g in c.children if g.dep_ in ("appos", "attr", "oprd")]
        for n in named:
            words = {n.lemma_.lower(), n.lower_} | {g.lemma_.lower() for g in n.children if g.dep_ in ("amod", "compound")} \
                | {q.lemma_.lower() for g in n.children if g.dep_ == "prep" and g.lower_ == "of"
                   for q in g.children if q.dep_ == "pobj"}  # "an act of aggression"
            if words & lx.PEJORATIVE_WORDS:
                return "ACCUSE", lx.CATEGORIES["ACCUSE"][1], f"{lemma} as {n.lower_}"
            if words & lx.APPROVING_WORDS:
                return "SUPPORT", lx.CATEGORIES["SUPPORT"][1], f"{lemma} as {n.lower_}"
    if lemma in lx.SHELVE_VERBS and tok.pos_ == "VERB":
        # "shelved plans to hand over more land": dropping a promised concession is a refusal
        for c in kids:
            if c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in lx.PLAN_NOUNS:
                for a in c.children:
                    if a.dep_ in ("acl", "relcl") and a.pos_ == "VERB":
                        got = _classify_verb(a)
                        if got and got[0] in lx.COOPERATIVE:
                            return "REJECT", lx.CATEGORIES["REJECT"][1], f"{lemma} plan"
                        if got and got[0] in ("ASSAULT", "MOBILIZE"):
                            return "RETREAT", lx.CATEGORIES["RETREAT"][1], f"{lemma} plan"
                        if got and got[0] in ("SANCTION", "COERCE", "THREATEN"):
                            return "CONCEDE", lx.CATEGORIES["CONCEDE"][1], f"{lemma} plan"
    if lemma in lx.YIELD_VERBS and tok.pos_ == "VERB":
        # "agreed to the reforms demanded by the opposition", "accepted the strikers' demands": giving in
        for c in kids:
            objs = [c] if c.dep_ == "dobj" else [p for p in c.children if p.dep_ == "pobj"] \
                if c.dep_ == "prep" and c.lower_ == "to" else []
            for o in objs:
                if o.lemma_.lower() in lx.DEMAND_NOUNS or any(
                        g.dep_ == "acl" and g.lemma_.lower() == "demand" for g in o.children):
                    return "CONCEDE", lx.CATEGORIES["CONCEDE"][1], f"{lemma} {o.lemma_.lower()}"
    if lemma in lx.ARMS_BUILD_VERBS and tok.pos_ == "VERB" and any(
            c.dep_ == "dobj" and (c.lemma_.lower() in lx.WEAPON_NOUNS or c.lower_ in lx.WEAPON_NOUNS) for c in kids):
        # "manufacturing chemical weapons to use against the United States": arms aimed at a party
        if any(w.dep_ == "prep" and w.lower_ == "against" for w in tok.subtree):
            return "THREATEN", lx.CATEGORIES["THREATEN"][1], f"{lemma} weapon"
        return "MOBILIZE", lx.CATEGORIES["MOBILIZE"][1], f"{lemma} weapon"
    got = _classify_verb_raw(tok)
    if got and lemma in lx.INTENT_VERBS and got[0] in lx.COOPERATIVE and got[0] != "AGREE" \
            and not any(c.dep_ == "dobj" and c.lemma_.lower() in lx.GIVEN_STANCES for c in tok.children):
        return "AGREE", lx.CATEGORIES["AGREE"][1], got[2]
    if (got is None or got[0] not in ("THREATEN",)) and lemma in lx.HINT_VERBS and tok.pos_ == "VERB" \
            and _hostile_object(tok) and not any(c.dep_ == "neg" for c in tok.children):
        return "THREATEN", lx.CATEGORIES["THREATEN"][1], lemma
    return got


def _classify_verb_raw(tok):
    """(category, intensity, trigger words) for a verb, or None."""
    lemma = _verb_lemma(tok)
    kids = list(tok.children)
    keys = []
    for c in kids:
        if c.dep_ == "prt" or (c.dep_ == "advmod" and c.lower_ in lx.PARTICLES and c.i == tok.i + 1):
            keys.append(f"{lemma} {c.lower_}")
        elif c.dep_ == "advmod" and c.lower_ in lx.PARTICLES and c.i > tok.i and any(
                o.dep_ == "dobj" and o.right_edge.i == c.i - 1 for o in kids):
            keys.append(f"{lemma} {c.lower_}")  # "pulled their heavy weapons back"
    if lemma == "call" and any(c.dep_ == "prep" and c.lower_ in ("on", "upon") and any(
            p.dep_ == "pobj" and (p.ent_type_ == "PERSON" or p.lemma_.lower() in gz.AGENT_NOUNS) for p in c.children)
            for c in kids) and not any(w.dep_ in ("xcomp", "ccomp") or w.lower_ == "to" and w.dep_ == "aux"
                                       for w in tok.subtree):
        return "CONSULT", lx.CATEGORIES["CONSULT"][1], "call on"  # "the envoy called on President X": a visit
    if tok.dep_ == "acl" and tok.tag_ == "VBN" and tok.i > tok.head.i and _actor_agent(tok):
        keys.append(f"{lemma} {tok.head.lemma_.lower()}")  # "sanctions imposed by the United States"
    for c in kids:
        if c.dep_ in ("dobj", "attr", "oprd", "npadvmod") or (c.dep_ == "nsubjpass" and tok.tag_ == "VBN"):
            for cc in c.children:  # a modifier may decide first: "imposed a travel ban" vs "a trade ban"
                if cc.dep_ in ("compound", "amod", "nmod") and cc.i < c.i:
                    keys.append(f"{lemma} {cc.lemma_.lower()}")
            keys.append(f"{lemma} {c.lemma_.lower()}")
            keys.append(f"{lemma} {c.lower_}")
            for cc in c.children:  # "launched ten days of war games"
                if cc.dep_ == "prep" and cc.lower_ == "of":
                    for p in cc.children:
                        if p.dep_ == "pobj":
                            keys.append(f"{lemma} {p.lemma_.lower()}")
        if c.dep_ == "prep":
            if not _dated(c):
                keys.append(f"{lemma} {c.lower_}")  # "dug in the 1970s" is no "dig in"
            for p in c.children:
                if p.dep_ == "pobj":
                    keys.append(f"{lemma} {p.lemma_.lower()}")
                    # "taken into custody dozens of ...", parsed with the noun as a modifier
                    keys += [f"{lemma} {q.lemma_.lower()}" for q in p.children if q.dep_ == "compound" and q.i == c.i + 1]
                    for pp in p.children:  # "put on a state of alert"
                        if pp.dep_ == "prep" and pp.lower_ == "of":
                            keys += [f"{lemma} {q.lemma_.lower()}" for q in pp.children if q.dep_ == "pobj"]
    for c in kids:  # "worked closely", "stood firm"
        if c.dep_ == "advmod" and c.pos_ == "ADV":
            keys.append(f"{lemma} {c.lower_}")
    for c in kids:  # "found the agents guilty"
        if c.dep_ in ("ccomp", "xcomp", "oprd", "acomp") and c.pos_ == "ADJ":
            keys.append(f"{lemma} {c.lower_}")
    for c in kids:
        if c.dep_ == "prt":
            for cc in kids:
                if cc.dep_ == "dobj":
                    keys.append(f"{lemma} {cc.lemma_.lower()}")
    if lemma in lx.RECEIVE_VERBS and _receives_from(tok, kids):
        return None  # "received a visit from the secretary of state": the visit is the event
    if lemma == "fire" and any(c.dep_ == "dobj" and (c.ent_type_ == "PERSON" or c.lemma_.lower() in lx.STAFF_NOUNS)
                               for c in kids):
        return None  # "fired the coach": a dismissal
    if lemma in lx.ORDERING_VERBS and not any(c.dep_ in ("dative", "xcomp", "ccomp") for c in kids):
        # "ordered the arrest of the opposition leader": the authority does what it orders
        for c in kids:
            if c.dep_ == "dobj" and c.pos_ == "NOUN":
                got = _classify_noun(c)
                if got and got[0] not in ("REQUEST", "ACCUSE", "THREATEN", "REJECT"):
                    return got[0], got[1], f"{lemma} {got[2]}"
    got = _by_object_class(tok, lemma, kids, stance=False)
    if got:
        return got
    subj_tok = next((c for c in kids if c.dep_ in SUBJ_DEPS), None)
    if lemma in lx.INCURSION_VERBS and tok.pos_ == "VERB" and subj_tok is not None and any(
            w.lemma_.lower() in lx.MILITARY_NOUNS or w.lemma_.lower() in lx.ARMED_NOUNS or w.lower_ in lx.ARMED_NOUNS
            for w in subj_tok.subtree) and any(
            c.dep_ == "prep" and c.lower_ in ("into", "across") for c in kids):
        return "ASSAULT", lx.CATEGORIES["ASSAULT"][1], f"{lemma} into"  # "troops pushed deep into northern Iraq"
    if lemma in lx.PARALYSE_VERBS and tok.pos_ == "VERB" and subj_tok is not None and _civilian(subj_tok):
        return "PROTEST", lx.CATEGORIES["PROTEST"][1], lemma  # "unions paralysed public transport"
    if lemma in lx.PARTICIPATE_VERBS:
        # "took part in joint manoeuvres", "participated in the attack": the act taken part in
        parts = [p for c in kids if c.dep_ == "prep" and c.lower_ == "in" for p in c.children if p.dep_ == "pobj"]
        parts += [p for c in kids if c.dep_ == "dobj" and c.lemma_.lower() == "part"
                  for g in c.children if g.dep_ == "prep" and g.lower_ == "in" for p in g.children if p.dep_ == "pobj"]
        for p in parts:
            got = _classify_noun(p)
            if got:
                return got[0], got[1], f"{lemma} in {got[2]}"
    if lemma in ("order", "instruct", "command", "direct") and any(
            c.dep_ in ("dobj", "dative") and (c.lemma_.lower() in lx.MILITARY_NOUNS or c.lower_ in lx.MILITARY_NOUNS)
            for c in kids):
        # "ordered its troops to be on maximum alert", "ordered troops to withdraw": the authority acts
        for c in kids:
            if c.dep_ in ("xcomp", "ccomp") and c.pos_ in ("VERB", "AUX"):
                if any(w.lemma_.lower() in ("alert", "readiness", "standby") for w in c.subtree):
                    return "MOBILIZE", lx.CATEGORIES["MOBILIZE"][1], f"{lemma} alert"
                got = _classify_verb(c)
                if got and got[0] not in ("REQUEST", "ACCUSE", "AGREE"):
                    return got[0], got[1], f"{lemma} {got[2]}"
    if lemma in ("tell", "instruct", "order", "advise") and any(c.dep_ in ("dobj", "dative") for c in kids) \
            and any(c.dep_ in ("xcomp", "ccomp") and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
                    for c in kids):
        # "told Tehran to stop supporting militants": an instruction is a demand
        return "REQUEST", -4.0, f"{lemma} to"
    for key in keys:
        v = _lookup(key)
        if v == "missing":
            continue
        if v is None:
            return None
        return v[0], v[1], key
    got = _by_object_class(tok, lemma, kids, stance=True)
    if got:
        return got
    if lemma in ("leave", "quit", "exit", "withdraw", "pull"):
        left = [c for c in kids if c.dep_ == "dobj"] + [
            p for c in kids if c.dep_ in ("prep", "prt") and c.lower_ in ("from", "out", "of")
            for p in c.subtree if p.dep_ == "pobj"]
        for c in left:  # "quit the alliance", "withdrew from the non-proliferation treaty"
            if c.lemma_.lower() in lx.ORG_NOUNS or gz.org_short(c.text):
                return "SANCTION", lx.CATEGORIES["SANCTION"][1], f"{lemma} {c.text}"
    plain = _plain_sense(tok, lemma, kids)
    if plain is not None:
        return plain or None
    if lemma in lx.VERBS:
        cat, inten = _entry(lx.VERBS[lemma])
        if cat == "SANCTION" and lemma in lx.REDUCING_VERBS:
            return _reduced(tok, lemma, kids)
        return cat, inten, lemma
    return None


def _dated(prep) -> bool:
    """Whether a preposition introduces a time ("in the 1970s", "on Tuesday")."""
    return any(p.dep_ == "pobj" and (p.ent_type_ in ("DATE", "TIME") or p.lemma_.lower() in lx.TIME_NOUNS)
               for p in prep.children)


def _party(o) -> bool:
    """Whether a noun phrase's head names a party: a person, state, people or organisation, or
    its officials (its clauses do not count: "the link Astana had drawn" is no party)."""
    words = [o, *o.conjuncts]
    words += [g for w in list(words) for g in w.children if g.dep_ in ("compound", "amod", "poss", "appos", "nmod")]
    return any(w.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") or w.lemma_.lower() in gz.AGENT_NOUNS
               or w.lower_ in gz.AGENT_NOUNS or w.lemma_.lower() in lx.GUEST_NOUNS for w in words)


def _plain_sense(tok, lemma: str, kids):
    """A verb of the lexicon used in an everyday sense its frame shows: ``()`` for no event, a
    (category, intensity, words) triple for another act, None when the lexicon's entry stands."""
    objs = [c for c in kids if c.dep_ == "dobj"]
    preps = {c.lower_ for c in kids if c.dep_ == "prep" and not _dated(c)}
    if lemma == "receive" and objs and not any(_party(o) or _classify_noun(o) for o in objs):
        return ()  # "Kazakhstan receives two thirds of the flow": no visit
    if lemma == "talk" and preps & {"about", "of"} and not preps & {"with", "to", "between"} and all(
            c.pos_ == "PRON" for c in kids if c.dep_ in SUBJ_DEPS):
        return ()  # "we are talking about water": speech, not talks
    handed = objs if lemma in lx.HANDING_VERBS else []
    for o in handed:
        head = o.lemma_.lower()
        paper = head in lx.DOCUMENT_NOUNS and not _classify_noun(o)  # an ultimatum is its own act
        if head in lx.COMPLAINT_WORDS or paper and any(w.lemma_.lower() in lx.COMPLAINT_WORDS for w in o.subtree):
            return "ACCUSE", lx.CATEGORIES["ACCUSE"][1], f"{lemma} {'protest note' if paper else head}"
        if paper:
            return ()  # "handed him a note": a message, not a hand-over
    if lemma == "call" and not preps & {"for", "on", "upon"} and not any(
            c.dep_ in ("xcomp", "ccomp") and c.pos_ in ("VERB", "AUX") for c in kids):
        if not objs:  # "Macron called Putin", parsed as naming with no object
            objs = [c for c in kids if c.dep_ == "oprd" and c.pos_ == "PROPN" and _party(c)]
        elif any(c.dep_ == "oprd" for c in kids) or any(g.dep_ in ("oprd", "appos") for o in objs for g in o.children):
            return ()  # "called the matter closed": naming, and neither praise nor blame
        if objs and all(_party(o) for o in objs):
            return "CONSULT", lx.CATEGORIES["CONSULT"][1], "call"  # "Macron called Putin on Tuesday"
        if objs:
            return ()  # "called the link artificial", misparsed: no request without "for", "on" or "to"
    if lemma == "help" and not any(c.dep_ in ("dobj", "dative") for c in kids):
        for c in kids:
            if c.dep_ == "xcomp" and c.pos_ == "VERB":
                got = _classify_verb(c)  # "sent police to help train the new force": the helped act
                return (got[0], got[1], f"help {got[2]}") if got else ()  # "helped to create a crisis"
    if lemma in lx.REFUSAL_VERBS and any(c.dep_ == "xcomp" and c.lemma_.lower() in lx.NO_COMMENT_VERBS for c in kids):
        return ()  # "the Kremlin declined to comment on the report"
    if lemma == "leave" and any(c.dep_ in ("oprd", "ccomp", "xcomp") and c.pos_ == "ADJ" for c in kids):
        return ()  # "had left the gates open"
    return None


def _reduced(tok, lemma: str, kids):
    """What cutting, stopping or closing something is, read from what is cut.

    Cutting ties, aid, trade or talks reduces relations (SANCTION); closing a border, a road
    or a newspaper restricts people (COERCE); cutting costs or stopping a car is no event.
    """
    objs = [c for c in kids if c.dep_ in ("dobj", "nsubjpass")]
    if not objs:
        # "suspended its participation", "cut off from": with no object the verb alone is weak
        if any(c.dep_ == "prt" for c in kids) or tok.dep_ == "xcomp":
            return "SANCTION", lx.CATEGORIES["SANCTION"][1], lemma
        return None
    words = set()
    for o in objs:
        words.add(o.lemma_.lower())
        for c in o.children:
            if c.dep_ in ("compound", "amod", "conj"):
                words.add(c.lemma_.lower())
            if c.dep_ == "prep" and c.lower_ == "of":
                for p in c.children:
                    if p.dep_ == "pobj":
                        words.add(p.lemma_.lower())
                        words |= {g.lemma_.lower() for g in p.children if g.dep_ in ("compound", "amod")}
    if lemma in lx.EASING_VERBS and any(o.lemma_.lower() in lx.RESTRICTION_NOUNS for o in objs):
        # "cancelled restrictions on the use of Russian", "cut the curbs on the press": easing them gives in;
        # ending an embargo or a boycott is a retreat
        eased = next(o.lemma_.lower() for o in objs if o.lemma_.lower() in lx.RESTRICTION_NOUNS)
        cat = "RETREAT" if eased in lx.EASED_SANCTIONS else "CONCEDE"
        return cat, lx.CATEGORIES[cat][1], f"{lemma} {eased}"
    if words & lx.RELATION_NOUNS or any(gz.org_short(o.text) for o in objs):
        return "SANCTION", lx.CATEGORIES["SANCTION"][1], f"{lemma} {objs[0].lemma_.lower()}"
    if lemma in ("close", "shut", "seal", "restrict", "block") and words & lx.PASSAGE_NOUNS:
        return "COERCE", lx.CATEGORIES["COERCE"][1], f"{lemma} {objs[0].lemma_.lower()}"
    if words & lx.NON_RELATION_NOUNS:
        return None
    # anything else a government cuts or suspends is most often a tie to someone
    subj, _ = _subject(tok)
    if subj is not None and (subj.ent_type_ in ("GPE", "NORP", "ORG") or subj.lower_ in ("it", "they", "we") or any(
            w.lemma_.lower() in gz.AGENT_NOUNS for w in subj.subtree)):
        return "SANCTION", lx.CATEGORIES["SANCTION"][1], f"{lemma} {objs[0].lemma_.lower()}"
    return None


def _by_object_class(tok, lemma: str, kids, *, stance: bool):
    """Categories read from the kind of thing acted on rather than from the verb alone.

    "halted the offensive" (stopping a hostile act: RETREAT or CONCEDE; a cooperative one: SANCTION),
    "reaffirmed its support" (a stance verb with an event noun: the noun's category),
    "sent wheat", "pledged 50 million dollars" (goods or money handed over: AID),
    "moved troops to the border", "called up reservists" (forces moved: MOBILIZE).
    """
    objs = [c for c in kids if c.dep_ in ("dobj", "dative")]
    objs += [p for c in kids if c.dep_ == "prt" for p in c.children if p.dep_ == "pobj"]  # "handing over weapons"
    if tok.tag_ == "VBN":
        objs += [c for c in kids if c.dep_ == "nsubjpass"]  # "the offensive was halted"
    if stance and lemma in lx.STANCE_VERBS:  # "was hit with new sanctions"
        objs += [p for c in kids if c.dep_ == "prep" and c.lower_ == "with" for p in c.children if p.dep_ == "pobj"]
    if not stance and lemma in lx.HALT_VERBS and _halting(tok, lemma):
        for c in kids:  # "stopped shelling the city"
            if c.dep_ in ("xcomp", "dobj", "pcomp") and c.tag_ == "VBG":
                got = lx.VERBS.get(_verb_lemma(c))
                kind = got[0] if isinstance(got, tuple) else got
                if kind in ("ASSAULT", "MOBILIZE"):
                    return "RETREAT", lx.CATEGORIES["RETREAT"][1], f"{lemma} {c.lower_}"
                if kind in ("PROTEST", "COERCE", "SANCTION") or _verb_lemma(c) in lx.DISPUTED_ACTIVITIES:
                    return "CONCEDE", lx.CATEGORIES["CONCEDE"][1], f"{lemma} {c.lower_}"
                if kind in ("COOPERATE", "AID", "CONSULT", "SUPPORT"):
                    # "would stop cooperating with the inspectors": a cut in relations
                    return "SANCTION", lx.CATEGORIES["SANCTION"][1], f"{lemma} {c.lower_}"
        for c in kids:  # "froze settlement construction", "suspended its nuclear programme": yielding
            if c.dep_ in ("dobj", "nsubjpass") and (c.lemma_.lower() in lx.DISPUTED_ACTIVITIES or (
                    c.lemma_.lower() in ("program", "programme", "activity", "work", "plan", "policy", "project")
                    and any(g.dep_ in ("compound", "amod") and g.lemma_.lower() in lx.DISPUTED_ACTIVITIES
                            for g in c.children))):
                return "CONCEDE", lx.CATEGORIES["CONCEDE"][1], f"{lemma} {c.lemma_.lower()}"
    if not stance and lemma in lx.RESTRICT_IMPOSE_VERBS:
        # "imposed a ban on flights", "tightened restrictions on travel to Cuba": a sanction on dealings
        for c in kids:
            if c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in lx.RESTRICTION_NOUNS:
                dealt = [p for g in c.children if g.dep_ == "prep" and g.lower_ in ("on", "against")
                         for p in g.children if p.dep_ == "pobj"]
                if any(d.lemma_.lower() in lx.TRADE_NOUNS or d.lower_ in lx.TRADE_NOUNS for d in dealt):
                    return "SANCTION", lx.CATEGORIES["SANCTION"][1], f"{lemma} {c.lemma_.lower()}"
    if not stance and lemma in lx.BAN_VERBS and any(
            c.dep_ == "prep" and c.lower_ == "from" and any(p.dep_ == "pcomp" and _verb_lemma(p) in lx.TRADE_VERBS
                                                            for p in c.children) for c in kids):
        # "banned American companies from investing in Iran": a trade sanction
        return "SANCTION", lx.CATEGORIES["SANCTION"][1], f"{lemma} trade"
    if not stance and lemma in ("walk", "pull", "withdraw", "quit", "storm", "leave", "abandon") and any(
            w.lemma_.lower() in lx.TALK_NOUNS for c in kids if c.dep_ in ("prt", "prep", "dobj") for w in c.subtree
            if w.dep_ in ("pobj", "dobj")):
        # "walked out of the talks", "withdrew from the negotiations": halting negotiations
        return "SANCTION", lx.CATEGORIES["SANCTION"][1], f"{lemma} talks"
    if not stance and lemma in ("stay", "keep") and any(c.lower_ == "away" for c in kids) and any(
            p.lemma_.lower() in lx.BOYCOTTED_NOUNS for c in kids for p in c.subtree if p.dep_ == "pobj"):
        return "REJECT", lx.CATEGORIES["REJECT"][1], f"{lemma} away"  # "stayed away from the negotiations"
    if not stance and lemma in lx.ALLOW_VERBS and not any(c.dep_ == "neg" for c in kids) and not any(
            c.dep_ == "dobj" and c.lemma_.lower() in lx.PROPOSAL_NOUNS for c in kids):
        # "allowed UN inspectors to visit", "opened its borders to peacekeepers": letting in an
        # outside presence is a retreat
        admitted = [w for c in kids if c.dep_ in ("dobj", "ccomp", "xcomp", "dative")
                    for w in c.subtree]
        admitted += [p for c in kids if c.dep_ == "prep" and c.lower_ == "to" for p in c.subtree]
        for w in admitted:
            if w.pos_ in ("NOUN", "ADJ") and (w.lemma_.lower() in lx.ACCESS_NOUNS or w.lower_ in lx.ACCESS_NOUNS):
                return "RETREAT", lx.CATEGORIES["RETREAT"][1], f"{lemma} {w.lower_}"
    for o in objs:
        head = o.lemma_.lower()
        own = any(w.dep_ == "poss" and w.lower_ in ("its", "their", "his", "our") for w in o.subtree)
        if not stance and lemma in lx.DISARM_VERBS and (head in lx.WEAPON_NOUNS or any(
                w.lemma_.lower() in lx.WEAPON_NOUNS for w in o.subtree if w.dep_ == "pobj")) \
                and (own or lemma not in ("destroy", "dismantle")):
            return "RETREAT", lx.CATEGORIES["RETREAT"][1], f"{lemma} {head}"
        if not stance and lemma in lx.CROWD_VERBS and any(w.lower_ in lx.CROWD_CONTROL for w in o.subtree):
            return "COERCE", lx.CATEGORIES["COERCE"][1], f"{lemma} {o.text}"
        if not stance and lemma in lx.RELEASE_VERBS and lemma not in ("free", "release") and any(
                c.dep_ == "prep" and c.lower_ in ("to", "into") and any(
                    p.lemma_.lower() in lx.CONFINEMENT_NOUNS for p in c.children if p.dep_ == "pobj")
                for c in list(tok.children) + [k for k in tok.children if k.dep_ in ("prt", "advmod")]
                for c in ([c] + list(c.children))):
            return "COERCE", lx.CATEGORIES["COERCE"][1], f"{lemma} {head}"  # "sent the dissident back to prison"
        if not stance and lemma in lx.RELEASE_VERBS and head in lx.DETAINEE_NOUNS:
            return "RETREAT", lx.CATEGORIES["RETREAT"][1], f"{lemma} {head}"
        if not stance and lemma in ("hand", "turn", "extradite", "transfer", "deliver") and (
                head in lx.SUSPECT_NOUNS or any(c.dep_ in ("amod", "compound")
                                                and c.lower_ in ("suspected", "wanted", "alleged") for c in o.children)):
            return "COOPERATE", lx.CATEGORIES["COOPERATE"][1], f"{lemma} {head}"
        if not stance and lemma in lx.BAN_VERBS and head in lx.TRADE_NOUNS:
            return "SANCTION", lx.CATEGORIES["SANCTION"][1], f"{lemma} {head}"
        if not stance and lemma in lx.HALT_VERBS and _halting(tok, lemma):
            got = _classify_noun(o)
            if got:
                # stopping a hostile act de-escalates; stopping a cooperative one is a sanction
                kind = got[0]
                if kind in ("ASSAULT", "MOBILIZE") and not (head == "strike" and got[2] == "strike"):
                    return "RETREAT", lx.CATEGORIES["RETREAT"][1], f"{lemma} {got[2]}"
                civil = any(w.lemma_.lower() in lx.CIVILIAN_NOUNS or w.lower_ in lx.CIVILIAN_NOUNS
                            for c in kids if c.dep_ in SUBJ_DEPS for w in c.subtree)
                if kind in ("SANCTION", "COERCE") and got[2] in lx.EASED_SANCTIONS and not civil:
                    # ending an embargo or a blockade is a retreat; ending a ban a concession
                    return "RETREAT", lx.CATEGORIES["RETREAT"][1], f"{lemma} {got[2]}"
                if kind in ("PROTEST", "SANCTION", "COERCE", "THREATEN", "ASSAULT"):
                    return "CONCEDE", lx.CATEGORIES["CONCEDE"][1], f"{lemma} {got[2]}"
                if kind in ("AID", "CONSULT", "COOPERATE", "AGREE", "SUPPORT"):
                    return "SANCTION", lx.CATEGORIES["SANCTION"][1], f"{lemma} {got[2]}"
        if stance:
            if lemma in lx.STANCE_VERBS:
                got = _classify_noun(o)
                if got:
                    return got[0], got[1], f"{lemma} {got[2]}"
            continue
        if lemma in lx.TRANSFER_VERBS and (head in lx.MILITARY_AID_GOODS or o.lower_ in lx.MILITARY_AID_GOODS) \
                and any(c.dep_ == "prep" and c.lower_ == "to" and any(p.ent_type_ in ("GPE", "NORP", "ORG")
                                                                       for p in c.subtree) for c in kids):
            return "AID", lx.CATEGORIES["AID"][1], f"{lemma} {head}"  # arms sent to a party: military aid
        if lemma in lx.TRANSFER_VERBS and (head in lx.AID_GOODS or any(
                w.lemma_.lower() in lx.AID_GOODS for w in o.subtree if w.dep_ in ("conj", "pobj", "compound")
                or w.dep_ == "amod" and (w.head.i == o.i or w.head.dep_ == "conj" and w.head.head.i == o.i))):
            return "AID", lx.CATEGORIES["AID"][1], f"{lemma} {head}"
        if lemma in lx.MOVE_VERBS and not any(c.dep_ == "xcomp" for c in kids) and (head in lx.MILITARY_NOUNS or any(
                w.lemma_.lower() in lx.MILITARY_NOUNS for w in o.subtree
                if w.dep_ in ("conj", "compound") or (w.dep_ == "pobj" and w.head.head.i == o.i))):
            return "MOBILIZE", lx.CATEGORIES["MOBILIZE"][1], f"{lemma} {head}"
    return None


def _classify_noun(tok):
    lemma = tok.lemma_.lower()
    for c in tok.children:  # "hunger strike", "peace talks", "air strike"
        if c.dep_ in ("compound", "amod"):
            key = f"{c.lower_} {lemma}"
            if key in lx.NOUNS:
                cat = lx.NOUNS[key]
                return cat, lx.CATEGORIES[cat][1], key
    if lemma in lx.NOUNS:
        cat = lx.NOUNS[lemma]
        return cat, lx.CATEGORIES[cat][1], lemma
    return None


def _negated(tok) -> bool:
    """Whether the act is denied: "did not attack", "no longer blocks", "failed to hand over",
    "has no intention of withdrawing"."""
    if any(c.dep_ == "neg" or c.lower_ in ("never", "no") and c.dep_ in ("neg", "advmod", "det")
           for c in tok.children):
        return True
    if any(c.lower_ == "longer" and any(g.lower_ == "no" for g in c.children) for c in tok.children):
        return True
    if tok.dep_ == "xcomp" and tok.head.lemma_.lower() in lx.FAIL_VERBS:
        return True
    if tok.dep_ == "xcomp" and (tok.head.lemma_.lower() in lx.UNWILLING_WORDS or (
            tok.head.lemma_.lower() in lx.WILLING_WORDS and (
                any(c.dep_ == "neg" for c in tok.head.children)
                or tok.head.dep_ == "acomp" and any(c.dep_ == "neg" for c in tok.head.head.children)))):
        return True  # "is not prepared to sign", "is unwilling to release"
    if tok.dep_ == "acl" and tok.head.lemma_.lower() in lx.REFUSAL_NOUNS:
        return True  # "Belgrade's refusal to allow investigators in"
    h = tok.head.head if tok.dep_ == "pcomp" and tok.head.dep_ == "prep" else tok.head if tok.dep_ == "acl" else None
    return h is not None and h.lemma_.lower() in lx.INTENT_NOUNS | {"plan", "desire", "wish"} \
        and any(c.lower_ == "no" and c.dep_ == "det" for c in h.children)


def _mode(tok) -> str:
    for c in tok.children:
        if c.dep_ in ("aux",) and c.lower_ in ("will", "would", "shall", "'ll", "wo"):
            return "future"
        if c.dep_ == "aux" and c.lower_ in ("must", "should", "ought"):
            return "obligation"
        if c.dep_ == "aux" and c.lower_ in ("could", "may", "might") and tok.dep_ == "ccomp" \
                and (tok.head.lemma_.lower() in lx.REPORTING_VERBS or tok.head.lemma_.lower() in lx.HINT_VERBS
                     or tok.head.lemma_.lower() in ("warn", "threaten")):
            return "future"  # "hinted it could cut supplies": a possibility held out is a threat or an offer
    if tok.dep_ == "acl" and tok.head.lemma_.lower() in lx.INTENT_NOUNS \
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
        return "future"  # "announced plans to impose sanctions", "its readiness to help"
    h = tok
    # "wants to resolve", "is going to", "plans to attack", "is ready to sign"
    hops = 0
    while h.dep_ in ("xcomp",) and hops < 3:
        h = h.head
        hops += 1
        if _verb_lemma(h) in ("want", "plan", "intend", "aim", "seek", "wish", "prepare", "go", "hope",
                                "expect", "ready", "willing", "prepared", "determined"):
            # "said the US must be ready to mediate": what one must be ready for is asked of one
            above = h.head if h.dep_ in ("acomp", "xcomp") and h.head.i != h.i else h
            if any(c.dep_ == "aux" and c.lower_ in ("must", "should") for c in list(h.children) + list(above.children)):
                return "obligation"
            return "future"
        for c in h.children:
            if c.dep_ == "aux" and c.lower_ in ("will", "would", "shall", "'ll"):
                return "future"
            if c.dep_ == "aux" and c.lower_ in ("must", "should"):
                return "obligation"
    if tok.dep_ == "acomp" or (tok.head.lemma_ in ("ready", "willing", "prepared") and tok.dep_ == "xcomp"):
        return "future"
    return ""


def _inner_code(name: str) -> str | None:
    """The organisation or country named inside a longer title.

    "United Nations Emergency Relief Coordinator" -> UN, "Iraqi Foreign Ministry" -> IRQ:
    the leftmost, longest known name of up to four words.
    """
    words = name.split()
    for i in range(len(words)):
        for j in range(min(len(words), i + 4), i, -1):
            part = " ".join(words[i:j])
            code = gz.org_short(part) or gz.country_of(part)
            if code:
                return code
    return None


def _background_clause(tok, main) -> bool:
    """Whether an adverbial clause gives a circumstance or motive rather than a second event.

    "after officials alleged ..." (time, cause, condition) explains the main act, which is the
    event reported; so does the purpose of a protest ("blocked roads to demand reforms").
    """
    if any(c.dep_ == "mark" and c.lower_ in lx.BACKGROUND_MARKS for c in tok.children):
        return True
    if main.category == "PROTEST" and tok.tag_ == "VBG":
        return True  # "rioted, demanding independence": the demand is the protest's
    if main.category in lx.SPEECH_ACTS and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
        return True  # "marched to demand reforms", "called on X to withdraw": the act's content
    return False


def _rallies_against(tok) -> bool:
    """Whether a call or appeal asks for hostile action against a party ("called for sanctions
    against Nigeria", "urged the Arabs to unite against Israel")."""
    for w in tok.subtree:
        if w.dep_ != "prep" or w.lower_ != "against" or w.head.i == tok.i:
            continue
        if _in_background(w) and not _in_background(tok):
            continue
        h = w.head
        if h.pos_ == "NOUN":
            got = _classify_noun(h)
            if got and got[0] in ("SANCTION", "ASSAULT", "COERCE", "MOBILIZE", "PROTEST", "THREATEN"):
                return True
        elif h.pos_ == "VERB":
            lemma = _verb_lemma(h)
            v = lx.VERBS.get(lemma)
            kind = v[0] if isinstance(v, tuple) else v
            if lemma in lx.RALLY_VERBS or kind in ("SANCTION", "ASSAULT", "COERCE", "MOBILIZE", "PROTEST"):
                return True
    return False


def _background_phrase(tok) -> bool:
    """Whether a noun sits in a phrase of time or cause ("after the war", "in the wake of the
    execution", "because of fighting"): the circumstance, not the act reported."""
    h = tok
    for _ in range(4):
        if h.dep_ != "pobj" or h.head.i == h.i:
            return False
        prep = h.head
        if prep.lower_ in lx.BACKGROUND_PREPS:
            return True
        if prep.lower_ == "of" and prep.head.lower_ in lx.BACKGROUND_PREP_NOUNS:
            return True  # "in the wake of", "because of", "ahead of"
        if prep.lower_ == "to" and prep.head.lower_ in ("response", "prior", "reply", "due", "owing"):
            return True
        h = prep.head if prep.lower_ == "of" else h
        if h is tok:
            return False
    return False


def _in_background(tok) -> bool:
    """Whether ``tok`` sits in an adverbial clause of condition, time or cause ("if it was
    attacked", "unless India signs first", "after the embassy was attacked")."""
    h = tok
    for _ in range(8):
        if h.head.i == h.i:
            return False
        if h.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in lx.BACKGROUND_MARKS for c in h.children):
            return True
        h = h.head
    return False


def _prepared(tok) -> bool:
    """Whether the act is one an actor gets ready for ("prepared to resume shelling")."""
    h = tok
    for _ in range(3):
        if h.dep_ not in ("xcomp", "pcomp", "pobj", "prep", "acomp") or h.head.i == h.i:
            return False
        h = h.head
        if h.lemma_.lower() in lx.PREPARE_WORDS or h.lower_ in ("prepared", "ready", "poised"):
            return True
    return False


def _acted_on(tok) -> list:
    """What a violent act is done to: objects, "on"/"at" phrases, objects of its purpose clause."""
    kids = list(tok.children)
    targets = [c for c in kids if c.dep_ in ("dobj", "nsubjpass")]
    targets += [p for c in kids if c.dep_ == "prep" and c.lower_ in ("on", "at", "against", "into")
                for p in c.children if p.dep_ == "pobj"]
    targets += [o for c in kids if c.dep_ in ("advcl", "xcomp") and c.pos_ == "VERB"
                for o in c.children if o.dep_ == "dobj"]  # "opened fire to disperse marchers"
    return targets


def _repression(tok) -> bool:
    """Whether a violent act is aimed at protesters."""
    words = {w.lemma_.lower() for t in _acted_on(tok) for w in t.subtree} \
        | {w.lower_ for t in _acted_on(tok) for w in t.subtree}
    return bool(words & lx.DISSENT_NOUNS)


def _hostile_object(tok) -> bool:
    """Whether what a verb is about names a hostile act ("ruled out a military operation")."""
    for c in tok.children:
        if c.dep_ in ("dobj", "xcomp", "pcomp") or c.dep_ == "prep":
            heads = [c] if c.dep_ != "prep" else [p for p in c.children if p.dep_ in ("pobj", "pcomp")]
            words = list(heads) + [m for h in heads for m in h.children if m.dep_ in ("amod", "compound", "dobj", "acl")]
            words += [q for h in heads for m in h.children if m.dep_ == "prep" and m.lower_ == "of"
                      for q in m.children if q.dep_ == "pobj"]  # "the use of force"
            for w in words:
                got = _classify_noun(w) if w.pos_ == "NOUN" else None
                if got is None and w.pos_ == "VERB" and w.i != tok.i:
                    v = lx.VERBS.get(_verb_lemma(w))
                    got = (v[0] if isinstance(v, tuple) else v,) if v else None
                if got and got[0] in lx.HOSTILE and got[0] not in ("REJECT", "ACCUSE", "INVESTIGATE"):
                    return True
                if w.lemma_.lower() in ("military", "force", "action", "war", "strike"):
                    return True
    return False


def _halting(tok, lemma: str) -> bool:
    """Whether a verb of stopping is used as one: "called off the strike", not "called a strike"."""
    if lemma == "call":
        return any(c.lower_ == "off" and c.dep_ in ("prt", "advmod", "prep") for c in tok.children)
    return True


def _self_restraint(tok, category: str) -> bool:
    """Whether a stopping act is done to the actor's own activity ("to freeze its nuclear programme").

    Promising that is a concession, not a threat: the act has no outside target.
    """
    if category != "SANCTION":
        return False
    if any(c.tag_ == "VBG" and c.dep_ in ("xcomp", "dobj", "pcomp") for c in tok.children):
        return True  # "promised to stop supporting the rebels": ceasing an activity of its own
    if any(c.dep_ == "prep" and c.lower_ in ("to", "on", "against", "with", "for", "from", "in") for c in tok.children):
        return False
    return any(c.dep_ == "dobj" and any(g.dep_ == "poss" and g.lower_ in ("its", "their", "his", "her", "our")
                                        for g in c.children) for c in tok.children)


def _mass_number(tok) -> bool:
    """Whether a noun phrase counts people in hundreds or more ("1,000 refugees", "thousands of")."""
    for w in tok.subtree:
        low = w.lower_.replace(",", "")
        if low in ("hundreds", "thousands", "tens", "millions"):
            return True
        if w.like_num and low.isdigit() and int(low) >= 100:
            return True
    return False


def _second_reading(tok, cat: str) -> str | None:
    """A second PLOVER type the same act also has.

    An abduction or hijacking is both an assault and a coercive seizure of people; driving out
    hundreds of people is a mass expulsion (an assault) as well as a coercive act.
    """
    if tok.pos_ != "VERB":
        return None
    lemma = _verb_lemma(tok)
    if cat == "ASSAULT" and lemma in ("kidnap", "abduct", "hijack", "waylay", "execute", "occupy"):
        return "COERCE"  # an execution is a killing and the harshest judicial coercion
    if cat == "COERCE" and lemma in lx.EXPULSION_VERBS:
        people = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
        if any(_mass_number(p) for p in people):
            return "ASSAULT"
    if cat == "COERCE" and lemma in lx.CLOSURE_VERBS and any(
            c.dep_ in ("dobj", "nsubjpass") and (c.lemma_.lower() in lx.BORDER_NOUNS | lx.TERRITORY_NOUNS
                                                 or c.ent_type_ in ("GPE", "LOC"))
            for c in tok.children):
        # "closed its borders", "sealed off the West Bank": restricting movement by force is also
        # a blockade, which PLOVER files with the armed acts
        return "ASSAULT"
    return None


def _actor_agent(tok) -> bool:
    """Whether a participle has a "by" phrase naming someone who acts ("killed by Israeli troops",
    not "conferred by telephone")."""
    a = _agent(tok)
    if a is None:
        return False
    return a.ent_type_ in ("GPE", "NORP", "ORG", "PERSON") or any(
        w.lemma_.lower() in gz.AGENT_NOUNS or w.lemma_.lower() in lx.ARMED_NOUNS or w.lemma_.lower() in lx.MILITARY_NOUNS
        or w.ent_type_ in ("GPE", "NORP", "ORG", "PERSON") for w in a.subtree)


def _stance_adjective(tok):
    """(category, intensity, words) for a stance said with an adjective or a participle:
    "is critical of", "remains opposed to", "was angered by", "is ready for talks", "is in favour of"."""
    low = tok.lower_
    if tok.pos_ == "NOUN" and tok.lemma_.lower() in ("favour", "favor") and tok.dep_ == "pobj" \
            and tok.head.lower_ == "in" and tok.head.head.pos_ in ("AUX", "VERB") \
            and tok.head.head.lemma_.lower() in ("be", "remain", "stay", "come", "speak", "argue"):
        return "SUPPORT", lx.CATEGORIES["SUPPORT"][1], "in favour"
    if tok.pos_ not in ("ADJ", "VERB") or low not in lx.STANCE_ADJECTIVES:
        return None
    predicative = tok.dep_ == "acomp" or (tok.dep_ in ("ROOT", "ccomp", "conj", "xcomp", "advcl") and any(
        c.dep_ in ("nsubj", "nsubjpass", "auxpass") for c in tok.children))
    if not predicative:
        return None
    cat = lx.STANCE_ADJECTIVES[low]
    if cat == "AGREE":
        # "ready for talks", "willing to compromise" is intent only when it names a cooperative act
        if not any(c.dep_ == "prep" and c.lower_ in ("for", "to") and any(
                (_classify_noun(p) or (None,))[0] in lx.COOPERATIVE for p in c.children if p.dep_ == "pobj")
                   for c in tok.children):
            return None
    elif not any(c.dep_ in ("prep", "agent") and c.lower_ != "for" and any(
            w.ent_type_ in ("GPE", "NORP", "ORG", "PERSON") for w in c.subtree) for c in tok.children):
        # "the situation is worrying", "concerned for the safety of civilians", "angry about it":
        # a feeling aimed at no named party is no accusation
        return None
    return cat, lx.CATEGORIES[cat][1], low


def _out_of_question(tok):
    """The verb of "X is out of the question" when ``tok`` is its "question": a refusal of X."""
    if tok.lower_ != "question" or tok.dep_ != "pobj" or tok.head.lower_ != "of":
        return None
    out = tok.head.head
    if out.lower_ != "out" or out.head.i == out.i or out.head.pos_ not in ("AUX", "VERB"):
        return None
    verb = out.head
    return verb if any(c.dep_ in SUBJ_DEPS | PASS_SUBJ for c in verb.children) else None


def _received_object(tok):
    """The object of a verb of receiving that holds the event noun ``tok`` ("received a visit
    from", "received 50 million dollars in aid from"), or None."""
    h = tok
    for _ in range(3):
        if h.dep_ == "dobj":
            return h if h.head.pos_ in ("VERB", "AUX") and _verb_lemma(h.head) in lx.RECEIVE_VERBS else None
        if h.dep_ not in ("pobj", "prep") or h.head.i == h.i:
            return None
        h = h.head
    return None


def _receives_from(tok, kids) -> bool:
    """Whether a verb of receiving has an event or a gift as object and a giver ("from X")."""
    for o in kids:
        if o.dep_ != "dobj":
            continue
        event = any(w.pos_ == "NOUN" and (_classify_noun(w) or w.lemma_.lower() in lx.AID_GOODS)
                    for w in o.subtree)
        giver = any(c.dep_ == "prep" and c.lower_ == "from" for c in list(kids) + list(o.children))
        if event and giver:
            return True
    return False


def _presence_arrival(tok) -> bool:
    """Whether peacekeepers, observers or inspectors arrive or deploy ("U.N. peacekeepers
    arrived in Sierra Leone"): the host lets an outside presence in."""
    if tok.pos_ != "VERB" or _verb_lemma(tok) not in lx.ARRIVAL_VERBS:
        return False
    subj = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subj is not None and any(w.lemma_.lower() in lx.PRESENCE_ARRIVALS or w.lower_ in lx.PRESENCE_ARRIVALS
                                    for w in subj.subtree)


def _civilian(subj) -> bool:
    """Whether a subject names civilians ("angry workers", "the teachers' union"); a word of a
    named organisation or state ("the European Union") does not count."""
    return any((w.lemma_.lower() in lx.CIVILIAN_NOUNS or w.lower_ in lx.CIVILIAN_NOUNS)
               and w.ent_type_ not in ("ORG", "GPE", "NORP") for w in subj.subtree)


def _org_is_igo(tok) -> bool:
    """Whether an organisation's name (the entity span around ``tok``) is a known international body."""
    span = next((e for e in tok.doc.ents if e.start <= tok.i < e.end), None)
    return bool(span is not None and gz.org_short(span.text))


def _refine(tok, cat: str, inten: float, mode: str):
    """Category corrections that depend on who acts and on what (not only on the verb)."""
    lemma = _verb_lemma(tok) if tok.pos_ != "NOUN" else tok.lemma_.lower()
    kids = list(tok.children)
    subj = next((c for c in kids if c.dep_ in SUBJ_DEPS), None)
    if subj is None and tok.dep_ in ("xcomp", "conj", "advcl"):
        subj = next((c for c in tok.head.children if c.dep_ in SUBJ_DEPS), None)
    # "angry workers blocked the bridge": civilians blocking or occupying protest
    if lemma in lx.PROTEST_ACTS and subj is not None and cat != "PROTEST" and _civilian(subj) \
            and not any(w.lemma_.lower() in gz.AGENT_NOUNS for w in subj.subtree):
        return "PROTEST", lx.CATEGORIES["PROTEST"][1]
    # "villagers shunned work to protest the settlements": what civilians do in order to protest is a protest
    if cat not in ("PROTEST", "ASSAULT") and tok.pos_ == "VERB" and subj is not None \
            and not (subj.ent_type_ == "GPE" or subj.lemma_.lower() in lx.GOVERNMENT_NOUNS
                     or any(w.lemma_.lower() in gz.AGENT_NOUNS for w in subj.subtree)) \
            and any(c.dep_ in ("advcl", "xcomp") and _verb_lemma(c) in ("protest", "demonstrate")
                    and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children) for c in kids):
        return "PROTEST", lx.CATEGORIES["PROTEST"][1]
    # "Japan protested to North Korea over the launch": a state's protest is an official complaint
    if lemma == "protest" and cat == "PROTEST" and tok.pos_ == "VERB" and (
            any(c.dep_ == "prep" and c.lower_ == "to" for c in kids)
            or (subj is not None and (subj.ent_type_ == "GPE" or subj.lemma_.lower() in lx.GOVERNMENT_NOUNS
                                      or subj.lemma_.lower() in gz.AGENT_NOUNS))):
        return "ACCUSE", lx.CATEGORIES["ACCUSE"][1]
    # "shopkeepers shut their shops in protest at the arrest": civilians' acts of protest
    if cat != "PROTEST" and tok.pos_ == "VERB" and subj is not None and any(
            c.dep_ == "prep" and c.lower_ == "in" and any(p.lower_ == "protest" for p in c.children) for c in kids) \
            and _civilian(subj):
        return "PROTEST", lx.CATEGORIES["PROTEST"][1]
    # "barred UN inspectors from entering": keeping out an outside presence is a refusal
    if lemma in lx.KEEP_OUT_VERBS and tok.pos_ == "VERB" and not _negated(tok) and any(
            w.lemma_.lower() in lx.OUTSIDE_PRESENCE or w.lower_ in lx.OUTSIDE_PRESENCE
            for c in kids if c.dep_ in ("dobj", "nsubjpass") for w in c.subtree):
        return "REJECT", lx.CATEGORIES["REJECT"][1]
    # "French and Spanish police jointly dismantled a network": acting together is cooperation
    if cat in ("COERCE", "INVESTIGATE", "RETREAT", "MOBILIZE") and tok.pos_ == "VERB" and subj is not None \
            and (any(c.conjuncts for c in [subj] + [k for k in subj.children if k.dep_ in ("amod", "compound", "nmod")])
                 or any(w.dep_ == "cc" and w.i < subj.i for w in subj.subtree)) \
            and (any(c.lower_ in ("jointly", "together") for c in kids)
                 or any(c.dep_ == "prep" and any(p.dep_ == "pobj" and any(
                     g.lower_ in ("joint", "combined") for g in p.children) for p in c.children) for c in kids)
                 or tok.dep_ in ("xcomp", "advcl") and any(c.lower_ in ("jointly", "together")
                                                           for c in tok.head.children)):
        return "COOPERATE", lx.CATEGORIES["COOPERATE"][1]
    # "ordered the newspaper to suspend publication": compulsion to stop is coercion
    if lemma in lx.COMPEL_VERBS and tok.pos_ == "VERB":
        for c in kids:
            if c.dep_ in ("xcomp", "ccomp") and c.pos_ == "VERB" and _verb_lemma(c) in lx.CESSATION_VERBS:
                # ordering inspectors or diplomats out ends a cooperative presence: a sanction
                sent_away = [w for k in kids if k.dep_ in ("dobj", "nsubj") for w in k.subtree] + \
                    [w for k in c.children if k.dep_ in ("nsubj", "dobj") for w in k.subtree]
                if _verb_lemma(c) in ("leave", "quit", "withdraw", "vacate") and any(
                        w.lemma_.lower() in lx.PRESENCE_NOUNS or w.lower_ in lx.PRESENCE_NOUNS for w in sent_away):
                    return "SANCTION", lx.CATEGORIES["SANCTION"][1]
                return "COERCE", lx.CATEGORIES["COERCE"][1]
    # "withdrew its ambassador / the inspectors": taking away a cooperative presence is a sanction
    if cat == "RETREAT" and tok.pos_ == "VERB" and lemma not in lx.RELEASE_VERBS and lemma not in lx.ALLOW_VERBS:
        for c in kids:
            if c.dep_ == "dobj" and any(w.lemma_.lower() in lx.PRESENCE_NOUNS
                                        for w in c.subtree if w.dep_ in ("compound", "amod", "conj") or w is c):
                return "SANCTION", lx.CATEGORIES["SANCTION"][1]
    # "jets raided guerrilla bases": a raid from the air is an air strike
    if cat == "COERCE" and lemma == "raid" and tok.pos_ == "VERB" and subj is not None \
            and (subj.lemma_.lower() in lx.AIRCRAFT_NOUNS or subj.lower_ in lx.AIRCRAFT_NOUNS):
        return "ASSAULT", lx.CATEGORIES["ASSAULT"][1]
    if cat == "ASSAULT" and tok.pos_ == "VERB":
        # "police opened fire on demonstrators": violent repression of dissent is coercion
        if _repression(tok):
            return "COERCE", lx.CATEGORIES["COERCE"][1]
        # "soldiers demolished the homes of militants": destroying property is coercion
        acted = _acted_on(tok)
        if lemma == "set":  # "set fire to the offices"
            acted += [p for c in kids if c.dep_ in ("prep", "dative") and c.lower_ == "to"
                      for p in c.children if p.dep_ == "pobj"]
        if lemma in lx.PROPERTY_ACTS and any(t.lemma_.lower() in lx.PROPERTY_NOUNS or t.lower_ in lx.PROPERTY_NOUNS
                                             for t in acted):
            return "COERCE", lx.CATEGORIES["COERCE"][1]
        # "tried to hack into the computers of army officers": a cyber attack is coercion
        if lemma == "hack" and (any(c.dep_ == "prep" and c.lower_ == "into" for c in kids)
                                or any(t.lower_ in lx.CYBER_NOUNS for t in acted)):
            return "COERCE", lx.CATEGORIES["COERCE"][1]
    # "forcibly returned the refugees": a hand-over by force is coercion, not a release
    if cat == "RETREAT" and tok.pos_ == "VERB" and lemma in lx.RELEASE_VERBS \
            and any(c.lower_ in lx.FORCE_ADVERBS for c in kids):
        return "COERCE", lx.CATEGORIES["COERCE"][1]
    # "forced the UN refugee agency out of the country": expelling an outside body reduces relations
    if cat == "COERCE" and tok.pos_ == "VERB" and (lemma in lx.EXPULSION_VERBS or lemma in ("kick", "throw", "order")):
        for c in kids:
            if c.dep_ in ("dobj", "nsubjpass") and (gz.org_short(c.text) or c.lemma_.lower() in lx.PRESENCE_NOUNS
                                                     or any(gz.org_short(a.text) for a in c.children if a.dep_ == "appos")
                                                     or c.ent_type_ == "ORG" and _org_is_igo(c)):
                return "SANCTION", lx.CATEGORIES["SANCTION"][1]
    # "rallied the Islamic world against the United States": rallying opposition is disapproval
    if lemma in lx.RALLY_VERBS and tok.pos_ == "VERB" and any(c.dep_ == "dobj" for c in kids) and any(
            c.dep_ == "prep" and c.lower_ == "against" for c in kids) and not _civilian(subj if subj is not None else tok):
        return "ACCUSE", lx.CATEGORIES["ACCUSE"][1]
    # "Israeli troops occupied a strip of land", "Iraq occupied Kuwait": seizing territory by force
    if lemma in ("occupy", "storm", "seize") and cat == "COERCE" and tok.pos_ == "VERB" and any(
            c.dep_ in ("dobj", "nsubjpass") and (c.ent_type_ in ("GPE", "LOC") or c.lemma_.lower() in lx.LAND_NOUNS)
            for c in kids):
        return "ASSAULT", lx.CATEGORIES["ASSAULT"][1]
    if cat in ("CONSULT", "MOBILIZE", "AID") and _presence_arrival(tok):
        return "RETREAT", lx.CATEGORIES["RETREAT"][1]
    # "charged North Korea with violating the agreement": a state is accused, not prosecuted
    if cat == "COERCE" and lemma in ("charge", "indict") and tok.pos_ == "VERB" and any(
            c.dep_ in ("dobj", "nsubjpass") and (c.ent_type_ in ("GPE", "NORP") or gz.country_of(c.text))
            for c in kids):
        return "ACCUSE", lx.CATEGORIES["ACCUSE"][1]
    # "evacuated the wounded": a rescue; "evacuated its troops": a pull-out
    if lemma in lx.ARRIVAL_VERBS and tok.pos_ == "VERB" and subj is not None and (
            subj.lemma_.lower() in lx.AID_GOODS or any(w.lemma_.lower() in ("relief", "aid", "humanitarian")
                                                       for w in subj.subtree)):
        return "AID", lx.CATEGORIES["AID"][1]  # "relief supplies sent by Japan arrived in Dhaka"
    if lemma == "evacuate":
        for c in kids:
            if c.dep_ in ("dobj", "nsubjpass"):
                words = {w.lemma_.lower() for w in c.subtree} | {c.lower_}
                if words & lx.RESCUED_NOUNS:
                    return "AID", lx.CATEGORIES["AID"][1]
    return cat, inten


class ActorMap:
    """Codes for tokens of one document: entity lookups plus the gazetteer."""

    def __init__(self, doc, entities: list[Entity], known_people: dict[str, str] | None = None):
        self.doc = doc
        self.by_char: dict[int, Entity] = {}
        for e in entities:
            for k in range(e.start, e.end):
                self.by_char[k] = e
        self.people: dict[str, str] = dict(known_people or {})
        for e in entities:
            if e.label == "PERSON" and e.country and e.canonical:
                self.people.setdefault(e.canonical, e.country)
        self.last: list[str] = []
        self.last_pair: list[str] = []

    def code_of_entity(self, e: Entity) -> str | None:
        if e.label == "PERSON":
            return e.country or self.people.get(e.canonical or e.text) or gz.person_country(e.canonical or e.text)
        if e.label in ("ORG", "NORP", "PERSON", "GPE"):
            grp = gz.group_country(e.text) or gz.group_country(e.canonical or "")
            if grp:
                return grp
        if e.label == "ORG":
            short = gz.org_short(e.text) or (e.canonical if e.canonical in gz.IGO_CLASS else None)
            if short:
                return short
            return e.country or gz.country_of(e.text) or _inner_code(e.text)
        return e.country or gz.country_of(e.text)

    def _residence(self, h) -> str | None:
        """The country a people named by ``h`` lives in, when the phrase says so."""
        for k in h.children:
            if k.dep_ in ("amod", "compound") and k.i < h.i and k.lower_ != "ethnic":
                c = self.token_code(k)
                if c:
                    return c
        for k in h.children:
            if k.dep_ == "prep" and k.lower_ in ("of", "in", "from", "throughout", "across"):
                for p in k.children:
                    if p.dep_ == "pobj":
                        c = self.token_code(p) or next(
                            (x for x in (self.token_code(g) for g in p.children if g.dep_ in ("compound", "amod")) if x), None)
                        if c:
                            return c
        if any(k.lower_ == "ethnic" for k in h.children):
            for w in h.doc[h.sent.start:h.sent.end]:
                if w.dep_ == "pobj" and w.head.lower_ in ("in", "of") and w.ent_type_ in ("GPE", "LOC"):
                    c = self.token_code(w)
                    if c:
                        return c
        return None

    def token_code(self, tok) -> str | None:
        if tok.i >= 2 and tok.doc[tok.i - 1].text == "-" and tok.doc[tok.i - 2].lower_ in ("anti", "pro", "non"):
            return None  # "anti-Syria journalist" is not Syria
        if tok.lower_.startswith(("anti-", "pro-")):
            return None
        if tok.i + 2 < len(tok.doc) and tok.doc[tok.i + 1].text == "-" \
                and tok.doc[tok.i + 2].lower_ in lx.NOT_A_PARTY_SUFFIXES:
            return None  # "a Chinese-language newspaper" is no Chinese party
        grp = gz.group_country(tok.text)
        if grp and tok.pos_ == "PROPN":
            return grp
        e = self.by_char.get(tok.idx)
        if e is not None:
            c = self.code_of_entity(e)
            if c:
                return c
        if tok.pos_ in ("PROPN", "ADJ", "NOUN") and tok.text[:1].isupper():
            # a well-known official's surname the entity layer missed ("Abacha"), not a name inside a title
            return gz.country_of(tok.text) or (gz.person_country(tok.text) if tok.pos_ == "PROPN"
                                               and tok.ent_type_ in ("PERSON", "") else None)
        return None

    def codes(self, tok, depth: int = 0) -> list[str]:
        """Actor codes for the noun phrase headed by ``tok`` (with its conjuncts)."""
        out: list[str] = []
        if tok.pos_ in ("VERB", "AUX"):
            # a subject parsed as a clause ("the Red Cross operating in Iraq said"): its own subject
            tok = next((c for c in tok.children if c.dep_ in SUBJ_DEPS and c.i < tok.i), tok)
        if "-" in tok.text.strip("-") and tok.pos_ in ("PROPN", "ADJ", "NOUN"):
            # "U.S.-Russian talks", "Israeli-Palestinian": a pair of parties in one word
            parts = [gz.country_of(x) or gz.org_short(x) for x in tok.text.split("-")]
            if len(parts) == 2 and all(parts) and parts[0] != parts[1]:
                return parts
        heads = [tok] + [c for c in tok.conjuncts if c.i > tok.i]
        for h in heads:
            c = self._code_np(h, depth)
            for x in c:
                if x not in out:
                    out.append(x)
        if not out and tok.lower_ in PRONOUNS and self.last:
            return list(self.last[:1])
        if not out and self.last and tok.lemma_.lower() in lx.GOVERNMENT_NOUNS \
                and any(c.lower_ == "the" for c in tok.children):
            return list(self.last[:1])
        if not out and self.last_pair:
            phrase = " ".join(t.lower_ for t in tok.subtree)
            if any(ref in phrase for ref in lx.PAIR_REFERENCES) or _pair_phrase(tok):
                return list(self.last_pair)
        return out

    def _code_np(self, h, depth: int) -> list[str]:
        c = self.token_code(h)
        if c and h.pos_ in ("NOUN", "PROPN") and gz.place_kind(h.text) == "demonym":
            # a people named by where it lives: "Bosnian Serbs", "Albanians of southern Serbia",
            # "ethnic Turks in Sweden" are coded to the country they live in
            home = self._residence(h)
            if home and home != c:
                return [home]
        if c:
            return [c]
        if h.pos_ in ("PROPN", "NOUN"):
            # a name with its title, which the entity layer leaves out ("Pope Francis", "the pontiff"),
            # or an organisation's descriptive name ("the war crimes tribunal", "the nuclear watchdog")
            titled = sorted((w for k in h.children if k.dep_ == "compound" and k.i < h.i for w in k.subtree
                             if w.dep_ in ("compound", "amod") or w is k), key=lambda w: w.i)
            described = sorted([w for k in h.children if k.dep_ in ("compound", "amod") and k.i < h.i
                                for w in k.subtree if w.dep_ in ("compound", "amod") or w is k] + [h],
                               key=lambda w: w.i)
            c = (gz.person_country(" ".join(w.text for w in titled + [h])) if titled else None) or (
                gz.org_short(" ".join(w.text for w in described)) if len(described) > 1 else None) or next(
                (gz.TITLE_CODES[w.lower_] for w in titled + [h] if w.lower_ in gz.TITLE_CODES), None)
            if c:
                return [c]
        # modifiers: "Russian police", "Kremlin spokesman X", "Azerbaijan's government"
        mods = [k for k in h.children if k.dep_ in ("compound", "amod", "poss", "nmod", "npadvmod", "appos")]
        for m in sorted(mods, key=lambda k: k.i):
            c = self.token_code(m)
            if c:
                out = [c]
                for g in m.conjuncts:  # "Armenian and Azerbaijani negotiators"
                    x = self.token_code(g)
                    if x and x not in out:
                        out.append(x)
                return out
            for g in m.children:  # "Vietnamese-led forces", "Bosnian Serb-held town"
                if g.dep_ in ("compound", "amod", "poss", "conj", "npadvmod"):
                    c = self.token_code(g)
                    if c:
                        return [c]
        if depth < 2:
            for k in h.children:  # "a group based in Trinidad", "rebels operating in Colombia"
                if k.dep_ == "acl" and k.lemma_.lower() in ("base", "operate", "locate", "headquarter", "station"):
                    for pp in k.children:
                        if pp.dep_ == "prep" and pp.lower_ in ("in", "at", "near"):
                            for p in pp.children:
                                if p.dep_ == "pobj":
                                    got = self.codes(p, depth + 1)
                                    if got:
                                        return got
            for k in h.children:
                if k.dep_ == "prep" and k.lower_ in ("of", "from", "in", "between", "among") or (
                        k.dep_ == "prep" and k.lower_ == "with" and h.lemma_.lower() in lx.BORDER_NOUNS):
                    for p in k.children:
                        if p.dep_ == "pobj":
                            got = self.codes(p, depth + 1)
                            if got:
                                return got
            for k in h.children:
                if k.dep_ == "appos":
                    got = self.codes(k, depth + 1)
                    if got:
                        return got
        if _unnamed_ngo(h):
            return ["NGO"]  # "human rights groups", "aid agencies": a non-governmental actor of no country
        return []


def _attribution(tok):
    """(accuser, accused) when the event noun ``tok`` is laid at a party's door.

    "X said Y was behind the bombing", "X said Y was responsible for the attack" (a
    reporting verb over a copular clause), "X held Y responsible for the attack".
    """
    if tok.dep_ != "pobj":
        return None
    prep = tok.head
    pred = prep.head
    if prep.lower_ == "behind" and pred.lemma_.lower() == "be":
        clause = pred
    elif prep.lower_ == "for" and pred.lower_ in lx.BLAME_ADJECTIVES:
        clause = pred.head if pred.dep_ in ("acomp", "attr") else pred
        if pred.dep_ in ("oprd", "advcl", "xcomp", "ccomp") and pred.head.lemma_.lower() in lx.BLAME_HOLD_VERBS:
            holder = pred.head
            accused = next((c for c in holder.children if c.dep_ == "dobj"), None)
            accuser = _subject(holder)[0]
            return (accuser, accused) if accuser is not None and accused is not None else None
    else:
        return None
    accused = next((c for c in clause.children if c.dep_ in SUBJ_DEPS), None)
    if accused is None or clause.dep_ != "ccomp" or clause.head.lemma_.lower() not in lx.REPORTING_VERBS:
        return None
    accuser = _subject(clause.head)[0]
    return (accuser, accused) if accuser is not None else None


def _aimed_at(o):
    """The party a hostile act named by an object noun is aimed at: "sought U.N. sanctions
    against North Korea" is aimed at North Korea, not at the U.N."""
    if o.pos_ != "NOUN":
        return None
    if o.lemma_.lower() in lx.WITH_PARTY_NOUNS:
        # "froze its cooperation with NATO", "suspended trade with Iraq": the partner
        for c in o.children:
            if c.dep_ == "prep" and c.lower_ == "with":
                for p in c.children:
                    if p.dep_ == "pobj":
                        return p
    got = _classify_noun(o)
    hostile = got is not None and got[0] in ("SANCTION", "ASSAULT", "COERCE", "THREATEN", "MOBILIZE")
    for c in o.children:
        if c.dep_ == "prep" and (c.lower_ == "against" or hostile and c.lower_ in ("on", "upon")):
            for p in c.children:
                if p.dep_ == "pobj":
                    return p
    return None


def _non_state_doer(tok) -> bool:
    """Whether the doer of a verb trigger is an unnamed armed group ("gunmen", "Kurdish rebels")."""
    s, passive = _subject(tok)
    doer = _agent(tok) if passive else s
    return doer is not None and (doer.lower_ in lx.NON_STATE_ARMED or doer.lemma_.lower() in lx.NON_STATE_ARMED)


def _pair_phrase(tok) -> bool:
    """Whether the phrase headed by ``tok`` reads "both X" / "the two X" of a pair of parties
    ("the two leaders", "both foreign ministers")."""
    if tok.lower_ not in lx.PAIR_HEADS or tok.pos_ not in ("NOUN", "PROPN"):
        return False
    left = [w.lower_ for w in tok.subtree if w.i < tok.i]
    return "both" in left[:1] or any(a == "the" and b == "two" for a, b in zip(left[:2], left[1:2]))


def _unnamed_ngo(h) -> bool:
    """Whether the noun phrase headed by ``h`` names non-governmental organisations without a name."""
    head = h.lower_
    if h.pos_ not in ("NOUN", "PROPN") or head not in gz.NGO_HEADS | gz.NGO_NOUNS:
        return False
    if head in gz.NGO_NOUNS:
        return True
    mods = [k for k in h.children if k.dep_ in ("compound", "amod", "nmod") and k.i < h.i]
    for m in mods:
        if m.lower_ in gz.NGO_MODIFIERS or (m.lower_ == "human" and m.head.lower_ == "rights"):
            return True
        if any(g.lower_ in gz.NGO_MODIFIERS for g in m.children if g.dep_ in ("compound", "amod")):
            return True
    return False


def _subject(tok):
    """The subject of a verb, climbing xcomp/conj/advcl chains for control verbs."""
    t = tok
    for _ in range(5):
        for c in t.children:
            if c.dep_ in SUBJ_DEPS:
                return c, False
        for c in t.children:
            if c.dep_ in PASS_SUBJ:
                # "Japan is expected to extend loans": the subject of a raising verb does the act;
                # "Israel is opposed to", "Vietnam is committed to": so does that of a stance participle
                active = t.lower_ in lx.ACTIVE_PARTICIPLES and not any(k.dep_ == "agent" for k in t.children)
                return c, not (active or t.i != tok.i and _verb_lemma(t) in lx.RAISING_VERBS)
        if t.dep_ in ("xcomp", "conj", "advcl", "acl", "relcl", "ccomp", "pcomp", "acomp") and t.head.i != t.i:
            if t.dep_ == "relcl":
                return t.head, False
            if t.dep_ == "acl" and t.tag_ == "VBN" and t.i > t.head.i and _actor_agent(t):
                return t.head, True  # "Palestinians killed by Israeli troops": the noun undergoes the act
            if t.dep_ == "acl":
                if t.head.lemma_.lower() in lx.DOCUMENT_NOUNS and t.head.dep_ in ("dobj", "nsubjpass") \
                        and t.head.head.i != t.head.i:
                    t = t.head.head  # "issued a declaration demanding ...": the issuer demands
                    continue
                return t.head, False
            if t.dep_ == "pcomp" and t.head.dep_ == "prep" and t.head.head.lemma_.lower() in lx.INTENT_NOUNS \
                    and t.head.head.dep_ in ("dobj", "attr") and t.head.head.head.i != t.head.head.i:
                t = t.head.head.head  # "has no intention of signing": the one who has the intention
                continue
            t = t.head
        else:
            break
    return None, False


def _reporting_head(tok):
    """The reporting verb ("said") whose complement holds ``tok``, if any."""
    h = tok
    for _ in range(6):
        if h.head.i == h.i:
            return None
        if h.dep_ in ("ccomp", "xcomp", "conj", "acomp", "advcl") and h.head.lemma_.lower() in lx.REPORTING_VERBS:
            return h.head
        if h.dep_ not in ("ccomp", "xcomp", "conj", "acomp", "advcl"):
            return None
        h = h.head
    return None


def _agent(tok):
    for c in tok.children:
        if c.dep_ == "agent":
            for p in c.children:
                if p.dep_ == "pobj":
                    return p
    return None


def _objects(tok) -> list:
    objs = []
    for c in tok.children:
        if c.dep_ in OBJ_DEPS:
            objs.append(c)
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ in TARGET_PREPS:
            for p in c.children:
                if p.dep_ == "pobj":
                    objs.append(p)
    for c in tok.children:  # "pulled its troops out of Beirut"
        if c.dep_ in ("prep", "prt", "advmod") and c.lower_ in ("out", "away", "back"):
            for p in c.children:
                if p.dep_ == "prep" and p.lower_ in ("of", "from"):
                    objs.extend(q for q in p.children if q.dep_ == "pobj")
    for c in tok.children:
        if c.dep_ in ("xcomp", "ccomp") and c.pos_ in ("VERB", "AUX"):
            for cc in c.children:
                if cc.dep_ in SUBJ_DEPS | OBJ_DEPS:
                    objs.append(cc)
    return objs


def _between(tok):
    """Parties of "talks between X and Y" / "relations with X"."""
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ in ("between", "with", "among", "on", "against", "of", "by", "to"):
            for p in c.children:
                if p.dep_ == "pobj":
                    yield c.lower_, p


def _between_or_from(tok):
    """``_between`` plus "from X" and the parties of an "of" phrase's own prepositions
    ("the withdrawal of troops from Syria")."""
    yield from _between(tok)
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ in ("from", "of"):
            for p in c.children:
                if p.dep_ == "pobj":
                    if c.lower_ == "from":
                        yield "from", p
                    for cc in p.children:
                        if cc.dep_ == "prep" and cc.lower_ in ("from", "in", "to", "against"):
                            yield from ((cc.lower_, q) for q in cc.children if q.dep_ == "pobj")


def _place(sent, amap: ActorMap):
    for tok in sent:
        if tok.dep_ == "pobj" and tok.head.lower_ in ("in", "at", "near", "across", "throughout") \
                and tok.ent_type_ in ("GPE", "LOC", "FAC"):
            e = amap.by_char.get(tok.idx)
            if e is not None and e.label in ("GPE", "LOC", "FAC"):
                return e
    for tok in sent:  # "in a crowded Baghdad market"
        if tok.dep_ == "compound" and tok.ent_type_ == "GPE" and tok.head.dep_ == "pobj" \
                and tok.head.head.lower_ in ("in", "at", "near") and tok.head.pos_ == "NOUN":
            e = amap.by_char.get(tok.idx)
            if e is not None and e.label == "GPE":
                return e
    for tok in sent:  # "in a southern suburb of Beirut", "on the outskirts of Baghdad"
        if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.ent_type_ in ("GPE", "LOC", "FAC") \
                and tok.head.head.dep_ == "pobj" \
                and tok.head.head.head.lower_ in ("in", "at", "near", "on", "outside", "across", "throughout"):
            e = amap.by_char.get(tok.idx)
            if e is not None and e.label in ("GPE", "LOC", "FAC"):
                return e
    return None


class EventCoder:
    """Codes the sentences of one parsed document."""

    def __init__(self, doc, entities: list[Entity], *, published: str | None = None):
        self.doc = doc
        self.amap = ActorMap(doc, entities)
        self.published = published

    def code(self, sents=None) -> list[Event]:
        events: list[Event] = []
        for sent in (sents if sents is not None else self.doc.sents):
            evs = self.code_sentence(sent)
            events.extend(evs)
        return events

    # -- one sentence -----------------------------------------------------------
    def _triggers(self, sent) -> list[_Trigger]:
        out = []
        for tok in sent:
            got = None
            if tok.i > sent.start and tok.doc[tok.i - 1].text == "-" and tok.dep_ in ("amod", "compound"):
                continue  # "famine-hit", "war-torn": part of a modifier, not an act
            if tok.pos_ == "VERB" and tok.dep_ == "amod" and tok.i < tok.head.i and (
                    tok.head.dep_ != "ROOT" or any(c.dep_ in ("det", "poss") and c.i < tok.i for c in tok.head.children)):
                continue  # a participle describing a noun ("the stalled talks", "the banned party")
            stance = _stance_adjective(tok)
            ruled_out = _out_of_question(tok)
            if ruled_out is not None:
                tok, got = ruled_out, ("REJECT", lx.CATEGORIES["REJECT"][1], "out of the question")
            elif stance is not None:
                got = stance
            elif tok.pos_ == "VERB":
                if tok.lemma_.lower() in lx.REPORTING_VERBS and tok.lemma_.lower() not in lx.VERBS:
                    # "said" passes through; "declared a ceasefire" is an act of its own
                    got = _classify_verb(tok)
                    if not got or got[2] == tok.lemma_.lower():
                        continue
                else:
                    got = _classify_verb(tok)
            elif tok.pos_ == "NOUN" and tok.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj", "ROOT", "attr", "conj"):
                got = _classify_noun(tok)
            elif tok.pos_ in ("ADJ",) and tok.lemma_.lower() in lx.VERBS and tok.dep_ in ("acomp", "ROOT"):
                got = _classify_verb(tok)
            if not got and tok.pos_ == "VERB" and _mode(tok) == "obligation" and tok.dep_ == "ccomp" \
                    and tok.head.lemma_.lower() in lx.REPORTING_VERBS:
                got = ("REQUEST", -4.0, tok.lemma_.lower())
            if not got:
                continue
            cat, inten, words = got
            noun_penalty = 3 if tok.pos_ == "NOUN" else 0
            if tok.pos_ == "NOUN" and tok.dep_ in ("dobj", "nsubjpass") and (tok.head.lemma_.lower() in lx.REPORTING_VERBS
                                                               or tok.head.lemma_.lower() in lx.LIGHT_VERBS
                                                               or tok.head.lemma_.lower() in lx.NOMINAL_CARRIERS):
                noun_penalty = 0
            if _in_background(tok) or (tok.pos_ == "NOUN" and _background_phrase(tok)):
                noun_penalty += 3  # "... unless India signs it first": the condition is not the event
            trig = _Trigger(tok, cat, inten, words, _depth(tok) + noun_penalty,
                            negated=_negated(tok), mode="" if stance is not None else _mode(tok))
            out.append(trig)
        return out

    def candidates(self, sent, *, every: bool = True) -> list[tuple[_Trigger, bool, list[Event]]]:
        """Every trigger of the sentence, highest in the tree first, with whether the rules
        keep it and the events it codes to on its own (with ``every=False`` only the kept
        triggers are coded; the others get no events)."""
        trigs = self._triggers(sent)
        if not trigs:
            return []
        trigs.sort(key=lambda t: (t.depth, t.tok.i))
        primary = trigs[0]
        kept = {0}
        # verbs coordinated with the main one, or adverbial clauses of it, are events too
        for k, t in enumerate(trigs[1:], 1):
            if t.tok.pos_ != "VERB":
                continue
            if not (t.tok.dep_ in ("conj", "advcl") and t.tok.head.i == primary.tok.i) or t.category == primary.category:
                continue
            if t.tok.dep_ == "advcl" and _background_clause(t.tok, primary):
                continue
            kept.add(k)
        return [(t, k in kept, self._event(sent, t) if every or k in kept else [])
                for k, t in enumerate(trigs)]

    def code_sentence(self, sent) -> list[Event]:
        cands = self.candidates(sent, every=False)
        events = [ev for _, kept, evs in cands if kept for ev in evs]
        return self._remember(sent, events)

    def _remember(self, sent, events):
        for ev in events:
            if ev.actor1:
                self.amap.last = [ev.actor1]
            if ev.actor1 and ev.actor2 and ev.actor1 != ev.actor2:
                self.amap.last_pair = [ev.actor1, ev.actor2]
        if not events:
            for tok in sent:
                if tok.dep_ == "pobj" and tok.head.lower_ == "between":
                    codes = self.amap.codes(tok)
                    if len(codes) >= 2:
                        self.amap.last_pair = codes[:2]
                        break
        if not events:
            for tok in sent:
                if tok.dep_ in SUBJ_DEPS:
                    c = self.amap.codes(tok)
                    if c:
                        self.amap.last = c[:1]
                        # "X spoke with Y by phone": the two are the pair a later "both" points back to
                        other = [x for w in tok.head.children if w.dep_ == "prep" and w.lower_ == "with"
                                 for p in w.children if p.dep_ == "pobj" for x in self.amap.codes(p)
                                 if x != c[0]]
                        if other:
                            self.amap.last_pair = [c[0], other[0]]
                        break
        return events

    def _event(self, sent, t: _Trigger) -> list[Event]:
        tok = t.tok
        cat, inten = t.category, t.intensity
        # negation and modality
        if t.negated:
            no_longer = any(c.lower_ == "longer" and any(g.lower_ == "no" for g in c.children) for c in tok.children)
            if no_longer and tok.pos_ == "VERB" and (cat in ("COERCE", "SANCTION") or (
                    cat == "REQUEST" and _verb_lemma(tok) in lx.COMPEL_VERBS | {"require", "oblige"})):
                # "would no longer require them to carry identity cards": a restriction lifted
                cat, inten = "CONCEDE", lx.CATEGORIES["CONCEDE"][1]
            elif tok.pos_ == "VERB" and _verb_lemma(tok) in lx.NEG_THREAT_VERBS:
                # "will not tolerate any move towards independence": a warning
                cat, inten = "THREATEN", lx.CATEGORIES["THREATEN"][1]
            elif cat in lx.COOPERATIVE or cat == "REQUEST":
                cat, inten = "REJECT", lx.CATEGORIES["REJECT"][1]
            elif cat in ("REJECT",) and t.words.split()[-1] in ("out", "exclude", "renounce", "forswear", "abandon") \
                    and _hostile_object(tok):
                # "has not ruled out military action": a veiled threat
                cat, inten = "THREATEN", lx.CATEGORIES["THREATEN"][1]
            elif cat in ("REJECT",):
                cat, inten = "AGREE", lx.CATEGORIES["AGREE"][1]
            elif t.mode == "future":
                # "said it would not impose sanctions": an assurance, a stated intent to hold back
                cat, inten = "AGREE", lx.CATEGORIES["AGREE"][1]
            else:
                return []  # "did not attack": no event
        # "vowed to retaliate": a promise of a hostile act is a threat
        if cat == "AGREE" and tok.pos_ == "VERB" and _verb_lemma(tok) in lx.VOW_VERBS:
            for c in tok.children:
                if c.dep_ == "xcomp" and c.pos_ == "VERB":
                    got = _classify_verb(c)
                    if got and (got[0] in ("ASSAULT", "COERCE", "SANCTION", "MOBILIZE", "PROTEST", "THREATEN")
                                or got[0] == "REJECT" and _verb_lemma(c) == "boycott") \
                            and not _negated(c) and not _self_restraint(c, got[0]):
                        cat, inten = "THREATEN", lx.CATEGORIES["THREATEN"][1]
        before = cat
        cat, inten = _refine(tok, cat, inten, t.mode)
        # violence against protesters is both repression and an assault: code both
        also = "ASSAULT" if before == "ASSAULT" and cat == "COERCE" and _repression(tok) else None
        if also is None:
            also = _second_reading(tok, cat)
        if also is None and cat == "REQUEST" and _rallies_against(tok):
            also = "ACCUSE"  # "called for sanctions against Nigeria": rallying opposition to a party
        tgt_tok = None
        reporter = None
        conditional = any(c.dep_ == "advcl" and any(m.lower_ in ("unless", "if") for m in c.children)
                          for c in tok.children)
        if t.mode == "future" and conditional and (cat in ("SANCTION", "COERCE", "ASSAULT", "MOBILIZE")
                                                   or cat == "REQUEST" and _hostile_object(tok)):
            # "will seek sanctions unless it allows inspections": a hostile step held out on conditions
            cat, inten = "THREATEN", lx.CATEGORIES["THREATEN"][1]
        elif t.mode == "future" and cat == "RETREAT" and _verb_lemma(tok) in lx.SELF_RETREAT:
            pass  # "the minister will resign": still a retreat
        elif t.mode == "future" and cat == "ASSAULT" and _prepared(tok) and _reporting_head(tok) is None:
            cat, inten = "MOBILIZE", lx.CATEGORIES["MOBILIZE"][1]  # "the army prepared to resume shelling"
        elif t.mode == "future" and cat == "REJECT" and _verb_lemma(tok) in ("boycott", "walk", "quit", "leave"):
            cat, inten = "THREATEN", lx.CATEGORIES["THREATEN"][1]  # "said it would boycott the talks"
        elif t.mode == "future" and cat not in ("THREATEN", "REQUEST", "ACCUSE", "INVESTIGATE", "REJECT", "AGREE") \
                and not (cat == "MOBILIZE" and _reporting_head(tok) is None):
            cat = "AGREE" if cat in lx.COOPERATIVE else "THREATEN"
            inten = lx.CATEGORIES[cat][1]
        elif t.words == "out of the question":
            reporter = _reporting_head(tok)  # "officials said lifting the sanctions is out of the question"
        elif t.mode == "obligation":
            # "X said Y must ...": X requests it of Y
            h = tok
            while h.dep_ in ("xcomp", "conj", "acomp") and h.head.i != h.i:
                h = h.head
            if h.dep_ == "ccomp" and h.head.lemma_.lower() in lx.REPORTING_VERBS | {"urge", "demand", "insist"}:
                reporter = h.head
                cat, inten = "REQUEST", lx.CATEGORIES["REQUEST"][1] if t.category in lx.COOPERATIVE else -4.0
        if cat in ("ASSAULT", "COERCE") and reporter is None and t.words.split()[-1] in lx.CRIME_NOUNS \
                and (tok.pos_ == "NOUN" or len(t.words.split()) > 1):
            # "officials said Serbian forces had committed war crimes": the speaker accuses the doer
            rep = _reporting_head(tok)
            if rep is not None and _subject(rep)[0] is not None:
                reporter = rep
                cat, inten = "ACCUSE", lx.CATEGORIES["ACCUSE"][1]
        if cat == "THREATEN" and reporter is None and t.words.split()[0] == "face":
            # "said Israel would face a crushing response": the speaker threatens the one who would face it
            rep = _reporting_head(tok)
            if rep is not None and _subject(rep)[0] is not None:
                reporter = rep
        polarity = "cooperation" if inten > 0 else "conflict" if inten < 0 else "neutral"
        if cat in lx.CATEGORIES and inten == 0:
            polarity = lx.CATEGORIES[cat][0]

        a1: list[str] = []
        mutual = False  # "Armenia and Azerbaijan held talks": each side acts towards the other
        a2: list[str] = []
        if tok.pos_ == "NOUN" and cat in ("CONCEDE", "RETREAT") and not any(
                c.dep_ in ("poss", "agent") or (c.dep_ == "prep" and c.lower_ == "by") for c in tok.children):
            # "the first step is the release of the detainees", said a minister: a demand
            asker = next((a for a in tok.ancestors if a.lemma_.lower() in lx.REPORTING_VERBS), None)
            if asker is not None or any(w.lemma_.lower() in lx.CONDITION_NOUNS for w in sent):
                reporter = asker or sent.root
                cat, inten = "REQUEST", -4.0
                polarity = "conflict"
                place = _place(sent, self.amap)
                if place is not None:
                    s_, _ = _subject(reporter)
                    a1 = self.amap.codes(s_) if s_ is not None else []
                    a2 = [c for c in [self.amap.code_of_entity(place)] if c and c not in a1]
                    reporter = None
        blame = _attribution(tok) if tok.pos_ == "NOUN" and cat in lx.HOSTILE else None
        if blame is not None and not (a1 or a2):
            # "Israel said Iran was behind the bombing", "Iraq held Iran responsible for the attack":
            # laying a hostile act at a party's door is an accusation by the speaker
            accuser, accused = blame
            a1 = self.amap.codes(accuser)
            a2 = [c for c in self.amap.codes(accused) if c not in a1]
            if a1 or a2:
                cat, inten, polarity = "ACCUSE", lx.CATEGORIES["ACCUSE"][1], lx.CATEGORIES["ACCUSE"][0]
                also = None
            else:
                a1 = a2 = []
        if a1 or a2:
            pass  # parties already read by the rule above
        elif reporter is not None:
            s, _ = _subject(reporter)
            if s is not None:
                a1 = self.amap.codes(s)
            s2, _ = _subject(tok)
            if s2 is not None:
                a2 = self.amap.codes(s2)
        elif tok.pos_ == "NOUN" and (obj := _received_object(tok)) is not None:
            # "won praise from the president", "received 50 million dollars in aid from Japan":
            # the giver acts, the receiver is the target
            givers = [p for c in list(tok.children) + list(obj.children) + list(obj.head.children)
                      if c.dep_ == "prep" and c.lower_ in ("from", "of") for p in c.children if p.dep_ == "pobj"]
            for p in givers:
                a1 = a1 or self.amap.codes(p)
            s_, _ = _subject(obj.head)
            if s_ is not None:
                a2 = [c for c in self.amap.codes(s_) if c not in a1]
        elif tok.pos_ == "NOUN":
            for m in tok.children:
                if m.dep_ in ("amod", "compound", "poss", "nmod"):
                    a1 = a1 or self.amap.codes(m)
            if len(a1) >= 2 and cat in SYMMETRIC:
                a1, a2, mutual = a1[:1], a1[1:2], True  # "the U.S.-Russian talks"
            for prep, p in _between(tok):
                codes = self.amap.codes(p)
                if prep in ("between", "among") and len(codes) >= 2:
                    a1 = a1 or codes[:1]
                    a2 = a2 or codes[1:2]
                elif prep == "by":
                    a1 = a1 or codes
                elif prep == "of" and cat in ("RETREAT", "MOBILIZE") and p.lemma_.lower() in lx.MILITARY_NOUNS \
                        and (own := [c for w in p.children if w.dep_ in ("amod", "compound", "poss", "nmod")
                                     for c in self.amap.codes(w)]):
                    a1 = a1 or own  # "the pullout of American troops": the troops' side withdraws
                elif codes:
                    a2 = a2 or codes
            if not a1:
                # "announced 5 million francs in aid": the doer of the governing verb
                h, hops, via_object = tok, 0, False
                while h.dep_ in ("dobj", "attr", "pobj", "prep", "conj", "appos") and h.head.i != h.i and hops < 4:
                    via_object = via_object or h.dep_ in ("dobj", "attr")
                    h, hops = h.head, hops + 1
                    if h.pos_ in ("VERB", "AUX"):
                        if not via_object:
                            break  # "died as a result of torture": the victim did not act
                        s, _ = _subject(h)
                        if s is not None:
                            a1 = [c for c in self.amap.codes(s) if c not in a2] or a1
                        break
            if len(a1) >= 2 and not a2 and cat in SYMMETRIC:
                a1, a2, mutual = a1[:1], a1[1:2], True  # "U.S. and North Korean negotiators began talks"
        else:
            s, passive = _subject(tok)
            agent = _agent(tok)
            if passive:
                if agent is not None:
                    a1 = self.amap.codes(agent)
                elif cat in ("SANCTION", "COERCE"):
                    # "Yugoslavia was suspended from the OSCE": the body it is put out of acts
                    for c in tok.children:
                        if c.dep_ == "prep" and c.lower_ == "from":
                            orgs = [x for p in c.children if p.dep_ == "pobj" for x in self.amap.codes(p)
                                    if gz.actor_class(x) in ("IGO", "NGO")]
                            a1 = a1 or orgs[:1]
                if s is not None:
                    a2 = self.amap.codes(s)
            else:
                if s is not None:
                    a1 = self.amap.codes(s)
                if s is not None and s.lower_ in PRONOUNS and (not a1 or a1 == self.amap.last[:1]):
                    # "the president said he is ready to ...": the pronoun is the speaker
                    rep = _reporting_head(tok)
                    rs = _subject(rep)[0] if rep is not None else None
                    if rs is not None and rs.lower_ not in PRONOUNS:
                        a1 = self.amap.codes(rs) or a1
            if len(a1) >= 2 and (cat in SYMMETRIC or t.words.split()[-1] in lx.MUTUAL_NOUNS):
                a1, a2, mutual = a1[:1], a1[1:2], True  # "Armenia and Azerbaijan held talks"
            if not a2 and cat in ("ACCUSE", "REJECT"):
                # "censured Israel over its treatment of Palestinians": the object is the target
                for o in tok.children:
                    if o.dep_ == "dobj":
                        codes = [x for x in self.amap.codes(o) if x not in a1]
                        if codes:
                            a2, tgt_tok = codes, o
                            break
            if not a2 and cat in ("ACCUSE", "PROTEST", "REJECT"):
                for c in tok.children:
                    if c.dep_ == "prep" and c.lower_ in ("over", "about", "against", "of"):
                        for p in c.children:
                            if p.dep_ == "pobj":
                                codes = [x for x in self.amap.codes(p) if x not in a1]
                                if not codes:
                                    for g in p.subtree:
                                        x = self.amap.token_code(g)
                                        if x and x not in a1:
                                            codes = [x]
                                            break
                                if codes:
                                    a2, tgt_tok = codes, p
                                    break
            if not a2 and cat == "ACCUSE" and _verb_lemma(tok) in ("complain", "protest", "charge", "allege"):
                # "complained to the Council that Syria was helping ...": the accused is the target
                for c in tok.children:
                    if c.dep_ == "ccomp":
                        s2, _ = _subject(c)
                        codes = [x for x in self.amap.codes(s2) if x not in a1] if s2 is not None else []
                        if codes:
                            a2, tgt_tok = codes, s2
                            break
            if not a2:
                same = []
                for o in _objects(tok):
                    aimed = _aimed_at(o)
                    codes = (self.amap.codes(aimed) if aimed is not None else []) or self.amap.codes(o)
                    other = [c for c in codes if c not in a1] or ([] if a1 else codes)
                    if other:
                        a2 = other
                        tgt_tok = o
                        break
                    same = same or codes
                if not a2 and same:
                    # "ordered the withdrawal of its troops from Syria": a party named inside the act;
                    # else "demanding autonomy from Serbian authorities": a domestic event
                    inner = [c for o in _objects(tok) if o.pos_ == "NOUN" and (
                                 _classify_noun(o) or o.lemma_.lower() in lx.PRESENCE_NOUNS)
                             for prep, q in _between_or_from(o) for c in self.amap.codes(q) if c not in a1]
                    a2 = inner[:1] or same[:1]
            if not a2:
                for o in _objects(tok):
                    for prep, p in _between(o):
                        codes = [c for c in self.amap.codes(p) if c not in a1]
                        if codes:
                            a2 = codes
                            break
                    if a2:
                        break
            if a1 and a2 and len(a2) >= 2 and a1[0] in a2:
                a2 = [c for c in a2 if c != a1[0]]
            if len(a1) >= 2 and not a2:
                a1, a2, mutual = a1[:1], a1[1:2], True
        place = _place(sent, self.amap)
        place_code = self.amap.code_of_entity(place) if place is not None else None
        if t.words == tok.lower_ and tok.lower_ in lx.STANCE_ADJECTIVES:
            # "Iran was angered by U.S. accusations": the one who feels it is the actor
            agent = _agent(tok)
            subj = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if agent is not None and subj is not None:
                a1 = self.amap.codes(subj) or a1
                a2 = [c for c in self.amap.codes(agent) if c not in a1] or a2
            elif not a2 or a2 == a1[:1]:
                for c in tok.children:  # "critical of the U.S. decision", "concerned about Russian sales"
                    if c.dep_ == "prep" and c.lower_ in ("of", "about", "at", "over", "to", "with", "toward", "towards",
                                                          "against", "by", "on"):
                        codes = [x for w in c.subtree for x in [self.amap.token_code(w)] if x and x not in a1]
                        if codes:
                            a2 = codes[:1]
                            break
        if cat == "PROTEST" and tok.pos_ == "VERB" and a1 and (not a2 or a2 == a1[:1]):
            # "marched in Beirut to protest the Israeli shelling": what the protest is against
            for c in tok.children:
                if c.dep_ in ("advcl", "xcomp") and _verb_lemma(c) in lx.PROTEST_PURPOSE_VERBS:
                    against = [w for k in c.children if k.dep_ == "dobj" or k.dep_ == "prep" and k.lower_ == "against"
                               for w in k.subtree]
                    codes = [x for x in (self.amap.token_code(w) for w in against) if x and x not in a1]
                    if codes:
                        a2, tgt_tok = codes[:1], None
                        break
        if cat == "RETREAT" and _presence_arrival(tok) and a2 and a2 != a1:
            a1, a2 = a2[:1], a1  # the host receives the peacekeepers of the sending country
        if not a1 and cat == "PROTEST" and place_code:
            a1 = [place_code]  # "prisoners rioted at a jail in Dili": protesters are where they protest
        if not a1 and cat == "PROTEST" and a2 and tok.pos_ == "VERB" and not a2[0] in gz.IGO_CLASS \
                and tgt_tok is not None and not any(c.dep_ == "prep" and c.lower_ in ("against", "outside")
                                                    for c in tok.children):
            a1 = a2[:1]  # "supporters poured into the streets of Nairobi": protesters of that country
        if not a1 and tok.pos_ != "NOUN" and _non_state_doer(tok):
            if place_code:
                a1 = [place_code]  # "gunmen attacked a bus carrying Israeli tourists in Cairo"
            elif a2 and tgt_tok is not None and any(w.lemma_.lower() in gz.AGENT_NOUNS or w.lower_ in gz.AGENT_NOUNS
                                                    for w in tgt_tok.subtree):
                a1 = a2[:1]  # "Kurdish guerrillas attacked Turkish troops": an insurgency at home
        if not a1:
            a1 = self._clause_party(sent, tok, exclude=a2) or ([place_code] if place_code else [])
        if not a2 and a1 and tok.pos_ != "NOUN" and self._uncoded_group_object(tok):
            a2 = a1[:1]  # "troops captured a guerrilla stronghold": a domestic fight
        if not a2:
            a2 = self._clause_party(sent, tok, exclude=a1, skip_source=True)
        if not a2 and place_code:
            a2 = [place_code]
        if not a2 and a1 and a1[0] in self.amap.last_pair:
            a2 = [c for c in self.amap.last_pair if c != a1[0]][:1]
        if not a2 and a1 and (tgt_tok is None or tgt_tok.lemma_.lower() in lx.GROUP_NOUNS):
            objs = [o for o in _objects(tok)] if tok.pos_ != "NOUN" else []
            if cat in DOMESTIC or any(o.lemma_.lower() in lx.GROUP_NOUNS for o in objs):
                a2 = a1[:1]
        if not a2 and a1 and cat != "CONSULT":
            # no outside party named: the act concerns the actor's own country
            # ("the government promised a bill of rights", "Tamil rebels declared a truce")
            a2 = a1[:1]
        if cat == "COOPERATE" and t.words.split()[-1] in lx.EXERCISE_NOUNS and not mutual and len(set(a1)) < 2 \
                and not any(w.lower_ in ("joint", "jointly", "together", "with", "combined") for w in sent):
            # one side's exercises are a show of force; joint exercises are cooperation
            cat, inten, polarity = "MOBILIZE", lx.CATEGORIES["MOBILIZE"][1], "conflict"
            if a2 == a1:
                a2 = []
        if not a1 and a2 and cat in ("INVESTIGATE", "COERCE", "CONCEDE") and self._political_agent(sent, tok, cat):
            a1 = a2[:1]  # "Judge X opened investigations against Chilean officials": authority is used at home
        if not a1 and not a2 and not self._political_agent(sent, tok, cat):
            return []
        date, precision = event_date(sent.text, self.published)
        lead = len(sent.text) - len(sent.text.lstrip())
        evidence = sent.text.strip()
        # compound actors ("sanctions on Iran and Syria", "urged both sides") give one dyad each
        srcs, tgts = a1[:3] or [None], a2[:3] or [None]
        pairs = [(x, y) for x in srcs for y in tgts if not (x == y and (len(srcs) > 1 or len(tgts) > 1))]
        if mutual and len(pairs) == 1 and pairs[0][0] and pairs[0][1]:
            pairs.append((pairs[0][1], pairs[0][0]))
        kinds = [(cat, inten, polarity)]
        if also:
            kinds.append((also, lx.CATEGORIES[also][1], lx.CATEGORIES[also][0]))
        return [Event(
            type=k, actor1=x, actor2=y, polarity=pol, intensity=float(inten_k), evidence=evidence,
            start=sent.start_char + lead, end=sent.start_char + lead + len(evidence), date=date,
            date_precision=precision, place=place.canonical if place is not None else None, trigger=t.words)
            for k, inten_k, pol in kinds for x, y in pairs]

    def _uncoded_group_object(self, tok) -> bool:
        """Whether the trigger's object names an unnamed group ("rebels", "a guerrilla camp")."""
        for o in _objects(tok):
            # what a clause says of the group ("men accused of spying for Israel") is not the group
            inner = {w.i for c in o.children if c.dep_ in ("acl", "relcl") for w in c.subtree}
            words = [w for w in o.subtree if w.i not in inner]
            if any(self.amap.token_code(w) for w in words):
                return False
            if any(w.lemma_.lower() in lx.GROUP_NOUNS for w in words):
                return True
        return False

    def _political_agent(self, sent, tok, category: str = "") -> bool:
        """Whether the trigger's doer is a named or titled actor whose country is unknown.

        "Archbishop X called for ...", "the judge opened an investigation": the event stands
        with no actor code rather than being dropped.
        """
        s, passive = _subject(tok)
        doer = _agent(tok) if passive else s
        if doer is None and tok.pos_ == "NOUN":
            doer = next((c for c in tok.children if c.dep_ in ("poss", "compound")), None)
        if doer is not None and doer.lower_ in PRONOUNS:
            rep = _reporting_head(tok)
            doer = _subject(rep)[0] if rep is not None else None
        if doer is None or doer.lower_ in PRONOUNS:
            return False
        for w in doer.subtree:
            if w.lemma_.lower() in gz.AGENT_NOUNS or w.lower_ in gz.AGENT_NOUNS or (
                    w.i == doer.i and (w.lemma_.lower() in lx.ARMED_NOUNS or w.lower_ in lx.ARMED_NOUNS
                                       or category == "PROTEST" and (w.lower_ in lx.CIVILIAN_NOUNS
                                                                    or w.lemma_.lower() in lx.CIVILIAN_NOUNS))):
                return True
            e = self.amap.by_char.get(w.idx)
            if e is not None and e.label in ("PERSON", "ORG", "NORP", "GPE"):
                return True
        return False

    def _clause_party(self, sent, tok, exclude, *, skip_source: bool = False) -> list[str]:
        """Nearest coded party in the trigger's clause that is not already an actor.

        With ``skip_source`` the one the act is reported by is passed over ("..., a spokeswoman
        for the U.S. embassy said": the embassy reports the arrests, it is not arrested)."""
        best, best_d = None, 10 ** 6
        rep = _reporting_head(tok) if skip_source else None
        source = _subject(rep)[0] if rep is not None else None
        skipped = {w.i for w in source.subtree} if source is not None else set()
        for other in sent:
            if other.i == tok.i or other.i in skipped:
                continue
            e = self.amap.by_char.get(other.idx)
            if e is None or e.label == "PERSON" and not e.country:
                continue
            if other.i >= 2 and other.doc[other.i - 1].text == "-" and other.doc[other.i - 2].lower_ in ("anti", "pro"):
                continue  # "an anti-Syria journalist" is no Syrian party
            c = self.amap.code_of_entity(e)
            if not c or c in exclude:
                continue
            d = abs(other.i - tok.i)
            if d < best_d:
                best, best_d = c, d
        return [best] if best else []
