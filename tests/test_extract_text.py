"""Tests of plain-text page extraction (newsloom.extract.text) and page-quality flags."""
from __future__ import annotations

import json
import re
import subprocess
import sys

import pytest

from newsloom.extract import quality
from newsloom.extract.text import explain_lines, extract_text, parse_crawl_header
from newsloom.records import PageReading

# --- invented pages -------------------------------------------------------------

HARBOUR = (
    "The port authority of Velmora said on Monday that the new container terminal would open in March, "
    "two years later than first planned, after engineers found that the old quay walls could not carry "
    "the weight of the largest cranes. Officials told reporters that the delay would add about twelve "
    "million euros to the cost of the project, most of it for new foundations. Shipping companies that "
    "had signed early contracts will be offered reduced fees for the first season, the authority said. "
    "Local businesses welcomed the announcement but asked for a clear timetable for the road works that "
    "will connect the terminal to the motorway, which have been postponed twice since last autumn."
)
RIVER = (
    "Farmers along the lower Taviro river have started to plant earlier this year because the spring "
    "floods arrived three weeks ahead of the usual season, according to a survey by the regional "
    "agricultural office. The office interviewed more than four hundred growers in eleven districts and "
    "found that most of them had changed their sowing calendar at least once in the past five years. "
    "Agronomists said the shift brings both risks and chances: an early harvest can reach markets when "
    "prices are high, but a late frost can destroy young plants in a single night. The office plans to "
    "publish weekly soil reports so that growers can decide when to plant with better information."
)
LIBRARY = (
    "The city library of Ostrel reopened its reading rooms on Saturday after a renovation that lasted "
    "eighteen months and replaced the heating, the windows and most of the shelving. Hundreds of "
    "visitors queued before the doors opened, and the staff handed out the first new library cards at "
    "nine o'clock. The director said the building now uses less than half the energy it needed before, "
    "thanks to a heat pump and better insulation under the roof. A new children's room on the ground "
    "floor will host reading hours every afternoon, and the archive of local newspapers, which had been "
    "stored in a warehouse during the works, is again open to researchers on weekday mornings."
)


def _listing_page() -> str:
    parts = ["logo", "", "Latest news tagged #Regions", ""]
    for title, outlet, date, body in (
        ("Velmora port terminal opening delayed to March", "Coastal Herald", "time04-02-2025", HARBOUR),
        ("Farmers along the Taviro plant earlier as floods come sooner", "Valley Post", "time21-01-2025", RIVER),
        ("Ostrel city library reopens after long renovation", "Coastal Herald", "time12-01-2025", LIBRARY),
    ):
        parts += [title, title, "", outlet, "", date, "", "  • Regions", f"  • {outlet}", "", title, "", body, ""]
    parts += ["GET THE APP", "", "Download the App today from your app store and read on the go.", "app-storeplay-store"]
    return "\n".join(parts)


def _article_page(paragraphs: list[str], *, header: str = "", banner: bool = False) -> str:
    lines = []
    if header:
        lines.append(header)
    if banner:
        lines += ["Oops!", "We're sorry, but the page you were looking for doesn't exist."]
    lines += ["Menu", "Home", "World", "Business", "Harbour works delayed again in Velmora"]
    lines += paragraphs
    lines += ["Most popular stories", "- Ten gadgets for your kitchen", "- Markets close higher on Friday"]
    return "\n".join(lines)


HARBOUR_PARAS = [s.strip() + "." for s in HARBOUR.split(". ") if s.strip()]
HARBOUR_PARAS = [p[:-1] if p.endswith("..") else p for p in HARBOUR_PARAS]
HARBOUR_PARAS = [" ".join(HARBOUR_PARAS[i:i + 2]) for i in range(0, len(HARBOUR_PARAS), 2)]


# --- unit tests -------------------------------------------------------------------


def test_listing_page_is_split_into_its_articles():
    reading = extract_text(_listing_page())
    assert isinstance(reading, PageReading)
    titles = [a.title for a in reading.articles]
    assert titles == [
        "Velmora port terminal opening delayed to March",
        "Farmers along the Taviro plant earlier as floods come sooner",
        "Ostrel city library reopens after long renovation",
    ]
    assert [a.outlet for a in reading.articles] == ["Coastal Herald", "Valley Post", "Coastal Herald"]
    assert [a.section for a in reading.articles] == ["Regions"] * 3
    # 12-01-2025 alone could be 1 December; the page writes 21-01-2025, so it is day first
    assert [a.published.value for a in reading.articles] == ["2025-02-04", "2025-01-21", "2025-01-12"]
    assert not any(a.published.ambiguous for a in reading.articles)
    assert reading.articles[0].text == HARBOUR
    assert reading.articles[2].text == LIBRARY
    for a in reading.articles:
        assert "app" not in a.text.lower().split()
        assert "Latest news tagged" not in a.text
    assert reading.language == "en"


def test_plain_listing_with_bylines_is_split():
    """Records without doubled titles or bullets: title, byline, date line, body."""
    records = [("Velmora port terminal opening delayed to March", 3, HARBOUR),
               ("Farmers along the Taviro plant earlier this year", 2, RIVER),
               ("Ostrel city library reopens after renovation", 1, LIBRARY)]
    lines = ["Regional news", "Home", "News"]
    for title, day, body in records:
        lines += [title, "By Ann Lee", f"July {day}, 2025", body]
    reading = extract_text("\n".join(lines))
    assert [a.title for a in reading.articles] == [r[0] for r in records]
    assert [a.published.value for a in reading.articles] == ["2025-07-03", "2025-07-02", "2025-07-01"]
    assert [a.author for a in reading.articles] == ["Ann Lee"] * 3
    assert [a.text for a in reading.articles] == [r[2] for r in records]


def test_article_with_teasers_below_is_not_a_listing():
    """One article followed by dated teasers with short summaries stays one article."""
    lines = ["Velmora port terminal opening delayed to March", "July 3, 2025", HARBOUR, RIVER, "More news"]
    for title, day in (("Farmers along the Taviro plant earlier", 2), ("Ostrel city library reopens", 1)):
        lines += [title, f"July {day}, 2025", "A short summary of the story that ends here with a few more words."]
    reading = extract_text("\n".join(lines))
    assert len(reading.articles) == 1
    assert reading.articles[0].text == HARBOUR + "\n\n" + RIVER


def test_crawl_header_and_error_banner_above_an_article():
    page = _article_page(HARBOUR_PARAS, header=" date 2024-11-30 404", banner=True)
    reading = extract_text(page)
    assert len(reading.articles) == 1
    a = reading.articles[0]
    assert a.title == "Harbour works delayed again in Velmora"
    assert a.text.split("\n\n") == HARBOUR_PARAS
    assert "sorry" not in a.text.lower() and "popular" not in a.text.lower()
    # the crawl date is never the publication date
    assert a.published is None
    assert parse_crawl_header(" date 2024-11-30 404") == ("2024-11-30", 404)
    assert parse_crawl_header("The date 2024 was good 404") is None
    assert any(f.startswith("error_banner:") for f in reading.flags)
    assert any(f.startswith("http_status:") and "404" in f for f in reading.flags)
    assert not any(f.startswith("error_notice:") for f in reading.flags)


def test_repeated_paragraphs_are_kept_once():
    paras = HARBOUR_PARAS + HARBOUR_PARAS[1:]  # the page repeats all but the first paragraph
    reading = extract_text(_article_page(paras))
    text = reading.articles[0].text
    assert text.split("\n\n") == HARBOUR_PARAS
    _, why = explain_lines(_article_page(paras))
    assert sum(r.startswith("repeated_paragraph") for r in why) == len(HARBOUR_PARAS) - 1


def test_caption_promo_and_appeal_inside_an_article_are_removed():
    lines = [
        "Site logo",
        "Regions",
        "",
        "Velmora port terminal opening delayed to March",
        "",
        "Cranes stand idle on the old quay of Velmora harbour. Archive photo.",
        "Cranes stand idle on the old quay of Velmora harbour. Archive photo.",
        "",
        "Local news is changing, and so are we.",
        "",
        "Our newsroom is powered by our readers and nobody else, and we need you today.",
        "",
        "Become a member",
        "",
    ]
    sents = re.split(r"(?<=\.) ", RIVER)
    body = [" ".join(sents[:1]), " ".join(sents[1:3]), " ".join(sents[3:])]
    assert all(body)
    lines += [body[0], "", "Fishermen in the northern bays report their worst season in a decade", "",
              body[1], "", "Bridge tolls to rise across the province from next spring",
              "Drivers will pay up to a third more for crossing the two main bridges, the province said.", "",
              body[2], "", "Related Articles", "", "Most Popular"]
    reading = extract_text("\n".join(lines))
    a = reading.articles[0]
    assert a.text.split("\n\n") == body
    assert a.title == "Velmora port terminal opening delayed to March"
    assert a.section == "Regions"
    assert a.outlet is None  # nothing on the page names the outlet


def test_metadata_lines_and_opinion_bio():
    bio = "Jana Novak is a political analyst who writes about regional economies."
    page = "\n".join([
        "Opinion",
        "Why the harbour delay is a chance for Velmora",
        "By Jana Novak",
        "Published: 14 March 2025",
        HARBOUR,
        "I think the city should use the time to fix the roads first. I believe nobody will miss a "
        "terminal that opens a few months later, and I suspect the costs will be lower in the end.",
        bio,
        "© 2025 Coastal Herald. All rights reserved.",
    ])
    a = extract_text(page).articles[0]
    assert a.title == "Why the harbour delay is a chance for Velmora"
    assert a.author == "Jana Novak"
    assert a.published.value == "2025-03-14" and a.published.precision == "day"
    assert a.kind == "opinion"
    assert a.outlet == "Coastal Herald"
    assert a.text.startswith("The port authority of Velmora")


def test_dateline_names_the_outlet_and_ambiguous_date_is_kept():
    page = "\n".join([
        "Harbour works delayed again in Velmora",
        "Date",
        "2025.03.11 / 17:24",
        "(Coastal Wire) " + HARBOUR,
    ])
    a = extract_text(page).articles[0]
    assert a.outlet == "Coastal Wire"
    assert a.published.ambiguous
    assert {v[:10] for v in a.published.alternatives} == {"2025-03-11", "2025-11-03"}


def test_news_with_quoted_first_person_is_not_opinion():
    quote = ('"I think we will open in March, and I believe the cranes will be ready. I expect no further '
             'delays," the harbour director said at a press conference on Monday afternoon.')
    page = "\n".join(["Harbour works delayed again in Velmora", HARBOUR, quote])
    assert extract_text(page).articles[0].kind == "news"


def test_quality_flags_machine_junk_and_error_only_page():
    page = "\n".join([
        "Velmora port terminal opening delayed to March",
        HARBOUR,
        "Latest articles",
        "Please provide the Danish article you would like me to translate, and I'll be...",
        "As an AI language model, I cannot browse the internet.",
    ])
    reading = extract_text(page)
    assert len(reading.articles) == 1
    junk = [f for f in reading.flags if f.startswith("machine_junk:")]
    assert junk and junk[0].startswith("machine_junk: 2 lines")
    assert "translate" not in reading.articles[0].text

    error_only = extract_text("Sorry!!\nError! We're sorry, but the page you were looking for doesn't exist.\nHome")
    assert error_only.articles == []
    assert any(f.startswith("error_notice:") for f in error_only.flags)
    assert quality.error_notice_reason("404 - Page not found")
    assert quality.machine_junk_reason("The harbour reopened on Monday.") is None
    for f in reading.flags + error_only.flags:
        assert re.match(r"^[a-z_]+: \S", f)


def test_empty_and_tiny_pages():
    assert extract_text("").articles == []
    assert extract_text("Home\nMenu\nLogin").articles == []
    assert "no_article: nothing on the page reads as article text" in extract_text("Home\nMenu").flags


# --- seeds floor -----------------------------------------------------------------------


def test_seed_pages_floor(shared_dir, repo_dir, tmp_path):
    out = tmp_path / "seeds.jsonl"
    proc = subprocess.run(
        [sys.executable, str(repo_dir / "evaluation" / "eval_extract_seeds.py"), "--shared", str(shared_dir),
         "--out", str(out), "--json"],
        capture_output=True, text=True, timeout=120,
    )
    assert proc.returncode == 0, proc.stderr
    m = re.search(r"^\{.*?^\}", proc.stdout, flags=re.S | re.M)
    assert m, proc.stdout
    fig = json.loads(m.group(0))
    assert fig["body_f1"] >= 0.99
    assert fig["body_precision"] >= 0.99
    assert fig["body_recall"] >= 0.98
    assert fig["articles"] == "9/9 found, 9 produced"
    assert fig["titles"] == "9/9"
    assert fig["outlets"] == "9/9"
    assert fig["dates"] == "9/9"
    assert fig["opinion"] == "1/1"
    assert fig["ambiguous_date_flagged"] == "1/1"
    assert fig["boilerplate_leaked"].startswith("0/")
    assert fig["repeated_sentences"] == 0
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert {r["source"] for r in rows} == {p.name for p in (shared_dir / "seeds").glob("*.txt")}
    crawl = [r for r in rows if r["source"].startswith("000_")][0]
    assert crawl["published"] is None  # its crawl header date is not a publication date
    assert any(f.startswith("machine_junk:") for r in rows for f in r["flags"])


@pytest.mark.parametrize("folder", ["aeb", "dates"])
def test_ordinary_pages_give_one_article(shared_dir, folder):
    """Ordinary article pages are not split into several articles (nor lost)."""
    n = 40
    files = sorted((shared_dir / "data" / folder / "text").glob("*.txt"))[:n]
    counts = [len(extract_text(f.read_text(encoding="utf-8")).articles) for f in files]
    assert counts.count(1) >= n - 2
    assert max(counts) == 1


def test_aeb_extract_path_floor(shared_dir, repo_dir, tmp_path):
    """extract_text's bodies (all articles of a page joined) on the aeb pages, installed model."""
    proc = subprocess.run(
        [sys.executable, str(repo_dir / "evaluation" / "eval_aeb_text.py"), "--shared", str(shared_dir),
         "--path", "extract", "--repeat", "1", "--pred", str(tmp_path / "pred.jsonl")],
        capture_output=True, text=True, timeout=120,
    )
    assert proc.returncode == 0, proc.stderr
    m = re.search(r"^extract-aeb: f1=([\d.]+) precision=([\d.]+) recall=([\d.]+)", proc.stdout, flags=re.M)
    assert m, proc.stdout
    f1, precision, recall = (float(x) for x in m.groups())
    assert f1 >= 0.91
    assert precision >= 0.91
    assert recall >= 0.91


def test_line_model_is_passed_to_the_classifier(monkeypatch):
    """extract_text(model=...) reads the page with that line model (evaluation passes fold models)."""
    from newsloom.extract import lines as L

    seen = []
    real = L.line_scores

    def spy(lines, **kw):
        seen.append(kw.get("model"))
        return real(lines, **kw)

    monkeypatch.setattr(L, "line_scores", spy)
    model = L.load_model()
    page = "A title line for the page\n\n" + "\n\n".join(
        f"Paragraph {i} of the story says that the council met on Monday and voted on the plan for the town."
        for i in range(5))
    with_model = extract_text(page, model=model)
    assert seen and seen[-1] is model
    assert with_model.articles and extract_text(page).articles[0].text == with_model.articles[0].text


# --- speed-ups that must not change any answer ------------------------------------


def _page_texts(shared_dir, n: int = 40) -> list[str]:
    paths = sorted((shared_dir / "data" / "aeb" / "text").glob("*.txt"))[:n]
    paths += sorted((shared_dir / "seeds").glob("*.txt"))
    return [p.read_text(encoding="utf-8") for p in paths]


def test_language_walk_depth_fits_the_model():
    """Every automaton state is reached within WALK_DEPTH bytes of the start state,
    which is what lets the numpy walk read each position's state from the last
    WALK_DEPTH bytes alone."""
    import numpy as np

    from newsloom.extract import language

    tables = language._tables()
    assert tables is not None, "the bundled py3langid model is not the one newsloom knows"
    nextmove, rowbase, _output = tables
    depth = np.full(len(rowbase), -1)
    depth[0] = 0
    frontier, d, every_byte = np.array([0]), 0, np.arange(256)
    while len(frontier):
        reached = np.unique(nextmove[rowbase[frontier][:, None] + every_byte].ravel())
        reached = reached[depth[reached] < 0]
        d += 1
        depth[reached] = d
        frontier = reached
    assert (depth >= 0).all()
    assert depth.max() <= language.WALK_DEPTH


def test_language_answers_equal_py3langid(shared_dir):
    """newsloom's feature counting gives py3langid's own answers (code and probability)."""
    from newsloom.extract import language

    ident = language._identifier()
    samples = ["", "   ", "12345 6789", "Ça va très bien, merci beaucoup pour votre aide aujourd'hui.",
               "Die Regierung hat am Montag neue Regeln für den Hafen beschlossen.",
               "政府は月曜日に港の新しい規則を決定した。", "ALL CAPITALS HEADLINE ABOUT THE HARBOUR REOPENING",
               HARBOUR, RIVER + "\n" + LIBRARY]
    for text in _page_texts(shared_dir, 25):
        samples += [text[:4000], text[-1500:], text[200:260]]
    for s in samples:
        assert language._classify(s) == ident.classify(s), s[:80]
        want = ident.classify(s[: language.MAX_CHARS])
        got = language.identify(s)
        if got[0] is not None:
            assert (got[0], got[1]) == (want[0], float(want[1]))


def test_notice_checks_equal_the_line_checks(shared_dir):
    """quality_flags' one-scan notice check answers as error_notice_reason / machine_junk_reason do."""
    lines = [ln for text in _page_texts(shared_dir) for ln in text.splitlines()]
    lines += ["404 - Page not found", "Sure! Here is the rewritten article:", "Oops!", "  ", ""]
    got = quality._notice_checks(lines)
    want = [(bool(ln.strip()) and quality.error_notice_reason(ln.strip()) is not None,
             bool(ln.strip()) and quality.machine_junk_reason(ln.strip()) is not None) for ln in lines]
    assert got == want
    assert any(e for e, _j in got) and any(j for _e, j in got)


def test_any_of_matches_exactly_when_one_pattern_does():
    pats = [re.compile(r"^\s*share\b", re.I), re.compile(r"logo\s*$", re.I), re.compile(r"\bads?\b", re.I)]
    joined = quality.any_of(pats)
    assert joined is not None
    for line in ["Share this", "Site Logo", "an ad here", "nothing to see", "shared logos", "Ads"]:
        assert (joined.search(line) is not None) == any(p.search(line) for p in pats), line
    # patterns that cannot be joined safely are left apart
    assert quality.any_of([re.compile(r"(a)\1"), re.compile("b")]) is None
    assert quality.any_of([re.compile("a", re.I), re.compile("b")]) is None
    assert quality.any_of([]) is None


def test_cue_reason_shortcut_gives_the_full_answers(shared_dir):
    """The shortcut for lines that no needled pattern can match answers as the full checks do."""
    from newsloom.extract import text as T

    lines = {" ".join(ln.split()) for text in _page_texts(shared_dir) for ln in text.splitlines()}
    lines = sorted(s for s in lines if s) + ["Advertisement", "Share on Facebook", "Oops!", "Read more..."]
    for t in lines:
        full = None
        if quality.error_notice_reason(t) or T.cues.ERROR_WORDS.match(t):
            full = "error_notice"
        elif quality.machine_junk_reason(t):
            full = "machine_junk"
        else:
            checks, names, caption_needles = T._cue_checks()
            pat = checks.first(t, quality.lowered(t))
            if pat is not None:
                full = names[id(pat)]
            elif len(t) <= 300 and quality.may_match(caption_needles, quality.lowered(t)) \
                    and T.cues.CAPTION.search(t) and not T._quoted_share(t):
                full = "caption"
            elif T._truncated(t) and T._words(t) < 60:
                full = "teaser"
        reason, plain = T._cue_verdict(t)
        assert reason == full, t
        if plain:  # a plain line is no error notice and no machine junk
            assert quality.error_notice_reason(t) is None and quality.machine_junk_reason(t) is None, t
            assert full in (None, "teaser"), t


def test_comment_cue_in_two_parts_answers_as_the_whole_pattern(shared_dir):
    """``_comment_cue`` tries COMMENT_CUE's anchored branches at the line start and
    its "says:" branch only on lines with a colon: the answers of the whole pattern."""
    from newsloom.extract import text as T

    lines = {" ".join(ln.split()) for text in _page_texts(shared_dir) for ln in text.splitlines()}
    lines = sorted(s for s in lines if s) + [
        "12 Comments", "Comments (3)", "Reply", "John Smith says:", "Anna wrote :", "Leave a Reply",
        "comments powered by Disqus", "He said: the plan works", "Kommentar schreiben", "Join the discussion now"]
    hits = 0
    for t in lines:
        T._clear_memos()
        want = T.cues.COMMENT_CUE.search(t) is not None
        assert T._comment_cue(t) == want, t
        hits += want
    assert hits >= 8


def test_line_facts_read_the_words_once(shared_dir):
    """A line's key and word count from its words found once equal ``_norm`` and a fresh count."""
    from newsloom.extract import text as T

    lines = {T._squash(ln) for text in _page_texts(shared_dir, 20) for ln in text.splitlines()}
    lines = sorted(s for s in lines if s) + ["Ünïcode Straße", "日本語のテキスト", "ABC’s Plan", "Ǆ DŽ"]
    for t in lines:
        T._clear_memos()
        key, words, *_rest = T._line_facts(t)
        assert key == T._norm(t), t
        assert words == T._count_words(t, None), t
        assert T._LINE_WORDS[t] == re.findall(r"\w+", t)
    T._clear_memos()
    assert not T._LINE_WORDS and not T._WORD_COUNTS


def test_needs_non_ascii():
    assert quality.needs_non_ascii(re.compile(r"\bвсе права защищены\b", re.I))
    assert quality.needs_non_ascii(re.compile("©"))
    assert not quality.needs_non_ascii(re.compile(r"\bcopyright\b", re.I))
    assert not quality.needs_non_ascii(re.compile(r"©|\(c\)", re.I))  # a branch without it
    assert not quality.needs_non_ascii(re.compile("\u212a", re.I))  # the Kelvin sign matches "k"
    assert not quality.needs_non_ascii(re.compile("(?:é)?x", re.I))  # optional


def test_a_paragraph_within_an_earlier_one_is_kept_once():
    long_para = ("The committee met for the third time this month to review the proposals on water "
                 "supply, and its members agreed that the northern reservoir needs repairs before winter. "
                 "The chair said a final report would follow in the spring.")
    inner = ("The committee met for the third time this month to review the proposals on water "
             "supply, and its members agreed that the northern reservoir needs repairs before winter.")
    page = _article_page([HARBOUR_PARAS[0], long_para, inner, *HARBOUR_PARAS[1:]])
    text = extract_text(page).articles[0].text
    assert long_para in text and "\n\n" + inner + "\n\n" not in "\n\n" + text + "\n\n"


def test_metadata_prechecks_skip_only_lines_that_cannot_match(shared_dir):
    """The cheap checks before the copyright and '<site> reports' patterns never skip a match."""
    from newsloom.extract import text as T

    lines = {T._squash(ln) for text in _page_texts(shared_dir) for ln in text.splitlines()}
    lines = sorted(s for s in lines if s) + [
        "© 2024 Example Media", "(C) 2023 Daily Paper Ltd", "COPYRİGHT 2020 Herald", "Copyright by The Post",
        "Example.com reports that the talks failed.", "according to Example.org the talks failed"]
    copyright_hits = reports_hits = 0
    for t in lines:
        if T.cues.COPYRIGHT.search(t):
            copyright_hits += 1
            assert T._may_be_copyright(t), t
        if T.cues.REPORTS_OUTLET.search(t):
            reports_hits += 1
            assert quality.may_match(T._reports_needles(), quality.lowered(t)), t
            assert T._DOT_ENDING.search(t), t
    assert copyright_hits >= 4 and reports_hits >= 2


def test_one_needle_scan_answers_as_the_checks_one_by_one(shared_dir):
    """The needles found with one scan are exactly those the line holds, and the
    checks given them answer as each check does on its own."""
    from newsloom.extract import text as T

    scan = T._needle_scan()
    checks, _names, _caption = T._cue_checks()
    lines = {T._squash(ln) for text in _page_texts(shared_dir) for ln in text.splitlines()}
    lines = sorted(s for s in lines if s) + ["Page not found", "Sure! Here is the translated article:",
                                              "Sign up for our newsletter", "Advertisement"]
    for t in lines:
        low = quality.lowered(t)
        if low is None:
            continue
        present = scan.present(low)
        assert present == {n for n in scan.within if n in low}, t
        for check in (quality.error_checks(), quality.junk_checks(), checks):
            assert check.first_present(t, present) is check.first(t, low), t


def test_day_date_prechecks_skip_only_lines_without_one(shared_dir):
    """A line without two runs of digits (or eight in a row) holds no date with a
    day: the cheap check before reading dates never skips one."""
    from newsloom.extract import dates
    from newsloom.extract import text as T

    lines = {T._squash(ln) for text in _page_texts(shared_dir) for ln in text.splitlines()}
    lines = sorted(s for s in lines if s and len(s) <= 200) + [
        "20250311", "20250311T1724", "3 September 2025", "Sept. 3rd, 2025", "2025-03-11", "11.03.25",
        "2025年3月11日", "Posted 2 hours ago", "Page 2", "2025", "March 2025", "12 comments"]
    days = 0
    for t in lines:
        r = dates.parse_date(t)
        precise = bool(r and r.value and r.precision in ("day", "minute"))
        days += precise
        if precise:
            assert T._DAY_DIGITS.search(t), t
        assert T._has_day(t) == precise, t
    T._clear_memos()
    assert days >= 8


def test_title_repeat_count_equals_the_line_by_line_test():
    """A key lies within another line's key exactly when the joined keys hold it
    more often than the lines equal to it (the shortcut of ``_title_for``)."""
    from collections import Counter

    keys = ["world news", "world", "news", "world news today", "sport", "world", "", "ews", "today world news"]
    joined = "\n".join(keys)
    counts = Counter(keys)
    for k in filter(None, keys):
        assert (joined.count(k) > counts[k]) == any(k in o and o != k for o in keys), k


def test_language_rows_kept_or_not_give_py3langid_scores(shared_dir):
    """The model rows kept as 32-bit floats, and those converted per call once
    the kept ones are full, give py3langid's own scores."""
    import numpy as np

    from newsloom.extract import language

    ident = language._identifier()
    tables = language._tables()
    if tables is None:
        pytest.skip("py3langid model is not the one the fast walk was checked for")
    rows = language._SingleRows(ident.nb_ptc, 300)
    for text in _page_texts(shared_dir, 8):
        found = language._feature_counts(ident._encode(text[:4000]), tables)
        if found is None:
            continue
        feats, counts = found
        want = ident._sparse_score(dict(zip(feats.tolist(), counts.tolist())), ident.nb_ptc)
        got = np.log1p(counts.astype(np.float32)) @ rows.take(feats) + ident.nb_pc
        assert np.array_equal(got, want)
    assert rows.used == 300
