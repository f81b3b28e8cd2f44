"""Check newsloom's event coder on hand-written sentences of every PLOVER category.

Usage:
    python evaluation/eval_event_probe.py [--probe PATH] [--errors]

``event_probe.tsv`` (beside this script) holds about 1,970 news sentences written
for newsloom, none taken from the PLOVER records: one line each with the
expected type, source and target code (``IGO`` for international
organisations, ``-`` where the sentence names none) and the text.  They exercise the mechanisms rather than words:
who acts (civilians blocking a road protest), what is acted on (halting an
offensive de-escalates, halting aid is a sanction), negation, modality,
passives, reported speech, nominal events and actor coding (demonyms,
capitals, titles, organisations).  The later sentences go through the CAMEO
codes one by one (each PLOVER category groups several: signing an agreement is
SUPPORT, releasing people or declaring a ceasefire RETREAT, a stated intent
AGREE) and through the idioms news reports use for them ("took to the
streets", "walked out of the talks", "poured cold water on").  A last group
of longer newswire-style sentences (attributions, dates, subordinate clauses)
was written before running the coder on them, and so was a later set of some 530
sentences that goes through CAMEO's codes again in other words (appeals and
intents, stances said with adjectives, "received a visit from", passives,
conditions, closures and occupations, peacekeepers arriving).  The sentences were written
while the rules were built, so the figures are a regression check, not a
held-out estimate: for that use ``--probe evaluation/event_blind.tsv``.  They are also
training data for ``train_event_model.py``.

Prints type accuracy (the expected type is among the coded ones), macro-F1 over
the expected types (as ``score_events.py`` counts it), source and target
accuracy (the expected code is among the coded actors).
"""
from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent

#: older PLOVER type names -> the later names newsloom codes
LATER = {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "INVESTIGATE": "ACCUSE", "FIGHT": "ASSAULT"}


def read_probe(path: Path) -> list[tuple[str, str, str, str]]:
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        etype, source, target, text = line.split("\t")
        rows.append((etype, source, target, text))
    return rows


def _cls(code: str | None) -> str | None:
    from newsloom.facts.gazetteer import actor_class

    c = actor_class(code)
    return "IGO" if c == "NGO" else c


def score(rows, reader=None) -> dict:
    from newsloom.facts import FactReader

    reader = reader or FactReader()
    rows = [(LATER.get(etype, etype), source, target, text) for etype, source, target, text in rows]
    hits = src = tgt = 0
    tp, fp, fn = Counter(), Counter(), Counter()
    errors = []
    for (etype, source, target, text), events in zip(rows, reader.code_sentences(r[3] for r in rows)):
        types = {LATER.get(e.type, e.type) for e in events}
        a1 = {_cls(e.actor1) for e in events}
        a2 = {_cls(e.actor2) for e in events}
        ok_t = etype in types
        # a field may list several acceptable codes ("HUN|ROU"), as records coding both sides do
        ok_s = source == "-" or bool(set(source.split("|")) & a1)
        ok_g = target == "-" or bool(set(target.split("|")) & a2)
        hits += ok_t
        (tp if ok_t else fn)[etype] += 1
        fp.update(types - {etype})
        src += ok_s
        tgt += ok_g
        if not (ok_t and ok_s and ok_g):
            errors.append(f"{etype:>9} {'T' if ok_t else 't'}{'S' if ok_s else 's'}{'G' if ok_g else 'g'} "
                          f"{[(e.type, e.actor1, e.actor2, e.trigger) for e in events]} | {text}")
    n = len(rows)
    f1 = {}
    for t in {r[0] for r in rows}:  # as score_events.py: per expected type, other coded types count as false positives
        p = tp[t] / (tp[t] + fp[t]) if tp[t] + fp[t] else 0.0
        r = tp[t] / (tp[t] + fn[t])
        f1[t] = 2 * p * r / (p + r) if p + r else 0.0
    return {"n": n, "type_acc": hits / n, "macro_f1": sum(f1.values()) / len(f1), "per_type_f1": f1,
            "source_acc": src / n, "target_acc": tgt / n, "errors": errors}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--probe", default=str(HERE / "event_probe.tsv"))
    ap.add_argument("--errors", action="store_true", help="print the sentences coded wrong")
    args = ap.parse_args(argv)
    m = score(read_probe(Path(args.probe)))
    if args.errors:
        print("\n".join(m["errors"]))
    print(f"probe: type_acc={m['type_acc']:.4f} macro_f1={m['macro_f1']:.4f} source_acc={m['source_acc']:.4f} "
          f"target_acc={m['target_acc']:.4f} n={m['n']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
