"""Hostile text from scraped pages never runs and never becomes markup.

Articles whose title, text, outlet, author, section, URL, flags, quotes,
speakers, entity names, event fields, story label and rewrite pairs hold
script payloads are rendered on every page in Chromium.  Nothing may run (no
dialog, ``window.__pwned`` unset, no CSP violation, no console error), no
payload element or event-handler attribute may appear in the DOM, and the
payloads must be visible as plain text.
"""
from __future__ import annotations

import os
from urllib.parse import quote

import pytest
from fastapi.testclient import TestClient

from newsloom.store import Store
from newsloom.web import create_app
from web_store import CHROMIUM, WATCH_SCRIPT, Spec, add_spec, chromium, running_server

PAYLOADS = [
    "<script>window.__pwned=1;alert(1)</script>",
    "<img src=x onerror=\"window.__pwned=2;alert(2)\">",
    "<svg onload=\"window.__pwned=3;alert(3)\"></svg>",
    "\"><iframe src=\"javascript:alert(4)\"></iframe>",
    "'><a href=javascript:alert(5) id=xss-link>click</a>",
    "</textarea><script>alert(6)</script>",
    "<style>body{display:none}</style>",
    "<body onload=alert(7)>",
    "{{ 7*7 }}{% raw %}",
]
EVIL = " ".join(PAYLOADS)
SCRIPT_URL = "javascript:window.__pwned=8;alert(8)"
SPEAKER = "<img src=x onerror=alert(9)>Vex"
ENTITY = "<svg onload=alert(10)>Corp"


def evil_specs() -> list[Spec]:
    text1 = [
        f"Officials met on Monday. {PAYLOADS[0]} The talks went on late.",
        f"\"{PAYLOADS[1]} we will not yield,\" said {SPEAKER} at the meeting.",
        f"The firm {ENTITY} denied it. {PAYLOADS[3]} Nobody else commented.",
        f"Armenia accused Georgia of shelling a village {PAYLOADS[2]} near the border.",
    ]
    return [
        Spec("evil-1", f"Outlet {PAYLOADS[4]}", f"Title {PAYLOADS[0]} {PAYLOADS[3]}", "2025-02-10",
             text1, story="s-evil", author=f"Author {PAYLOADS[1]}", section=PAYLOADS[6], url=SCRIPT_URL,
             flags=[f"odd: {PAYLOADS[7]}"], page_flags=[f"junk: {PAYLOADS[5]}"],
             entities=[(ENTITY, "ORG", ENTITY, None), (SPEAKER, "PERSON", SPEAKER, None),
                       ("Armenia", "GPE", "Armenia", "ARM"), ("Georgia", "GPE", "Georgia", "GEO")],
             quotes=[(f"{PAYLOADS[1]} we will not yield", SPEAKER)],
             events=[(f"ACCUSE{PAYLOADS[0]}", "ARM", "GEO", "conflict", -4.0,
                      f"Armenia accused Georgia of shelling a village {PAYLOADS[2]} near the border.",
                      "2025-02-10")]),
        Spec("evil-2", f"Second {PAYLOADS[2]}", f"Copy {PAYLOADS[1]}", "2025-03-02",
             [f"Georgia and Armenia agreed to talk. {PAYLOADS[8]} {PAYLOADS[5]}",
              f"{PAYLOADS[4]} was posted under the story."],
             story="s-evil", url="https://ok.example/<script>alert(11)</script>\"onmouseover=alert(12)",
             entities=[("Georgia", "GPE", "Georgia", "GEO")],
             events=[("AGREE", "GEO", "ARM", "cooperation", 5.0,
                      f"Georgia and Armenia agreed to talk. {PAYLOADS[8]} {PAYLOADS[5]}", "2025-03-02")]),
    ]


@pytest.fixture(scope="module")
def evil_store(tmp_path_factory):
    path = tmp_path_factory.mktemp("xss") / "evil.db"
    store = Store(path)
    articles = [add_spec(store, spec, n) for n, spec in enumerate(evil_specs())]
    for a in articles:
        store.assign_story(a.id, "s-evil")
    store.put_rewrite(articles[1].id, articles[0].id, 0.5,
                      [(PAYLOADS[4], PAYLOADS[0], 0.5), (PAYLOADS[1], PAYLOADS[3], 0.4)])
    store.refresh_stories({"s-evil": f"Story {PAYLOADS[0]} {PAYLOADS[2]}"})
    store.close()
    return path, articles


def urls(articles) -> list[str]:
    a, b = articles
    return [
        "/", "/search?q=officials", f"/search?q={quote(PAYLOADS[0])}", f"/search?entity={quote(ENTITY)}",
        f"/search?outlet={quote(a.outlet)}", "/stories/s-evil", f"/articles/{a.id}", f"/articles/{b.id}",
        f"/pages/{a.page_id}", f"/entities/{quote(ENTITY, safe='')}", f"/entities/{quote(SPEAKER, safe='')}",
        "/entities", "/relations", "/relations/ARM/GEO", "/relations/ARM/GEO?freq=week",
        f"/stories/{quote(PAYLOADS[0], safe='')}", f"/search?since={quote(PAYLOADS[1])}",
    ]


def test_payloads_are_escaped_in_html_and_json(evil_store):
    path, articles = evil_store
    with TestClient(create_app(path)) as client:
        for url in urls(articles):
            r = client.get(url)
            assert r.status_code in (200, 400, 404), url
            body = r.text
            for payload in ("<script>window.__pwned", "<img src=x", "<svg onload", "<iframe",
                            "<a href=javascript", "<style>body", "<body onload"):
                assert payload not in body, (url, payload)
            assert 'href="javascript:' not in body.replace("&#34;", '"'), url
        story = client.get("/api/stories/s-evil").json()
        assert story["story"]["label"].startswith("Story <script>")  # JSON keeps the text as it is
        page = client.get(f"/pages/{articles[0].page_id}/raw")
        assert page.headers["content-type"].startswith("text/plain")
        assert page.headers["content-disposition"].startswith("attachment")
        svg = client.get("/relations/ARM/GEO/chart.svg").text
        assert "<script" not in svg and "onload" not in svg.replace("onload=alert", "")


@pytest.mark.browser
@pytest.mark.skipif(not os.path.exists(CHROMIUM) and not os.environ.get("CI"),
                    reason=f"{CHROMIUM} is missing: run scripts/install-browser.sh")
def test_nothing_runs_in_the_browser(evil_store, repo_dir):
    path, articles = evil_store
    shots = repo_dir / "test-artifacts" / "screenshots"
    shots.mkdir(parents=True, exist_ok=True)
    dialogs, errors = [], []
    with running_server(create_app(path)) as base, chromium() as browser:
        context = browser.new_context(viewport={"width": 1280, "height": 900})
        context.add_init_script(WATCH_SCRIPT)
        page = context.new_page()
        page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
        page.on("console", lambda m: m.type == "error" and errors.append(m.text))
        page.on("pageerror", lambda e: errors.append(str(e)))
        seen_text = ""
        for url in urls(articles):
            response = page.goto(base + url)
            page.wait_for_load_state("load")
            if response.status == 404:
                errors[:] = [e for e in errors if "404" not in e]
            if response.status == 400:
                errors[:] = [e for e in errors if "400" not in e]
            assert page.evaluate("typeof window.__pwned") == "undefined", url
            assert page.evaluate("window.__csp") == [], url
            # no element the payloads would create, and no handler attribute anywhere
            bad = page.evaluate("""() => {
                const out = [];
                for (const el of document.querySelectorAll('*')) {
                    for (const attr of el.attributes) {
                        if (attr.name.startsWith('on')) out.push(el.tagName + ' ' + attr.name);
                        if (/^\\s*javascript:/i.test(attr.value)) out.push(el.tagName + ' ' + attr.name + ' js-url');
                    }
                }
                for (const s of document.querySelectorAll('script')) {
                    if (!s.src || new URL(s.src).origin !== location.origin) out.push('script ' + s.outerHTML);
                }
                for (const sel of ['iframe', 'img', 'style', '#xss-link', 'body svg:not(.chart)']) {
                    if (document.querySelector(sel)) out.push('element ' + sel);
                }
                return out;
            }""")
            assert bad == [], (url, bad)
            assert page.evaluate("getComputedStyle(document.body).display") != "none", url
            seen_text += page.inner_text("body")
            if url in ("/stories/s-evil", f"/articles/{articles[0].id}"):
                name = "xss-story.png" if "stories" in url else "xss-article.png"
                page.screenshot(path=str(shots / name), full_page=True)
        # the payloads are shown to the reader as the text they are
        for payload in (PAYLOADS[0], PAYLOADS[1], PAYLOADS[2], PAYLOADS[3], SPEAKER, ENTITY):
            assert payload in seen_text, payload
        context.close()
    assert dialogs == []
    assert errors == []
