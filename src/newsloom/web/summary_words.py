"""Word lists for the story summary (kept apart from the logic in ``summary``).

Function words carry no topic, so they are left out when sentences are
compared; the list is English because the summary's weighting only needs the
commonest words, and other languages simply keep theirs (which costs a little
precision, never correctness).
"""
from __future__ import annotations

STOP_WORDS = frozenset("""
a about above after again against all also am an and any are as at be because been before
being below between both but by can could did do does doing down during each few for from
further had has have having he her here hers herself him himself his how i if in into is it
its itself just me more most my myself no nor not now of off on once only or other our ours
ourselves out over own same she should so some such than that the their theirs them
themselves then there these they this those through to too under until up very was we were
what when where which while who whom why will with would you your yours yourself yourselves
said says say told tell according would could may might must shall one two new also
mr mrs ms dr
""".split())

# A sentence shorter than this many words is rarely a useful summary line
# (datelines, bylines, "Read more").
MIN_WORDS = 6
# Nor is a very long one (usually several sentences glued by a bad split).
MAX_WORDS = 60
