"""Words that mark speech, for quote attribution (data only)."""
from __future__ import annotations

#: verb lemmas that introduce or attribute speech
SPEECH_VERBS = frozenset("""
say tell add state note stress emphasize emphasise underline remark comment claim argue insist
explain announce declare write warn urge confirm deny admit acknowledge concede reiterate repeat
ask answer reply respond recall suggest predict promise vow pledge assert maintain contend
complain criticize criticise accuse describe call quote cite hint echo point observe tweet post
believe think hope fear conclude agree caution mention continue reveal report told put
""".split())

#: phrases that attribute the rest of a sentence ("according to X")
ATTRIBUTION_PREPS = ("according to", "as quoted by", "quoted by", "cited by", "in the words of")

#: speakers that are publications or agencies rather than people still count as speakers;
#: these nouns make a subject a plausible speaker even without a name
SPEAKER_NOUNS = frozenset("""
spokesman spokeswoman spokesperson minister president official officials office ministry
government statement source sources leader premier prime analyst expert lawmaker diplomat
ambassador envoy agency newspaper report kremlin embassy council secretary
""".split())

#: pronouns resolved to the last plausible speaker
SPEAKER_PRONOUNS = frozenset("he she they we i".split())
