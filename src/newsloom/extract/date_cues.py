"""Words that newsloom's date reader relies on: month and weekday names in
several languages, and the cue words that tell a publication date from other
dates on a page.

This module is data only; the logic lives in :mod:`newsloom.extract.dates`.
All words are lower case; the reader matches them case-insensitively.  Names
that are written with and without diacritics are listed both ways.
"""
from __future__ import annotations

# Month names, full and abbreviated, by month number.  An abbreviation may be
# followed by a dot on the page; the reader allows that.
_MONTHS_BY_LANGUAGE: dict[str, list[list[str]]] = {
    "en": [
        ["january", "jan"], ["february", "feb"], ["march", "mar"],
        ["april", "apr"], ["may"], ["june", "jun"], ["july", "jul"],
        ["august", "aug"], ["september", "sep", "sept"], ["october", "oct"],
        ["november", "nov"], ["december", "dec"],
    ],
    "de": [
        ["januar", "jänner", "jaenner", "jan", "jän"], ["februar", "feber", "feb"],
        ["märz", "maerz", "marz", "mär", "mrz"], ["april", "apr"], ["mai"],
        ["juni", "jun"], ["juli", "jul"], ["august", "aug"],
        ["september", "sep", "sept"], ["oktober", "okt"], ["november", "nov"],
        ["dezember", "dez"],
    ],
    "fr": [
        ["janvier", "janv"], ["février", "fevrier", "févr", "fevr", "fév", "fev"],
        ["mars"], ["avril", "avr"], ["mai"], ["juin"], ["juillet", "juil"],
        ["août", "aout"], ["septembre", "sept"], ["octobre", "oct"],
        ["novembre", "nov"], ["décembre", "decembre", "déc", "dec"],
    ],
    "es": [
        ["enero", "ene"], ["febrero", "feb"], ["marzo", "mar"], ["abril", "abr"],
        ["mayo", "may"], ["junio", "jun"], ["julio", "jul"], ["agosto", "ago"],
        ["septiembre", "setiembre", "sep", "sept", "set"], ["octubre", "oct"],
        ["noviembre", "nov"], ["diciembre", "dic"],
    ],
    "it": [
        ["gennaio", "gen"], ["febbraio", "feb"], ["marzo", "mar"], ["aprile", "apr"],
        ["maggio", "mag"], ["giugno", "giu"], ["luglio", "lug"], ["agosto", "ago"],
        ["settembre", "set"], ["ottobre", "ott"], ["novembre", "nov"],
        ["dicembre", "dic"],
    ],
    "pt": [
        ["janeiro"], ["fevereiro", "fev"], ["março"], ["abril"],
        ["maio"], ["junho"], ["julho"], ["agosto"], ["setembro"], ["outubro"],
        ["novembro"], ["dezembro", "dez"],
    ],
    "nl": [
        ["januari"], ["februari"], ["maart", "mrt"], ["april"], ["mei"],
        ["juni"], ["juli"], ["augustus"], ["september"], ["oktober"],
        ["november"], ["december"],
    ],
    "ru": [
        ["января", "январь", "янв"], ["февраля", "февраль", "фев"],
        ["марта", "март", "мар"], ["апреля", "апрель", "апр"], ["мая", "май"],
        ["июня", "июнь", "июн"], ["июля", "июль", "июл"],
        ["августа", "август", "авг"], ["сентября", "сентябрь", "сен", "сент"],
        ["октября", "октябрь", "окт"], ["ноября", "ноябрь", "ноя"],
        ["декабря", "декабрь", "дек"],
    ],
    "uk": [
        ["січня", "січень"], ["лютого", "лютий"], ["березня", "березень"],
        ["квітня", "квітень"], ["травня", "травень"], ["червня", "червень"],
        ["липня", "липень"], ["серпня", "серпень"], ["вересня", "вересень"],
        ["жовтня", "жовтень"], ["листопада", "листопад"], ["грудня", "грудень"],
    ],
    "pl": [
        ["stycznia", "styczeń"], ["lutego", "luty"], ["marca", "marzec"],
        ["kwietnia", "kwiecień"], ["maja", "maj"], ["czerwca", "czerwiec"],
        ["lipca", "lipiec"], ["sierpnia", "sierpień"], ["września", "wrzesień"],
        ["października", "październik"], ["listopada", "listopad"],
        ["grudnia", "grudzień"],
    ],
    "tr": [
        ["ocak"], ["şubat", "subat"], ["mart"], ["nisan"], ["mayıs", "mayis"],
        ["haziran"], ["temmuz"], ["ağustos", "agustos"], ["eylül", "eylul"],
        ["ekim"], ["kasım", "kasim"], ["aralık", "aralik"],
    ],
    "az": [
        ["yanvar"], ["fevral"], ["mart"], ["aprel"], ["may"], ["iyun"],
        ["iyul"], ["avqust"], ["sentyabr"], ["oktyabr"], ["noyabr"], ["dekabr"],
    ],
}


def _month_table() -> dict[str, int]:
    table: dict[str, int] = {}
    for months in _MONTHS_BY_LANGUAGE.values():
        for number, names in enumerate(months, start=1):
            for name in names:
                known = table.setdefault(name, number)
                if known != number:  # pragma: no cover - guards the data above
                    raise ValueError(f"month name {name!r} means both {known} and {number}")
    return table


#: month name or abbreviation (lower case) -> month number 1..12
MONTHS: dict[str, int] = _month_table()

#: words that may stand between the day and the month or the month and the
#: year ("3 de septiembre de 2025", "3rd of September")
DATE_JOINERS: tuple[str, ...] = ("de", "of", "del", "do", "da")

#: weekday names (full and abbreviated) that often precede a date
WEEKDAYS: frozenset[str] = frozenset({
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
    "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonnabend", "sonntag",
    "mo", "di", "mi", "do", "fr", "sa", "so",
    "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
    "lunes", "martes", "miércoles", "miercoles", "jueves", "viernes", "sábado", "sabado", "domingo",
    "lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica",
    "понедельник", "вторник", "среда", "четверг", "пятница", "суббота", "воскресенье",
})

#: words for "at" between a date and its time ("3 May 2025 at 17:24")
TIME_JOINERS: tuple[str, ...] = ("at", "um", "à", "a las", "alle", "в", "om", "saat", "às")

# --- cue words for publication dates ----------------------------------------
# A cue is matched at a word boundary, case-insensitively, shortly before a
# date on the same line (or at the end of the line just above it).

#: the date that follows is when the page was first published
PUBLISHED_CUES: tuple[str, ...] = (
    "published", "publication date", "date published", "posted", "posted on", "posted at",
    "first published", "originally published", "released", "release date", "issued",
    "written on", "written", "created", "date:", "dated",
    "veröffentlicht", "veroeffentlicht", "erschienen", "erstellt", "publiziert",
    "geschrieben", "datum", "eingestellt", "stand:",
    "publié", "publie", "publié le", "mis en ligne", "date de publication",
    "publicado", "publicada", "fecha de publicación",
    "pubblicato", "pubblicata",
    "опубликовано", "опубликован", "дата публикации", "yayınlanma", "yayımlandı",
    "gepubliceerd", "geplaatst",
)

#: the date that follows is when the page was changed (less wanted)
UPDATED_CUES: tuple[str, ...] = (
    "updated", "last updated", "update:", "modified", "last modified", "revised",
    "edited", "last edited", "last reviewed", "reviewed",
    "aktualisiert", "zuletzt aktualisiert", "geändert", "zuletzt geändert", "letzte änderung",
    "bearbeitet", "überarbeitet",
    "mis à jour", "mise à jour", "modifié", "actualizado", "actualizada", "aggiornato",
    "обновлено", "изменено", "güncellendi", "bijgewerkt",
)

#: a date that follows is not the page's own date
OTHER_DATE_CUES: tuple[str, ...] = (
    "copyright", "©", "(c)", "all rights reserved", "alle rechte vorbehalten",
    "tous droits réservés", "todos los derechos",
    "accessed", "retrieved", "abgerufen", "zugriff", "consulté",
    "comment", "comments", "kommentar", "kommentare", "reply", "antworten", "says:",
    "sagt:", "schreibt:", "wrote:", "replied", "répondre", "commentaire",
    "born", "geboren", "died", "gestorben", "deadline", "expires", "valid until",
    "gültig bis", "event date", "registered", "joined", "member since", "mitglied seit",
    "dabei seit", "last login", "crawled", "fetched", "archived", "date of visit",
)

#: words that introduce the author in a byline; a date on such a line is
#: usually the article's own ("By Jane Doe | 27.06.2018")
BYLINE_CUES: tuple[str, ...] = (
    "by", "von", "par", "por", "di", "da", "door", "автор", "author", "autor", "auteur",
    "autore", "written by", "posted by", "geschrieben von", "verfasst von", "redaktion",
)

#: a line holding one of these starts a block of links to other pages, whose
#: dates are theirs, not the page's
RELATED_BLOCK_CUES: tuple[str, ...] = (
    "related", "related articles", "related posts", "related stories", "read more",
    "more from", "more stories", "you may also like", "you might also like",
    "recommended", "most popular", "most read", "popular posts", "recent posts",
    "latest news", "latest posts", "see also", "archive", "archives", "trending",
    "ähnliche beiträge", "ähnliche artikel", "verwandte artikel", "weitere artikel",
    "das könnte sie auch interessieren", "mehr zum thema", "neueste beiträge",
    "letzte beiträge", "aktuelle beiträge", "beliebte beiträge", "archiv",
    "articles similaires", "à lire aussi", "lire aussi", "derniers articles",
    "artículos relacionados", "articoli correlati", "читайте также", "похожие статьи",
    "comments", "kommentare", "leave a reply", "leave a comment", "schreibe einen kommentar",
    "hinterlasse einen kommentar", "kommentar verfassen", "responses", "antworten",
)

#: how a crawler's header line states the crawl date ("date 2025-07-27 403")
CRAWL_HEADER_WORDS: tuple[str, ...] = ("date", "crawled", "crawl date", "fetched", "retrieved")

#: prepositions that put a date inside a sentence about some event ("am 6. Mai
#: 1993 konnte", "on 20 December 1996", "le 9 janvier"): such a date is what
#: the article tells about, seldom when it was published
EVENT_PREPOSITIONS: tuple[str, ...] = (
    "on", "since", "until", "till", "by", "from", "before", "after", "between", "and",
    "am", "vom", "bis", "zum", "seit", "ab", "ende", "anfang", "mitte", "und", "zwischen",
    "le", "du", "au", "depuis", "jusqu'au", "entre", "et", "el", "del", "desde", "hasta",
    "il", "dal", "al", "fino", "с", "по", "до",
)
