"""Page-quality flags for plain-text pages.

A flag is a string ``"reason: detail"``.  Reasons:

- ``error_notice``: the page is only an error notice (no article behind it).
- ``error_banner``: an error notice sits above a real article (the article is kept).
- ``http_status``: the crawl header gives an error status although article text is present.
- ``machine_junk``: the page shows machine-generated junk (LLM or machine-translation
  artifacts such as "Please provide the article you would like me to translate"),
  a sign of a low-quality, machine-generated site.
- ``no_article``: nothing on the page reads as article text.
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from newsloom.extract import page_cues as cues

# An article shorter than this (in words) does not count as "a real article".
MIN_ARTICLE_WORDS = 40
# How much of a line a flag quotes.
QUOTE_CHARS = 70


# --- cheap pre-checks for cue patterns -------------------------------------
# Most lines match no cue, and scanning a line with dozens of patterns one by
# one is slow.  Every pattern is read once (with the regex parser) for the
# literal words that any of its matches must contain ("page", "not found"...);
# a line that contains none of them, lower-cased, cannot match, and the
# pattern is not run.  The check only ever skips patterns that cannot match,
# so answers are the same as running every pattern.  Patterns without such
# words are always run.

try:  # the regex parser of the standard library (Python 3.11+)
    from re import _constants as _sre_c, _parser as _sre_p
except ImportError:  # pragma: no cover - another Python: every pattern is always run
    _sre_p = _sre_c = None

MIN_NEEDLE = 1  # the shortest literal worth checking (longer ones are preferred)
# Characters that a case-insensitive pattern matches to an ASCII letter although
# they are not ASCII (dotted/dotless i, long s, Kelvin sign): lines holding them
# skip the pre-check.
_FOLD_ODD = re.compile("[\u0130\u0131\u017f\u212a]")


def _needles_of(sub) -> frozenset[str] | None:
    """Lower-case ASCII strings one of which every match of ``sub`` contains, or None."""
    options: list[frozenset[str]] = []
    run: list[str] = []

    def close_run() -> None:
        if run:
            options.append(frozenset(["".join(run)]))
            run.clear()

    for op, av in sub:
        if op is _sre_c.LITERAL and av < 128:
            run.append(chr(av).lower())
            continue
        close_run()
        if op is _sre_c.SUBPATTERN:
            got = _needles_of(av[-1])
        elif op is _sre_c.BRANCH:
            alts = [_needles_of(b) for b in av[1]]
            got = None if any(a is None for a in alts) else frozenset().union(*alts)
        elif op in (_sre_c.MAX_REPEAT, _sre_c.MIN_REPEAT) and av[0] >= 1:
            got = _needles_of(av[2])
        else:
            got = None
        if got is not None:
            options.append(got)
    close_run()
    options = [o for o in options if o and min(len(x) for x in o) >= MIN_NEEDLE]
    if not options:
        return None
    return max(options, key=lambda o: (min(len(x) for x in o), -len(o)))


def pattern_needles(pat: re.Pattern) -> tuple[str, ...] | None:
    """The literal words (lower case) one of which every match of ``pat`` holds; None: no cheap check."""
    if _sre_p is None or not isinstance(pat.pattern, str):
        return None
    try:
        got = _needles_of(_sre_p.parse(pat.pattern, pat.flags))
    except Exception:  # noqa: BLE001 - a pattern the reader does not follow is always run
        return None
    return tuple(sorted(got)) if got else None


def _ascii_free(ch: str) -> bool:
    """No case-insensitive match of the character ``ch`` can be an ASCII character."""
    return all(not v.isascii() for v in {ch, ch.lower(), ch.upper(), ch.casefold()}) \
        and ch not in "\u0130\u0131\u017f\u212a"


def needs_non_ascii(pat: re.Pattern) -> bool:
    """Every match of ``pat`` holds a non-ASCII character (one of its literals,
    whatever the case), so an ASCII line cannot match it."""
    if _sre_p is None or not isinstance(pat.pattern, str):
        return False
    try:
        sub = _sre_p.parse(pat.pattern, pat.flags)
    except Exception:  # noqa: BLE001 - a pattern the reader does not follow is always run
        return False
    return any(op is _sre_c.LITERAL and av >= 128 and _ascii_free(chr(av)) for op, av in sub)


def _anchored(sub) -> bool:
    """Every match of ``sub`` starts at the start of the line (a cheap pattern to run)."""
    if not len(sub):
        return False
    op, av = sub[0]
    if op is _sre_c.AT:
        return av is _sre_c.AT_BEGINNING or av is _sre_c.AT_BEGINNING_STRING
    if op is _sre_c.SUBPATTERN:
        return _anchored(av[-1])
    if op is _sre_c.BRANCH:
        return all(_anchored(b) for b in av[1])
    return False


def is_anchored(pat: re.Pattern) -> bool:
    """``pat`` can only match at the start of a line (without MULTILINE): running it costs little."""
    if _sre_p is None or not isinstance(pat.pattern, str) or pat.flags & re.MULTILINE:
        return False
    try:
        return _anchored(_sre_p.parse(pat.pattern, pat.flags))
    except Exception:  # noqa: BLE001
        return False


def lowered(line: str) -> str | None:
    """``line`` lower-cased for the needle check; None when the check cannot be trusted on it."""
    if line.isascii():
        return line.lower()
    if _FOLD_ODD.search(line):
        return None
    return line.lower()


def may_match(needles: tuple[str, ...] | None, low: str | None) -> bool:
    """False only when a pattern with ``needles`` cannot match the line lower-cased to ``low``."""
    if needles is None or low is None:
        return True
    for n in needles:
        if n in low:
            return True
    return False


def needle_gate(needles) -> re.Pattern | None:
    """One pattern that finds any of ``needles`` (shared prefixes factored out,
    which a long list of words needs to stay fast); None for no needles."""
    trie: dict = {}
    for w in sorted(set(needles)):
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}
    if not trie:
        return None

    def build(node: dict) -> str:
        branches = [re.escape(ch) + build(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        alt = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return "(?:" + alt + ")?" if "" in node else alt

    return re.compile(build(trie))


def _needle_index(needles) -> tuple[re.Pattern | None, dict[str, frozenset[str]]]:
    """The :func:`needle_gate` of ``needles`` and, for each needle, the needles
    held in it (itself included): a needle occurs in a line exactly when it
    lies within the longest needle found at its spot (see :func:`needles_found`)."""
    every = sorted(set(needles), key=lambda n: (-len(n), n))
    return needle_gate(every), {n: frozenset(m for m in every if m in n) for n in every}


def needles_found(gate: re.Pattern, within: dict[str, frozenset[str]], low: str) -> set[str]:
    """Every needle that ``low`` holds: at each spot where a needle starts,
    ``gate`` (a :func:`needle_gate`) finds the longest one there, and the
    needles held in it (``within``) are present.  The gate's search skips
    the spots where no needle can start."""
    found: set[str] = set()
    search = gate.search
    m = search(low)
    while m is not None:
        found.update(within[m.group()])
        m = search(low, m.start() + 1)
    return found


def any_of(patterns) -> re.Pattern | None:
    """One pattern that matches a line exactly when one of ``patterns`` does
    (their alternation); None when they cannot be joined safely (different
    flags, back-references, group names used twice...)."""
    pats = list(patterns)
    if not pats or len({p.flags for p in pats}) != 1:
        return None
    if any(not isinstance(p.pattern, str) or re.search(r"\\\d|\(\?P=", p.pattern) for p in pats):
        return None
    try:
        return re.compile("|".join(f"(?:{p.pattern})" for p in pats), pats[0].flags)
    except re.error:
        return None


def any_of_test(patterns):
    """``search`` of :func:`any_of`'s pattern, or its ``match`` when it is
    anchored (the same answers, sooner); None when they cannot be joined."""
    joined = any_of(patterns)
    return None if joined is None else joined.match if is_anchored(joined) else joined.search


class CueChecks:
    """Patterns tried in order, each skipped when the line lacks all of its needles.

    A first gate (one scan of the lower-cased line for every pattern's needles
    at once) lets most lines skip every pattern that has needles.  Patterns
    anchored at the line start cost little and are always run.
    """

    __slots__ = ("items", "gate", "always", "within")

    def __init__(self, patterns) -> None:
        # patterns anchored at the line start are cheap to run: they are always run
        self.items = [(p, None if is_anchored(p) else pattern_needles(p)) for p in patterns]
        self.always = [p for p, nd in self.items if nd is None]  # in order: tried when the gate is shut
        self.gate, self.within = _needle_index(n for _p, nd in self.items if nd for n in nd)

    @property
    def needles(self) -> frozenset[str]:
        """Every needle of the patterns (a line without any runs only :attr:`always`)."""
        return frozenset(self.within)

    def first_present(self, line: str, present: set[str] | frozenset[str]) -> re.Pattern | None:
        """:meth:`first`, given every needle the lower-cased line holds (at least
        all of this list's, as :class:`NeedleScan` finds them)."""
        for pat, needles in self.items:
            if needles is None or not present.isdisjoint(needles):
                if pat.search(line):
                    return pat
        return None

    def first_unneedled(self, line: str) -> re.Pattern | None:
        """:meth:`first` for a line known to hold none of :attr:`needles` (lower-cased)."""
        for pat in self.always:
            if pat.search(line):
                return pat
        return None

    def first(self, line: str, low: str | None = None) -> re.Pattern | None:
        """The first pattern that matches ``line`` (``low``: the line through :func:`lowered`)."""
        if low is None:
            low = lowered(line)
        if low is not None and self.gate is not None and self.gate.search(low) is None:
            for pat in self.always:
                if pat.search(line):
                    return pat
            return None
        if low is None or self.gate is None:
            for pat, needles in self.items:
                if needles is None or may_match(needles, low):
                    if pat.search(line):
                        return pat
            return None
        has = needles_found(self.gate, self.within, low).intersection
        for pat, needles in self.items:
            if needles is None or has(needles):
                if pat.search(line):
                    return pat
        return None


class NeedleScan:
    """Every needle of several pattern lists that a lower-cased line holds, from
    one scan of the line (instead of one per list)."""

    __slots__ = ("gate", "within")

    def __init__(self, needles) -> None:
        self.gate, self.within = _needle_index(needles)

    def present(self, low: str) -> set[str]:
        """The needles that ``low`` (a line through :func:`lowered`) holds."""
        if self.gate is None:
            return set()
        return needles_found(self.gate, self.within, low)


_ERROR_CHECKS: CueChecks | None = None
_JUNK_CHECKS: CueChecks | None = None


#: error notices are short: a longer line is never one
ERROR_NOTICE_MAX_CHARS = 240


def error_checks() -> CueChecks:
    """The error-notice patterns (``page_cues.ERROR_NOTICE``)."""
    global _ERROR_CHECKS
    if _ERROR_CHECKS is None:
        _ERROR_CHECKS = CueChecks(cues.ERROR_NOTICE)
    return _ERROR_CHECKS


def junk_checks() -> CueChecks:
    """The machine-junk patterns (``page_cues.MACHINE_JUNK``)."""
    global _JUNK_CHECKS
    if _JUNK_CHECKS is None:
        _JUNK_CHECKS = CueChecks(cues.MACHINE_JUNK)
    return _JUNK_CHECKS


@lru_cache(maxsize=8192)
def error_notice_reason(line: str) -> str | None:
    """Why ``line`` is an error notice, or None."""
    if len(line) > ERROR_NOTICE_MAX_CHARS:
        return None
    error_checks()
    pat = _ERROR_CHECKS.first(line)
    if pat is not None:
        return f"error notice matching /{pat.pattern[:40]}/"
    return None


@lru_cache(maxsize=8192)
def machine_junk_reason(line: str) -> str | None:
    """Why ``line`` is machine-generated junk, or None."""
    pat = junk_checks().first(line)
    if pat is not None:
        return f"machine-generated text matching /{pat.pattern[:40]}/"
    return None


_NOTICE_GATE: list = []


def _notice_gate() -> re.Pattern | None:
    """One pattern for the needles of the error-notice and machine-junk checks together."""
    if not _NOTICE_GATE:
        _NOTICE_GATE.append(needle_gate(error_checks().needles | junk_checks().needles))
        _NOTICE_GATE.append(any_of_test([*error_checks().always, *junk_checks().always]))
    return _NOTICE_GATE[0]


def _notice_checks(lines: Sequence[str], plain: Sequence[bool] | None = None,
                   known: Sequence[tuple[bool, bool] | None] | None = None) -> list[tuple[bool, bool]]:
    """For each line: is it an error notice, is it machine junk (as
    :func:`error_notice_reason` and :func:`machine_junk_reason` answer); lines
    marked in ``plain`` are known to be neither, and ``known`` gives the answers
    the caller already has (None where it has none).

    A line holding no needle of either list can only match their patterns
    without needles, so one scan for both lists' needles spares most lines
    the two separate checks.
    """
    gate = _notice_gate()
    unneedled = _NOTICE_GATE[1]  # the patterns without needles of both lists, joined
    errors, junk = error_checks(), junk_checks()
    out: list[tuple[bool, bool]] = []
    for i, ln in enumerate(lines):
        s = ln.strip()
        if not s or (plain is not None and plain[i]):
            out.append((False, False))
            continue
        if known is not None and known[i] is not None:
            out.append(known[i])
            continue
        low = lowered(s)
        if low is not None and gate is not None and gate.search(low) is None:
            if unneedled is not None and unneedled(s) is None:
                out.append((False, False))  # no pattern of either list matches
                continue
            out.append((len(s) <= ERROR_NOTICE_MAX_CHARS and errors.first_unneedled(s) is not None,
                        junk.first_unneedled(s) is not None))
        else:
            out.append((error_notice_reason(s) is not None, machine_junk_reason(s) is not None))
    return out


def _quote(line: str) -> str:
    line = re.sub(r"\s+", " ", line).strip()
    return line if len(line) <= QUOTE_CHARS else line[: QUOTE_CHARS - 1] + "…"


def quality_flags(
    lines: Sequence[str],
    article_texts: Sequence[str],
    *,
    http_status: int | None = None,
    plain: Sequence[bool] | None = None,
    known: Sequence[tuple[bool, bool] | None] | None = None,
) -> list[str]:
    """The page-quality flags of a page given its lines and the article bodies found.

    ``plain`` (one flag per line, optional) marks the lines the caller has
    already found to match no error-notice or machine-junk pattern; ``known``
    (optional) gives, per line, whether it is an error notice and whether it
    is machine junk where the caller has checked (None elsewhere).
    """
    flags: list[str] = []
    words = sum(len(t.split()) for t in article_texts)
    has_article = words >= MIN_ARTICLE_WORDS

    checked = _notice_checks(lines, plain, known)
    errors = [ln for ln, (err, _junk) in zip(lines, checked) if err]
    if errors and not has_article:
        flags.append(f"error_notice: the page is only an error notice ('{_quote(errors[0])}')")
    elif errors:
        flags.append(f"error_banner: an error notice stands above the article, which was kept ('{_quote(errors[0])}')")

    if http_status is not None and http_status >= 400 and has_article:
        flags.append(f"http_status: the crawl header gives HTTP {http_status} but the page holds article text")

    junk = [ln for ln, (_err, jnk) in zip(lines, checked) if jnk]
    if junk:
        n = len(junk)
        flags.append(
            f"machine_junk: {n} line{'s' if n != 1 else ''} read like LLM or machine-translation output "
            f"('{_quote(junk[0])}')"
        )

    if not article_texts or words == 0:
        if not any(f.startswith("error_notice") for f in flags):
            flags.append("no_article: nothing on the page reads as article text")
    return flags


# Page-quality flags that mark a source a reader may want to leave out of a
# search (``newsloom search --skip-flagged``, "hide flagged" in the web app).
UNRELIABLE_SOURCE_FLAGS = ("error_notice", "machine_junk", "no_article")
