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
                "into", "in", "along", "near", "across", "opposite"}
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
    if lemma in _KNOWN_VERBS:
        return lemma
    w = tok.lower_
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
    """(category, intensity, trigger words) for a verb, or None."""
    lemma = _verb_lemma(tok)
    kids = list(tok.children)
    keys = []
    for c in kids:
        if c.dep_ == "prt" or (c.dep_ == "advmod" and c.lower_ in lx.PARTICLES and c.i == tok.i + 1):
            keys.append(f"{lemma} {c.lower_}")
    for c in kids:
        if c.dep_ in ("dobj", "attr", "oprd") or (c.dep_ == "nsubjpass" and tok.tag_ == "VBN"):
            keys.append(f"{lemma} {c.lemma_.lower()}")
            keys.append(f"{lemma} {c.lower_}")
            for cc in c.children:  # "launched ten days of war games"
                if cc.dep_ == "prep" and cc.lower_ == "of":
                    for p in cc.children:
                        if p.dep_ == "pobj":
                            keys.append(f"{lemma} {p.lemma_.lower()}")
            for cc in c.children:
                if cc.dep_ == "compound":
                    keys.append(f"{lemma} {cc.lemma_.lower()}")
        if c.dep_ == "prep":
            keys.append(f"{lemma} {c.lower_}")
            for p in c.children:
                if p.dep_ == "pobj":
                    keys.append(f"{lemma} {p.lemma_.lower()}")
    for c in kids:
        if c.dep_ == "prt":
            for cc in kids:
                if cc.dep_ == "dobj":
                    keys.append(f"{lemma} {cc.lemma_.lower()}")
    got = _by_object_class(tok, lemma, kids, stance=False)
    if got:
        return got
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
    if lemma in ("leave", "quit", "exit"):
        for c in kids:
            if c.dep_ == "dobj" and (c.lemma_.lower() in lx.ORG_NOUNS or gz.org_short(c.text)):
                return "SANCTION", lx.CATEGORIES["SANCTION"][1], f"{lemma} {c.text}"
    if lemma in lx.VERBS:
        cat, inten = _entry(lx.VERBS[lemma])
        return cat, inten, lemma
    return None


def _by_object_class(tok, lemma: str, kids, *, stance: bool):
    """Categories read from the kind of thing acted on rather than from the verb alone.

    "halted the offensive" (stopping a hostile act: RETREAT or CONCEDE; a cooperative one: SANCTION),
    "reaffirmed its support" (a stance verb with an event noun: the noun's category),
    "sent wheat", "pledged 50 million dollars" (goods or money handed over: AID),
    "moved troops to the border", "called up reservists" (forces moved: MOBILIZE).
    """
    objs = [c for c in kids if c.dep_ in ("dobj", "dative")]
    if tok.tag_ == "VBN":
        objs += [c for c in kids if c.dep_ == "nsubjpass"]  # "the offensive was halted"
    if stance and lemma in lx.STANCE_VERBS:  # "was hit with new sanctions"
        objs += [p for c in kids if c.dep_ == "prep" and c.lower_ == "with" for p in c.children if p.dep_ == "pobj"]
    if not stance and lemma in lx.HALT_VERBS:
        for c in kids:  # "stopped shelling the city"
            if c.dep_ in ("xcomp", "dobj", "pcomp") and c.tag_ == "VBG":
                got = lx.VERBS.get(_verb_lemma(c))
                kind = got[0] if isinstance(got, tuple) else got
                if kind in ("ASSAULT", "MOBILIZE"):
                    return "RETREAT", lx.CATEGORIES["RETREAT"][1], f"{lemma} {c.lower_}"
                if kind in ("PROTEST", "COERCE", "SANCTION"):
                    return "CONCEDE", lx.CATEGORIES["CONCEDE"][1], f"{lemma} {c.lower_}"
    for o in objs:
        head = o.lemma_.lower()
        if not stance and lemma in lx.DISARM_VERBS and head in lx.WEAPON_NOUNS:
            return "RETREAT", lx.CATEGORIES["RETREAT"][1], f"{lemma} {head}"
        if not stance and lemma in lx.CROWD_VERBS and any(w.lower_ in lx.CROWD_CONTROL for w in o.subtree):
            return "COERCE", lx.CATEGORIES["COERCE"][1], f"{lemma} {o.text}"
        if not stance and lemma in lx.RELEASE_VERBS and head in lx.DETAINEE_NOUNS:
            return "CONCEDE", lx.CATEGORIES["CONCEDE"][1], f"{lemma} {head}"
        if not stance and lemma in lx.BAN_VERBS and head in lx.TRADE_NOUNS:
            return "SANCTION", lx.CATEGORIES["SANCTION"][1], f"{lemma} {head}"
        if not stance and lemma in lx.HALT_VERBS:
            got = _classify_noun(o)
            if got:
                # stopping a hostile act de-escalates; stopping a cooperative one is a sanction
                kind = got[0]
                if kind in ("ASSAULT", "MOBILIZE") and not (head == "strike" and got[2] == "strike"):
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
        if lemma in lx.TRANSFER_VERBS and (head in lx.AID_GOODS or any(
                w.lemma_.lower() in lx.AID_GOODS for w in o.subtree if w.dep_ in ("conj", "pobj", "compound"))):
            return "AID", lx.CATEGORIES["AID"][1], f"{lemma} {head}"
        if lemma in lx.MOVE_VERBS and not any(c.dep_ == "xcomp" for c in kids) and (head in lx.MILITARY_NOUNS or any(
                w.lemma_.lower() in lx.MILITARY_NOUNS for w in o.subtree if w.dep_ in ("conj", "compound"))):
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
    return any(c.dep_ == "neg" or c.lower_ in ("never", "no") and c.dep_ in ("neg", "advmod", "det")
               for c in tok.children)


def _mode(tok) -> str:
    for c in tok.children:
        if c.dep_ in ("aux",) and c.lower_ in ("will", "would", "shall", "'ll", "wo"):
            return "future"
        if c.dep_ == "aux" and c.lower_ in ("must", "should", "ought"):
            return "obligation"
    h = tok
    # "wants to resolve", "is going to", "plans to attack", "is ready to sign"
    hops = 0
    while h.dep_ in ("xcomp",) and hops < 3:
        h = h.head
        hops += 1
        if h.lemma_.lower() in ("want", "plan", "intend", "aim", "seek", "wish", "prepare", "go", "hope",
                                "expect", "ready", "willing", "prepared", "determined"):
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


def _refine(tok, cat: str, inten: float, mode: str):
    """Category corrections that depend on who acts and on what (not only on the verb)."""
    lemma = _verb_lemma(tok) if tok.pos_ != "NOUN" else tok.lemma_.lower()
    kids = list(tok.children)
    subj = next((c for c in kids if c.dep_ in SUBJ_DEPS), None)
    if subj is None and tok.dep_ in ("xcomp", "conj"):
        subj = next((c for c in tok.head.children if c.dep_ in SUBJ_DEPS), None)
    # "angry workers blocked the bridge": civilians blocking or occupying protest
    if lemma in lx.PROTEST_ACTS and subj is not None and cat != "PROTEST" \
            and any(w.lemma_.lower() in lx.CIVILIAN_NOUNS or w.lower_ in lx.CIVILIAN_NOUNS for w in subj.subtree) \
            and not any(w.lemma_.lower() in gz.AGENT_NOUNS for w in subj.subtree):
        return "PROTEST", lx.CATEGORIES["PROTEST"][1]
    # "ordered the newspaper to suspend publication": compulsion to stop is coercion
    if lemma in lx.COMPEL_VERBS and tok.pos_ == "VERB":
        for c in kids:
            if c.dep_ in ("xcomp", "ccomp") and c.pos_ == "VERB" and _verb_lemma(c) in lx.CESSATION_VERBS:
                return "COERCE", lx.CATEGORIES["COERCE"][1]
    # "withdrew its ambassador / the inspectors": taking away a cooperative presence is a sanction
    if cat == "RETREAT" and tok.pos_ == "VERB":
        for c in kids:
            if c.dep_ == "dobj" and any(w.lemma_.lower() in lx.PRESENCE_NOUNS
                                        for w in c.subtree if w.dep_ in ("compound", "amod", "conj") or w is c):
                return "SANCTION", lx.CATEGORIES["SANCTION"][1]
    if cat == "ASSAULT" and tok.pos_ == "VERB":
        # "police opened fire on demonstrators": violent repression of dissent is coercion
        if _repression(tok):
            return "COERCE", lx.CATEGORIES["COERCE"][1]
        # "soldiers demolished the homes of militants": destroying property is coercion
        if lemma in lx.PROPERTY_ACTS and any(t.lemma_.lower() in lx.PROPERTY_NOUNS or t.lower_ in lx.PROPERTY_NOUNS
                                             for t in _acted_on(tok)):
            return "COERCE", lx.CATEGORIES["COERCE"][1]
    # "evacuated the wounded": a rescue; "evacuated its troops": a pull-out
    if lemma == "evacuate":
        for c in kids:
            if c.dep_ == "dobj":
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
        grp = gz.group_country(tok.text)
        if grp and tok.pos_ == "PROPN":
            return grp
        e = self.by_char.get(tok.idx)
        if e is not None:
            c = self.code_of_entity(e)
            if c:
                return c
        return gz.country_of(tok.text) if tok.pos_ in ("PROPN", "ADJ", "NOUN") and tok.text[:1].isupper() else None

    def codes(self, tok, depth: int = 0) -> list[str]:
        """Actor codes for the noun phrase headed by ``tok`` (with its conjuncts)."""
        out: list[str] = []
        if tok.pos_ in ("VERB", "AUX"):
            # a subject parsed as a clause ("the Red Cross operating in Iraq said"): its own subject
            tok = next((c for c in tok.children if c.dep_ in SUBJ_DEPS and c.i < tok.i), tok)
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
            if any(ref in phrase for ref in lx.PAIR_REFERENCES):
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
            for g in m.children:
                if g.dep_ in ("compound", "amod", "poss", "conj"):
                    c = self.token_code(g)
                    if c:
                        return [c]
        if depth < 2:
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
        return []


def _subject(tok):
    """The subject of a verb, climbing xcomp/conj/advcl chains for control verbs."""
    t = tok
    for _ in range(5):
        for c in t.children:
            if c.dep_ in SUBJ_DEPS:
                return c, False
        for c in t.children:
            if c.dep_ in PASS_SUBJ:
                return c, True
        if t.dep_ in ("xcomp", "conj", "advcl", "acl", "relcl", "ccomp", "pcomp", "acomp") and t.head.i != t.i:
            if t.dep_ == "relcl":
                return t.head, False
            if t.dep_ == "acl":
                return t.head, False
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


def _place(sent, amap: ActorMap):
    for tok in sent:
        if tok.dep_ == "pobj" and tok.head.lower_ in ("in", "at", "near") and tok.ent_type_ in ("GPE", "LOC", "FAC"):
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
            if tok.pos_ == "VERB":
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
                                                               or tok.head.lemma_.lower() in ("issue", "make", "stage")):
                noun_penalty = 0
            trig = _Trigger(tok, cat, inten, words, _depth(tok) + noun_penalty,
                            negated=_negated(tok), mode=_mode(tok))
            out.append(trig)
        return out

    def code_sentence(self, sent) -> list[Event]:
        trigs = self._triggers(sent)
        if not trigs:
            return self._remember(sent, [])
        trigs.sort(key=lambda t: (t.depth, t.tok.i))
        primary = trigs[0]
        chosen = [primary]
        # verbs coordinated with the main one, or adverbial clauses of it, are events too
        for t in trigs[1:]:
            if t.tok.pos_ != "VERB":
                continue
            if not (t.tok.dep_ in ("conj", "advcl") and t.tok.head.i == primary.tok.i) or t.category == primary.category:
                continue
            if t.tok.dep_ == "advcl" and _background_clause(t.tok, primary):
                continue
            chosen.append(t)
        events = []
        for t in chosen:
            events.extend(self._event(sent, t))
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
                        break
        return events

    def _event(self, sent, t: _Trigger) -> list[Event]:
        tok = t.tok
        cat, inten = t.category, t.intensity
        # negation and modality
        if t.negated:
            if cat in lx.COOPERATIVE or cat == "REQUEST":
                cat, inten = "REJECT", lx.CATEGORIES["REJECT"][1]
            elif cat in ("REJECT",):
                cat, inten = "AGREE", lx.CATEGORIES["AGREE"][1]
            else:
                return []  # "did not attack": no event
        # "vowed to retaliate": a promise of a hostile act is a threat
        if cat == "AGREE" and tok.pos_ == "VERB" and _verb_lemma(tok) in lx.VOW_VERBS:
            for c in tok.children:
                if c.dep_ == "xcomp" and c.pos_ == "VERB":
                    got = _classify_verb(c)
                    if got and got[0] in ("ASSAULT", "COERCE", "SANCTION", "MOBILIZE", "PROTEST") \
                            and not _negated(c):
                        cat, inten = "THREATEN", lx.CATEGORIES["THREATEN"][1]
        before = cat
        cat, inten = _refine(tok, cat, inten, t.mode)
        # violence against protesters is both repression and an assault: code both
        also = "ASSAULT" if before == "ASSAULT" and cat == "COERCE" and _repression(tok) else None
        src_tok, tgt_tok = None, None
        reporter = None
        conditional = any(c.dep_ == "advcl" and any(m.lower_ in ("unless", "if") for m in c.children)
                          for c in tok.children)
        if t.mode == "future" and conditional and cat in ("RETREAT", "SANCTION", "COERCE", "ASSAULT", "AID"):
            cat, inten = "THREATEN", lx.CATEGORIES["THREATEN"][1]
        elif t.mode == "future" and cat == "RETREAT" and _verb_lemma(tok) in lx.SELF_RETREAT:
            pass  # "the minister will resign": still a retreat
        elif t.mode == "future" and cat == "ASSAULT" and _prepared(tok):
            cat, inten = "MOBILIZE", lx.CATEGORIES["MOBILIZE"][1]
        elif t.mode == "future" and cat not in ("THREATEN", "REQUEST", "ACCUSE", "INVESTIGATE", "REJECT", "AGREE",
                                                 "MOBILIZE"):
            cat = "AGREE" if cat in lx.COOPERATIVE else "THREATEN"
            inten = lx.CATEGORIES[cat][1]
        elif t.mode == "obligation":
            # "X said Y must ...": X requests it of Y
            h = tok
            while h.dep_ in ("xcomp", "conj") and h.head.i != h.i:
                h = h.head
            if h.dep_ == "ccomp" and h.head.lemma_.lower() in lx.REPORTING_VERBS | {"urge", "demand", "insist"}:
                reporter = h.head
                cat, inten = "REQUEST", lx.CATEGORIES["REQUEST"][1] if t.category in lx.COOPERATIVE else -4.0
        polarity = "cooperation" if inten > 0 else "conflict" if inten < 0 else "neutral"
        if cat in lx.CATEGORIES and inten == 0:
            polarity = lx.CATEGORIES[cat][0]

        a1: list[str] = []
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
        if a1 or a2:
            pass  # parties already read by the rule above
        elif reporter is not None:
            s, _ = _subject(reporter)
            if s is not None:
                a1 = self.amap.codes(s)
            s2, _ = _subject(tok)
            if s2 is not None:
                a2 = self.amap.codes(s2)
        elif tok.pos_ == "NOUN":
            for m in tok.children:
                if m.dep_ in ("amod", "compound", "poss", "nmod"):
                    a1 = a1 or self.amap.codes(m)
            for prep, p in _between(tok):
                codes = self.amap.codes(p)
                if prep in ("between", "among") and len(codes) >= 2:
                    a1 = a1 or codes[:1]
                    a2 = a2 or codes[1:2]
                elif prep == "by":
                    a1 = a1 or codes
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
        else:
            s, passive = _subject(tok)
            agent = _agent(tok)
            if passive:
                if agent is not None:
                    a1 = self.amap.codes(agent)
                if s is not None:
                    a2 = self.amap.codes(s)
            else:
                if s is not None:
                    a1 = self.amap.codes(s)
                    src_tok = s
                if s is not None and s.lower_ in PRONOUNS and (not a1 or a1 == self.amap.last[:1]):
                    # "the president said he is ready to ...": the pronoun is the speaker
                    rep = _reporting_head(tok)
                    rs = _subject(rep)[0] if rep is not None else None
                    if rs is not None and rs.lower_ not in PRONOUNS:
                        a1 = self.amap.codes(rs) or a1
            if len(a1) >= 2 and cat in SYMMETRIC:
                a1, a2 = a1[:1], a1[1:2]  # "Armenia and Azerbaijan held talks"
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
            if not a2:
                same = []
                for o in _objects(tok):
                    codes = self.amap.codes(o)
                    other = [c for c in codes if c not in a1] or ([] if a1 else codes)
                    if other:
                        a2 = other
                        tgt_tok = o
                        break
                    same = same or codes
                if not a2 and same:
                    a2 = same[:1]  # "demanding autonomy from Serbian authorities": a domestic event
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
                a1, a2 = a1[:1], a1[1:2]
        place = _place(sent, self.amap)
        place_code = self.amap.code_of_entity(place) if place is not None else None
        if not a1:
            a1 = self._clause_party(sent, tok, exclude=a2) or ([place_code] if place_code else [])
        if not a2 and a1 and tok.pos_ != "NOUN" and self._uncoded_group_object(tok):
            a2 = a1[:1]  # "troops captured a guerrilla stronghold": a domestic fight
        if not a2:
            a2 = self._clause_party(sent, tok, exclude=a1)
        if not a2 and place_code:
            a2 = [place_code]
        if not a2 and a1 and a1[0] in self.amap.last_pair:
            a2 = [c for c in self.amap.last_pair if c != a1[0]][:1]
        if not a2 and a1 and (tgt_tok is None or tgt_tok.lemma_.lower() in lx.GROUP_NOUNS):
            objs = [o for o in _objects(tok)] if tok.pos_ != "NOUN" else []
            if cat in DOMESTIC or any(o.lemma_.lower() in lx.GROUP_NOUNS for o in objs):
                a2 = a1[:1]
        if not a1 and not a2 and not self._political_agent(sent, tok):
            return []
        date, precision = event_date(sent.text, self.published)
        lead = len(sent.text) - len(sent.text.lstrip())
        evidence = sent.text.strip()
        # compound actors ("sanctions on Iran and Syria", "urged both sides") give one dyad each
        srcs, tgts = a1[:3] or [None], a2[:3] or [None]
        pairs = [(x, y) for x in srcs for y in tgts if not (x == y and (len(srcs) > 1 or len(tgts) > 1))]
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
            words = list(o.subtree)
            if any(self.amap.token_code(w) for w in words):
                return False
            if any(w.lemma_.lower() in lx.GROUP_NOUNS for w in words):
                return True
        return False

    def _political_agent(self, sent, tok) -> bool:
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
            if w.lemma_.lower() in gz.AGENT_NOUNS or w.lower_ in gz.AGENT_NOUNS:
                return True
            e = self.amap.by_char.get(w.idx)
            if e is not None and e.label in ("PERSON", "ORG", "NORP", "GPE"):
                return True
        return False

    def _clause_party(self, sent, tok, exclude) -> list[str]:
        """Nearest coded party in the trigger's clause that is not already an actor."""
        best, best_d = None, 10 ** 6
        for other in sent:
            if other.i == tok.i:
                continue
            e = self.amap.by_char.get(other.idx)
            if e is None or e.label == "PERSON" and not e.country:
                continue
            c = self.amap.code_of_entity(e)
            if not c or c in exclude:
                continue
            d = abs(other.i - tok.i)
            if d < best_d:
                best, best_d = c, d
        return [best] if best else []
