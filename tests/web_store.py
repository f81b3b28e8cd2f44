"""A small synthetic newsloom store for the web tests, built through the Store API.

The outlets, people and text are invented; the countries are real ISO codes
so that the relations pages have something to show.
"""
from __future__ import annotations

import socket
import threading
import time
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from newsloom.records import Article, Entity, Event, Quote, RawPage, content_hash
from newsloom.store import Store


@dataclass
class Spec:
    key: str
    outlet: str | None
    title: str
    published: str | None
    paragraphs: list[str]
    story: str | None = None
    author: str | None = None
    section: str | None = None
    precision: str = "day"
    ambiguous: bool = False
    alternatives: list[str] = field(default_factory=list)
    url: str | None = None
    flags: list[str] = field(default_factory=list)
    page_flags: list[str] = field(default_factory=list)
    entities: list[tuple[str, str, str | None, str | None]] = field(default_factory=list)  # text, label, canonical, country
    quotes: list[tuple[str, str | None]] = field(default_factory=list)  # quoted words, speaker
    events: list[tuple[str, str, str, str, float, str, str | None]] = field(default_factory=list)
    # (type, actor1, actor2, polarity, intensity, evidence sentence, date)
    kind: str = "news"


def _facts(article: Article, spec: Spec) -> None:
    text = article.text
    for mention, label, canonical, country in spec.entities:
        pos = text.find(mention)
        while pos >= 0:
            article.entities.append(Entity(text=mention, label=label, start=pos, end=pos + len(mention),
                                           canonical=canonical, country=country))
            pos = text.find(mention, pos + len(mention))
    for words, speaker in spec.quotes:
        pos = text.find(words)
        assert pos >= 0, words
        article.quotes.append(Quote(text=words, speaker=speaker, start=pos, end=pos + len(words),
                                    speaker_canonical=speaker))
    for etype, a1, a2, polarity, intensity, sentence, when in spec.events:
        pos = text.find(sentence)
        assert pos >= 0, sentence
        article.events.append(Event(type=etype, actor1=a1, actor2=a2, polarity=polarity,
                                    intensity=intensity, evidence=sentence, start=pos,
                                    end=pos + len(sentence), date=when, date_precision="day" if when else None))


def add_spec(store: Store, spec: Spec, n: int) -> Article:
    text = "\n\n".join(spec.paragraphs)
    raw = f"{spec.outlet or ''}\n{spec.title}\n{spec.published or ''}\n\n{text}\n".encode("utf-8")
    page = RawPage(id=content_hash(raw), source=f"synthetic/{spec.key}.txt", kind="text", content=raw,
                   url=spec.url, crawl_date="2025-06-30", http_status=200,
                   fetched_at="2025-07-01T08:00:00+00:00", encoding="utf-8", content_type="text/plain")
    store.add_page(page)
    article = Article(
        id=Article.make_id(page.id, 0, text), page_id=page.id, source=page.source, text=text,
        url=spec.url, title=spec.title, outlet=spec.outlet, published=spec.published,
        published_precision=spec.precision if spec.published else None,
        published_ambiguous=spec.ambiguous, published_alternatives=spec.alternatives,
        author=spec.author, section=spec.section, kind=spec.kind, language="en", flags=spec.flags)
    store.put_extraction(page.id, [article], flags=spec.page_flags, language="en")
    _facts(article, spec)
    store.put_facts(article)
    return article


WATER = "Kazakh and Uzbek ministers agreed on Tuesday to share the water of the Syr Darya more evenly."
WATER_QUOTE = "This agreement gives every farmer downstream a fair season"
BORDER = "Uzbekistan closed two border crossings with Kazakhstan after a dispute over customs fees."
REOPEN = "Kazakhstan and Uzbekistan reopened the crossings and promised a joint customs office."


def specs() -> list[Spec]:
    kaz = ("Kazakhstan", "GPE", "Kazakhstan", "KAZ")
    uzb = ("Uzbekistan", "GPE", "Uzbekistan", "UZB")
    amina = ("Amina Sadykova", "PERSON", "Amina Sadykova", None)
    sadykova = ("Sadykova", "PERSON", "Amina Sadykova", None)
    base_water = [
        WATER,
        f"\"{WATER_QUOTE},\" said Amina Sadykova, the Kazakh water minister, after the talks in Tashkent.",
        "The deal sets monthly quotas for the spring and summer and a commission to check the flow at three gauges.",
        "Farmers in the lower basin have complained for years that upstream reservoirs release too little in July.",
    ]
    return [
        Spec("water-ledger", "Morning Ledger", "Neighbours agree to share river water", "2025-03-11T09:30",
             base_water, story="s-water", author="Dana Reyes", section="World", precision="minute",
             url="https://ledger.example/world/river-deal",
             entities=[kaz, uzb, amina, sadykova, ("Syr Darya", "LOC", "Syr Darya", None),
                       ("Tashkent", "GPE", "Tashkent", "UZB")],
             quotes=[(WATER_QUOTE, "Amina Sadykova")],
             events=[("AGREE", "KAZ", "UZB", "cooperation", 6.0, WATER, "2025-03-11")]),
        Spec("water-courier", "Valley Courier", "Neighbours agree to share river water", "2025-03-11",
             base_water, story="s-water", url="https://courier.example/a/1001",
             entities=[kaz, uzb, amina, sadykova], quotes=[(WATER_QUOTE, "Amina Sadykova")],
             events=[("AGREE", "KAZ", "UZB", "cooperation", 6.0, WATER, "2025-03-11")]),
        Spec("water-harbor", "Harbor Times", "Water deal promises fairer seasons for farmers", "2025-03-12",
             ["Ministers from Kazakhstan and Uzbekistan have agreed to divide the Syr Darya's water more fairly.",
              f"Sadykova told reporters: \"{WATER_QUOTE}.\"",
              "Under the deal a commission will measure the flow every month at three gauges.",
              "Downstream farmers say upstream reservoirs have long held back too much water in July."],
             story="s-water", author="Lee Okafor", url="javascript:alert(1)",
             entities=[kaz, uzb, sadykova, ("Syr Darya", "LOC", "Syr Darya", None)],
             quotes=[(WATER_QUOTE, "Amina Sadykova")]),
        Spec("water-followup", "Morning Ledger", "Farmers wary of new water quotas", "2025-03-14",
             ["Farmers near the river said on Friday that they doubt the new quotas will reach them in July.",
              "\"We have heard promises before,\" said Bakhyt Omarov, who grows cotton near the delta.",
              "The commission created by the deal will hold its first meeting in April in Tashkent."],
             story="s-water", entities=[("Bakhyt Omarov", "PERSON", "Bakhyt Omarov", None),
                                        ("Tashkent", "GPE", "Tashkent", "UZB")],
             quotes=[("We have heard promises before", "Bakhyt Omarov")]),
        Spec("border-harbor", "Harbor Times", "Border crossings shut over customs row", "2025-05-02",
             [BORDER, "Truck drivers waited for hours on both sides, local officials said.",
              "The customs dispute began when new fees on fruit shipments took effect in April."],
             story="s-border", entities=[kaz, uzb],
             events=[("RESTRICT", "UZB", "KAZ", "conflict", -5.0, BORDER, "2025-05-02")]),
        Spec("border-ledger", "Morning Ledger", "Crossings closed as fee dispute grows", "2025-05-03",
             ["Two crossings on the Kazakh-Uzbek border stayed closed for a second day on Saturday.",
              "Officials in Kazakhstan accused their neighbour of breaking a trade accord.",
              "Kazakhstan protested the closure in a note to the Uzbek embassy."],
             story="s-border", entities=[kaz],
             events=[("ACCUSE", "KAZ", "UZB", "conflict", -3.0,
                      "Kazakhstan protested the closure in a note to the Uzbek embassy.", "2025-05-03")]),
        Spec("border-reopen", "Valley Courier", "Crossings reopen after customs deal", "2025-06-20",
             [REOPEN, "The joint office will set fees for fruit and vegetables each season."],
             story="s-border", entities=[kaz, uzb],
             events=[("COOPERATE", "KAZ", "UZB", "cooperation", 4.0, REOPEN, "2025-06-20")]),
        Spec("ambiguous-date", "Steppe Daily", "Grain exports rise", "2025-03-04",
             ["Grain exports from the region rose by a tenth in the first quarter, traders at the Aral Grain Exchange said.",
              "Prices for wheat were steady through the winter."],
             ambiguous=True, alternatives=["2025-03-04", "2025-04-03"], precision="day",
             flags=["short: fewer than 40 words"], page_flags=["listing: page held several teasers"],
             entities=[("Aral Grain Exchange", "ORG", None, None)]),
    ]


STORY_LABELS = {"s-water": "River water deal", "s-border": "Border crossings dispute"}


def build_store(path: Path) -> dict[str, Article]:
    """Write the synthetic store at ``path``; returns its articles by spec key."""
    store = Store(path)
    try:
        articles = {}
        for n, spec in enumerate(specs()):
            articles[spec.key] = add_spec(store, spec, n)
            if spec.story:
                store.assign_story(articles[spec.key].id, spec.story)
        store.set_duplicate(articles["water-courier"].id, articles["water-ledger"].id)
        store.put_rewrite(articles["water-harbor"].id, articles["water-ledger"].id, 0.71, [
            ("Ministers from Kazakhstan and Uzbekistan have agreed to divide the Syr Darya's water more fairly.",
             WATER, 0.78),
            ("Under the deal a commission will measure the flow every month at three gauges.",
             "The deal sets monthly quotas for the spring and summer and a commission to check the flow at three gauges.",
             0.64),
        ])
        store.refresh_stories(STORY_LABELS)
        return articles
    finally:
        store.close()


# -- a real server and browser for the browser tests -----------------------------------
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]


@contextmanager
def running_server(app):
    """Serve ``app`` with uvicorn on a free loopback port in a thread; yields its base URL."""
    import uvicorn

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning",
                                           lifespan="on"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.time() + 20
    while not server.started:
        if time.time() > deadline or not thread.is_alive():
            raise RuntimeError("the test server did not start")
        time.sleep(0.02)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)


@contextmanager
def chromium():
    """Headless Debian Chromium driven by Playwright (never a downloaded browser)."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            yield browser
        finally:
            browser.close()


# Recorded in every page before its own code runs (Playwright injects it past the CSP).
WATCH_SCRIPT = """
window.__csp = [];
document.addEventListener('securitypolicyviolation',
  e => window.__csp.push(e.violatedDirective + ' ' + e.blockedURI));
"""
