"""Cue data for the body/boilerplate line classifier (``newsloom.extract.lines``).

Pure data: word lists and regular-expression sources, grouped by the kind of
boilerplate they point at.  The logic that uses them lives in ``lines.py``;
adding a language or a phrase means editing this file only.

Patterns are matched case-insensitively against one line of a plain-text page
dump.  ``WHOLE_LINE_*`` sets are compared with the whole line (lower-cased,
stripped of separators and punctuation); ``*_PATTERNS`` are searched anywhere
in the line.
"""
from __future__ import annotations

# Function words of the languages newsloom sees most.  A line of running prose
# has many of them; navigation, teaser titles and credits have few.
STOPWORDS: frozenset[str] = frozenset(
    """
    a about above after again against all also am an and any are as at be because been
    before being below between both but by can could did do does doing down during each
    few for from further had has have having he her here hers him his how i if in into is
    it its itself just me more most my no nor not now of off on once only or other our
    ours out over own same she should so some such than that the their theirs them then
    there these they this those through to too under until up very was we were what when
    where which while who whom why will with would you your yours said says one two
    der die das und ist nicht ein eine einen einem einer es sich mit auf für von dem den
    des zu im auch wie als bei nach aus wird werden hat haben sind war noch nur oder aber
    wenn dass so um über vor
    le la les un une des et est pas que qui dans pour sur au aux du ce cette il elle ils
    sont avec par plus ont été mais ou sa son ses leur
    el los las y en del que por con para una es se lo al como más pero sus su fue ha
    o os as um uma do da dos das em no na não é com
    il di che per non sono gli della nel
    het een van en de is dat op te zijn niet met voor
    и в не на что с по как а то это из у за от о же для
    """.split()
)

# Whole lines that are site chrome: menu entries, buttons, widget labels.
WHOLE_LINE_NAV: frozenset[str] = frozenset(
    item.strip()
    for item in """
    home|homepage|home page|news|latest|latest news|breaking news|top stories|world|us|u.s.|uk|
    politics|business|economy|markets|money|tech|technology|science|health|sport|sports|
    entertainment|culture|arts|lifestyle|life|style|travel|food|opinion|opinions|editorial|
    editorials|analysis|features|video|videos|photos|photo|gallery|galleries|podcast|podcasts|
    live|weather|education|environment|climate|local|national|international|region|regions|
    more|more news|menu|main menu|search|search for|close|open|toggle navigation|navigation|
    skip to content|skip to main content|skip to navigation|back to top|scroll to top|
    contact|contact us|about|about us|who we are|our team|careers|jobs|advertise|advertising|
    advertise with us|privacy|privacy policy|cookie policy|cookies|cookie settings|terms|
    terms of use|terms of service|terms and conditions|terms & conditions|disclaimer|imprint|
    impressum|sitemap|site map|help|faq|rss|rss feed|newsletter|newsletters|subscribe|
    subscription|subscriptions|log in|login|log out|logout|sign in|sign up|sign out|register|
    my account|account|profile|settings|edition|print edition|e-paper|epaper|archive|archives|
    tags|tag|topics|categories|category|sections|section|all sections|share|share this|
    share this article|share on facebook|share on twitter|tweet|email|e-mail|print|whatsapp|
    facebook|twitter|instagram|youtube|linkedin|pinterest|reddit|telegram|tiktok|flipboard|
    google+|google plus|like|comment|comments|reply|leave a comment|leave a reply|
    previous|next|previous article|next article|previous post|next post|older posts|
    newer posts|load more|show more|read more|see more|view more|see all|view all|more stories|
    related|related articles|related stories|related posts|related content|related news|
    recommended|recommended for you|you may also like|you might also like|trending|
    trending now|most popular|most read|most viewed|popular|editor's picks|editors' picks|
    don't miss|must read|also read|see also|read also|in other news|top|advertisement|
    sponsored|sponsored content|partner content|promoted|ad|ads|loading|loading...|
    english|español|deutsch|français|русский|italiano|português|中文|日本語|
    startseite|nachrichten|suche|anmelden|abonnieren|teilen|mehr|weiterlesen|kontakt|
    datenschutz|accueil|actualités|recherche|connexion|partager|lire aussi|voir aussi|
    inicio|noticias|buscar|compartir|más|leer más|contacto|главная|новости|поиск|войти|
    поделиться|ещё|читать также|bağla|xəbərlər|axtar|ana səhifə
    """.split("|")
    if item.strip()
)

# Phrases that mark a line as boilerplate wherever they occur.  One regular
# expression source per kind; the kind names become the verdict reasons.
CUE_PATTERNS: dict[str, list[str]] = {
    "share": [
        r"\bshare (this|on|via|the|article|story|post)\b",
        r"\b(click|tap) to (share|email|print|tweet)\b",
        r"\bshare (your|our) (thoughts|opinion)\b",
        r"^(like|tweet|pin|email|print|share)( this)?:?$",
        r"\bfollow (us|@)",
        r"\blike us on\b",
        r"\bfollow .{0,30} on (twitter|facebook|instagram)\b",
        r"\bjoin (the|our) (conversation|discussion)\b",
        r"\b(teilen|partager|compartir)\b",
    ],
    "subscribe": [
        r"\bsubscri(be|ption)\b",
        r"\bnewsletters?\b",
        r"\bsign (up|in) (for|to|with)\b",
        r"\benter your e-?mail\b",
        r"\byour e-?mail address\b",
        r"\b(free|unlimited|digital) (trial|access)\b",
        r"\balready (a )?(subscriber|member|registered)\b",
        r"\bcreate (a|an|your) (free )?account\b",
        r"\blog ?in to\b",
        r"\bregister (now|for free|to)\b",
        r"\b(abonn|suscr)\w*",
    ],
    "membership": [
        r"\bbecome a (member|supporter|patron|subscriber)\b",
        r"\bsupport (our|independent|quality) (journalism|reporting|newsroom|work)\b",
        r"\b(donate|make a donation|contribute) (now|today)\b",
        r"^(donate|contribute)$",
        r"\bjoin our community\b",
        r"\b(reader|member)-(funded|supported|powered)\b",
        r"\bpowered by (our )?readers\b",
    ],
    "cookie": [
        r"\bcookies?\b.{0,60}\b(use|accept|consent|policy|settings|browsing|experience)\b",
        r"\b(accept|reject|manage) (all )?cookies\b",
        r"\bwe (use|value) (cookies|your privacy)\b",
        r"\bprivacy (policy|settings|notice)\b",
        r"\bjavascript (is )?(disabled|required|enabled)\b",
        r"\benable javascript\b",
        r"\b(ad|content) ?blocker\b",
        r"\bupdate your browser\b",
    ],
    "copyright": [
        r"©",
        r"\(c\) ?\d{4}",
        r"\bcopyright\b",
        r"\ball rights reserved\b",
        r"\balle rechte vorbehalten\b|\btous droits réservés\b|\btodos los derechos reservados\b",
        r"\bвсе права защищены\b",
        r"\b(may not|must not) be (reproduced|republished|redistributed|rewritten)\b",
        r"\bwithout (the )?(prior )?(written )?permission\b",
        r"\bterms (of|and) (use|service|conditions)\b",
    ],
    "disclaimer": [
        r"\bthe views expressed\b",
        r"\bdo(es)? not necessarily reflect\b",
        r"\bis not responsible for\b",
        r"\b(affiliate|commission) (links?|from)\b",
        r"\bthis (article|story|post) (was|has been) (updated|corrected|amended)\b",
        r"\bwe (may )?earn (a )?commission\b",
    ],
    "app": [
        r"\bdownload (our|the) app\b",
        r"\b(app store|google play|play store)\b",
        r"\bget (the|our) app\b",
        r"\bopen in (the )?app\b",
    ],
    "advertisement": [
        r"^(advertisement|advertising|sponsored|ad|anzeige|publicité|publicidad|реклама)\b",
        r"\bstory continues below\b",
        r"\bcontinue reading (the main story|below)\b",
        r"\barticle continues (below|after)\b",
        r"\bscroll (down )?to continue\b",
        r"\bpaid (post|content|partnership)\b",
    ],
    "related": [
        r"^(see|read|view) (also|more)\b",
        r"^(also|more) (read|on|from|in)\b",
        r"^(related|recommended|trending|popular|latest|top|most (popular|read|viewed|shared))\b.{0,30}$",
        r"^(you (may|might) (also )?(like|enjoy|be interested))",
        r"^(more (stories|news|articles|from))\b",
        r"^(editor['‘’]?s['‘’]? (picks?|choice))\b",
        r"^(don't miss|must read|in case you missed)\b",
        r"^(lire aussi|voir aussi|à lire aussi|lesen sie auch|mehr zum thema|lea también|leia também)\b",
        r"\b\d+ comments?$",
        r"^(next|previous) (article|post|story)\b",
    ],
    "comments": [
        r"\b(leave|post|add|write) a (comment|reply)\b",
        r"\b\d+ (comments?|replies|responses)\b",
        r"\bcomments? (are|is) (closed|moderated)\b",
        r"\bcancel reply\b",
        r"\byour (name|email|comment)\b.{0,20}\*",
        r"\bnotify me\b",
        r"\blog in to (comment|reply)\b",
        r"\bcommenting (policy|guidelines)\b",
        r"\bsorted by\b|\bsort by\b",
    ],
    "caption": [
        r"\b(photo|image|picture|video|graphic|illustration)s?( credit)?:",
        r"\b(photo|image|picture|illustration) (by|courtesy|credit)\b",
        r"\bcredit\s?(\.\.\.|:)",
        r"\b(getty images|afp|reuters|associated press|ap photo|shutterstock|istock|epa|dpa|pa media)\b\s*(/|$|\))",
        r"^(file )?(photo|image|picture):?\s",
        r"\bimage (caption|copyright)\b",
        r"\bfoto:|\bbild:|\bcrédit photo\b",
        r"\((photo|photos|photograph)\b[^)]{0,40}\)$",
    ],
    "byline": [
        r"^(by|von|par|por|posted by|written by|reporting by|edited by)\s+\S",
        r"^(updated|published|posted|last updated|first published)\b",
        r"\b(min|minute)s? read\b",
        r"\b(reading time|lesezeit|temps de lecture)\b",
    ],
}

# Cue kinds that decide on their own: a line of at most STRONG_CUE_MAX_WORDS
# words matching one of them is dropped whatever its score (on the aeb dev
# pages such short lines are boilerplate in well over 95% of cases).
STRONG_CUE_KINDS: frozenset[str] = frozenset(
    "share subscribe membership cookie copyright app advertisement related comments byline".split())
STRONG_CUE_MAX_WORDS = 15

# Month names (for date-only lines such as "November 20, 2019").
MONTHS: list[str] = (
    "january february march april may june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec "
    "januar februar märz mai juni juli oktober dezember "
    "janvier février mars avril juin juillet août septembre octobre novembre décembre "
    "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre"
).split()

# A cheap filter that keeps the classifier fast: the patterns of a kind are
# tried only on a line that holds one of its CUE_TRIGGERS words (lower-cased
# \w+ tokens), starts with one of its CUE_START_TRIGGERS words, holds one of its
# CUE_TRIGGER_CHARS or a word beginning with one of its CUE_TRIGGER_STEMS.
# Trigger words count in lower case, capitalised or in capitals ("follow",
# "Follow", "FOLLOW"), not in mixed case ("AdBlocker" is not searched for the
# "adblocker" cues).  Every pattern must need one of these; the test suite
# checks that the filter changes no match on the aeb evaluation pages.
CUE_TRIGGERS: dict[str, frozenset[str]] = {
    "share": frozenset("""share click tap like follow conversation discussion teilen partager
        compartir""".split()),
    "subscribe": frozenset("""subscribe subscription subscriptions sign enter address trial access
        member registered account log login register""".split()),
    "membership": frozenset("""become support donate donation contribute community funded
        supported powered""".split()),
    "cookie": frozenset("""cookie cookies privacy javascript enable blocker adblocker
        contentblocker browser""".split()),
    "copyright": frozenset("""copyright c reserved vorbehalten réservés reservados защищены
        reproduced republished redistributed rewritten permission terms""".split()),
    "disclaimer": frozenset("""expressed necessarily responsible affiliate commission updated
        corrected amended earn""".split()),
    "app": frozenset("""app play""".split()),
    "advertisement": frozenset("""continues continue paid""".split()),
    "related": frozenset("""comment comments""".split()),
    "comments": frozenset("""comment comments reply replies responses cancel notify log commenting
        sorted sort""".split()),
    "caption": frozenset("""photo photos photograph photographs image images picture pictures video
        videos graphic graphics illustration illustrations credit getty afp reuters associated ap
        shutterstock istock epa dpa pa file foto bild crédit""".split()),
    "byline": frozenset("""min mins minute minutes reading lesezeit lecture""".split()),
}
# Words that count only as the first word of a line (patterns anchored at the start).
CUE_START_TRIGGERS: dict[str, frozenset[str]] = {
    "related": frozenset("""see read view also more related recommended trending popular latest top
        most you editor editors don must in lire voir à lesen mehr lea leia next previous""".split()),
    "byline": frozenset("""by von par por posted written reporting edited updated published last
        first""".split()),
    "advertisement": frozenset("""advertisement advertising sponsored ad anzeige publicité publicidad
        реклама""".split()),
    "share": frozenset("""tweet pin email print""".split()),
    "caption": frozenset("""file photo image picture""".split()),
}
CUE_TRIGGER_CHARS: dict[str, str] = {"copyright": "©", "comments": "*"}
CUE_TRIGGER_STEMS: dict[str, tuple[str, ...]] = {
    "subscribe": ("subscri", "abonn", "suscr", "newsletter"),
}
