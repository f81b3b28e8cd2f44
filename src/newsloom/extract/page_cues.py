"""Cue data for reading plain-text page dumps: patterns and word lists only.

The logic that uses these lives in :mod:`newsloom.extract.text` and
:mod:`newsloom.extract.quality`.  Everything here is a generic description of
how news pages are built (error notices, teaser headings, bylines, opinion
labels...), never a description of one site.  Patterns are matched against a
single stripped line unless said otherwise; all are case-insensitive.
"""
from __future__ import annotations

import re

I = re.IGNORECASE

# --- crawl header --------------------------------------------------------
# A first line some crawlers prepend: "date 2025-07-27 403", "2025-07-27 200",
# "fetched 2025-07-27T10:00:00Z status 404".  Group "date" is the crawl date,
# group "status" the HTTP status.
CRAWL_HEADER = re.compile(
    r"^\s*(?:(?:date|crawl(?:ed)?|fetch(?:ed)?|retrieved|saved)\s*[:=]?\s*)?"
    r"(?P<date>\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2})?(?:Z|[+-]\d{2}:?\d{2})?)?)"
    r"\s+(?:(?:status|http)\s*[:=]?\s*)?(?P<status>[1-5]\d{2})\s*$",
    I,
)

# --- error notices -------------------------------------------------------
ERROR_NOTICE = [
    re.compile(p, I)
    for p in (
        r"\b(?:page|article|content|story)\b.{0,60}\b(?:does ?n[o']t|doesn't|does not|no longer) exist",
        r"\b(?:page|article|content|story)\b.{0,40}\b(?:could not|couldn't|cannot|can't) be found",
        r"\bwe (?:could ?n[o']t|can(?:no|')t|were unable to) find\b.{0,40}\b(?:page|article|story)",
        r"^\s*(?:error\s*)?404\b|\b404\b.{0,30}\b(?:not found|error|page)\b",
        r"\bpage not found\b|\bnot found\b\s*$",
        r"\bthe (?:page|url) you (?:were looking for|requested|are looking for)\b",
        r"\bseite (?:wurde )?nicht gefunden\b|\bpage (?:introuvable|non trouvée)\b",
        r"^\s*(?:403 forbidden|access denied|service unavailable|502 bad gateway|500 internal server error)\s*[.!]*\s*$",
    )
]
# Words that open an error notice but say nothing alone ("Sorry!!", "Oops!"): dropped, never flagged alone.
ERROR_WORDS = re.compile(r"^\s*(?:oops|sorry|whoops|error)[.!]*\s*$", I)

# --- machine-generated junk (LLM / machine-translation artifacts) ---------
MACHINE_JUNK = [
    re.compile(p, I)
    for p in (
        r"\bplease provide (?:me with )?(?:the|a|an)\b.{0,60}\b(?:article|text|content|passage)\b.{0,40}\b(?:translat|rewrit|summari|paraphras)",
        r"\b(?:article|text) you would like (?:me to )?(?:translat|rewrit|summari|paraphras)",
        r"\bas an ai (?:language )?model\b",
        r"\bi(?:'m| am) (?:sorry|unable),? (?:but )?i (?:can(?:no|')t|am unable to)\b",
        r"\bi (?:can(?:no|')t|am unable to) (?:assist|help) with (?:that|this)\b",
        r"^\s*(?:sure|certainly)[!,.]? here(?:'s| is) (?:the|a|an|your)\b",
        r"\bhere is the (?:translated|rewritten|paraphrased|summari[sz]ed) (?:article|text|version)\b",
        r"\bas of my (?:last )?(?:knowledge|training) (?:update|cut-?off)\b",
        r"\bregenerate response\b",
        r"\b(?:rewrite|paraphrase) (?:this|the following) (?:article|text)\b",
    )
]

# --- lines that are never article text ----------------------------------
# Headings after which an article is over (teaser lists, comments, footers).
END_HEADINGS = re.compile(
    r"^\s*(?:see also|read also|also read|read more|more news|more stories|more from\b.*|"
    r"latest(?: news| articles| stories| posts)?|most (?:popular|read|viewed|shared)(?: stories| articles| news)?|"
    r"related(?: articles| stories| news| posts| content| topics)?|recommended(?: for you| stories)?|"
    r"you (?:may|might) (?:also )?like|trending(?: now| stories)?|top stories|editor'?s? ?[‘'’]?s? picks|"
    r"popular(?: posts| stories| now)?|comments?(?:\s*\(?\d+\)?)?|leave a (?:comment|reply)|"
    r"share this(?: article| story)?|tags?:?|topics:?|legal disclaimer:?|disclaimer:?|"
    r"newsletter|sign up for .{0,40}|subscribe(?: now| to .{0,40})?|follow us(?: on .{0,30})?|"
    r"weitere artikel|mehr zum thema|das könnte sie auch interessieren|à lire aussi|lire aussi|"
    r"\d+\s+(?:comments?|responses?|thoughts|replies|reactions|kommentare?|commentaires?)\b.{0,160}|"
    r"(?:one|no) (?:comment|response|thought|reply)s?\b.{0,160}|"
    r"(?:comments?|responses?|thoughts|replies) (?:on|to) .{0,160})\s*[:.]?\s*$",
    I,
)

# Lines that open or belong to a reader-comment section.
_COMMENT_HEAD = (
    r"^\s*(?:\d+\s+)?(?:comments?|responses?|replies|thoughts|reactions|antworten|kommentare?|leserkommentare|"
    r"commentaires?|réactions|reacties)\b(?:\s*(?:on|to|zu|sur|\(\d+\)|:).{0,160})?\s*$|"
    r"^\s*(?:reply|antworten|répondre|melden|report(?: comment)?|permalink|quote|like|gefällt mir)\s*$")
_COMMENT_SAYS = r"\b(?:says|said|schreibt|sagt|écrit|wrote)\s*:\s*$"
_COMMENT_OPEN = (
    r"^\s*(?:leave a (?:reply|comment)|post a comment|"
    r"add a comment|write a comment|kommentar schreiben|comments powered by .{0,30}|join the discussion)\b")
COMMENT_CUE = re.compile(_COMMENT_HEAD + "|" + _COMMENT_SAYS + "|" + _COMMENT_OPEN, I)
# COMMENT_CUE in two parts: the branches anchored at the line start, and the
# one that needs a colon at the line end ("John says:").
COMMENT_CUE_AT_START = re.compile(_COMMENT_HEAD + "|" + _COMMENT_OPEN, I)
COMMENT_CUE_SAYS = re.compile(_COMMENT_SAYS, I)

# The credit line of an embedded post: "— Name (@handle) June 1, 2017".
EMBED_CREDIT = re.compile(r"\(@\w+\)|^\s*[—–-]\s*[^()]{1,60}\(@")

# Boilerplate found anywhere: disclaimers, appeals, app ads, share bars...
BOILERPLATE = {
    "disclaimer": re.compile(
        r"\bprovides? the information\b.{0,30}\bas is\b|\bwithout warranty of any kind\b|"
        r"\bdo(?:es)? not accept any (?:responsibility|liability)\b|"
        r"\bviews expressed\b.{0,60}\b(?:do not|don't) (?:necessarily )?reflect\b|"
        r"^\s*(?:legal )?disclaimer\s*:",
        I,
    ),
    "membership_appeal": re.compile(
        r"^\s*(?:become a (?:member|subscriber|supporter|patron)|support (?:us|our (?:work|journalism))|"
        r"donate(?: now| today)?|subscribe(?: now| today)?|join (?:us|now|today))\s*[.!]?\s*$|"
        r"\bjoin our community\b|\bpowered by (?:our )?readers\b|\bsupport (?:independent|quality|our) journalism\b|"
        r"\breader[- ]funded\b|\bbecome a (?:member|supporter|patron)\b|\bmake a (?:donation|contribution)\b",
        I,
    ),
    "app_ad": re.compile(
        r"\bdownload (?:the|our|\w+) app\b|\bapp[- ]?store\b|\bplay[- ]?store\b|\bgoogle play\b|"
        r"\bget (?:it|the app) on\b|\bavailable on the app\b",
        I,
    ),
    "share_bar": re.compile(
        r"^\s*(?:share|tweet|email|print|whatsapp|facebook|twitter|linkedin|telegram|copy link|pinterest)"
        r"(?:\s*(?:on )?(?:share|tweet|email|print|whatsapp|facebook|twitter|linkedin|telegram|copy link|pinterest|x))*\s*$",
        I,
    ),
    "cookie_notice": re.compile(r"\b(?:we use cookies|this (?:web)?site uses cookies|accept (?:all )?cookies)\b", I),
    "font_controls": re.compile(r"^\s*(?:\d{1,2}\s*(?:px|pt|punto)?\s*){2,}$|^(?:a\s*[-+]?\s*){2,}$", I),
    "comment_count": re.compile(r"^\s*comments?\s*(?:no comments?|\d+|\(\d+\))\s*$|^\s*no comments?(?: yet)?\s*$", I),
    "ad_label": re.compile(r"^\s*(?:advertisement|sponsored(?: content)?|ad|anzeige|publicité)\s*$", I),
    "software_error": re.compile(
        r"^\s*(?:warning|notice|fatal error|deprecated|parse error|strict standards)\s*:.{0,300}"
        r"(?:\bon line \d+|\bin /\S+|undefined (?:constant|variable|index|offset))",
        I,
    ),
    "logo": re.compile(r"^\s*(?:\w+\s+)?logo\s*$", I),
}

# Photo captions and credits.
CAPTION = re.compile(
    r"(?:\b(?:photo|image|picture|file photo|illustration|credit|courtesy|screenshot|screengrab)"
    r"(?:\s*(?:by|:|credit)[^.]{0,60})?\s*[.)]?\s*$)|"
    r"(?:\b(?:getty images|afp|reuters|ap photo|associated press|shutterstock|epa|anadolu|tass|ria novosti|"
    r"bloomberg|xinhua|pool)\s*[.)]?\s*$)|^\s*\([^()]{2,80}\s/\s[^()]{2,60}\)\s*$|"
    r"^\s*(?:photo|image|picture|credit|foto|bild)\s*:|^\s*(?:image|media|photo|video) ?caption",
    I,
)

# Navigation words: breadcrumbs and menus start with these.
HOME_WORDS = ("home page", "homepage", "home", "main page", "main", "start", "startseite", "accueil", "inicio")

# --- metadata cues -------------------------------------------------------
# A byline on its own line: "By Jane Doe", "By Jane Doe and John Roe, Reuters".
BYLINE = re.compile(
    r"^\s*(?i:by|von|par|written by|words by|text by|reporting by)\s*:?\s+"
    r"(?P<name>[A-Z][\w'’.-]+(?:\s+(?:[A-Z][\w'’.-]+|van|von|de|der|da|di|la|le|bin|al|el)){0,4}"
    r"(?:\s*(?:,|and|&|und|et)\s*[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,3})*)"
    r"\s*(?:[,|/·•-]\s*(?P<rest>.{0,60}))?$",
)
# "Author: X", "Autor: X", or a label line "Author" followed by a value line.
AUTHOR_LABEL = re.compile(r"^\s*(?:author|authors|autor|auteur|written by|posted by|by)\s*[:|]?\s*(?P<value>.*)$", I)
DATE_LABEL = re.compile(
    r"^\s*(?:date|published(?: on)?|posted(?: on)?|updated(?: on)?|last updated|datum|veröffentlicht(?: am)?|"
    r"aktualisiert(?: am)?|erscheinungsdatum|publié le|mis à jour le|time|first published)\s*[:|]?\s*(?P<value>.*)$",
    I,
)
UPDATED_LABEL = re.compile(r"^\s*(?:updated(?: on)?|last updated|aktualisiert(?: am)?|mis à jour(?: le)?)\b", I)
# Date lines that are not when the article was published: events, deadlines, reader comments.
NOT_PUBLICATION_DATE = re.compile(
    r"\b(?:termin|event|veranstaltung|deadline|ends?|expires?|until|bis zum|reply|antwort(?:en)?|répondre|"
    r"says|schreibt|sagt|comment(?:s|ed)?|kommentar|born|geboren)\b",
    I,
)
SECTION_LABEL = re.compile(r"^\s*(?:section|category|categories|kategorie|rubrik|rubrique)\s*[:|]\s*(?P<value>.+)$", I)

# Author bio at the end of an opinion piece: "Jane Doe is a political analyst ...".
HONORIFICS = r"(?:Dr|Prof|Professor|Mr|Mrs|Ms|Sir|Dame|Rev)\.?"
BIO_ROLES = (
    r"analyst|columnist|commentator|writer|author|journalist|editor|professor|lecturer|researcher|"
    r"fellow|scholar|economist|historian|director|founder|expert|specialist|contributor|correspondent|"
    r"academic|diplomat|ambassador|consultant|political scientist|scientist|lawyer|former"
)
AUTHOR_BIO = re.compile(
    r"(?:^|[.!?]\s+|[•*–—-]\s*)(?:" + HONORIFICS + r"\s+)?"
    r"(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’.-]+){1,3})\s+is\s+(?:a|an|the)\s+"
    r"(?:[\w-]+\s+){0,6}?(?:" + BIO_ROLES + r")\b",
)
# A name followed by a social handle at the very end ("X: @handle", "Twitter: @handle").
SOCIAL_HANDLE = re.compile(r"(?:\b(?:x|twitter|instagram|bluesky|threads)\s*:\s*)?@\w{2,}\s*$", I)

# Dateline naming the outlet at the start of a body: "(Reuters) -", "LONDON (AP) —", "(MENAFN)".
DATELINE_OUTLET = re.compile(
    r"^\s*(?:[A-Z][A-Z .,'-]{1,40}\s+)?\((?P<outlet>[A-Z][\w.&' -]{1,30}?)\)\s*(?:[-–—:]\s*)?(?=[A-Z“\"‘'])"
)
# Words a dateline parenthesis may hold that are not outlets.
NOT_OUTLET_WORDS = {"updated", "update", "video", "photos", "photo", "watch", "live", "opinion", "analysis",
                    "file", "ap photo", "exclusive", "breaking"}
# A domain-shaped name: "News.example", "Example.com".
DOMAIN_NAME = r"[A-Z][\w-]*(?:\.[a-z]{2,6}){1,2}"
# "Example.com reports that", "Example.az reported", "according to Example.com".
REPORTS_OUTLET = re.compile(
    r"(?:^|[.!?]\s+)(?P<outlet>" + DOMAIN_NAME + r")\s+(?:reports?|reported|has learned|learned|writes|wrote)\b"
    r"|\baccording to (?P<outlet2>" + DOMAIN_NAME + r")\b"
)
# Page-title suffix naming the site: "Headline - Outlet", "Headline | Outlet".
TITLE_SUFFIX = re.compile(r"^(?P<head>.{12,}?)\s+(?:[-–—|•:]|::)\s+(?P<site>[^-–—|•]{2,40})$")
COPYRIGHT = re.compile(
    r"(?:©|\(c\)|\bcopyright\b)(?:\s*(?:©|\(c\)|copyright|\d{4}(?:\s*[-–]\s*\d{4})?|by)\b\.?)*\s*"
    r"(?P<owner>[A-Z][\w.&' -]{1,40}?)\s*(?:\d{4}\b.*|[.,|].*|\s+all rights.*|\s*)$",
    I,
)
# Words a copyright owner never is (the line is a link label, not a notice).
NOT_OWNER_WORDS = {"and", "reprint", "permissions", "notice", "policy", "information", "all", "rights", "reserved"}

# --- opinion cues --------------------------------------------------------
OPINION_SECTION = re.compile(
    r"^\s*(?:opinion|opinions|op-?eds?|commentary|commentaries|columns?|columnists?|editorials?|"
    r"viewpoints?|point of view|analysis and opinion|meinung|tribunes?|guest (?:column|essay|opinion))\s*$"
    r"|^\s*(?:opinion|op-?ed|commentary|column|editorial)\s*[|:]",
    I,
)
# First-person argument outside quotations.
FIRST_PERSON_ARGUMENT = re.compile(
    r"\b(?:I (?:think|believe|assume|argue|suspect|would argue|contend|fear|doubt|suggest|expect)|"
    r"in my (?:view|opinion)|it seems to me|I am (?:convinced|not convinced)|we (?:must|should|need to) (?:not )?"
    r"(?:ask|remember|recognise|recognize|accept|admit))\b"
)

# Section names a kicker line may hold (a one- to three-word label above the title).
SECTION_MAX_WORDS = 3

# Lines that are never a title: share bars, calls to action.
NOT_TITLE = re.compile(
    r"^\s*(?:show (?:more|less)|more sharing|sharing options|share|follow|sign (?:up|in)|log ?in|subscribe|click|read (?:more|next)|watch|listen|advertisement|"
    r"skip to|jump to|download|print|email|close|menu|search|cookie|accept|more (?:from|on)|posted|updated|published|"
    r"copy|leave a (?:comment|reply)|these are external links|related|advertis|sponsored|learn more|"
    r"media playback|image (?:copyright|caption)|play video|video duration|copyright|all rights)\b|^\s*©"
    r"|\bwill open in a new (?:window|tab)\b",
    I,
)
# Words at which a byline's name stops ("By Jane Doe Updated Nov 3", "by Jane September 15").
NAME_STOP_WORDS = {
    "updated", "published", "posted", "on", "at", "in", "for", "from", "via", "with", "last", "and", "share",
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
    "dec", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "staff", "reporter",
    "correspondent", "editor", "updated:", "published:", "am", "pm", "gmt", "utc", "min", "read",
    "writer", "columnist", "contributor", "senior", "business", "chief", "special", "political",
}
# URL path parts that mark an opinion piece.
OPINION_URL = re.compile(r"/(?:opinion|opinions|op-?ed|oped|commentary|columns?|columnists?|editorials?|meinung|tribune)s?/", I)

# Words that make a short line a label rather than a section or an outlet.
NON_LABEL_WORDS = {
    "menu", "search", "login", "log in", "sign in", "subscribe", "share", "print", "email", "close",
    "up", "top", "back", "next", "previous", "more", "logo", "#", "skip to content", "register",
    "learn more", "copy", "advertise", "e-edition", "video", "videos", "watch", "live", "home", "photos",
    "gallery", "podcast", "podcasts", "newsletter", "newsletters", "sections", "trending", "latest",
}

# Teaser summaries are cut off with an ellipsis.
TRUNCATED = re.compile(r"(?:\.\.\.|…)\s*$")
