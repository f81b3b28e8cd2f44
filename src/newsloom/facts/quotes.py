"""Quotes and reported speech, with speakers resolved to entities.

Direct quotes are found by their quotation marks (straight or curly, double
or single; an apostrophe inside a word is never a quote mark).  The speaker is
the subject of a speech verb in the quote's sentence outside the quotation; a
pronoun or a quote standing alone goes to the last plausible speaker.  Two
parts of one quote split by an attribution ("A," he said, "B.") share it.
Reported speech is the complement of a speech verb ("Peskov said Moscow
wants ...") or a sentence attributed "according to X".
"""
from __future__ import annotations

import re

from ..records import Entity, Quote
from . import quote_cues as qc

def _quote_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of the quoted words, without the marks."""
    spans: list[tuple[int, int]] = []
    taken = [False] * (len(text) + 1)

    def mark(s, e):
        spans.append((s, e))
        for k in range(s - 1, min(e + 1, len(text))):
            taken[k] = True

    # curly and angle quotes
    for o, c in (("“", "”"), ("«", "»"), ("„", "“")):
        for m in re.finditer(re.escape(o) + r"([^" + re.escape(o + c) + r"]{1,2000}?)" + re.escape(c), text):
            if not any(taken[m.start():m.end()]):
                mark(m.start(1), m.end(1))
    for m in re.finditer(r'"([^"\n]{1,2000}?)"', text):
        if not any(taken[m.start():m.end()]):
            mark(m.start(1), m.end(1))
    # single quotes: an opening mark at a word start, closing at a word end
    i = 0
    while i < len(text):
        ch = text[i]
        if ch in "'‘" and not taken[i] and (i == 0 or not text[i - 1].isalnum()) and i + 1 < len(text) \
                and not text[i + 1].isspace():
            close = "’" if ch == "‘" else "'"
            j = i + 1
            end = None
            limit = min(len(text), i + 2000)
            while j < limit:
                if text[j] == "\n" and text[j:j + 2] == "\n\n":
                    break
                if text[j] in (close, "'", "’") and (j + 1 >= len(text) or not text[j + 1].isalnum()) \
                        and text[j - 1] not in " \t" and not (text[j - 1] in "sS" and j + 1 < len(text)
                                                                and text[j + 1] == " " and _possessive(text, j)):
                    end = j
                    break
                j += 1
            if end is not None and end > i + 1:
                mark(i + 1, end)
                i = end + 1
                continue
        i += 1
    spans.sort()
    return spans


def _possessive(text: str, j: int) -> bool:
    """True for a plural possessive ("brothers' death"): a lowercase word follows."""
    nxt = re.match(r"\s+([A-Za-z]+)", text[j + 1:])
    return bool(nxt and nxt.group(1)[0].islower() and nxt.group(1) not in ("he", "she", "they", "said", "says",
                                                                            "and", "the", "we", "according"))


class QuoteReader:
    def __init__(self, doc, entities: list[Entity]):
        self.doc = doc
        self.entities = sorted(entities, key=lambda e: e.start)
        self.by_char: dict[int, Entity] = {}
        for e in entities:
            for k in range(e.start, e.end):
                self.by_char[k] = e
        self.last_speaker: tuple[str, int] | None = None  # (name, char offset)
        # people who are grammatical subjects, in text order: pronouns go to the latest one
        self.subject_people: list[tuple[int, str]] = []
        for t in doc:
            if t.dep_ in ("nsubj", "nsubjpass"):
                for x in t.subtree:
                    e = self.by_char.get(x.idx)
                    if e is not None and e.label == "PERSON":
                        self.subject_people.append((t.idx, e.canonical or e.text))
                        break

    def _person_before(self, pos: int) -> str | None:
        best = None
        for idx, name in self.subject_people:
            if idx >= pos:
                break
            best = name
        if best:
            return best
        for e in self.entities:
            if e.start >= pos:
                break
            if e.label == "PERSON":
                best = e.canonical or e.text
        return best

    def _person_with_role(self, noun: str, pos: int) -> str | None:
        best = None
        for e in self.entities:
            if e.start >= pos:
                break
            if e.label == "PERSON" and e.role and noun in e.role.lower():
                best = e.canonical or e.text
        return best

    def _name_of_np(self, tok) -> str | None:
        """The entity a subject noun phrase names (a person first, then an organisation)."""
        if tok.lower_ in qc.SPEAKER_PRONOUNS:
            return self._person_before(tok.idx)
        found = None
        for t in tok.subtree:
            e = self.by_char.get(t.idx)
            if e is None:
                continue
            if e.label == "PERSON":
                return e.canonical or e.text
            if found is None and e.label in ("ORG", "GPE", "NORP"):
                found = e.canonical or e.text
        if found:
            return found
        if tok.lemma_.lower() in qc.SPEAKER_NOUNS:
            who = self._person_with_role(tok.lemma_.lower(), tok.idx)
            if who:
                return who
            return " ".join(t.text for t in tok.subtree if t.i <= tok.i)[:80]
        return None

    def _candidates(self, sent, outside: list[tuple[int, int]]):
        """(verb position, speaker) for every attributed speech verb of a sentence."""
        def inside(t):
            return any(s <= t.idx < e for s, e in outside)
        out = []
        for t in sent:
            if inside(t) or t.pos_ not in ("VERB", "AUX"):
                continue
            if t.lemma_.lower() in qc.SPEECH_VERBS:
                subj = [c for c in t.children if c.dep_ in ("nsubj", "nsubjpass") and not inside(c)]
                agent = [p for c in t.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]
                if subj or agent:
                    name = self._name_of_np((agent or subj)[0])
                    if name:
                        out.append((t.idx, name))
                        continue
                # inverted attribution: '"...," said Mr X' (the parser may miss the subject)
                for k in range(t.i + 1, min(t.i + 5, len(self.doc))):
                    nxt = self.doc[k]
                    if inside(nxt) or nxt.is_punct:
                        break
                    e = self.by_char.get(nxt.idx)
                    if e is not None and e.label in ("PERSON", "ORG"):
                        out.append((t.idx, e.canonical or e.text))
                        break
        low = sent.text.lower()
        for prep in qc.ATTRIBUTION_PREPS:
            k = low.find(prep)
            if k >= 0:
                pos = sent.start_char + k + len(prep)
                for t in sent:
                    if t.idx >= pos and not inside(t):
                        e = self.by_char.get(t.idx)
                        if e is not None and e.label == "PERSON":
                            out.append((sent.start_char + k, e.canonical or e.text))
                            break
        return out

    def read(self) -> list[Quote]:
        doc, text = self.doc, self.doc.text
        spans = _quote_spans(text)
        quotes: list[Quote] = []
        sents = list(doc.sents)
        covered = set()
        last_q_end, last_q_speaker = -10 ** 6, None
        for s, e in spans:
            window = [x for x in sents if x.end_char >= s - 2 and x.start_char <= e + 2]
            for x in window:
                covered.add(x.start)
            cands = []
            for x in window:
                cands.extend(self._candidates(x, spans))
            speaker = None
            if cands:
                # a quote opening its sentence is attributed after it ("...," said X); one inside a
                # sentence by what precedes it (X said that '...')
                before = text[:max(0, s - 1)].rstrip()
                opens = not before or before[-1] in ".!?:\n\"”’'"
                def rank(c):
                    after = c[0] >= e
                    return (0 if after == opens else 1, s - c[0] if c[0] < s else c[0] - e)
                speaker = min(cands, key=rank)[1]
            elif last_q_speaker and s - last_q_end < 400:
                speaker = last_q_speaker  # a quote continued in the next sentence or paragraph
            words = text[s:e].split()
            if not words or (len(words) < 3 and not cands):
                continue
            quotes.append(Quote(text=text[s:e], speaker=speaker, start=s, end=e, kind="direct",
                                speaker_canonical=speaker))
            if speaker:
                last_q_end, last_q_speaker = e, speaker
        for sent in sents:
            if sent.start in covered:
                continue
            rq = self._reported(sent)
            if rq is not None:
                quotes.append(rq)
        quotes.sort(key=lambda q: q.start)
        return quotes

    def _reported(self, sent) -> Quote | None:
        for t in sent:
            if t.pos_ != "VERB" or t.lemma_.lower() not in qc.SPEECH_VERBS:
                continue
            comp = [c for c in t.children if c.dep_ in ("ccomp",)]
            subj = [c for c in t.children if c.dep_ == "nsubj"]
            if not comp or not subj:
                continue
            name = self._name_of_np(subj[0])
            if not name:
                continue
            c = comp[0]
            toks = list(c.subtree)
            s, e = toks[0].idx, toks[-1].idx + len(toks[-1].text)
            if toks[0].lower_ == "that" and len(toks) > 1:
                s = toks[1].idx
            if len(toks) < 3:
                continue
            return Quote(text=self.doc.text[s:e], speaker=name, start=s, end=e, kind="reported",
                         speaker_canonical=name)
        low = sent.text.lower()
        for prep in qc.ATTRIBUTION_PREPS[:1]:
            k = low.find(prep)
            if k >= 0:
                pos = sent.start_char + k + len(prep)
                for t in sent:
                    if t.idx >= pos:
                        e = self.by_char.get(t.idx)
                        if e is not None and e.label in ("PERSON", "ORG"):
                            body = self.doc.text[sent.start_char:sent.start_char + k].rstrip(" ,;")
                            if len(body.split()) >= 3:
                                return Quote(text=body, speaker=e.canonical or e.text, start=sent.start_char,
                                             end=sent.start_char + len(body), kind="reported",
                                             speaker_canonical=e.canonical or e.text)
                        break
        return None


def extract_quotes(doc, entities: list[Entity]) -> list[Quote]:
    """Direct and reported quotes of one parsed article."""
    return QuoteReader(doc, entities).read()
