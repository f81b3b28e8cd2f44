"""Word lists used by the copy and story features (data only, no logic).

English function words and the calendar words that are dropped from content
vectors or read as date cues.  Kept apart from the logic so they can be
extended or swapped for another language without touching the algorithms.
"""
from __future__ import annotations

STOPWORDS: frozenset[str] = frozenset(
    """
    a about above across after afterwards again against all almost alone along already also although
    always am among amongst an and another any anyhow anyone anything anyway anywhere are around as at
    back be became because become becomes becoming been before beforehand behind being below beside
    besides between beyond both but by can cannot could did do does doing done down due during each
    either else elsewhere enough etc even ever every everyone everything everywhere except few for
    former formerly from further had has have having he hence her here hereafter hereby herein hers
    herself him himself his how however i if in indeed into is it its itself just last latter least
    less many may me meanwhile might mine more moreover most mostly much must my myself namely neither
    never nevertheless next no nobody none noone nor not nothing now nowhere of off often on once one
    only onto or other others otherwise our ours ourselves out over own per perhaps please rather re
    same see seem seemed seeming seems several she should since so some somehow someone something
    sometime sometimes somewhere still such than that the their theirs them themselves then thence
    there thereafter thereby therefore therein thereupon these they this those though through
    throughout thru thus to together too toward towards under until up upon us very via was we well
    were what whatever when whence whenever where whereafter whereas whereby wherein whereupon
    wherever whether which while whither who whoever whole whom whose why will with within without
    would yet you your yours yourself yourselves
    said says say saying told tells according also new news reported report reports reporting
    mr mrs ms dr s t don didn doesn isn wasn weren won wouldn couldn shouldn ve ll d m re
    today yesterday tomorrow week weeks month months year years day days time times
    people percent first second third two three four five six seven eight nine ten
    like get got make made way including told added just
    """.split()
)

MONTHS: dict[str, int] = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sep": 9, "sept": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}

WEEKDAYS: frozenset[str] = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday".split()
)

# Capitalised words that open sentences or headlines without naming anything.
NOT_NAMES: frozenset[str] = frozenset(
    """
    the a an this that these those it its he she they we i you his her their our my your
    in on at by for from with to of as and but or if when while after before since during
    there here what who why how where which also however meanwhile yesterday today tomorrow
    breaking update updated posted photo video watch read more related share comments
    mr mrs ms dr sir
    """.split()
) | frozenset(
    # page furniture around a report's date and byline ('Posted: ... PM ET', 'First published');
    # 'posted', 'updated', 'by' are in the set above
    """
    published first last originally article story stories source sources
    am pm a.m p.m et est edt ct cst cdt mt mst mdt pt pst pdt gmt utc bst cet cest ist aest
    copyright reuters ap afp
    """.split()
) | WEEKDAYS | frozenset(MONTHS)
