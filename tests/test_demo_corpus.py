"""The bundled demo corpus: present, well-formed, self-consistent and original."""
from __future__ import annotations

import json
import re
from html.parser import HTMLParser
from pathlib import Path

import feedparser
import pytest

from newsloom.demo import demo_dir, demo_files, expected, extras_dir

TEXT_PAGES = [
    "01_steppe_herald_canal_accusation.txt",
    "02_caspian_wire_uzbek_denial.txt",
    "03_aggregator_tag_uzbekistan.txt",
    "04_caspian_wire_border_closure.txt",
    "05_nomad_post_talks_rewrite.txt",
    "06_no_outlet_border_reopens.txt",
    "07_steppe_herald_opinion_deal.txt",
    "08_turkistan_today_dry_spring.txt",
    "09_andes_daily_chile_quake.txt",
]
HTML_PAGES = [
    "10_steppe_herald_tashkent_talks.html",
    "11_caspian_wire_water_agreement.html",
    "12_himalaya_dispatch_nepal_quake.html",
]
JSONL = "articles.jsonl"


def _words(text: str) -> list[str]:
    text = text.lower().replace("\u2019", "'").replace("\u2018", "'")
    return re.findall(r"[a-z0-9]+(?:'[a-z]+)?", text)


def _grams(text: str, n: int) -> set[tuple[str, ...]]:
    w = _words(text)
    return {tuple(w[i : i + n]) for i in range(len(w) - n + 1)}


class _Collect(HTMLParser):
    """Collects the tags, attributes and text of an HTML page, and notices unbalanced tags."""

    VOID = {"meta", "link", "img", "br", "hr", "input", "source", "area", "base", "col", "embed", "wbr"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.errors: list[str] = []
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.texts: dict[str, list[str]] = {}

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        if tag not in self.VOID:
            self.stack.append(tag)

    def handle_startendtag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))

    def handle_endtag(self, tag):
        if not self.stack or self.stack[-1] != tag:
            self.errors.append(f"</{tag}> closes {self.stack[-1] if self.stack else 'nothing'}")
            if tag in self.stack:
                while self.stack and self.stack.pop() != tag:
                    pass
            return
        self.stack.pop()

    def handle_data(self, data):
        for tag in self.stack:
            self.texts.setdefault(tag, []).append(data)


def _parse_html(path: Path) -> _Collect:
    p = _Collect()
    p.feed(path.read_text(encoding="utf-8"))
    p.close()
    return p


def _jsonl_records() -> list[dict]:
    lines = (demo_dir() / JSONL).read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def _article_text(ref: str) -> str:
    """The text an expected.json reference points at (a whole page, or a JSONL record's title and text)."""
    name, _, part = ref.partition("#")
    if name == JSONL:
        rec = {r["id"]: r for r in _jsonl_records()}[part]
        return rec["title"] + "\n" + rec["text"]
    path = demo_dir() / name
    text = path.read_text(encoding="utf-8")
    if name.endswith(".html"):
        text = " ".join(" ".join(v) for v in _parse_html(path).texts.values())
        text = re.sub(r"\s+", " ", text)
    return text


def _aggregator_articles() -> list[tuple[str, str]]:
    """(title, body) of each article on the tag listing page, in page order."""
    lines = (demo_dir() / "03_aggregator_tag_uzbekistan.txt").read_text(encoding="utf-8").splitlines()
    out = []
    for i in range(len(lines) - 1):
        if lines[i] and lines[i] == lines[i + 1]:
            title = lines[i]
            j = lines.index(title, i + 2)  # the title repeated above the body
            body = next(line for line in lines[j + 1 :] if line.strip())
            out.append((title, body))
    return out


def test_demo_dir_holds_every_page():
    d = demo_dir()
    assert d.is_dir()
    names = {p.name for p in demo_files()}
    assert names == set(TEXT_PAGES + HTML_PAGES + [JSONL])
    assert (extras_dir() / "feed.xml").is_file()
    assert (extras_dir() / "expected.json").is_file()
    assert not (d / "feed.xml").exists(), "the feed must stay out of the folder the demo ingests"


def test_corpus_is_small():
    root = demo_dir().parent
    total = sum(p.stat().st_size for p in root.rglob("*") if p.is_file() and "__pycache__" not in p.parts)
    assert total < 150_000, total


def test_text_pages_are_utf8_and_show_the_noisy_shapes():
    texts = {n: (demo_dir() / n).read_text(encoding="utf-8") for n in TEXT_PAGES}
    for name, text in texts.items():
        assert len(text.split()) > 150, name
        assert "\ufffd" not in text, name
    crawl_headers = [n for n, t in texts.items() if re.match(r"date \d{4}-\d{2}-\d{2} \d{3}\n", t)]
    assert len(crawl_headers) >= 3
    assert re.search(r"^date \d{4}-\d{2}-\d{2} 404$", texts["02_caspian_wire_uzbek_denial.txt"], re.M)
    # a caption printed twice, paragraphs repeated verbatim
    lines01 = texts["01_steppe_herald_canal_accusation.txt"].splitlines()
    assert any(lines01[i] == lines01[i + 1] and lines01[i].endswith("Photo: Steppe Herald") for i in range(len(lines01) - 1))
    paras02 = [line for line in texts["02_caspian_wire_uzbek_denial.txt"].splitlines() if len(line) > 150]
    assert len(paras02) - len(set(paras02)) == 4
    # dates in several formats, one ambiguous, one page with none
    assert "10 June 2025" in texts["01_steppe_herald_canal_accusation.txt"]
    assert "2025.06.25 / 09:30" in texts["04_caspian_wire_border_closure.txt"]
    assert "07/16/2025" in texts["05_nomad_post_talks_rewrite.txt"]
    assert re.search(r"^2025\.06\.05$", texts["08_turkistan_today_dry_spring.txt"], re.M)
    no_date = texts["06_no_outlet_border_reopens.txt"]
    assert not re.search(r"\b20\d\d\b", no_date)
    outlets = {a["outlet"] for a in expected()["articles"] if a["outlet"]}
    assert len(outlets) >= 6
    assert not [o for o in outlets if o.lower() in no_date.lower()]


def test_aggregator_page_lists_four_articles_from_three_outlets():
    text = (demo_dir() / "03_aggregator_tag_uzbekistan.txt").read_text(encoding="utf-8")
    arts = _aggregator_articles()
    assert len(arts) == 4
    assert len(re.findall(r"^time\d{2}-\d{2}-\d{4}$", text, re.M)) == 4
    outlets = set(re.findall(r"^  \u2022 (.+)$", text, re.M)) - {"Politics", "Business", "City"}
    assert outlets == {"Caspian Wire", "Tashkent Courier", "Silk Road Times"}


def test_html_pages_parse_and_carry_article_markup():
    for name in HTML_PAGES:
        p = _parse_html(demo_dir() / name)
        assert not p.errors, (name, p.errors)
        assert not p.stack or p.stack == ["html"], (name, p.stack)
        tags = [t for t, _ in p.tags]
        for needed in ("nav", "header", "article", "h1", "time", "footer"):
            assert needed in tags, (name, needed)
        metas = {a.get("property"): a.get("content") for t, a in p.tags if t == "meta"}
        assert metas.get("og:site_name"), name
        times = [a for t, a in p.tags if t == "time"]
        assert all(re.match(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}", a.get("datetime") or "") for a in times), name
        assert len(" ".join(p.texts.get("article", [])).split()) > 150, name


def test_jsonl_records_parse_with_the_article_fields():
    recs = _jsonl_records()
    assert len(recs) == 3
    assert [r["id"] for r in recs] == ["demo-001", "demo-002", "demo-003"]
    for r in recs:
        assert set(r) == {"id", "text", "title", "url", "outlet", "published"}
        assert all(isinstance(v, str) and v for v in r.values()), r["id"]
        assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", r["published"])
        assert r["url"].startswith("https://") and ".example/" in r["url"]
        assert "\n\n" in r["text"]


def test_feed_parses_with_feedparser():
    feed = feedparser.parse((extras_dir() / "feed.xml").read_bytes())
    assert not feed.bozo, feed.get("bozo_exception")
    assert feed.feed.title
    assert len(feed.entries) == 3
    for e in feed.entries:
        assert e.link.startswith("https://") and ".example/" in e.link
        assert e.published_parsed is not None


def test_expected_description_points_at_real_text():
    exp = expected()
    refs = {a["ref"] for a in exp["articles"]}
    for a in exp["articles"]:
        assert a["story"] in exp["stories"], a
        assert a["title"] in _article_text(a["ref"]), a["ref"]
    for e in exp["events"]:
        assert e["article"] in refs
        assert e["evidence"] in _article_text(e["article"]), e
        assert re.fullmatch(r"\d{4}-\d{2}(-\d{2})?", e["when"])
        assert {e["actor1"], e["actor2"]} == {"KAZ", "UZB"}
    for q in exp["quotes"]:
        assert q["starts"] in _article_text(q["article"]), q
    for name, strings in exp["boilerplate"].items():
        text = _article_text(name)
        for s in strings:
            assert s in text, (name, s)
    for c in exp["copies"]:
        assert set(c["articles"]) <= refs
    for r in exp["rewrites"]:
        assert {r["rewrite"], r["source"]} <= refs


def test_the_copy_is_a_copy_and_the_rewrite_is_reworded():
    own = (demo_dir() / "04_caspian_wire_border_closure.txt").read_text(encoding="utf-8")
    start = own.index("Kazakhstan closed the Kokterek")
    end = own.index("Photo: Vehicles")
    own_body = " ".join(line for line in own[start:end].splitlines() if line.strip())
    listed = dict(_aggregator_articles())["Kazakhstan shuts Kokterek border post as canal dispute deepens"]
    assert listed == own_body

    p = _parse_html(demo_dir() / "10_steppe_herald_tashkent_talks.html")
    source = " ".join(p.texts["p"])
    rewrite = (demo_dir() / "05_nomad_post_talks_rewrite.txt").read_text(encoding="utf-8")
    src_words, rw_words = set(_words(source)), set(_words(rewrite))
    assert len(src_words & rw_words) / len(src_words) > 0.45  # the same story...
    src5 = _grams(source, 5)
    assert len(src5 & _grams(rewrite, 5)) / len(src5) < 0.05  # ...in other words


def test_no_sentence_taken_from_the_seed_pages(shared_dir):
    seeds = sorted((shared_dir / "seeds").glob("*.txt"))
    assert seeds, "no seed pages found"
    seed_grams: set[tuple[str, ...]] = set()
    for s in seeds:
        seed_grams |= _grams(s.read_text(encoding="utf-8", errors="replace"), 8)
    corpus = [p for p in demo_dir().parent.rglob("*") if p.is_file() and p.suffix in {".txt", ".html", ".jsonl", ".xml", ".json", ".md"}]
    assert len(corpus) >= 15
    for path in corpus:
        shared = _grams(path.read_text(encoding="utf-8"), 8) & seed_grams
        assert not shared, (path.name, sorted(" ".join(g) for g in shared)[:3])


def _body_like(name: str) -> str:
    """The paragraph-sized text of a page (an outlet's own header and footer lines are short and excluded)."""
    path = demo_dir() / name
    if name.endswith(".html"):
        return " ".join(_parse_html(path).texts.get("p", []))
    return " ".join(line for line in path.read_text(encoding="utf-8").splitlines() if len(line.split()) >= 20)


@pytest.mark.parametrize("name", TEXT_PAGES + HTML_PAGES)
def test_pages_share_no_long_run_unless_designed(name):
    """Apart from the designed copy, no two pages share a 12-word run of paragraph text."""
    allowed = {frozenset({"03_aggregator_tag_uzbekistan.txt", "04_caspian_wire_border_closure.txt"})}
    mine = _grams(_body_like(name), 12)
    assert len(mine) > 100, name
    for other in TEXT_PAGES + HTML_PAGES:
        if other == name or frozenset({name, other}) in allowed:
            continue
        assert not (mine & _grams(_body_like(other), 12)), (name, other)


def test_folder_is_copied_out_when_the_package_sits_in_an_archive(tmp_path):
    """Installed from a zip, the pages are copied to a real folder with the same bytes."""
    import zipfile

    import newsloom.demo as demo

    archive = tmp_path / "newsloom-demo.zip"
    root = demo_dir().parent
    with zipfile.ZipFile(archive, "w") as z:
        for p in root.rglob("*"):
            if p.is_file() and "__pycache__" not in p.parts:
                z.write(p, "newsloom/demo/" + p.relative_to(root).as_posix())
    node = zipfile.Path(archive, "newsloom/demo/pages/")
    target = tmp_path / "out" / "pages"
    demo._copy_tree(node, target)
    copied = sorted(p.name for p in target.iterdir())
    assert copied == sorted(p.name for p in demo_files())
    for p in demo_files():
        assert (target / p.name).read_bytes() == p.read_bytes()
