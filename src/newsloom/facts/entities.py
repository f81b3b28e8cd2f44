"""Named entities of an article: spaCy's mentions, repaired and merged.

Each mention keeps its character offsets.  Mentions that name the same thing
get one ``canonical`` name:

* places by spelling variants (Kiev/Kyiv) and their ISO alpha-3 country;
* international organisations by short name (CSTO for its long name), and any
  "Long Name (ABC)" acronym defined in the article;
* people by name within one article: a bare surname ("Peskov", "Mr Aliyev")
  goes to the full name with that surname mentioned most recently before it
  (or, failing that, first after it); a title in the mention ("President
  Aliyev") prefers the full name that carried the same title.  Different full
  names (Ilham Aliyev, Heydar Aliyev, Heydar Aliyev Jr.) stay apart.

Titles and descriptions before a name ("Kremlin spokesman") go to ``role``.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..records import Entity
from . import gazetteer as gz

KEEP_LABELS = {"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC"}
HONORIFICS = {"mr", "mrs", "ms", "miss", "dr", "prof", "sir", "dame", "madam", "mme", "m"}
TITLES = {
    "president", "prime", "minister", "premier", "chancellor", "king", "queen", "prince",
    "princess", "sheikh", "emir", "sultan", "general", "gen", "colonel", "col", "senator", "sen",
    "governor", "gov", "mayor", "pope", "ayatollah", "spokesman", "spokeswoman", "spokesperson",
    "secretary", "foreign", "defence", "defense", "deputy", "vice", "ambassador", "judge",
    "chairman", "chairwoman", "chief", "speaker", "commander", "lieutenant", "captain", "admiral",
    "marshal", "director", "envoy", "leader", "rep", "representative", "state", "interior",
}
NAME_SUFFIXES = {"jr", "jr.", "sr", "sr.", "ii", "iii", "iv"}
ROLE_DEPS = {"compound", "amod", "nmod", "poss", "case", "det", "punct", "nummod", "appos"}


def _clean_span(text: str, start: int, end: int) -> tuple[int, int]:
    """Trim a leading "the", a trailing possessive and punctuation from a mention."""
    s, e = start, end
    while s < e and text[s] in " \t\n\"'“”‘’(“#":
        if text[s] == "#":
            break
        s += 1
    if text[s:s + 4].lower() == "the " and e - s > 4:
        s += 4
    while e > s and text[e - 1] in " \t\n\"“”,;:)(":
        e -= 1
    if text[e - 2:e] in ("'s", "’s"):
        e -= 2
    elif e > s and text[e - 1] in "'’":
        e -= 1
    while e > s and text[e - 1] in " .,":
        if text[e - 1] == "." and re.search(r"(?:\b[A-Z]|Jr|Sr|St)\.$", text[s:e]):
            break
        e -= 1
    return s, e


def _gazetteer_pattern() -> re.Pattern:
    keys = set()
    for table in (gz.COUNTRY_NAMES, gz.CAPITALS, gz.CITIES):
        keys.update(table)
    keys.update(k for k in gz.METONYMS if not k.startswith("the "))
    keys.update(gz.IGO_SHORT)
    forms = set()
    for k in keys:
        if len(k) < 3 and k not in ("us", "uk", "un", "eu", "au"):
            continue
        forms.add(k)
    alts = sorted(forms, key=len, reverse=True)
    return re.compile(r"(?<![\w#-])(#?)(" + "|".join(re.escape(a) for a in alts) + r")(?![\w-])",
                      re.IGNORECASE)


_GAZ_RE = _gazetteer_pattern()


def _looks_proper(s: str) -> bool:
    """A gazetteer hit counts only when written as a name (capitalised, or an acronym)."""
    words = [w for w in re.split(r"[\s-]+", s) if w]
    if not words:
        return False
    if len(s) <= 4 and s.lower() in ("us", "uk", "un", "eu", "au"):
        return s.isupper() or s in ("U.S.", "U.K.", "U.N.", "E.U.")
    return all(w[0].isupper() or w.lower() in ("of", "the", "and", "de", "la", "es", "al", "d'ivoire")
               for w in words)


@dataclass
class _Mention:
    start: int
    end: int
    label: str
    text: str
    role: str | None = None
    title_words: set = field(default_factory=set)
    tok_start: int = 0
    tok_end: int = 0


def _relabel(text: str, label: str) -> str:
    kind = gz.place_kind(text)
    if gz.org_short(text):
        return "ORG"
    if kind == "demonym":
        return "NORP"
    if kind in ("country", "capital", "city"):
        return "GPE"
    if kind == "metonym":
        bare = re.sub(r"^the\s+", "", text.strip().lower())
        return "ORG" if bare in ("kremlin", "white house", "pentagon") else (
            "GPE" if label not in ("LOC", "FAC") else label)
    return label


def _role_of(doc, span_start_tok: int, span_end_tok: int) -> tuple[str | None, int]:
    """The description before a person's name ("Kremlin spokesman"), and where it starts."""
    head = doc[span_end_tok - 1]
    i = span_start_tok - 1
    first = span_start_tok
    inside = set(range(span_start_tok, span_end_tok))
    while i >= 0:
        t = doc[i]
        if t.is_punct and t.text not in ("'s", "’s", "-", "–"):
            break
        if t.pos_ in ("VERB", "AUX", "ADP", "CCONJ", "SCONJ", "PRON", "NUM") and t.text not in ("'s", "’s"):
            break
        if t.dep_ not in ROLE_DEPS and t.head.i not in inside and t.i != head.i:
            break
        if t.dep_ == "case" and t.head.i == i - 1:  # "Russia's Deputy Prime Minister"
            inside.update((i, i - 1))
            first = i - 1
            i -= 2
            continue
        if t.head.i not in inside and t.head.i < i:
            break
        if t.ent_type_ == "PERSON":
            break
        inside.add(i)
        first = i
        i -= 1
    if first == span_start_tok:
        return None, first
    while first < span_start_tok and doc[first].pos_ == "DET":
        first += 1
    role = doc[first:span_start_tok].text.strip(" ,")
    return (role or None), first


def _person_tokens(name: str) -> list[str]:
    return [w for w in re.split(r"\s+", name.strip()) if w]


def _surname_key(tokens: list[str]) -> str | None:
    core = [t for t in tokens if t.lower().strip(".") not in NAME_SUFFIXES]
    return core[-1].lower() if core else None


def _suffix(tokens: list[str]) -> str:
    return " ".join(t.lower().strip(".") for t in tokens if t.lower().strip(".") in NAME_SUFFIXES)


def extract_entities(doc) -> list[Entity]:
    """Entities of one parsed article (``doc.text`` is the article text)."""
    text = doc.text
    mentions: list[_Mention] = []
    taken = [False] * (len(text) + 1)

    def add(s, e, label, tok_s, tok_e):
        s, e = _clean_span(text, s, e)
        if e <= s or any(taken[s:e]):
            return None
        m = _Mention(s, e, label, text[s:e], tok_start=tok_s, tok_end=tok_e)
        mentions.append(m)
        for k in range(s, e):
            taken[k] = True
        return m

    for ent in doc.ents:
        if ent.label_ not in KEEP_LABELS:
            continue
        label = _relabel(ent.text, ent.label_)
        s, e = ent.start_char, ent.end_char
        ts, te = ent.start, ent.end
        if label == "PERSON":
            # split "Ziyaddin and Huseyn Safarov" / drop titles inside the span
            words = ent.text.split()
            lw = [w.lower().strip(".") for w in words]
            if "and" in lw:
                k = lw.index("and")
                first, second = " ".join(words[:k]), " ".join(words[k + 1:])
                if first and second:
                    m1 = add(s, s + len(first), "PERSON", ts, ts + k)
                    m2 = add(s + ent.text.index(second, len(first)), e, "PERSON", ts + k + 1, te)
                    if m1 and m2 and len(second.split()) > 1 and len(first.split()) == 1:
                        m1.title_words.add("__surname__:" + second.split()[-1])
                    continue
            while ts < te - 1 and doc[ts].lower_.strip(".") in HONORIFICS | TITLES:
                ts += 1
            s = doc[ts].idx
            if gz.is_known_place(doc[ts:te].text) or gz.org_short(doc[ts:te].text):
                label = _relabel(doc[ts:te].text, "GPE")
        add(s, e, label, ts, te)

    # "Ziyaddin and Huseyn Safarov": a bare given name shares the next name's surname
    for m in list(mentions):
        if m.label != "PERSON" or len(m.text.split()) < 2 or m.tok_start < 2:
            continue
        conj, prev = doc[m.tok_start - 1], doc[m.tok_start - 2]
        if conj.lower_ == "and" and prev.pos_ == "PROPN" and prev.text[:1].isupper() \
                and not gz.is_known_place(prev.text):
            extra = add(prev.idx, prev.idx + len(prev.text), "PERSON", prev.i, prev.i + 1)
            if extra is None:
                for other in mentions:
                    if other.start == prev.idx and other.end == prev.idx + len(prev.text):
                        other.label, extra = "PERSON", other
            if extra is not None:
                extra.title_words.add("__surname__:" + m.text.split()[-1])

    # gazetteer names the model missed or mislabelled
    for m in _GAZ_RE.finditer(text):
        s, e = m.start(), m.end()
        if not _looks_proper(text[m.start(2):e]) or any(taken[s:e]):
            continue
        name = text[s:e]
        label = _relabel(name.lstrip("#"), "GPE")
        span = doc.char_span(s, e, alignment_mode="expand")
        add(s, e, label, span.start if span else 0, span.end if span else 0)

    # "Long Name (ABC)" defines an acronym within the article
    acronyms: dict[str, str] = {}
    for m in re.finditer(r"((?:[A-Z][\w'’-]*\s+(?:(?:of|for|and|the|de|on)\s+)*){1,8})\(([A-Z]{2,8})\)", text):
        long_name, acr = m.group(1).strip(), m.group(2)
        words = [w for w in long_name.split() if w[0].isupper()]
        for k in range(len(words)):
            if "".join(w[0] for w in words[k:]).upper() == acr:
                acronyms[acr] = " ".join(long_name.split()[long_name.split().index(words[k]):])
                break
    for acr in acronyms:
        for m in re.finditer(r"(?<![\w-])" + re.escape(acr) + r"(?![\w-])", text):
            if not any(taken[m.start():m.end()]):
                span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
                add(m.start(), m.end(), "ORG", span.start if span else 0, span.end if span else 0)

    mentions.sort(key=lambda x: x.start)

    # surnames of people named in full, wherever the model missed them
    full = [m for m in mentions if m.label == "PERSON" and len(_person_tokens(m.text)) >= 2]
    for sur in {_person_tokens(m.text)[-1] for m in full if _person_tokens(m.text)[-1].lower().strip(".")
                not in NAME_SUFFIXES}:
        if not sur[:1].isupper() or gz.is_known_place(sur):
            continue
        for hit in re.finditer(r"(?<![\w-])" + re.escape(sur) + r"(?![\w-])", text):
            if not any(taken[hit.start():hit.end()]):
                span = doc.char_span(hit.start(), hit.end(), alignment_mode="expand")
                add(hit.start(), hit.end(), "PERSON", span.start if span else 0, span.end if span else 0)
    mentions.sort(key=lambda x: x.start)

    # surnames of people named in full win over other labels ("Aliyev" tagged ORG)
    surnames = set()
    for m in mentions:
        toks = _person_tokens(m.text)
        if m.label == "PERSON" and len(toks) >= 2:
            surnames.add(_surname_key(toks))
    for m in mentions:
        if m.label != "PERSON" and " " not in m.text and m.text.lower() in surnames \
                and not gz.is_known_place(m.text) and not gz.org_short(m.text):
            m.label = "PERSON"

    # roles for people
    for m in mentions:
        if m.label != "PERSON" or m.tok_end <= m.tok_start:
            continue
        role, _ = _role_of(doc, m.tok_start, m.tok_end)
        if role:
            words = role.split()
            while words and words[-1].lower().strip(".") in HONORIFICS:
                words.pop()
            role = " ".join(words) or None
        m.role = role
        if role and role.split()[-1].lower() in gz.ORG_DESCRIPTORS and len(m.text.split()) == 1:
            m.label = "ORG"
            continue
        if role:
            m.title_words |= {w.lower().strip(".,") for w in role.split()} & TITLES

    return _canonicalise(mentions, acronyms)


def _canonicalise(mentions: list[_Mention], acronyms: dict[str, str]) -> list[Entity]:
    out: list[Entity] = []
    full_names: list[tuple[int, str, set, str | None]] = []  # (position, name, titles, role)
    people = [m for m in mentions if m.label == "PERSON"]
    # pass 1: multi-token names are their own canonical (merged when one extends another)
    canon_person: dict[int, str] = {}
    longest: dict[tuple[str, str], str] = {}
    for m in people:
        toks = _person_tokens(m.text)
        extra = [t for t in m.title_words if t.startswith("__surname__:")]
        if len(toks) == 1 and extra:
            toks = toks + [extra[0].split(":", 1)[1]]
        if len(toks) >= 2:
            key = (_surname_key(toks), _suffix(toks))
            name = " ".join(toks)
            prev = longest.get(key)
            if prev is None or (len(name) > len(prev) and name.endswith(prev.split()[-1])
                                and set(prev.split()) <= set(name.split())):
                longest[key] = name if prev is None or set(prev.split()) <= set(name.split()) else prev
    for m in people:
        toks = _person_tokens(m.text)
        extra = [t for t in m.title_words if t.startswith("__surname__:")]
        if len(toks) == 1 and extra:
            toks = toks + [extra[0].split(":", 1)[1]]
        if len(toks) >= 2:
            key = (_surname_key(toks), _suffix(toks))
            name = " ".join(toks)
            best = longest.get(key, name)
            canon = best if set(toks) <= set(best.split()) else name
            canon_person[m.start] = canon
            full_names.append((m.start, canon, {t for t in m.title_words if not t.startswith("__")}, m.role))
    # pass 2: bare surnames
    for m in people:
        if m.start in canon_person:
            continue
        sur = m.text.split()[-1].lower()
        cands = [f for f in full_names if _surname_key(f[1].split()) == sur]
        if not cands:
            cands = [f for f in full_names if sur in f[1].lower().split()]
        if not cands:
            words = m.text.split()
            canon_person[m.start] = (gz.full_name(words[-1]) if len(words) == 1 else None) or m.text
            continue
        if m.title_words:
            titled = [f for f in cands if f[2] & m.title_words]
            if titled:
                cands = titled
        before = [f for f in cands if f[0] < m.start]
        chosen = max(before, key=lambda f: f[0]) if before else min(cands, key=lambda f: f[0])
        canon_person[m.start] = chosen[1]
    role_of_person: dict[str, str] = {}
    country_of_person: dict[str, str] = {}
    for m in people:
        c = canon_person[m.start]
        if m.role and c not in role_of_person:
            role_of_person[c] = m.role
            cc = _country_in_role(m.role)
            if cc:
                country_of_person[c] = cc

    for m in mentions:
        if m.label == "PERSON":
            c = canon_person[m.start]
            known = gz.person_country(c) if " " in c else None
            out.append(Entity(m.text, "PERSON", m.start, m.end, canonical=c,
                              country=country_of_person.get(c) or known, role=m.role or role_of_person.get(c)))
            continue
        short = gz.org_short(m.text)
        if short:
            out.append(Entity(m.text, "ORG", m.start, m.end, canonical=short))
            continue
        if m.text in acronyms:
            out.append(Entity(m.text, "ORG", m.start, m.end, canonical=acronyms[m.text]))
            continue
        country = gz.country_of(m.text)
        if m.label in ("GPE", "LOC", "FAC", "NORP") or (country and m.label == "ORG"
                                                         and gz.place_kind(m.text) == "metonym"):
            if m.label == "NORP":
                canon = gz.COUNTRY_NAME_OF.get(country, m.text) if country else m.text
            else:
                canon = gz.canonical_place(m.text)
            out.append(Entity(m.text, m.label, m.start, m.end, canonical=canon, country=country))
            continue
        canon = " ".join(m.text.split())
        out.append(Entity(m.text, m.label, m.start, m.end, canonical=canon,
                          country=_country_in_role(m.text)))
    # organisations: merge case variants and "the X" forms
    by_lower: dict[str, str] = {}
    for e in out:
        if e.label == "ORG" and e.canonical:
            by_lower.setdefault(e.canonical.lower(), e.canonical)
            e.canonical = by_lower[e.canonical.lower()]
    return out


def _country_in_role(role: str) -> str | None:
    """The country a description names ("Azerbaijani President" -> AZE)."""
    words = re.findall(r"[\w'’.-]+", role)
    for n in (3, 2, 1):
        for k in range(len(words) - n + 1):
            c = gz.country_of(" ".join(words[k:k + n]))
            if c:
                return c
    return None


def entity_index(entities: list[Entity]) -> dict[int, Entity]:
    """Map every character offset covered by an entity to it (for token lookups)."""
    idx: dict[int, Entity] = {}
    for e in entities:
        for k in range(e.start, e.end):
            idx[k] = e
    return idx
